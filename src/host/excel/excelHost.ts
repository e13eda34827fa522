/**
 * The Excel host: moves cells between the workbook open in Excel and the core, through
 * Office.js. What is constant and what is not (docs/performance.md, "Excel host"):
 * reading takes two syncs for the workbook's shape, whatever its size, then one sync per
 * ~3 MB of cell values; writing takes two syncs to plan (a third when Indicator history is a
 * table) plus one per 4 MB written (SyncBatcher, which measures what it queues). Result sheets
 * are cleared and rewritten in place, so references to them stay valid. Nothing is written
 * before every sheet to write is known to be writable. Office.js errors reach the caller in
 * plain words (excelErrors.ts: the one error type, code "excelRefused").
 */
import type { Cell, SheetGrid } from "../../core/model/grid";
import {
  type CellStyle,
  FILL_COLORS,
  FORMAT_CODES,
  OWNED_SHEET_FOOTER_WORDS,
  OWNED_SHEET_MARKER,
  type ResultSheet,
} from "../../core/render/resultSheet";
import { RESULT_SHEET_NAMES } from "../../core/text/labels";
import { type InputWorkbook, type PlainSheet, type ProgressListener, type WorkbookHost } from "../workbookHost";
import { fromExcelValue, looksLikeError } from "./cellValues";
import type {
  ExcelHeaderFooter,
  ExcelNamedItem,
  ExcelRange,
  ExcelRequestContext,
  ExcelTable,
  ExcelWorksheet,
} from "./excelApi";
import { plainExcelError } from "./excelErrors";
import {
  applyPrint,
  cellProperties,
  rangeAddress,
  rangeOf,
  widthInPoints,
  widthOf,
  writeResultSheet,
  writeValues,
} from "./resultSheetWriter";
import { SyncBatcher, jsonBytes, responseBytes } from "./syncBatcher";
import { type ColumnInput, TABLE_STYLE, inputFormat, tableName } from "../../core/template";
import type { ColumnHelp } from "../../core/templateHelp";
import { ScorecardError } from "../../core/text/scorecardError";

export { WRITE_CHUNK_CELLS } from "./resultSheetWriter";

/** Cells per Range.values read (Excel may return null past 5M cells in one range). */
export const READ_CHUNK_CELLS = 100_000;
/** Bytes of values one read sync aims at: under the 4 MB cap, with room for wider cells than guessed. */
export const READ_RESPONSE_BYTES = 3_500_000;
/** Bytes per cell assumed before any cell is read (JSON of short text and numbers is 10-25). */
export const INITIAL_BYTES_PER_CELL = 40;
const MIN_BYTES_PER_CELL = 8;

/**
 * How a sheet shows it is this product's: the hidden name scoped to it (it only counts scoped to
 * its sheet: Worksheet.names also lists workbook names, office-js #1011), or, when a tool that
 * re-saved the workbook dropped hidden names (ExcelJS), the even-page footer mark.
 */
interface OwnerMark {
  readonly marker: ExcelNamedItem;
  /** Loaded only for sheets named as a result sheet (the only ones a run may replace). */
  readonly footer: ExcelHeaderFooter | null;
}

const RESULT_NAMES = new Set(
  Object.values(RESULT_SHEET_NAMES).flatMap((names) => Object.values(names).map((n) => n.trim().toLowerCase())),
);

/** Queues the loads of `sheet`'s marks. */
function loadOwnerMark(sheet: ExcelWorksheet): OwnerMark {
  const marker = sheet.names.getItemOrNullObject(OWNED_SHEET_MARKER);
  marker.load("name,scope");
  const footer = RESULT_NAMES.has(sheet.name.trim().toLowerCase()) ? sheet.pageLayout.headersFooters.evenPages : null;
  footer?.load("centerFooter");
  return { marker, footer };
}

const hasMarker = (mark: OwnerMark) => !mark.marker.isNullObject && mark.marker.scope === "Worksheet";
const ownsSheet = (mark: OwnerMark) =>
  hasMarker(mark) || (mark.footer?.centerFooter.includes(OWNED_SHEET_FOOTER_WORDS) ?? false);

