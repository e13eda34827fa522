/**
 * How large a result sheet prints. Fitted to one page wide, a wide sheet shrinks until its text
 * cannot be read; below the smallest readable size the sheet is printed at a fixed scale instead,
 * its frozen label columns repeated on every page it runs across.
 *
 * Both hosts write 0.7-inch side margins and no paper size (the printer's, Letter or A4): Letter
 * is the narrower, so what fits its width fits A4 too.
 */
import type { ResultSheet } from "./resultSheet";

type PrintSetup = NonNullable<ResultSheet["print"]>;

/** The body's font size (styles.xml's default font, Excel's Calibri 11); titles are larger. */
export const BODY_FONT_POINTS = 11;
/** The smallest printed size a director reads comfortably. */
export const MIN_PRINTED_FONT_POINTS = 8;
/** The smallest scale, in percent, that prints the body at MIN_PRINTED_FONT_POINTS or more. */
export const MIN_PRINT_SCALE = Math.ceil((100 * MIN_PRINTED_FONT_POINTS) / BODY_FONT_POINTS);

/** Excel's width of a column no one sized, in characters. */
export const DEFAULT_COLUMN_WIDTH = 8.43;
/** Letter's width, less the two 0.7-inch side margins, in points. */
const PRINTABLE_WIDTH_POINTS = { landscape: 11 * 72 - 2 * 0.7 * 72, portrait: 8.5 * 72 - 2 * 0.7 * 72 };

/** A column's width in points: Excel's 7 pixels a character and 5 of padding, at 96 pixels an inch. */
export const columnPoints = (characters: number): number => ((characters * 7 + 5) * 3) / 4;

/** Columns the printed area spans: the widest row of cells, and every chart's right edge. */
export function printedColumns(sheet: Pick<ResultSheet, "rows" | "charts">): number {
  // A cell prints when it holds a value or a fill (the bands of empty filled cells across a table).
  const prints = (cell: ResultSheet["rows"][number][number]) =>
    cell !== null && (cell.value !== null || cell.style?.fill !== undefined);
  const cells = sheet.rows.reduce((max, row) => {
    let last = row.length - 1;
    while (last >= 0 && !prints(row[last])) last--;
    return Math.max(max, last + 1);
  }, 0);
  return sheet.charts.reduce((max, c) => Math.max(max, c.anchor.col + c.anchor.columns), cells);
}

/** The width in points of the first `columns` columns. */
export function widthPoints(columnWidths: readonly number[], columns: number): number {
  let total = 0;
  for (let c = 0; c < columns; c++) total += columnPoints(columnWidths[c] ?? DEFAULT_COLUMN_WIDTH);
  return total;
}

/** The scale (a fraction, at most 1) that fitting the sheet to one page wide prints it at. */
export function fitToWidthScale(
  sheet: Pick<ResultSheet, "rows" | "charts" | "columnWidths">,
  landscape: boolean,
): number {
  const width = widthPoints(sheet.columnWidths, printedColumns(sheet));
  const page = landscape ? PRINTABLE_WIDTH_POINTS.landscape : PRINTABLE_WIDTH_POINTS.portrait;
  return width <= 0 ? 1 : Math.min(1, page / width);
}

/**
 * The sheet's print setup, readable: fitted to the page's width while that prints the body at
 * MIN_PRINTED_FONT_POINTS or more; otherwise at MIN_PRINT_SCALE, as many pages wide as it takes,
 * with the frozen columns (the row labels) printed on each of them.
 */
export function readablePrint(sheet: ResultSheet, print: PrintSetup): PrintSetup {
  if (!print.fitToWidth || print.onePage === true) return print;
  if (fitToWidthScale(sheet, print.landscape) * BODY_FONT_POINTS >= MIN_PRINTED_FONT_POINTS) return print;
  const columns = sheet.freeze?.columns ?? 0;
  return {
    ...print,
    fitToWidth: false,
    scale: MIN_PRINT_SCALE,
    ...(columns > 0 ? { titleColumns: columns } : {}),
  };
}
