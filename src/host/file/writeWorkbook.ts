/**
 * Writing result sheets into the user's workbook by patching its package.
 *
 * Every part of the input is copied as it was, except: the parts of the sheets written here,
 * the workbook-level lists that name them (workbook.xml, its relationships, [Content_Types].xml,
 * docProps/app.xml when its shape is recognized), styles.xml (appended to only), and the
 * calculation chain when a replaced sheet had entries in it. See spec/workbook.md,
 * "Nothing of the user's workbook is lost".
 */
import { type Cell, type SheetGrid, columnLetters } from "../../core/model/grid";
import {
  type CellStyle,
  type NumberFormat,
  OWNED_SHEET_MARKER,
  type ResultSheet,
  type StyledCell,
} from "../../core/render/resultSheet";
import { type ColumnInput, inputFormat, tableName } from "../../core/template";
import type { ColumnHelp } from "../../core/templateHelp";
import type { PlainSheet } from "../workbookHost";
import { type DataValidation, type ValidationRule } from "./parts/dataValidations";
import { TableNames, attachTable } from "./parts/tableParts";
import { updateAppProperties } from "./parts/appProps";
import { dropCalcChainEntries } from "./parts/calcChain";
import { attachCharts } from "./parts/charts";
import { emptyWorkbookPackage } from "./parts/emptyWorkbook";
import { ScorecardError } from "../../core/text/scorecardError";
import { readWorksheetGrid, sheetReadContext } from "./readWorkbook";
import type { SheetReadContext } from "./parts/sheetReader";
import {
  CT_STYLES,
  CT_WORKSHEET,
  NS_RELATIONSHIPS,
  REL_STYLES,
  REL_WORKSHEET,
  nextRelId,
  relKind,
  relationshipXml,
  relativeTarget,
  resolveTarget,
  TextEdits,
} from "./opc/opc";
import { PackageEditor } from "./opc/packageEditor";
import { toStrictNamespaces } from "./opc/strict";
import { checkSheetName, sameSheetName, sheetRef } from "./sheetNames";
import { cellXml, writeWorksheetXml, type StyleIndex, type WorksheetContent } from "./parts/sheetXml";
import { Utf8Sink } from "./xml/utf8Sink";
import { spliceRows, type SpliceWriter } from "./parts/spliceRows";
import { resizeTables } from "./parts/spliceWorksheet";
import { isProductSheet } from "./parts/ownerMark";
import { setActiveTab, sheetViewsStart, unselectOtherSheets } from "./parts/activeSheet";
import { parseDateStyles } from "./parts/readStyles";
import { MINIMAL_STYLES_XML, StyleBook } from "./parts/stylesPatch";
import { isOwnedSheet, readWorkbookPart, type WorkbookPart, type WorkbookSheet } from "./parts/workbookPart";
import { escapeAttr, escapeText } from "./xml/xmlWrite";
import { ZipPackage, type DeflateCodec, type PartWriter } from "./zip/zipPackage";

/**
 * An input sheet written by this program: plain values under a header row. A new sheet gets the
 * template description too (PlainSheet: table, drop-downs, formats, input messages, layout); an
 * existing sheet keeps its own and only its values change.
 */
export interface InputSheetContent extends Omit<PlainSheet, "name" | "rows"> {
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
  /** rows[0] holds column headers: bold on the header fill, and frozen in a new sheet. Default true. */
  readonly headerRow?: boolean;
  /** Column widths in Excel character units; estimated from the content when absent. */
  readonly columnWidths?: readonly number[];
  /** 1-based position of rows[0][0] (default A1), e.g. to keep an existing sheet's layout. */
  readonly firstRow?: number;
  readonly firstColumn?: number;
  /**
   * The existing sheet's cells as readWorkbook read them from this same input, if the caller has
   * them: compared with `rows` instead of reading the part (and the shared strings) again. Used
   * only when its name is the existing sheet's.
   */
  readonly readBefore?: SheetGrid;
}