/** Runs `work`, giving Office.js errors plain words (never Excel's raw message). */
async function plainly<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw plainExcelError(error);
  }
}

export interface ExcelHostStats {
  readonly syncs: number;
  readonly largestPayload: number;
  /** Bytes the batcher accounted for each request it sent (an upper bound of each request's real size). */
  readonly accounted: readonly number[];
}

/**
 * Data validation (ExcelApi 1.8), number format, input message and error alert of a template
 * column's body (or of one cell), all as the description gives them.
 */
function applyInput(
  body: ExcelRange,
  bodyRows: number,
  input: ColumnInput | undefined,
  help: ColumnHelp | undefined,
): void {
  const validation = body.dataValidation;
  const format = input === undefined ? undefined : inputFormat(input);
  if (format !== undefined) body.numberFormat = Array.from({ length: bodyRows }, () => [FORMAT_CODES[format]]);
  if (input?.kind === "list") validation.rule = { list: { inCellDropDown: true, source: input.values.join(",") } };
  if (input?.kind === "whole")
    validation.rule = { wholeNumber: { formula1: input.min, formula2: input.max, operator: "Between" } };
  if (help === undefined) return;
  validation.prompt = { message: help.prompt, showPrompt: true, title: help.title };
  // Excel alerts by default: an open list (a rating that may be a percentage) must say it does not.
  if (input?.kind === "list" && input.open === true)
    validation.errorAlert = { message: "", showAlert: false, style: "Information", title: help.title };
  if (help.error !== undefined && (input?.kind === "list" || input?.kind === "whole"))
    validation.errorAlert = { message: help.error, showAlert: true, style: "Stop", title: help.title };
}

/** A template row's style over `cols` cells: its number format, then its other formats (setCellProperties). */
function applyRowStyle(sheet: ExcelWorksheet, row: number, cols: number, style: CellStyle): void {
  const range = rangeOf(sheet, rangeAddress(row, 0, row, cols - 1));
  const format = style.format;
  if (format) range.numberFormat = [new Array<string>(cols).fill(FORMAT_CODES[format])];
  const properties = cellProperties(style);
  if (Object.keys(properties).length > 0) range.setCellProperties([Array.from({ length: cols }, () => properties)]);
}

/** A sheet's used range still to be read, and how far it has been planned. */
interface PendingSheet {
  readonly rowCount: number;
  readonly columnCount: number;
  planned?: number;
}

/**
 * The next sync's reads: consecutive rows of the pending sheets, in order, until about
 * READ_RESPONSE_BYTES at `bytesPerCell` (at least one row, so that a sync always progresses),
 * each range at most READ_CHUNK_CELLS cells. Empty once every row is planned.
 */
export function readChunks(
  sheets: PendingSheet[],
  bytesPerCell: number,
): { sheet: number; start: number; count: number }[] {
  let budget = Math.max(1, Math.floor(READ_RESPONSE_BYTES / bytesPerCell));
  const chunks: { sheet: number; start: number; count: number }[] = [];
  for (const [index, sheet] of sheets.entries()) {
    const width = Math.max(1, sheet.columnCount);
    while ((sheet.planned ?? 0) < sheet.rowCount) {
      const start = sheet.planned ?? 0;
      const fits = Math.floor(Math.min(budget, READ_CHUNK_CELLS) / width);
      if (fits < 1 && chunks.length > 0) return chunks;
      const count = Math.min(sheet.rowCount - start, Math.max(1, fits));
      chunks.push({ sheet: index, start, count });
      sheet.planned = start + count;
      budget -= count * width;
      if (budget <= 0) return chunks;
    }
  }
  return chunks;
}

export class ExcelHost implements WorkbookHost {
  private lastStats: ExcelHostStats = { syncs: 0, largestPayload: 0, accounted: [] };

  constructor(private readonly context: ExcelRequestContext) {}

  /** Syncs, largest request and the bytes accounted per request of the last read or write, for the benchmark and tests. */
  get stats(): ExcelHostStats {
    return this.lastStats;
  }

