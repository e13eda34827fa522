/**
 * Writes one result sheet through Office.js in few actions: its values in large rectangles, its
 * number formats as one array per block of rows, every other cell format and the cells' links
 * in one Range.setCellProperties (ExcelApi 1.9) per block, column widths and row heights in one
 * setColumnProperties / setRowProperties each, then freeze panes, the AutoFilter, print settings
 * and charts.
 * About forty actions a sheet plus its charts, whatever its styles; the client adds four per
 * 1,500 cells of values (arrayWriteActions).
 */
import { type Cell, columnLetters } from "../../core/model/grid";
import {
  type CellStyle,
  type ChartSpec,
  FILL_COLORS,
  FORMAT_CODES,
  LIMIT_MARKERS,
  type HorizontalAlign,
  OWNED_SHEET_FOOTER_CENTER,
  type ResultSheet,
  type StyledCell,
  type VerticalAlign,
  isDrawable,
  linkReference,
  seriesColor,
} from "../../core/render/resultSheet";
import { toExcelValue } from "./cellValues";
import type {
  CellPropertiesInput,
  CellValue,
  ExcelChartSeries,
  ExcelChartType,
  ExcelRange,
  ExcelWorksheet,
} from "./excelApi";
import { CLIENT_CHUNK_CELLS, type SyncBatcher, arrayWriteActions, jsonBytes, rowChunks } from "./syncBatcher";

/**
 * Cells per Range.values (and numberFormat) write: the client splits a larger array itself into
 * chunks of 1,500 cells at four actions each (setRangePropertiesInBulk); a range of at most 1,500
 * cells costs two.
 */
export const WRITE_CHUNK_CELLS = CLIENT_CHUNK_CELLS;
/** Bytes of cell properties or number formats per call: a few calls a sheet, each far under the cap. */
const FORMAT_CHUNK_BYTES = 1_000_000;

const address = (row: number, col: number) => `${columnLetters(col + 1)}${row + 1}`;
export const rangeAddress = (row0: number, col0: number, row1: number, col1: number) =>
  `${address(row0, col0)}:${address(row1, col1)}`;

/**
 * A range for the request at hand only, untracked: inside Excel.run the client would otherwise keep
 * a reference to every range (a _KeepReference action, and a _RemoveReference when the run ends).
 */
export const rangeOf = (sheet: ExcelWorksheet, address?: string): ExcelRange => sheet.getRange(address).untrack();

/** Excel character widths to points (7-pixel digits, 5 pixels of padding, 96 dpi). */
export const widthInPoints = (characters: number) => ((characters * 7 + 5) * 3) / 4;

/** Columns of the widest row (a loop: spreading a sheet's rows into Math.max overflows the stack past ~100k rows). */
export const widthOf = (rows: readonly (readonly unknown[])[]): number =>
  rows.reduce((width, row) => Math.max(width, row.length), 0);

const CHART_TYPES: Readonly<Record<ChartSpec["kind"], ExcelChartType>> = {
  column: "ColumnClustered",
  bar: "BarClustered",
  line: "Line",
};
const STACKED_TYPES: Readonly<Record<"column" | "bar", ExcelChartType>> = {
  column: "ColumnStacked",
  bar: "BarStacked",
};

const EXCEL_ALIGN: Readonly<Record<HorizontalAlign, "Left" | "Center" | "Right">> = {
  left: "Left",
  center: "Center",
  right: "Right",
};
const EXCEL_VERTICAL_ALIGN: Readonly<Record<VerticalAlign, "Top" | "Center" | "Bottom">> = {
  top: "Top",
  center: "Center",
  bottom: "Bottom",
};

/** Values from A1, as rectangles of rows small enough for one request each. */
export async function writeValues(
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
      for (let c = 0; c < width; c++) line[c] = toExcelValue(row[c] ?? null);
      values.push(line);
    }
    await batch.queue({ bytes: jsonBytes(values), actions: arrayWriteActions(values.length * width) }, () => {
      rangeOf(sheet, rangeAddress(chunk.start, 0, chunk.start + chunk.count - 1, width - 1)).values = values;
    });
  }
}

/** The formats of one styled cell other than its number format, as Range.setCellProperties takes them. */
export function cellProperties(style: CellStyle | undefined): CellPropertiesInput {
  if (style === undefined) return {};
  const format: NonNullable<CellPropertiesInput["format"]> = {};
  const font: NonNullable<NonNullable<CellPropertiesInput["format"]>["font"]> = {};
  if (style.fill) {
    format.fill = { color: `#${FILL_COLORS[style.fill].background}` };
    font.color = `#${FILL_COLORS[style.fill].font}`;
  }
  if (style.bold || style.title) font.bold = true;
  if (style.title) {
    font.size = 14;
    font.color = `#${FILL_COLORS.title.font}`;
  }
  if (Object.keys(font).length > 0) format.font = font;
  if (style.align) format.horizontalAlignment = EXCEL_ALIGN[style.align];
  if (style.verticalAlign) format.verticalAlignment = EXCEL_VERTICAL_ALIGN[style.verticalAlign];
  if (style.wrap) format.wrapText = true;
  // As the file host's alignment indent: on a General text, left-aligned.
  if (style.indent) {
    format.indentLevel = style.indent;
    format.horizontalAlignment ??= "Left";
  }
  return Object.keys(format).length > 0 ? { format } : {};
}

