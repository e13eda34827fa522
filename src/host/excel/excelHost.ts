/**
 * The Excel host: moves cells between the workbook open in Excel and the core, through
 * Office.js. What is constant and what is not (docs/performance.md, "Excel host"):
 * reading takes two syncs for the workbook's shape, whatever its size, then one sync per
 * ~3 MB of cell values; writing takes two syncs (three when it replaces earlier result
 * sheets) plus one per 4 MB written (SyncBatcher). No request or response passes 4 MB, and
 * no sync is spent per row, per sheet or per chunk.
 */
import { type Cell, type SheetGrid, columnLetters } from "../../core/model/grid";
import {
  type ChartSpec,
  FILL_COLORS,
  FORMAT_CODES,
  type HorizontalAlign,
  OWNED_SHEET_MARKER,
  type ResultSheet,
  type VerticalAlign,
  isDrawable,
  seriesColor,
} from "../../core/render/resultSheet";
import {
  type InputWorkbook,
  type PlainSheet,
  type ProgressListener,
  SheetConflictError,
  type WorkbookHost,
} from "../workbookHost";
import { fromExcelValue, toExcelValue } from "./cellValues";
import type {
  CellValue,
  ExcelChartSeries,
  ExcelChartType,
  ExcelRange,
  ExcelRequestContext,
  ExcelWorksheet,
} from "./excelApi";
import { styleRects } from "./styleRects";
import { SyncBatcher, payloadBytes, responseBytes, rowChunks } from "./syncBatcher";
import type { ColumnInput } from "../../core/template";

/** Cells per Range.values read (Excel may return null past 5M cells in one range). */
export const READ_CHUNK_CELLS = 100_000;
/** Bytes of values one read sync aims at: under the 4 MB cap, with room for wider cells than guessed. */
export const READ_RESPONSE_BYTES = 3_500_000;
/** Bytes per cell assumed before any cell is read (JSON of short text and numbers is 10-25). */
export const INITIAL_BYTES_PER_CELL = 40;
const MIN_BYTES_PER_CELL = 8;
/** Cells per Range.values write request. */
export const WRITE_CHUNK_CELLS = 50_000;

const address = (row: number, col: number) => `${columnLetters(col + 1)}${row + 1}`;
const rangeAddress = (row0: number, col0: number, row1: number, col1: number) =>
  `${address(row0, col0)}:${address(row1, col1)}`;

const CHART_TYPES: Readonly<Record<ChartSpec["kind"], ExcelChartType>> = {
  column: "ColumnClustered",
  bar: "BarClustered",
  line: "Line",
};

const EXCEL_ALIGN: Readonly<Record<HorizontalAlign, string>> = { left: "Left", center: "Center", right: "Right" };
const EXCEL_VERTICAL_ALIGN: Readonly<Record<VerticalAlign, string>> = {
  top: "Top",
  center: "Center",
  bottom: "Bottom",
};
/** Excel character widths to points (7-pixel digits, 5 pixels of padding, 96 dpi). */
const widthInPoints = (characters: number) => ((characters * 7 + 5) * 3) / 4;

/** Columns of the widest row (a loop: spreading a sheet's rows into Math.max overflows the stack past ~100k rows). */
const widthOf = (rows: readonly (readonly unknown[])[]): number =>
  rows.reduce((width, row) => Math.max(width, row.length), 0);

export interface ExcelHostStats {
  readonly syncs: number;
  readonly largestPayload: number;
}