  private done(batch: SyncBatcher): void {
    this.lastStats = { syncs: batch.syncs, largestPayload: batch.largestPayload, accounted: batch.accounted };
  }

  readInputs(isInputSheet: (name: string) => boolean): Promise<InputWorkbook> {
    return plainly(() => this.read(isInputSheet));
  }

  private async read(isInputSheet: (name: string) => boolean): Promise<InputWorkbook> {
    const batch = new SyncBatcher(this.context);
    const worksheets = this.context.workbook.worksheets;
    worksheets.load("items/name");
    await batch.sync();

    const sheetNames = worksheets.items.map((s) => s.name);
    const inputs = worksheets.items.filter((s) => isInputSheet(s.name));
    const used = inputs.map((sheet) => {
      const range = sheet.getUsedRangeOrNullObject(true);
      range.load("rowIndex,columnIndex,rowCount,columnCount");
      return { sheet, range };
    });
    const markers = worksheets.items.map((sheet) => ({ name: sheet.name, marker: loadOwnerMark(sheet) }));
    await batch.sync();

    // Every sheet's rows, as few syncs as the response cap allows (readChunks).
    const rowsBySheet = used.map(({ range }) => new Array<Cell[]>(range.isNullObject ? 0 : range.rowCount));
    const pending = used.flatMap(({ sheet, range }, sheetIndex) =>
      range.isNullObject
        ? []
        : [{ sheet, range, sheetIndex, rowCount: range.rowCount, columnCount: range.columnCount }],
    );
    let bytesPerCell = INITIAL_BYTES_PER_CELL;
    let widest = 0;
    // Rows holding text that reads like an error ("#N/A"): their value types, loaded with the next sync,
    // tell an error cell from the same text typed as text (only Range.valueTypes knows).
    let typeChecks: { rows: Cell[][]; row: number; range: ExcelRange }[] = [];
    const applyTypeChecks = () => {
      for (const { rows, row, range } of typeChecks)
        range.valueTypes[0]?.forEach((type, c) => {
          const cell = rows[row][c];
          if (type === "Error" && typeof cell === "string") rows[row][c] = { error: cell };
        });
      typeChecks = [];
    };
    for (let plan = readChunks(pending, bytesPerCell); plan.length > 0; plan = readChunks(pending, bytesPerCell)) {
      const pieces = plan.map((chunk) => {
        const { sheet, range } = pending[chunk.sheet];
        const row0 = range.rowIndex + chunk.start;
        const piece = rangeOf(
          sheet,
          rangeAddress(row0, range.columnIndex, row0 + chunk.count - 1, range.columnIndex + range.columnCount - 1),
        );
        piece.load("values");
        return { chunk, piece, row0 };
      });
      await batch.sync();
      applyTypeChecks(); // those queued with the previous chunks' rows
      let bytes = 0;
      let cells = 0;
      for (const { chunk, piece, row0 } of pieces) {
        const { sheet, range, sheetIndex, columnCount } = pending[chunk.sheet];
        const rows = rowsBySheet[sheetIndex];
        piece.values.forEach((row, i) => {
          rows[chunk.start + i] = row.map((v) => fromExcelValue(v));
          if (row.some(looksLikeError)) {
            const r = row0 + i;
            const line = rangeOf(sheet, rangeAddress(r, range.columnIndex, r, range.columnIndex + columnCount - 1));
            line.load("valueTypes");
            typeChecks.push({ rows, row: chunk.start + i, range: line });
          }
        });
        bytes += responseBytes(piece.values);
        cells += chunk.count * columnCount;
      }
      // Size the next syncs on the widest cells seen so far, with a margin for sheets not read yet
      // (3.5 MB aimed at leaves a 4 MB response room for cells 1.35 times as wide).
      widest = Math.max(widest, bytes / Math.max(1, cells));
      bytesPerCell = Math.max(MIN_BYTES_PER_CELL, 1.2 * widest);
    }
    if (typeChecks.length > 0) {
      await batch.sync();
      applyTypeChecks();
    }

    const sheets: SheetGrid[] = used.map(({ sheet, range }, i) => ({
      name: sheet.name,
      rows: rowsBySheet[i],
      firstRow: range.isNullObject ? 1 : range.rowIndex + 1,
      firstColumn: range.isNullObject ? 1 : range.columnIndex + 1,
    }));
    this.done(batch);
    return {
      sheets,
      sheetNames,
      ownedSheets: new Set(markers.filter((m) => ownsSheet(m.marker)).map((m) => m.name)),
    };
  }

