/**
 * Finds a sheet's header row and columns, and reads typed fields row by row,
 * recording every problem with sheet, Excel row, column and a plain message.
 */
// @ts-nocheck

import { type Cell, type SheetGrid, columnLetters } from "../model/grid";
import type { Severity, SourceColumns } from "../model/records";
import {
  type IssueDraft,
  type Text,
  emptyRequired,
  missingColumn,
  missingColumnHeaderBelow,
  unusableOptional,
  unusableRequired,
} from "../text/messages";
import type { Day } from "../model/days";
import {
  type Parsed,
  displayText,
  excelDay,
  isBlank,
  parseDate,
  parseDate1904,
  parseText,
  trimmed,
} from "./cellValues";
import { HEADERS, type HeaderKey, normalizeKey, headerWords } from "./vocabulary";

export interface SheetTable {
  readonly sheet: string;
  /** Excel row number of the header row. */
  readonly headerRow: number;
  /** Data rows with their Excel row numbers; fully blank rows are dropped. */
  readonly rows: readonly TableRow[];
  readonly firstColumn: number;
  /** Column index (into `cells`) of each recognised header. */
  readonly columns: ReadonlyMap<HeaderKey, number>;
  /** Excel row of a row just below a header row that names none of the wanted headers, naming some (a title above the headers). */
  readonly headerBelow?: number;
  /**
   * Headers written in other words than the English one (e.g. "Cláusula"): issues name the
   * column as the sheet does, so a Spanish sheet's issues say "Cláusula", not "Clause".
   */
  readonly headerText?: ReadonlyMap<HeaderKey, string>;
  /** Serial numbers in date columns count from 1904 (SheetGrid.date1904). */
  readonly date1904?: boolean;
  /** The columns a row needs (its sheet's declaration): a blank or unreadable one makes the row unusable. */
  readonly required?: ReadonlySet<HeaderKey>;
}

/** A column's header as the sheet writes it (the English header when it is that one). */
export function headerLabel(table: SheetTable, key: HeaderKey): string {
  return table.headerText?.get(key) ?? HEADERS[key].en;
}

/** How many rows below the header row are looked at for the real headers. */
const HEADER_SEARCH_ROWS = 10;

export interface TableRow {
  readonly excelRow: number;
  readonly cells: readonly Cell[];
  /** The table the row was read from, when it differs from the one holding it (rows merged from several workbooks). */
  readonly table?: SheetTable;
}

/** Every normalised header word -> the columns it names (a word may name columns of different sheets). */
const headerIndex: ReadonlyMap<string, readonly HeaderKey[]> = (() => {
  const index = new Map<string, HeaderKey[]>();
  for (const key of Object.keys(HEADERS) as HeaderKey[]) {
    for (const word of headerWords(key)) {
      const k = normalizeKey(word);
      const keys = index.get(k) ?? [];
      if (!keys.includes(key)) index.set(k, [...keys, key]);
    }
  }
  return index;
})();

function date1904Of(grid: SheetGrid): { date1904?: true } {
  return grid.date1904 === true ? { date1904: true } : {};
}

/** The wanted column a normalised header names, if any ("Fecha de cierre" is Done on in Tasks, Closed on in Actions). */
function wantedKey(normal: string, wanted: ReadonlySet<HeaderKey>): HeaderKey | undefined {
  return headerIndex.get(normal)?.find((key) => wanted.has(key));
}

/** The first non-empty row is the header row (workbook.md "Reading input"). */
export function locateTable(
  grid: SheetGrid,
  wanted: readonly HeaderKey[],
  required: readonly HeaderKey[] = [],
): SheetTable {
  const headerPos = grid.rows.findIndex((row) => row.some((c) => !isBlank(c)));
  const columns = new Map<HeaderKey, number>();
  const rows: TableRow[] = [];
  const requiredSet = required.length > 0 ? { required: new Set(required) } : {};
  if (headerPos < 0)
    return {
      sheet: grid.name,
      headerRow: grid.firstRow,
      rows,
      firstColumn: grid.firstColumn,
      columns,
      ...date1904Of(grid),
      ...requiredSet,
    };
  const wantedSet = new Set([...wanted, ...required]);
  const headerText = new Map<HeaderKey, string>();
  grid.rows[headerPos].forEach((cell, i) => {
    const text = displayText(cell);
    const normal = normalizeKey(text);
    const key = wantedKey(normal, wantedSet);
    // The first column with a header wins; a repeated header is an extra column.
    if (key !== undefined && !columns.has(key)) {
      columns.set(key, i);
      if (normal !== normalizeKey(HEADERS[key].en)) headerText.set(key, text);
    }
  });
  for (let r = headerPos + 1; r < grid.rows.length; r++) {
    const cells = grid.rows[r];
    if (hasContent(cells)) rows.push({ excelRow: grid.firstRow + r, cells });
  }
  const table = {
    sheet: grid.name,
    headerRow: grid.firstRow + headerPos,
    rows,
    firstColumn: grid.firstColumn,
    columns,
    ...(headerText.size > 0 ? { headerText } : {}),
    ...date1904Of(grid),
    ...requiredSet,
  };
  if (columns.size > 0) return table;
  // The first filled row is the header row (the spec); when it names none of the headers and a
  // row just below names some, the first is likely a title, and the issue can say which row to keep.
  for (let r = headerPos + 1; r < Math.min(grid.rows.length, headerPos + 1 + HEADER_SEARCH_ROWS); r++) {
    const named = new Set(
      grid.rows[r].map((cell) => wantedKey(normalizeKey(displayText(cell)), wantedSet)).filter((k) => k !== undefined),
    );
    if (named.size >= 2) return { ...table, headerBelow: grid.firstRow + r };
  }
  return table;
}

