/**
 * The simulated workbook under the real Office.js client: what Excel holds, modelled from
 * Microsoft's Office.js reference and the OfficeDev/office-js issues, not from what the host
 * expects. Cells keep what Excel keeps (a typed value, a formula, an error); formats are kept
 * as the operations that set them, in order, so a whole-column format costs one entry.
 */
import type { BookEvent } from "./events";
import { columnLetters, columnNumber } from "../../../src/core/model/grid";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** Errors as Excel reports them: a code of Excel.ErrorCodes and Excel's own English message. */
export class ExcelError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? EXCEL_MESSAGES[code] ?? code);
  }
}

const EXCEL_MESSAGES: Readonly<Record<string, string>> = {
  AccessDenied: "You cannot perform the requested operation.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidSelection: "The current selection is invalid for this operation.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  NotImplemented: "The requested feature isn't implemented.",
};

/** A cell Excel holds as a formula (the bed does not calculate: reads give the formula's text). */
export class FormulaCell {
  constructor(readonly text: string) {}
}

/** An error value (#N/A, #REF!, ...), as typed into a cell or left by a deleted reference. */
export class ErrorCell {
  constructor(readonly code: string) {}
}

export type Stored = string | number | boolean | FormulaCell | ErrorCell;

export interface CellFormat {
  numberFormat?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  fontSize?: number;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  indentLevel?: number;
}