  writeResults(sheets: readonly ResultSheet[], history: PlainSheet, onProgress?: ProgressListener): Promise<void> {
    return plainly(() => this.write(sheets, history, onProgress));
  }

  private async write(
    sheets: readonly ResultSheet[],
    history: PlainSheet,
    onProgress?: ProgressListener,
  ): Promise<void> {
    const batch = new SyncBatcher(this.context, undefined, { suspendScreenUpdating: true });
    const workbook = this.context.workbook;
    const worksheets = workbook.worksheets;
    worksheets.load("items/name,items/position");
    workbook.protection.load("protected");
    await batch.sync();

    // Of the existing sheets a result would replace (the sheet of its name, or one of its names in
    // another language, ResultSheet.replaces) and of Indicator history: markers, protection, charts, tables.
    const byLower = new Map(worksheets.items.map((s) => [s.name.toLowerCase(), s]));
    const look = (sheet: ExcelWorksheet) => {
      const marker = loadOwnerMark(sheet);
      sheet.protection.load("protected");
      sheet.charts.load("items/name");
      return marker;
    };
    const targets = sheets.map((s) =>
      [s.name, ...(s.replaces ?? [])].flatMap((name) => {
        const sheet = byLower.get(name.toLowerCase());
        return sheet === undefined ? [] : [{ sheet, marker: look(sheet), former: name !== s.name }];
      }),
    );
    const historySheet = byLower.get(history.name.toLowerCase()) ?? null;
    if (historySheet !== null) {
      historySheet.protection.load("protected");
      historySheet.tables.load("items/name");
    }
    await batch.sync();

    // The application layer checked ownership before calling; refuse again rather than overwrite a user's sheet.
    const foreign = targets.flat().find((t) => !t.former && !ownsSheet(t.marker));
    if (foreign !== undefined) throw new ScorecardError("sheetNotOwned", { sheet: foreign.sheet.name });
    // The sheet of each result's name (owned, or conflicts stopped above), else this product's sheet of a former name.
    const plan = sheets.map((result, k) => {
      const old = targets[k].find((t) => !t.former) ?? targets[k].find((t) => ownsSheet(t.marker)) ?? null;
      return { result, old: old?.sheet ?? null, marked: old !== null && hasMarker(old.marker) };
    });
    // Nothing is written unless everything can be: protected sheets, and a protected structure when a sheet is added or renamed.
    for (const { old } of plan)
      if (old?.protection.protected) throw new ScorecardError("sheetProtected", { sheet: old.name });
    if (historySheet?.protection.protected) throw new ScorecardError("sheetProtected", { sheet: historySheet.name });
    if (workbook.protection.protected) {
      const changed = plan.find(({ result, old }) => old === null || old.name !== result.name);
      if (changed !== undefined) throw new ScorecardError("workbookProtected", { sheet: changed.result.name });
      if (historySheet === null) throw new ScorecardError("workbookProtected", { sheet: history.name });
    }
    const historyTable = historySheet?.tables.items[0] ?? null;
    const tableRange = historyTable?.getRange().untrack() ?? null;
    tableRange?.load("rowIndex,columnIndex,rowCount,columnCount");

    const total = sheets.length + 1;
    let active: ExcelWorksheet | null = null;
    for (const [k, { result, old, marked }] of plan.entries()) {
      onProgress?.(k, total, result.name);
      let sheet: ExcelWorksheet;
      if (old === null) {
        sheet = worksheets.add(result.name);
      } else {
        // Cleared and rewritten in place: the sheet keeps its identity, so formulas, charts and
        // links that point at it stay valid (deleting it would turn them into #REF!).
        sheet = old;
        await batch.queue({ bytes: 0, actions: 12 + sheet.charts.items.length * 3 }, () => {
          if (old.name !== result.name) old.name = result.name;
          for (const chart of old.charts.items) chart.delete();
          const all = rangeOf(old);
          all.clear("All");
          all.format.useStandardWidth = true;
          all.format.useStandardHeight = true;
        });
      }
      // A sheet known by its footer alone gets its hidden name back.
      await writeResultSheet(batch, sheet, result, { add: !marked, name: OWNED_SHEET_MARKER });
      if (result.active) active = sheet;
    }

    onProgress?.(sheets.length, total, history.name);
    const target = historySheet ?? worksheets.add(history.name);
    if (historySheet !== null) {
      if (tableRange !== null && historyTable !== null) {
        await batch.sync(); // the table's size, loaded above
        await this.fitTable(batch, target, historyTable, tableRange, history.rows.length);
      }
      await batch.queue({ bytes: 0, actions: 4 }, () => rangeOf(target).clear("Contents"));
    }
    await writeValues(batch, target, history.rows);
    // The workbook opens on the sheet the run names (the Scorecard), as the file host's activeTab.
    const opened = active;
    if (opened !== null) await batch.queue({ bytes: 0, actions: 2 }, () => opened.activate());
    await batch.sync();
    onProgress?.(total, total, "");
    this.done(batch);
  }