/** Data validation (ExcelApi 1.8) and number formats for one template column. */
function applyInput(body: ExcelRange, bodyRows: number, input: ColumnInput, header: string): void {
  const formats = (code: string) => Array.from({ length: bodyRows }, () => [code]);
  const alert = (message: string) => ({ message, showAlert: true, style: "Stop", title: header });
  switch (input.kind) {
    case "list":
      body.dataValidation.rule = { list: { inCellDropDown: true, source: input.values.join(",") } };
      body.dataValidation.errorAlert = alert(`Choose one of: ${input.values.join(", ")}.`);
      return;
    case "whole":
      body.dataValidation.rule = { wholeNumber: { formula1: input.min, formula2: input.max, operator: "Between" } };
      body.dataValidation.errorAlert = alert(`Type a whole number from ${input.min} to ${input.max}.`);
      return;
    case "date":
      body.numberFormat = formats(FORMAT_CODES.date);
      return;
    case "percent":
      body.numberFormat = formats("0%");
      return;
    case "number":
      return;
  }
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
  private lastStats: ExcelHostStats = { syncs: 0, largestPayload: 0 };

  constructor(private readonly context: ExcelRequestContext) {}

  /** Syncs and largest request of the last read or write, for the benchmark and tests. */
  get stats(): ExcelHostStats {
    return this.lastStats;
  }

  async readInputs(isInputSheet: (name: string) => boolean): Promise<InputWorkbook> {
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
    const markers = worksheets.items.map((sheet) => {
      const marker = sheet.names.getItemOrNullObject(OWNED_SHEET_MARKER);
      marker.load("name");
      return { name: sheet.name, marker };
    });
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
    for (let plan = readChunks(pending, bytesPerCell); plan.length > 0; plan = readChunks(pending, bytesPerCell)) {
      const pieces = plan.map((chunk) => {
        const { sheet, range } = pending[chunk.sheet];
        const row0 = range.rowIndex + chunk.start;
        const piece = sheet.getRange(
          rangeAddress(row0, range.columnIndex, row0 + chunk.count - 1, range.columnIndex + range.columnCount - 1),
        );
        piece.load("values");
        return { chunk, piece };
      });
      await batch.sync();
      let bytes = 0;
      let cells = 0;
      for (const { chunk, piece } of pieces) {
        const rows = rowsBySheet[pending[chunk.sheet].sheetIndex];
        piece.values.forEach((row, i) => {
          rows[chunk.start + i] = row.map(fromExcelValue);
        });
        bytes += responseBytes(piece.values);
        cells += chunk.count * pending[chunk.sheet].columnCount;
      }
      // Size the next syncs on the widest cells seen so far, with a margin for sheets not read yet
      // (3.5 MB aimed at leaves a 4 MB response room for cells 1.35 times as wide).
      widest = Math.max(widest, bytes / Math.max(1, cells));
      bytesPerCell = Math.max(MIN_BYTES_PER_CELL, 1.2 * widest);
    }

    const sheets: SheetGrid[] = used.map(({ sheet, range }, i) => ({
      name: sheet.name,
      rows: rowsBySheet[i],
      firstRow: range.isNullObject ? 1 : range.rowIndex + 1,
      firstColumn: range.isNullObject ? 1 : range.columnIndex + 1,
    }));
    this.lastStats = { syncs: batch.syncs, largestPayload: batch.largestPayload };
    return {
      sheets,
      sheetNames,
      ownedSheets: new Set(markers.filter((m) => !m.marker.isNullObject).map((m) => m.name)),
    };
  }

  async writeResults(
    sheets: readonly ResultSheet[],
    history: PlainSheet,
    onProgress?: ProgressListener,
  ): Promise<void> {
    const batch = new SyncBatcher(this.context);
    const worksheets = this.context.workbook.worksheets;
    worksheets.load("items/name,items/position");
    await batch.sync();

    // Markers only of the existing sheets a result would replace (a null object's members cannot be used):
    // the sheet of the result's name, or one of its names in another language (ResultSheet.replaces).
    const byLower = new Map(worksheets.items.map((s) => [s.name.toLowerCase(), s]));
    const targets = sheets.map((s) =>
      [s.name, ...(s.replaces ?? [])].flatMap((name) => {
        const sheet = byLower.get(name.toLowerCase());
        if (sheet === undefined) return [];
        const marker = sheet.names.getItemOrNullObject(OWNED_SHEET_MARKER);
        marker.load("name");
        return [{ sheet, marker, former: name !== s.name }];
      }),
    );
    if (targets.some((t) => t.length > 0)) await batch.sync();

    // The application layer checked ownership before calling; refuse again rather than delete a user's sheet.
    const foreign = targets.flat().find((t) => !t.former && t.marker.isNullObject);
    if (foreign !== undefined) throw new SheetConflictError(foreign.sheet.name);
    const historySheet = byLower.get(history.name.toLowerCase()) ?? null;

    const total = sheets.length + 1;
    for (const [k, result] of sheets.entries()) {
      onProgress?.(k, total, result.name);
      // The sheet of this name (owned, or conflicts stopped above), else this product's sheet of a former name.
      const old = (targets[k].find((t) => !t.former) ?? targets[k].find((t) => !t.marker.isNullObject))?.sheet ?? null;
      let sheet: ExcelWorksheet;
      if (old === null) {
        sheet = worksheets.add(result.name);
      } else {
        // Replace rather than clear: old charts, formats and sizes go with the old sheet.
        const position = old.position;
        old.delete();
        sheet = worksheets.add(result.name);
        sheet.position = position;
      }
      await this.writeResultSheet(batch, sheet, result);
    }

    onProgress?.(sheets.length, total, history.name);
    const target = historySheet ?? worksheets.add(history.name);
    if (historySheet !== null) target.getRange().clear("Contents");
    await this.writeValues(batch, target, history.rows);
    await batch.sync();
    onProgress?.(total, total, "");
    this.lastStats = { syncs: batch.syncs, largestPayload: batch.largestPayload };
  }

  async addSheets(sheets: readonly PlainSheet[]): Promise<string[]> {
    const batch = new SyncBatcher(this.context);
    const worksheets = this.context.workbook.worksheets;
    worksheets.load("items/name");
    await batch.sync();
    const existing = new Set(worksheets.items.map((s) => s.name.toLowerCase()));
    const added: string[] = [];
    for (const plain of sheets) {
      if (existing.has(plain.name.toLowerCase())) continue;
      const sheet = worksheets.add(plain.name);
      await this.writeValues(batch, sheet, plain.rows);
      const width = Math.max(1, widthOf(plain.rows));
      const inputs = plain.inputs;
      await batch.queue(400 + width * 200, () => {
        if (inputs === undefined) {
          const header = sheet.getRange(rangeAddress(0, 0, 0, width - 1));
          header.format.font.bold = true;
          header.format.fill.color = `#${FILL_COLORS.header.background}`;
          header.format.font.color = `#${FILL_COLORS.header.font}`;
        } else {
          this.layOutTable(sheet, plain, width, inputs);
        }
        sheet.freezePanes.freezeAt(sheet.getRange("1:1"));
      });
      added.push(plain.name);
    }
    await batch.sync();
    this.lastStats = { syncs: batch.syncs, largestPayload: batch.largestPayload };
    return added;
  }

  /** An input sheet as an Excel table: styled header, drop-downs and formats that follow new rows. */
  private layOutTable(
    sheet: ExcelWorksheet,
    plain: PlainSheet,
    width: number,
    inputs: Readonly<Record<string, ColumnInput>>,
  ): void {
    const header = plain.rows[0] ?? [];
    // A table needs a body row; the template's first body row stays empty for the auditor.
    const table = sheet.tables.add(rangeAddress(0, 0, Math.max(1, plain.rows.length - 1), width - 1), true);
    table.name = `tbl${plain.name.replace(/[^A-Za-z0-9]/g, "")}`;
    table.style = "TableStyleMedium2";
    header.forEach((title, c) => {
      const input = typeof title === "string" ? inputs[title] : undefined;
      if (input === undefined) return;
      const body = table.columns.getItemAt(c).getDataBodyRange();
      applyInput(body, Math.max(1, plain.rows.length - 1), input, String(title));
    });
    sheet.getRange(`A:${columnLetters(width)}`).format.columnWidth = widthInPoints(16);
  }

  async writeSheet(plain: PlainSheet): Promise<void> {
    const batch = new SyncBatcher(this.context);
    const existing = this.context.workbook.worksheets.getItemOrNullObject(plain.name);
    existing.load("name");
    await batch.sync();
    const sheet = existing.isNullObject ? this.context.workbook.worksheets.add(plain.name) : existing;
    if (!existing.isNullObject) sheet.getRange().clear("Contents");
    await this.writeValues(batch, sheet, plain.rows);
    await batch.sync();
    this.lastStats = { syncs: batch.syncs, largestPayload: batch.largestPayload };
  }

  /** Values from A1, as rectangles of rows small enough for one request each. */
  private async writeValues(
    batch: SyncBatcher,
    sheet: ExcelWorksheet,
    rows: readonly (readonly Cell[])[],
  ): Promise<void> {
    const width = widthOf(rows);
    if (width === 0 || rows.length === 0) return;
    for (const chunk of rowChunks(rows.length, width, WRITE_CHUNK_CELLS)) {
      const values: CellValue[][] = [];
      for (let r = chunk.start; r < chunk.start + chunk.count; r++) {
        const row = rows[r];
        const line: CellValue[] = new Array<CellValue>(width);
        for (let c = 0; c < width; c++) {
          line[c] = toExcelValue(row[c] ?? null);
        }
        values.push(line);
      }
      await batch.queue(payloadBytes(values), () => {
        sheet.getRange(rangeAddress(chunk.start, 0, chunk.start + chunk.count - 1, width - 1)).values = values;
      });
    }
  }

  private async writeResultSheet(batch: SyncBatcher, sheet: ExcelWorksheet, result: ResultSheet): Promise<void> {
    await this.writeValues(
      batch,
      sheet,
      result.rows.map((row) => row.map((cell) => cell?.value ?? null)),
    );
    for (const rect of styleRects(result)) {
      const rows = rect.row1 - rect.row0 + 1;
      const cols = rect.col1 - rect.col0 + 1;
      const format = rect.style.format;
      await batch.queue(120 + (format ? rows * cols * (FORMAT_CODES[format].length + 3) : 0), () => {
        const range = sheet.getRange(rangeAddress(rect.row0, rect.col0, rect.row1, rect.col1));
        if (format)
          range.numberFormat = Array.from({ length: rows }, () => new Array<string>(cols).fill(FORMAT_CODES[format]));
        const fill = rect.style.fill;
        if (fill) {
          range.format.fill.color = `#${FILL_COLORS[fill].background}`;
          range.format.font.color = `#${FILL_COLORS[fill].font}`;
        }
        if (rect.style.bold || rect.style.title) range.format.font.bold = true;
        if (rect.style.title) {
          range.format.font.size = 14;
          range.format.font.color = `#${FILL_COLORS.title.font}`;
        }
        const { align, verticalAlign } = rect.style;
        if (align) range.format.horizontalAlignment = EXCEL_ALIGN[align];
        if (verticalAlign) range.format.verticalAlignment = EXCEL_VERTICAL_ALIGN[verticalAlign];
        if (rect.style.wrap) range.format.wrapText = true;
      });
    }
    const rowHeights = Object.entries(result.rowHeights ?? {});
    await batch.queue(100 + (result.columnWidths.length + rowHeights.length) * 40, () => {
      result.columnWidths.forEach((w, c) => {
        sheet.getRange(`${columnLetters(c + 1)}:${columnLetters(c + 1)}`).format.columnWidth = widthInPoints(w);
      });
      for (const [row, points] of rowHeights)
        sheet.getRange(`${Number(row) + 1}:${Number(row) + 1}`).format.rowHeight = points;
      if (result.freeze && (result.freeze.rows > 0 || result.freeze.columns > 0)) {
        const { rows, columns } = result.freeze;
        sheet.freezePanes.freezeAt(sheet.getRange(rangeAddress(0, 0, Math.max(rows, 1) - 1, Math.max(columns, 1) - 1)));
      }
      if (result.print) {
        sheet.pageLayout.orientation = result.print.landscape ? "Landscape" : "Portrait";
        if (result.print.onePage) sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 1 };
        else if (result.print.fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1 };
        if (result.print.titleRows) sheet.pageLayout.setPrintTitleRows(`$1:$${result.print.titleRows}`);
      }
      sheet.names.add(OWNED_SHEET_MARKER, "=TRUE", "Written by ITSM Scorecard; replaced on every run.");
    });
    for (const chart of result.charts.filter(isDrawable))
      await batch.queue(400 + chart.series.length * 120, () => this.addChart(sheet, chart));
  }

  private addChart(sheet: ExcelWorksheet, spec: ChartSpec): void {
    const range = (r: { row0: number; col0: number; row1: number; col1: number }) =>
      sheet.getRange(rangeAddress(r.row0, r.col0, r.row1, r.col1));
    const [first, ...rest] = spec.series;
    if (first === undefined) return;
    const chart = sheet.charts.add(CHART_TYPES[spec.kind], range(first.values), "Columns");
    chart.title.text = spec.title;
    const categories = range(spec.categories);
    const colour = (series: ExcelChartSeries, k: number) => {
      const color = `#${seriesColor(spec, k)}`;
      if (spec.kind === "line") series.format.line.color = color;
      else series.format.fill.setSolidColor(color);
    };
    const s0 = chart.series.getItemAt(0);
    s0.name = first.name;
    s0.setXAxisValues(categories);
    colour(s0, 0);
    for (const [k, s] of rest.entries()) {
      const added = chart.series.add(s.name);
      added.setValues(range(s.values));
      added.setXAxisValues(categories);
      colour(added, k + 1);
    }
    chart.legend.visible = spec.series.length > 1;
    chart.legend.position = "Bottom";
    if (spec.yMin !== undefined) chart.axes.valueAxis.minimum = spec.yMin;
    if (spec.yMax !== undefined) chart.axes.valueAxis.maximum = spec.yMax;
    if (spec.yAxisTitle) chart.axes.valueAxis.title.text = spec.yAxisTitle;
    const a = spec.anchor;
    chart.setPosition(address(a.row, a.col), address(a.row + a.rows - 1, a.col + a.columns - 1));
  }
}