/** Excel.RangeHyperlink (ExcelApi 1.7): a URL (address) or a place in this workbook (documentReference). */
export interface Hyperlink {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

type FormatOp =
  | { readonly rect: Rect; readonly patch: CellFormat }
  | { readonly rect: Rect; readonly grid: readonly (readonly (CellFormat | undefined)[])[] }
  | { readonly rect: Rect; readonly clear: true };

const ERROR_CODES = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i;

/**
 * What Excel stores for a value written through Range.values: the text is taken as typed.
 * A leading apostrophe keeps the rest as text; "=", "+", "-", "@" start a formula (unless the text
 * is a plain number such as "-2"); numbers ("0012", "45%") and TRUE/FALSE are converted; an error's
 * text ("#N/A") becomes that error. Dates typed as text are also converted by Excel; the bed does not.
 */
export function typedAsExcel(value: string | number | boolean): Stored {
  if (typeof value !== "string") return value;
  if (value.startsWith("'")) return value.slice(1);
  const trimmed = value.trim();
  if (NUMBER_TEXT.test(trimmed)) {
    const percent = trimmed.endsWith("%");
    const n = Number(percent ? trimmed.slice(0, -1) : trimmed);
    return percent ? n / 100 : n;
  }
  if (/^[=+\-@]/.test(value) && value.length > 1) return new FormulaCell(value);
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === "true";
  if (ERROR_CODES.has(trimmed.toUpperCase())) return new ErrorCell(trimmed.toUpperCase());
  return value;
}

/** Range.values of a stored cell: errors and formulas as text, empty as "". */
export function valueOf(cell: Stored | undefined): string | number | boolean {
  if (cell === undefined) return "";
  if (cell instanceof FormulaCell) return cell.text;
  if (cell instanceof ErrorCell) return cell.code;
  return cell;
}

/** Range.valueTypes (Excel.RangeValueType) of a stored cell. */
export function valueTypeOf(cell: Stored | undefined): string {
  if (cell === undefined || cell === "") return "Empty";
  if (cell instanceof ErrorCell) return "Error";
  if (cell instanceof FormulaCell) return "String";
  if (typeof cell === "number") return "Double";
  if (typeof cell === "boolean") return "Boolean";
  return "String";
}

export function parseAddress(address: string): { sheet: string | null; rect: Rect } {
  let sheet: string | null = null;
  let a = address.trim();
  const bang = a.lastIndexOf("!");
  if (bang >= 0) {
    sheet = a.slice(0, bang).replace(/^'(.*)'$/, (_m, s: string) => s.replace(/''/g, "'"));
    a = a.slice(bang + 1);
  }
  const [from, to = from] = a.replace(/\$/g, "").split(":");
  const part = (p: string, end: boolean) => {
    const m = /^([A-Z]{0,3})(\d*)$/i.exec(p);
    if (!m || (m[1] === "" && m[2] === "")) throw new ExcelError("InvalidArgument");
    const col = m[1] === "" ? (end ? MAX_COLUMNS - 1 : 0) : columnNumber(m[1].toUpperCase()) - 1;
    const row = m[2] === "" ? (end ? MAX_ROWS - 1 : 0) : Number(m[2]) - 1;
    if (row < 0 || row >= MAX_ROWS || col < 0 || col >= MAX_COLUMNS) throw new ExcelError("InvalidArgument");
    return { row, col };
  };
  const f = part(from, false);
  const t = part(to, true);
  return {
    sheet,
    rect: {
      r0: Math.min(f.row, t.row),
      c0: Math.min(f.col, t.col),
      r1: Math.max(f.row, t.row),
      c1: Math.max(f.col, t.col),
    },
  };
}

/** A sheet name as Excel writes it in an address: quoted unless letters, digits and underscores. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Range.address as Excel gives it: "Sheet1!A1", "Sheet1!A1:C3", "Sheet1!A:B", "Sheet1!1:2". */
export function rectAddress(sheet: string, r: Rect): string {
  const cell = (row: number, col: number) => `${columnLetters(col + 1)}${row + 1}`;
  let local: string;
  if (r.r0 === 0 && r.r1 === MAX_ROWS - 1 && !(r.c0 === 0 && r.c1 === MAX_COLUMNS - 1))
    local = `${columnLetters(r.c0 + 1)}:${columnLetters(r.c1 + 1)}`;
  else if (r.c0 === 0 && r.c1 === MAX_COLUMNS - 1) local = `${r.r0 + 1}:${r.r1 + 1}`;
  else if (r.r0 === r.r1 && r.c0 === r.c1) local = cell(r.r0, r.c0);
  else local = `${cell(r.r0, r.c0)}:${cell(r.r1, r.c1)}`;
  return `${quoteSheet(sheet)}!${local}`;
}

const inside = (r: Rect, row: number, col: number) => row >= r.r0 && row <= r.r1 && col >= r.c0 && col <= r.c1;
const overlaps = (a: Rect, b: Rect) => a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;

export interface NamedEntry {
  name: string;
  scope: "Workbook" | "Worksheet";
  sheet: Sheet | null;
  formula: string;
  comment: string;
}

export interface ChartEntry {
  id: string;
  name: string;
  type: string;
  title: string;
  series: {
    name: string;
    values: string;
    categories: string | null;
    fill?: string;
    line?: string;
    /** A series of its own type in a combination chart, its markers and line style (ExcelApi 1.7). */
    chartType?: string;
    markerStyle?: string;
    markerSize?: number;
    markerBackgroundColor?: string;
    markerForegroundColor?: string;
    lineStyle?: string;
  }[];
  position: [string, string | undefined] | null;
  valueAxis: { minimum?: number; maximum?: number; title?: string };
  legend: { visible: boolean; position: string };
}

export interface TableEntry {
  id: string;
  name: string;
  style: string;
  sheet: Sheet;
  rect: Rect;
  hasHeaders: boolean;
}

export interface ValidationEntry {
  rect: Rect;
  rule: Record<string, unknown>;
  errorAlert?: Record<string, unknown>;
  prompt?: Record<string, unknown>;
}

export const HEADER_FOOTER_GROUPS = ["defaultForAllPages", "firstPage", "evenPages", "oddPages"] as const;
export type HeaderFooterGroupName = (typeof HEADER_FOOTER_GROUPS)[number];
export const HEADER_FOOTER_SECTIONS = [
  "leftHeader",
  "centerHeader",
  "rightHeader",
  "leftFooter",
  "centerFooter",
  "rightFooter",
] as const;
export type HeaderFooterSection = (typeof HEADER_FOOTER_SECTIONS)[number];

function emptyHeaderFooter(): Record<HeaderFooterSection, string> {
  return { leftHeader: "", centerHeader: "", rightHeader: "", leftFooter: "", centerFooter: "", rightFooter: "" };
}

export class Sheet {
  /** Rows of stored cells; a missing row or cell is empty. */
  rows: (Stored | undefined)[][] = [];
  formats: FormatOp[] = [];
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  frozen: { rows: number; columns: number } | null = null;
  orientation = "Portrait";
  zoom: { scale?: number | null; horizontalFitToPages?: number | null; verticalFitToPages?: number | null } = {
    scale: 100,
  };
  printTitleRows: string | null = null;
  printTitleColumns: string | null = null;
  /** Page headers and footers (PageLayout.headersFooters): each group's six sections, as Excel keeps them. */
  headersFooters: Record<HeaderFooterGroupName, Record<HeaderFooterSection, string>> = {
    defaultForAllPages: emptyHeaderFooter(),
    firstPage: emptyHeaderFooter(),
    evenPages: emptyHeaderFooter(),
    oddPages: emptyHeaderFooter(),
  };
  /** Which groups print (HeaderFooterGroup.state). */
  headerFooterState = "Default";
  charts: ChartEntry[] = [];
  validations: ValidationEntry[] = [];
  protected = false;
  /** Each linked cell's hyperlink, by "row,column". */
  hyperlinks = new Map<string, Hyperlink>();
  /** The range of the sheet's AutoFilter (its first row holds the filter buttons), or null. */
  autoFilter: Rect | null = null;