  /**
   * Indicator history's table, resized to the rows about to be written (at least one body row), so
   * the table's column formats cover every row: rows added at its end take them (TableRowCollection.add),
   * rows past the end are deleted. Table.resize would be simpler, but it is ExcelApi 1.13.
   */
  private async fitTable(
    batch: SyncBatcher,
    sheet: ExcelWorksheet,
    table: ExcelTable,
    range: ExcelRange,
    rowsWritten: number,
  ): Promise<void> {
    const body = range.rowCount - 1;
    const wanted = Math.max(1, rowsWritten - 1);
    const width = range.columnCount;
    if (wanted > body) {
      const blank = Array.from({ length: wanted - body }, () => new Array<string>(width).fill(""));
      await batch.queue({ bytes: jsonBytes(blank), actions: 6 }, () => table.rows.add(null, blank));
    } else if (wanted < body) {
      const first = range.rowIndex + 1 + wanted;
      const last = range.rowIndex + body;
      await batch.queue({ bytes: 0, actions: 4 }, () =>
        rangeOf(sheet, rangeAddress(first, range.columnIndex, last, range.columnIndex + width - 1)).delete("Up"),
      );
    }
  }

  addSheets(sheets: readonly PlainSheet[]): Promise<string[]> {
    return plainly(() => this.add(sheets));
  }