function hasContent(cells: readonly Cell[]): boolean {
  for (let i = 0; i < cells.length; i++) if (!isBlank(cells[i])) return true;
  return false;
}

/** Receives each problem found, its message in both languages (the Language setting is read later). */
export type Report = (issue: IssueDraft) => void;

/** A problem with a whole sheet (no row, column or cell). */
export function sheetIssue(sheet: string, severity: Severity, message: Text): IssueDraft {
  return { severity, sheet, row: null, column: null, cell: null, value: null, message };
}

/** Reports each required header the table lacks; true when all are there. */
/** A column's header in both languages, as messages name it. */
const columnName = (key: HeaderKey): Text => ({ en: HEADERS[key].en, es: HEADERS[key].es });

export function checkRequiredHeaders(table: SheetTable, required: readonly HeaderKey[], report: Report): boolean {
  let complete = true;
  for (const key of required) {
    if (!table.columns.has(key)) {
      complete = false;
      report({
        severity: "error",
        sheet: table.sheet,
        row: table.headerRow,
        column: HEADERS[key].en,
        cell: null,
        value: null,
        message:
          table.headerBelow === undefined
            ? missingColumn(columnName(key))
            : missingColumnHeaderBelow(columnName(key), table.headerRow, table.headerBelow),
      });
    }
  }
  return complete;
}

const sourceColumnsOf = new WeakMap<SheetTable, SourceColumns>();

/** The table's columns as Source.columns gives them: each header as written and its column's letters. */
export function sourceColumns(table: SheetTable): SourceColumns {
  let columns = sourceColumnsOf.get(table);
  if (columns === undefined) {
    const built: Record<string, { header: string; letter: string }> = {};
    for (const [key, i] of table.columns)
      built[key] = { header: headerLabel(table, key), letter: columnLetters(table.firstColumn + i) };
    columns = built;
    sourceColumnsOf.set(table, columns);
  }
  return columns;
}

/**
 * Reads the fields of one data row. Each getter returns the value or null; a problem
 * with a required field marks the row unusable (`usable` false), one with an optional
 * field is a warning and the field is left empty. A field is required when the table's
 * sheet declares it so (SheetTable.required), unless the caller says otherwise.
 */
export class RowReader {
  usable = true;
  private columns: ReadonlyMap<HeaderKey, number>;

  constructor(
    private table: SheetTable,
    private row: number,
    private cells: readonly Cell[],
    private readonly report: Report,
  ) {
    this.columns = table.columns;
  }

  /** Points this reader at another row, so that reading a large sheet allocates no reader per row. */
  reset(table: SheetTable, excelRow: number, cells: readonly Cell[]): this {
    this.table = table;
    this.columns = table.columns;
    this.row = excelRow;
    this.cells = cells;
    this.usable = true;
    return this;
  }

  get excelRow(): number {
    return this.row;
  }

  get sheet(): string {
    return this.table.sheet;
  }

  /** This row's table's columns, as records keep them (Source.columns). */
  get sourceColumns(): SourceColumns {
    return sourceColumns(this.table);
  }

  /** Whether the table's sheet declares `key` as a column every row needs. */
  isRequired(key: HeaderKey): boolean {
    return this.table.required?.has(key) === true;
  }

  raw(key: HeaderKey): Cell {
    const i = this.columns.get(key);
    return i === undefined ? null : (this.cells[i] ?? null);
  }

  /** The same as `field(key, parseText, required)`, without allocating for plain text cells. */
  text(key: HeaderKey, required: boolean = this.isRequired(key)): string | null {
    const cell = this.raw(key);
    if (typeof cell === "string") {
      const text = trimmed(cell);
      if (text !== "") return text;
    }
    return this.field(key, parseText, required);
  }

  /** The same as `field(key, parseDate, required)`, without allocating for date cells (most of a large sheet's). */
  date(key: HeaderKey, required: boolean = this.isRequired(key)): Day | null {
    const cell = this.raw(key);
    const day = cell instanceof Date ? excelDay(cell) : null;
    return day ?? this.field(key, this.table.date1904 === true ? parseDate1904 : parseDate, required);
  }

  /** Reads a field with `parse`; blank required fields and bad values are reported. */
  field<T>(key: HeaderKey, parse: (cell: Cell) => Parsed<T>, required: boolean = this.isRequired(key)): T | null {
    const cell = this.raw(key);
    if (isBlank(cell)) {
      if (required) {
        this.usable = false;
        this.problem(key, cell, "error", emptyRequired(headerLabel(this.table, key)));
      }
      return null;
    }
    const parsed = parse(cell);
    if (parsed.ok) return parsed.value;
    if (required) {
      this.usable = false;
      this.problem(
        key,
        cell,
        "error",
        unusableRequired(displayText(cell), headerLabel(this.table, key), parsed.problem),
      );
    } else {
      this.problem(
        key,
        cell,
        "warning",
        unusableOptional(displayText(cell), headerLabel(this.table, key), parsed.problem),
      );
    }
    return null;
  }

  /** Reports a problem about this row's cell in column `key`. */
  problem(key: HeaderKey, cell: Cell, severity: Severity, message: Text): void {
    const i = this.columns.get(key);
    this.report({
      severity,
      sheet: this.table.sheet,
      row: this.excelRow,
      column: headerLabel(this.table, key),
      cell: i === undefined ? null : `${columnLetters(this.table.firstColumn + i)}${this.excelRow}`,
      value: isBlank(cell) ? null : displayText(cell),
      message,
    });
  }
}