  constructor(
    readonly book: Book,
    readonly id: string,
    public name: string,
  ) {}

  get position(): number {
    return this.book.sheets.indexOf(this);
  }

  get tables(): TableEntry[] {
    return this.book.tables.filter((t) => t.sheet === this);
  }

  /** Names scoped to this sheet. */
  get names(): NamedEntry[] {
    return this.book.names.filter((n) => n.sheet === this);
  }

  stored(r: number, c: number): Stored | undefined {
    return this.rows[r]?.[c];
  }

  put(r: number, c: number, value: Stored | undefined): void {
    let row = this.rows[r];
    if (row === undefined) {
      if (value === undefined || value === "") return;
      row = this.rows[r] = [];
    }
    row[c] = value === "" ? undefined : value;
  }

  /** The box of the cells holding a value (Worksheet.getUsedRange(true)), or null. */
  usedRect(): Rect | null {
    let box: Rect | null = null;
    this.rows.forEach((row, r) => {
      if (row === undefined) return;
      row.forEach((cell, c) => {
        if (cell === undefined) return;
        box =
          box === null
            ? { r0: r, c0: c, r1: r, c1: c }
            : { r0: Math.min(box.r0, r), c0: Math.min(box.c0, c), r1: Math.max(box.r1, r), c1: Math.max(box.c1, c) };
      });
    });
    return box;
  }

  addFormat(op: FormatOp): void {
    this.formats.push(op);
  }

  /** The format of one cell: every operation that covers it, in order. */
  formatAt(r: number, c: number): CellFormat {
    let format: CellFormat = {};
    for (const op of this.formats) {
      if (!inside(op.rect, r, c)) continue;
      if ("clear" in op) format = {};
      else if ("patch" in op) format = { ...format, ...op.patch };
      else format = { ...format, ...(op.grid[r - op.rect.r0]?.[c - op.rect.c0] ?? {}) };
    }
    return format;
  }

  /**
   * A hyperlink over a range, as Range.hyperlink sets it: every cell of the range links to it, and
   * its textToDisplay becomes the text of the top left cell (the Office.js reference: "the string
   * that is displayed in the top left most cell in the range"). Without one, a cell that holds a
   * value keeps it and an empty one shows the target, as Excel's Insert Hyperlink does.
   */
  link(rect: Rect, link: Hyperlink): void {
    for (let r = rect.r0; r <= rect.r1; r++)
      for (let c = rect.c0; c <= rect.c1; c++) this.hyperlinks.set(`${r},${c}`, link);
    if (link.textToDisplay !== undefined) this.put(rect.r0, rect.c0, link.textToDisplay);
    else if (this.stored(rect.r0, rect.c0) === undefined || this.stored(rect.r0, rect.c0) === "")
      this.put(rect.r0, rect.c0, link.documentReference ?? link.address ?? "");
  }

  hyperlinkAt(r: number, c: number): Hyperlink | undefined {
    return this.hyperlinks.get(`${r},${c}`);
  }

  clear(rect: Rect, applyTo: string): void {
    // Clearing contents leaves a cell's hyperlink (as Delete does in Excel); All and the two hyperlink options remove it.
    if (applyTo === "All" || applyTo === "Hyperlinks" || applyTo === "RemoveHyperlinks") {
      for (const key of [...this.hyperlinks.keys()]) {
        const [r, c] = key.split(",").map(Number);
        if (inside(rect, r, c)) this.hyperlinks.delete(key);
      }
    }
    if (applyTo === "All" || applyTo === "Contents") {
      for (let r = rect.r0; r <= Math.min(rect.r1, this.rows.length - 1); r++) {
        const row = this.rows[r];
        if (row === undefined) continue;
        for (let c = rect.c0; c <= Math.min(rect.c1, row.length - 1); c++) row[c] = undefined;
      }
    }
    if (applyTo === "All" || applyTo === "Formats") {
      // Formats wholly inside the cleared area are gone; others are masked where they overlap.
      this.formats = this.formats.filter(
        (op) => !(op.rect.r0 >= rect.r0 && op.rect.r1 <= rect.r1 && op.rect.c0 >= rect.c0 && op.rect.c1 <= rect.c1),
      );
      if (this.formats.some((op) => overlaps(op.rect, rect))) this.formats.push({ rect, clear: true });
      this.validations = this.validations.filter((v) => !overlaps(v.rect, rect));
    }
  }