  private async add(sheets: readonly PlainSheet[]): Promise<string[]> {
    const batch = new SyncBatcher(this.context);
    const workbook = this.context.workbook;
    const worksheets = workbook.worksheets;
    worksheets.load("items/name");
    workbook.protection.load("protected");
    // Table names are unique in the workbook and cannot be a defined name's.
    workbook.tables.load("items/name");
    workbook.names.load("items/name");
    await batch.sync();
    const existing = new Set(worksheets.items.map((s) => s.name.toLowerCase()));
    const missing = sheets.filter((plain) => !existing.has(plain.name.toLowerCase()));
    if (missing.length > 0 && workbook.protection.protected)
      throw new ScorecardError("workbookProtected", { sheet: missing[0].name });
    const taken = new Set([...workbook.tables.items, ...workbook.names.items].map((t) => t.name.toLowerCase()));
    const added: string[] = [];
    for (const plain of missing) {
      const sheet = worksheets.add(plain.name);
      await writeValues(batch, sheet, plain.rows);
      const width = Math.max(1, widthOf(plain.rows));
      const layout = plain.layout;
      const isTable = plain.inputs !== undefined || plain.cellInputs !== undefined;
      const name = isTable ? uniqueName(plain.table ?? tableName(plain.name), taken) : "";
      // Header or row styles, a table with a rule, format and message per column, widths, panes, print.
      const bodyRows = Math.max(1, plain.rows.length - 1);
      const styled = Object.keys(layout?.rowStyles ?? {}).length;
      const cells = plain.cellInputs?.length ?? 0;
      const described = jsonBytes([plain.inputs ?? {}, plain.help ?? {}, plain.cellInputs ?? [], layout ?? {}]);
      await batch.queue(
        {
          bytes: described + bodyRows * width * 12 + styled * width * 200,
          actions: 30 + width * 20 + (styled + cells) * 14,
        },
        () => {
          if (layout?.rowStyles === undefined && !isTable) {
            const header = sheet.getRange(rangeAddress(0, 0, 0, width - 1));
            header.format.font.bold = true;
            header.format.fill.color = `#${FILL_COLORS.header.background}`;
            header.format.font.color = `#${FILL_COLORS.header.font}`;
          }
          for (const [row, style] of Object.entries(layout?.rowStyles ?? {}))
            applyRowStyle(sheet, Number(row), width, style);
          if (isTable) this.layOutTable(sheet, plain, width, name);
          const widths = layout?.columnWidths ?? (isTable ? new Array<number>(width).fill(16) : []);
          if (widths.length > 0)
            rangeOf(sheet, rangeAddress(0, 0, 0, widths.length - 1)).setColumnProperties(
              widths.map((w) => ({ format: { columnWidth: widthInPoints(w) } })),
            );
          for (const [row, points] of Object.entries(layout?.rowHeights ?? {}))
            rangeOf(sheet, rangeAddress(Number(row), 0, Number(row), 0)).format.rowHeight = points;
          const frozen = layout?.freezeRows ?? 1;
          if (frozen > 0) sheet.freezePanes.freezeRows(frozen);
          if (layout?.print) applyPrint(sheet, layout.print);
        },
      );
      added.push(plain.name);
    }
    await batch.sync();
    this.done(batch);
    return added;
  }

  /** An input sheet as an Excel table: drop-downs, formats and input messages that follow new rows. */
  private layOutTable(sheet: ExcelWorksheet, plain: PlainSheet, width: number, name: string): void {
    const header = plain.rows[0] ?? [];
    // A table needs a body row; the template's first body row stays empty for the auditor.
    const bodyRows = Math.max(1, plain.rows.length - 1);
    const table = sheet.tables.add(rangeAddress(0, 0, bodyRows, width - 1), true);
    table.name = name;
    table.style = TABLE_STYLE;
    header.forEach((title, c) => {
      const key = typeof title === "string" ? title : "";
      const input = plain.inputs?.[key];
      const help = plain.help?.[key];
      if (input === undefined && help === undefined) return;
      applyInput(table.columns.getItemAt(c).getDataBodyRange(), bodyRows, input, help);
    });
    for (const cell of plain.cellInputs ?? [])
      applyInput(rangeOf(sheet, rangeAddress(cell.row, cell.column, cell.row, cell.column)), 1, cell.input, cell.help);
  }

  writeSheet(plain: PlainSheet): Promise<void> {
    return plainly(() => this.replaceValues(plain));
  }

  private async replaceValues(plain: PlainSheet): Promise<void> {
    const batch = new SyncBatcher(this.context);
    const workbook = this.context.workbook;
    const existing = workbook.worksheets.getItemOrNullObject(plain.name);
    existing.load("name");
    existing.protection.load("protected");
    workbook.protection.load("protected");
    await batch.sync();
    if (!existing.isNullObject && existing.protection.protected)
      throw new ScorecardError("sheetProtected", { sheet: existing.name });
    if (existing.isNullObject && workbook.protection.protected)
      throw new ScorecardError("workbookProtected", { sheet: plain.name });
    const sheet = existing.isNullObject ? workbook.worksheets.add(plain.name) : existing;
    if (!existing.isNullObject) sheet.getRange().clear("Contents");
    await writeValues(batch, sheet, plain.rows);
    await batch.sync();
    this.done(batch);
  }
}

/** `base`, or `base2`, `base3`... : the first not in `taken` (case-insensitive), which it joins. */
function uniqueName(base: string, taken: Set<string>): string {
  let name = base;
  for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${base}${k}`;
  taken.add(name.toLowerCase());
  return name;
}