export interface PatchOptions {
  /**
   * Input sheets to upsert (Indicator history): an existing sheet of that name (case and
   * surrounding spaces ignored) gets these cells in place of its own, keeping its other settings;
   * otherwise the sheet is appended. These sheets are not marked as owned.
   */
  readonly replaceInputSheets?: readonly InputSheetContent[];
  /** Deflate implementation (NODE_ZLIB_CODEC from nodeFiles.ts is faster under Node); fflate when absent. */
  readonly codec?: DeflateCodec;
  /** The per-part limit of the parts read whole (readWorkbook's; MAX_PART_BYTES when absent). */
  readonly maxPartBytes?: number;
}

/** Value of the ownership marker name (a constant formula Excel accepts). */
const MARKER_VALUE = "TRUE";
const PRINT_TITLES = "_xlnm.Print_Titles";
const HEADER_STYLE = { bold: true, fill: "header" } as const;

/**
 * The input workbook with the result sheets written into it. A result sheet replaces a sheet of
 * the same name only when that sheet carries this program's marker; otherwise this throws a
 * ScorecardError (sheetNotOwned) and nothing is written; other codes for unusable input.
 */
export function patchWorkbook(
  input: Uint8Array,
  sheets: readonly ResultSheet[],
  options: PatchOptions = {},
): Uint8Array {
  const pkg = ZipPackage.open(input, { codec: options.codec, maxPartBytes: options.maxPartBytes });
  patchPackage(pkg, sheets, options.replaceInputSheets ?? []);
  return pkg.toBytes();
}

/** A new workbook with the given input sheets (for the `template` command). */
export function createWorkbook(sheets: readonly InputSheetContent[], codec?: DeflateCodec): Uint8Array {
  if (sheets.length === 0) throw new ScorecardError("needsASheet", {});
  const pkg = emptyWorkbookPackage(codec);
  patchPackage(pkg, [], sheets);
  return pkg.toBytes();
}

// ---------------------------------------------------------------------------------------------

type Job =
  | { readonly kind: "replaceOwned"; readonly existing: WorkbookSheet; readonly sheet: ResultSheet }
  | { readonly kind: "appendResult"; readonly sheet: ResultSheet }
  | { readonly kind: "spliceInput"; readonly existing: WorkbookSheet; readonly input: InputSheetContent }
  | { readonly kind: "appendInput"; readonly input: InputSheetContent };

function planJobs(
  wb: WorkbookPart,
  results: readonly ResultSheet[],
  inputs: readonly InputSheetContent[],
  owned: (sheet: WorkbookSheet) => boolean,
): Job[] {
  const seen: string[] = [];
  for (const name of [...results.map((s) => s.name), ...inputs.map((s) => s.name)]) {
    checkSheetName(name);
    if (seen.some((other) => sameSheetName(other, name))) {
      throw new ScorecardError("sameNameTwice", { name });
    }
    seen.push(name);
  }
  const jobs: Job[] = [];
  for (const sheet of results) {
    const existing = wb.sheets.find((s) => sameSheetName(s.name, sheet.name)) ?? formerResultSheet(wb, sheet, owned);
    if (!existing) jobs.push({ kind: "appendResult", sheet });
    else if (owned(existing)) jobs.push({ kind: "replaceOwned", existing, sheet });
    else throw new ScorecardError("sheetNotOwned", { sheet: existing.name });
  }
  for (const input of inputs) {
    const key = input.name.trim().toLowerCase();
    const existing = wb.sheets.find((s) => s.name.trim().toLowerCase() === key);
    if (!existing) {
      jobs.push({ kind: "appendInput", input });
    } else if (existing.kind !== "worksheet" || !existing.part) {
      throw new ScorecardError("notWorksheet", { sheet: existing.name, name: input.name });
    } else {
      jobs.push({ kind: "spliceInput", existing, input });
    }
  }
  return jobs;
}

/** This product's sheet that `sheet` was called in another language (ResultSheet.replaces), if any. */
function formerResultSheet(
  wb: WorkbookPart,
  sheet: ResultSheet,
  owned: (sheet: WorkbookSheet) => boolean,
): WorkbookSheet | undefined {
  const names = sheet.replaces ?? [];
  return wb.sheets.find((s) => names.some((n) => sameSheetName(s.name, n)) && owned(s));
}