  /** The values from A1 to the last used cell (test view). */
  grid(): (string | number | boolean)[][] {
    const box = this.usedRect();
    if (box === null) return [];
    const out: (string | number | boolean)[][] = [];
    for (let r = 0; r <= box.r1; r++) {
      const line: (string | number | boolean)[] = [];
      for (let c = 0; c <= box.c1; c++) line.push(valueOf(this.stored(r, c)));
      out.push(line);
    }
    return out;
  }
}

/** Where a book's changes go: the bed's EventChannel (events.ts), which Excel's events come from. */
export interface BookEvents {
  raise(event: BookEvent): void;
  register(type: number, targetId: string, on: boolean): void;
}

export class Book {
  sheets: Sheet[] = [];
  /** Events of changes to this book (none until the bed attaches its channel). */
  events: BookEvents | null = null;
  /** Every defined name: workbook-scoped (sheet null) and sheet-scoped. */
  names: NamedEntry[] = [];
  tables: TableEntry[] = [];
  /** Workbook structure protection (Review > Protect Workbook): no sheet added, deleted, renamed or moved. */
  structureProtected = false;
  /** Calls of Application.suspendScreenUpdatingUntilNextSync. */
  screenUpdatingSuspensions = 0;
  /** The sheet last activated (Worksheet.activate), the one Excel shows. */
  activeSheet: Sheet | null = null;
  private ids = 0;

  nextId(): number {
    return ++this.ids;
  }

  sheet(name: string): Sheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  sheetById(id: string): Sheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** Worksheets.add: a unique, valid name (31 characters, none of : \ / ? * [ ]). */
  addSheet(name?: string, position?: number): Sheet {
    if (this.structureProtected) throw new ExcelError("AccessDenied");
    let sheetName = name;
    if (sheetName === undefined) {
      let k = this.sheets.length + 1;
      while (this.sheet(`Sheet${k}`)) k++;
      sheetName = `Sheet${k}`;
    }
    checkSheetName(sheetName);
    if (this.sheet(sheetName)) throw new ExcelError("ItemAlreadyExists");
    const id = `{${this.nextId().toString(16).toUpperCase().padStart(8, "0")}-0001-0000-0000-000000000000}`;
    const sheet = new Sheet(this, id, sheetName);
    if (position === undefined) this.sheets.push(sheet);
    else this.sheets.splice(position, 0, sheet);
    this.events?.raise({ kind: "added", sheet });
    return sheet;
  }

  deleteSheet(sheet: Sheet): void {
    if (this.structureProtected) throw new ExcelError("AccessDenied");
    if (this.sheets.filter((s) => s !== sheet).length === 0) throw new ExcelError("InvalidOperation");
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.events?.raise({ kind: "deleted", sheetId: sheet.id });
    this.names = this.names.filter((n) => n.sheet !== sheet);
    this.tables = this.tables.filter((t) => t.sheet !== sheet);
    // Every formula that pointed at the sheet now points at #REF!, as in Excel.
    const pattern = new RegExp(`(^|[=(,+\\-*/&\\s])${escapeRegExp(quoteSheet(sheet.name))}!\\$?[A-Z]+\\$?\\d+`, "gi");
    for (const other of this.sheets)
      other.rows.forEach((row) =>
        row?.forEach((cell, c) => {
          if (cell instanceof FormulaCell && pattern.test(cell.text)) {
            pattern.lastIndex = 0;
            row[c] = new FormulaCell(cell.text.replace(pattern, (_m, lead: string) => `${lead}#REF!`));
          }
        }),
      );
  }

  renameSheet(sheet: Sheet, name: string): void {
    if (this.structureProtected) throw new ExcelError("AccessDenied");
    checkSheetName(name);
    const other = this.sheet(name);
    if (other !== undefined && other !== sheet) throw new ExcelError("ItemAlreadyExists");
    sheet.name = name;
  }

  moveSheet(sheet: Sheet, position: number): void {
    if (this.structureProtected) throw new ExcelError("AccessDenied");
    if (position < 0 || position >= this.sheets.length) throw new ExcelError("InvalidArgument");
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  /** Table names are unique in the workbook, and do not clash with defined names (case-insensitive). */
  tableNameFree(name: string, except?: TableEntry): boolean {
    const lower = name.toLowerCase();
    return (
      !this.tables.some((t) => t !== except && t.name.toLowerCase() === lower) &&
      !this.names.some((n) => n.name.toLowerCase() === lower)
    );
  }

  /** A test's own sheet, its values typed as a person would (typedAsExcel). */
  typeSheet(name: string, rows: readonly (readonly (string | number | boolean)[])[] = []): Sheet {
    const sheet = this.addSheet(name);
    rows.forEach((row, r) => row.forEach((v, c) => sheet.put(r, c, typedAsExcel(v))));
    return sheet;
  }
}

function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name))
    throw new ExcelError("InvalidArgument");
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