/**
 * A cell's formats but its number format, and its link: a text cell keeps its text as the link's
 * text (Excel would otherwise show the target), a number keeps its value.
 */
export function cellInput(cell: StyledCell | null | undefined): CellPropertiesInput {
  const properties = cellProperties(cell?.style);
  const link = cell?.link;
  if (!link) return properties;
  const documentReference = linkReference(link);
  const hyperlink =
    typeof cell.value === "string" ? { documentReference, textToDisplay: cell.value } : { documentReference };
  return { ...properties, hyperlink };
}

/** The box from A1 to the last cell `has` holds for, or null. */
function boxOf(result: ResultSheet, has: (cell: StyledCell) => boolean): { rows: number; cols: number } | null {
  let rows = 0;
  let cols = 0;
  result.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell && has(cell)) {
        rows = Math.max(rows, r + 1);
        cols = Math.max(cols, c + 1);
      }
    }),
  );
  return rows === 0 ? null : { rows, cols };
}

/**
 * One 2-D input over the box, cut into blocks of rows of about FORMAT_CHUNK_BYTES each, each
 * queued as one call: every call's request stays far under the cap, whatever the sheet.
 */
async function inBlocks<T>(
  batch: SyncBatcher,
  box: { rows: number; cols: number },
  cellAt: (r: number, c: number) => T,
  actions: (cells: number) => number,
  write: (row0: number, grid: T[][]) => void,
  maxCells = Infinity,
): Promise<void> {
  let row0 = 0;
  let grid: T[][] = [];
  let bytes = 0;
  const flush = async () => {
    if (grid.length === 0) return;
    const block = grid;
    const start = row0;
    await batch.queue({ bytes, actions: actions(block.length * box.cols) }, () => write(start, block));
    row0 += block.length;
    grid = [];
    bytes = 0;
  };
  for (let r = 0; r < box.rows; r++) {
    const line = Array.from({ length: box.cols }, (_, c) => cellAt(r, c));
    const lineBytes = jsonBytes(line) + 1;
    if (grid.length > 0 && (bytes + lineBytes > FORMAT_CHUNK_BYTES || (grid.length + 1) * box.cols > maxCells))
      await flush();
    grid.push(line);
    bytes += lineBytes;
  }
  await flush();
}

export async function writeResultSheet(
  batch: SyncBatcher,
  sheet: ExcelWorksheet,
  result: ResultSheet,
  marker: { readonly add: boolean; readonly name: string },
): Promise<void> {
  await writeValues(
    batch,
    sheet,
    result.rows.map((row) => row.map((cell) => cell?.value ?? null)),
  );
  const styleAt = (r: number, c: number) => result.rows[r]?.[c]?.style;
  const formats = boxOf(result, (cell) => cell.style?.format !== undefined);
  if (formats !== null)
    await inBlocks(
      batch,
      formats,
      (r, c) => {
        const format = styleAt(r, c)?.format;
        return format ? FORMAT_CODES[format] : "General";
      },
      arrayWriteActions,
      (row0, grid) => {
        rangeOf(sheet, rangeAddress(row0, 0, row0 + grid.length - 1, formats.cols - 1)).numberFormat = grid;
      },
      CLIENT_CHUNK_CELLS,
    );
  // The sheet's and its columns' alignments on whole ranges at once (the range the values went to);
  // the cells' own styles then override them.
  const columnAlign = (result.columnAlign ?? []).flatMap((align, c) => (align ? [{ c, align }] : []));
  const vertical = result.verticalAlign;
  if ((vertical !== undefined || columnAlign.length > 0) && result.rows.length > 0) {
    const last = { row: result.rows.length - 1, col: widthOf(result.rows) - 1 };
    if (vertical !== undefined)
      await batch.queue({ bytes: 200, actions: 4 }, () => {
        rangeOf(sheet, rangeAddress(0, 0, last.row, last.col)).format.verticalAlignment =
          EXCEL_VERTICAL_ALIGN[vertical];
      });
    for (const { c, align } of columnAlign)
      await batch.queue({ bytes: 200, actions: 4 }, () => {
        rangeOf(sheet, rangeAddress(0, c, last.row, c)).format.horizontalAlignment = EXCEL_ALIGN[align];
      });
  }
  const styled = boxOf(result, (cell) => cell.link !== undefined || Object.keys(cellProperties(cell.style)).length > 0);
  if (styled !== null)
    await inBlocks(
      batch,
      styled,
      (r, c) => cellInput(result.rows[r]?.[c]),
      () => 3,
      (row0, grid) =>
        rangeOf(sheet, rangeAddress(row0, 0, row0 + grid.length - 1, styled.cols - 1)).setCellProperties(grid),
    );
  await batch.queue(
    { bytes: jsonBytes(result.columnWidths) * 4 + jsonBytes(result.rowHeights ?? {}) * 4, actions: 40 },
    () => layOut(sheet, result, marker),
  );
  for (const chart of result.charts.filter(isDrawable))
    await batch.queue({ bytes: jsonBytes(chart), actions: 30 + chart.series.length * 14 }, () =>
      addChart(sheet, chart),
    );
}