/** A `<sheet>` element of workbook.xml with its name attribute set to `name`. */
function renamedSheetElement(element: string, name: string): string {
  return element.replace(/(\sname\s*=\s*)("[^"]*"|'[^']*')/, (_m, lead: string) => `${lead}"${escapeAttr(name)}"`);
}

function estimateWidths(rows: readonly (readonly Cell[])[]): number[] {
  const widths: number[] = [];
  for (const row of rows.slice(0, 1000)) {
    row.forEach((value, j) => {
      const len =
        value === null
          ? 0
          : value instanceof Date
            ? 10
            : typeof value === "object"
              ? value.error.length
              : String(value).length;
      widths[j] = Math.max(widths[j] ?? 0, len);
    });
  }
  return Array.from(widths, (w) => Math.min(60, Math.max(10, (w ?? 0) + 2)));
}

function inputContent(input: InputSheetContent, isNew: boolean): WorksheetContent {
  const header = input.headerRow !== false;
  const rows = input.rows.map((row, i) =>
    row.map((value): StyledCell => (header && i === 0 ? { value, style: HEADER_STYLE } : { value })),
  );
  return {
    rows,
    firstRow: input.firstRow,
    firstColumn: input.firstColumn,
    columnWidths: isNew ? (input.columnWidths ?? estimateWidths(input.rows)) : undefined,
    freeze: isNew && header ? { rows: input.firstRow ?? 1, columns: 0 } : undefined,
  };
}

/** A1 reference of a 0-based cell. */
const ref = (row: number, col: number) => `${columnLetters(col + 1)}${row + 1}`;

/** The validation a rule and a help text make, over `sqref`; null when there is nothing to validate or say. */
function validationOf(
  sqref: string,
  input: ColumnInput | undefined,
  help: ColumnHelp | undefined,
): DataValidation | null {
  const rule: ValidationRule =
    input?.kind === "list"
      ? { kind: "list", values: input.values }
      : input?.kind === "whole"
        ? { kind: "whole", min: input.min, max: input.max }
        : { kind: "any" };
  if (help === undefined && rule.kind === "any") return null;
  return {
    sqref,
    rule,
    ...(help === undefined ? {} : { prompt: { title: help.title, message: help.prompt } }),
    ...(help?.error === undefined || rule.kind === "any" ? {} : { error: { title: help.title, message: help.error } }),
  };
}

/** Unique, non-blank table column names (Excel requires both), from the header cells. */
function tableColumns(header: readonly Cell[], width: number): string[] {
  const names: string[] = [];
  for (let c = 0; c < width; c++) {
    const text = header[c] === null || header[c] === undefined ? "" : String(header[c]).trim();
    let name = text === "" ? `Column${c + 1}` : text;
    for (let n = 2; names.some((o) => o.toLowerCase() === name.toLowerCase()); n++) name = `${text || "Column"}${n}`;
    names.push(name);
  }
  return names;
}

/**
 * A new input sheet laid out as its description says, as the Excel host lays it out: the table
 * over the header and body rows (at least one body row), each column's format on its body cells,
 * drop-downs and input messages on the same cells, styled rows, widths, frozen rows, print setup.
 */
function templateContent(input: InputSheetContent): { content: WorksheetContent; table: TableDefinitionDraft | null } {
  const layout = input.layout;
  const isTable = input.inputs !== undefined || input.cellInputs !== undefined;
  const width = Math.max(
    1,
    input.rows.reduce((w, r) => Math.max(w, r.length), 0),
  );
  const bodyRows = Math.max(1, input.rows.length - 1);
  const height = isTable ? bodyRows + 1 : input.rows.length;
  const header = input.rows[0] ?? [];
  const columns = isTable ? tableColumns(header, width) : [];
  const headerOf = (c: number) => (typeof header[c] === "string" ? (header[c] as string) : "");
  const rowStyle = (r: number): CellStyle | undefined =>
    layout?.rowStyles !== undefined
      ? layout.rowStyles[r]
      : r === 0 && input.headerRow !== false && !isTable
        ? HEADER_STYLE
        : undefined;
  const cellFormat = new Map<string, NumberFormat>();
  for (const cell of input.cellInputs ?? []) {
    const format = cell.input === undefined ? undefined : inputFormat(cell.input);
    if (format !== undefined) cellFormat.set(`${cell.row},${cell.column}`, format);
  }
  const columnFormat = Array.from({ length: width }, (_, c) => {
    const rule = input.inputs?.[headerOf(c)];
    return rule === undefined ? undefined : inputFormat(rule);
  });
  const styled: (StyledCell | null)[][] = [];
  for (let r = 0; r < height; r++) {
    const source = input.rows[r] ?? [];
    const style = rowStyle(r);
    const line: (StyledCell | null)[] = [];
    const rowWidth = style !== undefined || (isTable && r > 0) ? width : source.length;
    for (let c = 0; c < rowWidth; c++) {
      // A table's header cells are its column names, as text.
      const value = isTable && r === 0 ? columns[c] : (source[c] ?? null);
      const format = r > 0 ? (cellFormat.get(`${r},${c}`) ?? (isTable ? columnFormat[c] : undefined)) : undefined;
      const cellStyle = format === undefined ? style : { ...style, format };
      line.push(
        value === null && cellStyle === undefined ? null : { value, ...(cellStyle ? { style: cellStyle } : {}) },
      );
    }
    styled.push(line);
  }
  const validations: DataValidation[] = [];
  if (isTable) {
    for (let c = 0; c < width; c++) {
      const sqref = bodyRows === 1 ? ref(1, c) : `${ref(1, c)}:${ref(bodyRows, c)}`;
      const v = validationOf(sqref, input.inputs?.[headerOf(c)], input.help?.[headerOf(c)]);
      if (v !== null) validations.push(v);
    }
  }
  for (const cell of input.cellInputs ?? []) {
    const v = validationOf(ref(cell.row, cell.column), cell.input, cell.help);
    if (v !== null) validations.push(v);
  }
  const frozen = layout?.freezeRows ?? (input.headerRow !== false ? 1 : 0);
  return {
    content: {
      rows: styled,
      columnWidths: layout?.columnWidths ?? input.columnWidths ?? estimateWidths(input.rows),
      rowHeights: layout?.rowHeights,
      freeze: frozen > 0 ? { rows: frozen, columns: 0 } : undefined,
      print: layout?.print,
      dataValidations: validations,
    },
    table: isTable
      ? { ref: `A1:${ref(bodyRows, width - 1)}`, columns, name: input.table ?? tableName(input.name) }
      : null,
  };
}

interface TableDefinitionDraft {
  readonly ref: string;
  readonly columns: readonly string[];
  readonly name: string;
}

/** Whether an input sheet comes with a template description (a table, inputs or a layout). */
function isDescribed(input: InputSheetContent): boolean {
  return input.inputs !== undefined || input.cellInputs !== undefined || input.layout !== undefined;
}

function resultContent(sheet: ResultSheet, drawingRelId: string | undefined): WorksheetContent {
  return {
    rows: withSheetAlignment(sheet),
    columnWidths: sheet.columnWidths,
    rowHeights: sheet.rowHeights,
    freeze: sheet.freeze,
    autoFilter: sheet.autoFilter,
    print: sheet.print,
    drawingRelId,
    ownerMark: true,
    tabSelected: sheet.active === true,
  };
}

/**
 * The sheet's cells, each given the sheet's and its column's alignment where its style names none.
 * Only the cells that change are copied: Calculation, two million cells at 100 offices, has one
 * aligned column.
 */
function withSheetAlignment(sheet: ResultSheet): ResultSheet["rows"] {
  const vertical = sheet.verticalAlign;
  const aligned = (sheet.columnAlign ?? []).flatMap((align, c) => (align ? [c] : []));
  if (vertical === undefined && aligned.length === 0) return sheet.rows;
  const aligns = (cell: StyledCell | null, c: number): StyledCell | null => {
    if (cell === null || cell.value === null) return cell;
    const align = cell.style?.align ?? sheet.columnAlign?.[c] ?? undefined;
    const verticalAlign = cell.style?.verticalAlign ?? vertical;
    if (align === cell.style?.align && verticalAlign === cell.style?.verticalAlign) return cell;
    return {
      ...cell,
      style: { ...cell.style, ...(align ? { align } : {}), ...(verticalAlign ? { verticalAlign } : {}) },
    };
  };
  if (vertical !== undefined) return sheet.rows.map((row) => row.map(aligns));
  return sheet.rows.map((row) => {
    let out: (StyledCell | null)[] | null = null;
    for (const c of aligned) {
      if (c >= row.length) continue;
      const cell = aligns(row[c], c);
      if (cell === row[c]) continue;
      out ??= row.slice();
      out[c] = cell;
    }
    return out ?? row;
  });
}

/** Where styles live: the workbook's styles part, or a new one if it has none. */
function openStyles(pkg: ZipPackage, wb: WorkbookPart): { book: StyleBook; part: string | null } {
  for (const rel of wb.rels.relationships) {
    if (rel.external || relKind(rel.type) !== "styles") continue;
    const part = pkg.find(resolveTarget(wb.partName, rel.target));
    if (part) return { book: new StyleBook(part, pkg.getText(part) as string), part };
  }
  return { book: new StyleBook("xl/styles.xml", MINIMAL_STYLES_XML), part: null };
}

/** Whether a worksheet part's view has its tab selected (sheetViewsStart: read from its start). */
const selectedTab = (pkg: ZipPackage, part: string): boolean =>
  /<(?:[A-Za-z_][\w.-]*:)?sheetView\b[^>]*\stabSelected\s*=\s*["'](?:1|true)["']/.test(sheetViewsStart(pkg, part));

function patchPackage(pkg: ZipPackage, results: readonly ResultSheet[], inputs: readonly InputSheetContent[]): void {
  const wb = readWorkbookPart(pkg);
  if (!wb.sheetsElement || wb.sheetsElement.selfClosing)
    throw new ScorecardError("damaged", { damage: { kind: "noSheetsListed" } });
  // Decide everything (and refuse, if needed) before changing anything.
  // Input sheets stay byte for byte, their views too: where the user left one of them selected,
  // the workbook keeps opening there (a second selected tab would group the two sheets).
  const userSelected = wb.sheets.some(
    (s) => s.part !== null && s.kind !== "other" && !isProductSheet(pkg, wb, s) && selectedTab(pkg, s.part),
  );
  const shown = userSelected ? results.map((r) => ({ ...r, active: false })) : results;
  const jobs = planJobs(wb, shown, inputs, (sheet) => isProductSheet(pkg, wb, sheet));
  if (jobs.length === 0) return;

  const editor = new PackageEditor(pkg);
  const styles = openStyles(pkg, wb);
  const styleIndex: StyleIndex = (style) => styles.book.xfFor(style);
  const date1904 = wb.date1904;
  // Written as it is made, and compressed as it comes once large: never held whole.
  const resultSheetPart = (content: WorksheetContent): PartWriter => {
    const writer = pkg.partWriter();
    writeWorksheetXml(new Utf8Sink(writer), content, styleIndex, date1904);
    return writer;
  };
  let readContext: SheetReadContext | undefined;
  let dateStyles: readonly boolean[] | undefined;
  const splicer: SpliceWriter = {
    // A value written into a cell the user formatted keeps that format, unless a date would lose its date format.
    cell: (ref, cell, keep) => {
      dateStyles ??= styles.part ? parseDateStyles(styles.part, pkg.getText(styles.part) as string) : [];
      const keepIt = keep !== null && keep > 0 && (!(cell.value instanceof Date) || dateStyles[keep] === true);
      return keepIt
        ? cellXml(ref, { value: cell.value }, () => keep, date1904)
        : cellXml(ref, cell, styleIndex, date1904);
    },
  };
  let tableNames: TableNames | undefined;
  const p = wb.prefix;
  const wbEdits = new TextEdits(wb.text);
  const relsEdits = new TextEdits(wb.rels.text);
  const relIds = new Set(wb.rels.relationships.map((r) => r.id));
  const relPrefix = wb.rels.prefix;
  const replacedSheetIds = new Set<number>();
  const removedNames = new Set<number>(); // start offsets of defined names to drop
  const addedNames: string[] = [];
  const appendedWorksheets: string[] = [];
  let nextIndex = wb.sheets.length;
  let active: { index: number; part: string } | null = null;
  let nextSheetId = wb.sheets.reduce((max, s) => Math.max(max, s.sheetId), 0) + 1;

  const definedNameXml = (name: string, index: number, value: string, hidden: boolean): string =>
    `<${p}definedName name="${escapeAttr(name)}" localSheetId="${index}"${hidden ? ' hidden="1"' : ""}>${escapeText(value)}</${p}definedName>`;
  /** Sets a sheet's print titles; an identical existing name is kept so a rerun changes nothing. */
  const printTitles = (sheet: Pick<ResultSheet, "name" | "print">, index: number): void => {
    const rows = Math.floor(sheet.print?.titleRows ?? 0);
    const columns = Math.floor(sheet.print?.titleColumns ?? 0);
    // Excel's own order: the columns, then the rows ('S'!$A:$A,'S'!$1:$4).
    const ranges = [
      ...(columns > 0 ? [`${sheetRef(sheet.name)}!$A:$${columnLetters(columns)}`] : []),
      ...(rows > 0 ? [`${sheetRef(sheet.name)}!$1:$${rows}`] : []),
    ];
    const value = ranges.length > 0 ? ranges.join(",") : null;
    let kept = false;
    for (const d of wb.definedNames) {
      if (d.localSheetId !== index || d.name.toLowerCase() !== PRINT_TITLES.toLowerCase()) continue;
      if (d.value === value && !kept) kept = true;
      else removedNames.add(d.start);
    }
    if (value !== null && !kept) addedNames.push(definedNameXml(PRINT_TITLES, index, value, false));
  };
  const appendSheet = (name: string, part: string): number => {
    const relId = nextRelId(relIds);
    relIds.add(relId);
    relsEdits.insert(
      wb.rels.insertAt,
      relationshipXml(relPrefix, relId, REL_WORKSHEET, relativeTarget(wb.partName, part)),
    );
    const idAttr = wb.relPrefix ? `${wb.relPrefix}:id="${relId}"` : `r:id="${relId}" xmlns:r="${NS_RELATIONSHIPS}"`;
    const sheetId = nextSheetId++;
    wbEdits.insert(
      (wb.sheetsElement as { insertAt: number }).insertAt,
      `<${p}sheet name="${escapeAttr(name)}" sheetId="${sheetId}" ${idAttr}/>`,
    );
    appendedWorksheets.push(name);
    return nextIndex++;
  };

  for (const job of jobs) {
    switch (job.kind) {
      case "replaceOwned": {
        const { existing, sheet } = job;
        let part = existing.part;
        if (part && editor.contentType(part) === CT_WORKSHEET) {
          // Same part, same position and sheetId: only its old dependents (drawings...) go.
          editor.removeRelsTree(part);
        } else {
          if (part) editor.removePartTree(part);
          part = editor.allocate("xl/worksheets/", "sheet", ".xml");
          const rel = wb.rels.relationships.find((r) => r.id === existing.relId);
          if (!rel)
            throw new ScorecardError("damaged", { damage: { kind: "sheetNoRelationship", sheet: existing.name } });
          relsEdits.replace(
            rel.start,
            rel.end,
            relationshipXml(relPrefix, rel.id, REL_WORKSHEET, relativeTarget(wb.partName, part)),
          );
        }
        const charts = attachCharts(editor, part, sheet);
        editor.addPart(part, resultSheetPart(resultContent(sheet, charts?.drawingRelId)), CT_WORKSHEET);
        // Written before in another language: the same sheet under this run's name.
        if (!sameSheetName(existing.name, sheet.name))
          wbEdits.replace(
            existing.start,
            existing.end,
            renamedSheetElement(wb.text.slice(existing.start, existing.end), sheet.name),
          );
        // Known by its footer alone (a tool dropped the hidden name): the name is written again.
        if (!isOwnedSheet(wb, existing))
          addedNames.push(definedNameXml(OWNED_SHEET_MARKER, existing.index, MARKER_VALUE, true));
        printTitles(sheet, existing.index);
        if (sheet.active) active = { index: existing.index, part };
        replacedSheetIds.add(existing.sheetId);
        break;
      }
      case "appendResult": {
        const { sheet } = job;
        const part = editor.allocate("xl/worksheets/", "sheet", ".xml");
        const index = appendSheet(sheet.name, part);
        const charts = attachCharts(editor, part, sheet);
        editor.addPart(part, resultSheetPart(resultContent(sheet, charts?.drawingRelId)), CT_WORKSHEET);
        addedNames.push(definedNameXml(OWNED_SHEET_MARKER, index, MARKER_VALUE, true));
        printTitles(sheet, index);
        if (sheet.active) active = { index, part };
        break;
      }
      case "spliceInput": {
        const { existing, input } = job;
        const part = existing.part as string;
        const content = inputContent(input, false);
        const before = pkg.getText(part) as string;
        const old =
          input.readBefore?.name === existing.name
            ? input.readBefore
            : readWorksheetGrid(pkg, existing.name, part, (readContext ??= sheetReadContext(pkg, wb)));
        // Only the cells whose value changes are written; every other row and cell stays as it was.
        const spliced = spliceRows(part, before, old, content, splicer);
        pkg.set(part, spliced.xml);
        if ((input.firstRow ?? 1) === 1 && (input.firstColumn ?? 1) === 1) resizeTables(pkg, part, input.rows);
        if (spliced.formulaRemoved) replacedSheetIds.add(existing.sheetId);
        break;
      }
      case "appendInput": {
        const part = editor.allocate("xl/worksheets/", "sheet", ".xml");
        const index = appendSheet(job.input.name, part);
        const laidOut = isDescribed(job.input) ? templateContent(job.input) : null;
        let content = laidOut?.content ?? inputContent(job.input, true);
        if (laidOut?.table) {
          const { name, ...table } = laidOut.table;
          const relId = attachTable(editor, part, table, (tableNames ??= new TableNames(pkg)), name);
          content = { ...content, tableRelIds: [relId] };
        }
        editor.addPart(part, resultSheetPart(content), CT_WORKSHEET);
        printTitles({ name: job.input.name, print: content.print }, index);
        break;
      }
    }
  }

  applyDefinedNames(wb, wbEdits, removedNames, addedNames);
  if (active !== null) {
    setActiveTab(wb, wbEdits, active.index);
    // Only this product's sheets: no input sheet is selected (userSelected).
    unselectOtherSheets(pkg, wb, active.part, (s) => isProductSheet(pkg, wb, s));
  }
  dropCalcChainEntries(pkg, wb, editor, relsEdits, replacedSheetIds);

  const stylesXml = styles.book.toXml();
  if (stylesXml !== null) {
    if (styles.part) {
      pkg.set(styles.part, stylesXml);
    } else {
      editor.addPart("xl/styles.xml", stylesXml, CT_STYLES);
      const relId = nextRelId(relIds);
      relIds.add(relId);
      relsEdits.insert(
        wb.rels.insertAt,
        relationshipXml(relPrefix, relId, REL_STYLES, relativeTarget(wb.partName, "xl/styles.xml")),
      );
    }
  }

  if (wbEdits.changed) pkg.set(wb.partName, wbEdits.apply());
  if (relsEdits.changed) pkg.set(wb.relsPartName, relsEdits.apply());
  editor.finish();
  updateAppProperties(pkg, wb, appendedWorksheets);
  // A Strict package: what was written in Transitional namespaces takes the package's own.
  if (wb.strict) {
    for (const name of pkg.modifiedNames()) {
      if (!/\.(xml|rels)$/i.test(name)) continue;
      const text = pkg.getText(name) as string;
      const strict = toStrictNamespaces(text);
      if (strict !== text) pkg.set(name, strict);
    }
  }
}

/** Removes and adds `<definedName>`s; creates `<definedNames>` when needed, drops it when emptied. */
function applyDefinedNames(
  wb: WorkbookPart,
  edits: TextEdits,
  removed: ReadonlySet<number>,
  added: readonly string[],
): void {
  const p = wb.prefix;
  const el = wb.definedNamesElement;
  const remaining = wb.definedNames.length - removed.size + added.length;
  if (!el) {
    if (added.length) edits.insert(wb.definedNamesInsertAt, `<${p}definedNames>${added.join("")}</${p}definedNames>`);
    return;
  }
  if (el.selfClosing) {
    if (added.length) edits.replace(el.start, el.end, `<${p}definedNames>${added.join("")}</${p}definedNames>`);
    return;
  }
  if (remaining === 0) {
    // An empty <definedNames> is not allowed: the whole element goes.
    edits.replace(el.start, wb.text.indexOf(">", el.insertAt) + 1, "");
    return;
  }
  for (const d of wb.definedNames) if (removed.has(d.start)) edits.replace(d.start, d.end, "");
  if (added.length) edits.insert(el.insertAt, added.join(""));
}