/** Orientation, fit to pages or a fixed scale, and print titles: what the file host's pageSetup and Print_Titles say. */
export function applyPrint(sheet: ExcelWorksheet, print: NonNullable<ResultSheet["print"]>): void {
  sheet.pageLayout.orientation = print.landscape ? "Landscape" : "Portrait";
  if (print.onePage) sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 1 };
  // Tall as needed (0: automatic), as the file host's fitToHeight="0": a side left out keeps Excel's one page.
  else if (print.fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  else if (print.scale !== undefined)
    sheet.pageLayout.zoom = { scale: Math.min(400, Math.max(10, Math.round(print.scale))) };
  if (print.titleRows) sheet.pageLayout.setPrintTitleRows(`$1:$${print.titleRows}`);
  if (print.titleColumns) sheet.pageLayout.setPrintTitleColumns(`$A:$${columnLetters(print.titleColumns)}`);
}

/** Widths, heights, panes, print settings and the ownership marker: one small block of actions. */
function layOut(
  sheet: ExcelWorksheet,
  result: ResultSheet,
  marker: { readonly add: boolean; readonly name: string },
): void {
  if (result.columnWidths.length > 0)
    rangeOf(sheet, rangeAddress(0, 0, 0, result.columnWidths.length - 1)).setColumnProperties(
      result.columnWidths.map((w) => ({ format: { columnWidth: widthInPoints(w) } })),
    );
  const heights = Object.entries(result.rowHeights ?? {}).map(([row, points]) => [Number(row), points] as const);
  if (heights.length > 0) {
    const last = Math.max(...heights.map(([row]) => row));
    const byRow = new Map(heights);
    rangeOf(sheet, rangeAddress(0, 0, last, 0)).setRowProperties(
      Array.from({ length: last + 1 }, (_, r) => {
        const points = byRow.get(r);
        return points === undefined ? {} : { format: { rowHeight: points } };
      }),
    );
  }
  const rows = result.freeze?.rows ?? 0;
  const columns = result.freeze?.columns ?? 0;
  // Rows only where only rows are asked (freezeAt of A1:A4 would freeze column A too), as the file host does.
  if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(rangeOf(sheet, rangeAddress(0, 0, rows - 1, columns - 1)));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
  else sheet.freezePanes.unfreeze();
  if (result.autoFilter) {
    const f = result.autoFilter;
    sheet.autoFilter.apply(rangeOf(sheet, rangeAddress(f.row0, f.col0, f.row1, f.col1)));
  }
  if (result.print) {
    applyPrint(sheet, result.print);
    // ExcelApi 1.9: the same codes (&P, &N, &&) as the file host's oddHeader and oddFooter.
    const pages = sheet.pageLayout.headersFooters.defaultForAllPages;
    if (result.print.header !== undefined) pages.centerHeader = result.print.header;
    if (result.print.footer !== undefined) pages.centerFooter = result.print.footer;
  }
  // The second mark, kept by tools that drop hidden names; printed only with different odd and even pages.
  sheet.pageLayout.headersFooters.evenPages.centerFooter = OWNED_SHEET_FOOTER_CENTER;
  if (marker.add) sheet.names.add(marker.name, "=TRUE", "Written by ITSM Scorecard; replaced on every run.");
}

function addChart(sheet: ExcelWorksheet, spec: ChartSpec): void {
  const range = (r: { row0: number; col0: number; row1: number; col1: number }) =>
    rangeOf(sheet, rangeAddress(r.row0, r.col0, r.row1, r.col1));
  const [first, ...rest] = spec.series;
  if (first === undefined) return;
  const type = spec.stacked === true && spec.kind !== "line" ? STACKED_TYPES[spec.kind] : CHART_TYPES[spec.kind];
  const chart = sheet.charts.add(type, range(first.values), "Columns");
  chart.title.text = spec.title;
  const categories = range(spec.categories);
  const colour = (series: ExcelChartSeries, k: number) => {
    const color = `#${seriesColor(spec, k)}`;
    const limit = spec.series[k]?.limit;
    if (limit !== undefined) {
      // As the file host's limit series: markers of the limit's kind on no line, over the columns.
      series.chartType = "LineMarkers";
      series.format.line.lineStyle = "None";
      series.markerStyle = LIMIT_MARKERS[limit].symbol === "triangle" ? "Triangle" : "Dash";
      series.markerSize = LIMIT_MARKERS[limit].size;
      series.markerBackgroundColor = color;
      series.markerForegroundColor = color;
    } else if (spec.kind === "line") series.format.line.color = color;
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
