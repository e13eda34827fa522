/**
 * Host-independent description of a result sheet: values, formats, fills and charts.
 * The Excel host and the file host both write exactly this; neither decides a look of its own.
 */
import type { Cell } from "../model/grid";

/** Number formats the result sheets use; each host maps them to its own format codes. */
export type NumberFormat =
  "percent0" | "percent1" | "level2" | "decimal2" | "integer" | "date" | "text" | "signedPercent1" | "signed2";

/** Excel format codes for each NumberFormat (shared by both hosts). */
export const FORMAT_CODES: Readonly<Record<NumberFormat, string>> = {
  percent0: "0%",
  percent1: "0.0%",
  level2: "0.00",
  decimal2: "0.00",
  integer: "0",
  date: "yyyy-mm-dd",
  text: "@",
  // Changes (the Improvement view): the sign always shown, so that a rise reads as one.
  signedPercent1: "+0.0%;-0.0%;0.0%",
  signed2: "+0.00;-0.00;0.00",
};

/** Semantic fills; hosts map them to colours via FILL_COLORS. */
export type Fill = "success" | "warning" | "fail" | "header" | "title" | "section" | "muted";

/** ARGB-free hex colours (RRGGBB) for fill background and font. */
export const FILL_COLORS: Readonly<Record<Fill, { background: string; font: string }>> = {
  success: { background: "C6EFCE", font: "006100" },
  warning: { background: "FFEB9C", font: "9C5700" },
  fail: { background: "FFC7CE", font: "9C0006" },
  header: { background: "1F4E78", font: "FFFFFF" },
  title: { background: "FFFFFF", font: "1F4E78" },
  section: { background: "DDEBF7", font: "1F4E78" },
  muted: { background: "F2F2F2", font: "595959" },
};

export interface CellStyle {
  readonly format?: NumberFormat;
  readonly fill?: Fill;
  readonly bold?: boolean;
  /** Larger font for sheet titles. */
  readonly title?: boolean;
  /** Horizontal alignment; absent is Excel's General (text left, numbers right). */
  readonly align?: HorizontalAlign;
  /** Vertical alignment; absent is the hosts' default, the bottom edge. */
  readonly verticalAlign?: VerticalAlign;
  /** Wrap text over several lines within the column's width instead of running over. */
  readonly wrap?: boolean;
  /**
   * Left indent in Excel's levels (one is about a character's width): a text set off from the
   * right-aligned number or header beside it, which it would otherwise touch ("1.89 MEDIUM").
   */
  readonly indent?: number;
}

export type HorizontalAlign = "left" | "center" | "right";
export type VerticalAlign = "top" | "center" | "bottom";

/** One string per distinct look, so that hosts can share one format between equal styles. */
export function styleKey(s: CellStyle): string {
  return [
    s.format ?? "",
    s.fill ?? "",
    s.bold === true ? 1 : 0,
    s.title === true ? 1 : 0,
    s.align ?? "",
    s.verticalAlign ?? "",
    s.wrap === true ? 1 : 0,
    s.indent ?? 0,
  ].join("|");
}

/** A link to a cell of this workbook: a click on the cell goes there. */
export interface CellLink {
  readonly sheet: string;
  /** A1 reference within that sheet, e.g. "A12". */
  readonly cell: string;
}

/** Excel's reference to a linked cell: the sheet name quoted ('It''s'!A1), then the cell. */
export const linkReference = (link: CellLink): string => `'${link.sheet.replace(/'/g, "''")}'!${link.cell}`;

/** A cell of a result sheet. Strings are always written as text, never as formulas. */
export interface StyledCell {
  readonly value: Cell;
  readonly style?: CellStyle;
  /** Where the cell leads (the indicator's lines on the Calculation sheet, an input row). */
  readonly link?: CellLink;
}

/** A rectangular block of cells, 0-based and inclusive, relative to the sheet's top-left cell A1. */
export interface CellRange {
  readonly row0: number;
  readonly col0: number;
  readonly row1: number;
  readonly col1: number;
}

export interface ChartSeries {
  /** Cell holding the series name (0-based row/col). */
  readonly nameCell: { readonly row: number; readonly col: number };
  readonly name: string;
  readonly values: CellRange;
  /** Fill (columns, bars) or line colour, RRGGBB; CHART_COLORS by position when absent. */
  readonly color?: string;
  /**
   * An objective the other series are held to, drawn over the columns as a marker at each
   * category's limit on no line: a triangle for a minimum (at least), a dash for a maximum (at most).
   * Empty cells are categories without such a limit.
   */
  readonly limit?: ObjectiveLimit;
}

export type ObjectiveLimit = "minimum" | "maximum";

/** The marker each kind of limit is drawn with (both hosts). */
export const LIMIT_MARKERS: Readonly<
  Record<ObjectiveLimit, { readonly symbol: "triangle" | "dash"; readonly size: number }>
> = {
  minimum: { symbol: "triangle", size: 11 },
  maximum: { symbol: "dash", size: 20 },
};
/** Limit colours (RRGGBB): a floor in green, a ceiling in red, as the statuses' fonts. */
export const LIMIT_COLORS: Readonly<Record<ObjectiveLimit, string>> = { minimum: "00B050", maximum: "C00000" };

/** Series colours by position (RRGGBB): the header blue first, then Office's accents. */
export const CHART_COLORS: readonly string[] = ["2E75B6", "ED7D31", "70AD47", "FFC000", "7030A0", "A5A5A5"];
/** The colour for reference series such as an objective limit. */
export const REFERENCE_SERIES_COLOR = "7F7F7F";

const nonEmpty = (r: CellRange) => r.row0 >= 0 && r.col0 >= 0 && r.row1 >= r.row0 && r.col1 >= r.col0;

/** Whether a chart has something to draw: a series, and no empty or reversed range. Hosts skip the others. */
export function isDrawable(chart: ChartSpec): boolean {
  return chart.series.length > 0 && nonEmpty(chart.categories) && chart.series.every((s) => nonEmpty(s.values));
}

/** The colour both hosts give series `index` of a chart. */
export function seriesColor(chart: ChartSpec, index: number): string {
  const s = chart.series[index];
  return s?.color ?? (s?.limit ? LIMIT_COLORS[s.limit] : CHART_COLORS[index % CHART_COLORS.length]);
}

export type ChartKind = "column" | "bar" | "line";

/** A native chart bound to cells of its own sheet. */
export interface ChartSpec {
  readonly kind: ChartKind;
  readonly title: string;
  readonly categories: CellRange;
  readonly series: readonly ChartSeries[];
  /** Top-left cell (0-based) and size in columns and rows. */
  readonly anchor: { readonly row: number; readonly col: number; readonly columns: number; readonly rows: number };
  readonly yAxisTitle?: string;
  readonly yMin?: number;
  readonly yMax?: number;
  /** Columns or bars stacked into one per category (a process profile's ratings add up to its attributes). */
  readonly stacked?: boolean;
}

export interface ResultSheet {
  readonly name: string;
  /**
   * The names this sheet has in the other languages. A sheet of such a name that carries the
   * ownership marker is this sheet written before in another language: hosts replace it (and
   * rename it), so that a workbook that changes language keeps one set of result sheets.
   */
  readonly replaces?: readonly string[];
  /** Row-major cells starting at A1; `null` is an empty cell. */
  readonly rows: readonly (readonly (StyledCell | null)[])[];
  /** Column widths in Excel character units, by 0-based column. */
  readonly columnWidths: readonly number[];
  /**
   * Heights in points of the rows taller than one line, by 0-based row: the header rows whose
   * text wraps. Excel would fit such a row to its text on opening the file; LibreOffice keeps the
   * default height and shows only the last line, so the hosts write the height.
   */
  readonly rowHeights?: Readonly<Record<number, number>>;
  /** Rows and columns kept visible when scrolling. */
  readonly freeze?: { readonly rows: number; readonly columns: number };
  /** A table to filter: its header row and data (0-based, inclusive), with filter buttons on the header. */
  readonly autoFilter?: CellRange;
  readonly charts: readonly ChartSpec[];
  /** Print setup: orientation, fit to one page wide, rows repeated on every page. */
  readonly print?: {
    readonly landscape: boolean;
    readonly fitToWidth: boolean;
    /** Rows 1..titleRows are printed at the top of every page. */
    readonly titleRows?: number;
    /** The whole sheet on one printed page (one page wide and one page tall). */
    readonly onePage?: boolean;
    /** A fixed print scale in percent (10-400), written instead of fitting to pages. */
    readonly scale?: number;
    /** Columns 1..titleColumns are printed at the left of every page (a sheet several pages wide). */
    readonly titleColumns?: number;
    /**
     * The centre of every printed page's header and footer, in Excel's header codes (&P the page,
     * &N the pages, && an ampersand): both hosts write them as given.
     */
    readonly header?: string;
    readonly footer?: string;
  };
  /** The sheet the workbook opens on after a run (the Scorecard): hosts make it the active tab. */
  readonly active?: boolean;
  /**
   * The vertical alignment of every cell whose style names none (the Issues sheet's: top, beside
   * its wrapped messages' first lines). One setting for the sheet, not one a cell: the Excel host
   * sets it on the whole range in one action, a few bytes whatever the rows (per cell, the
   * properties of 10,000 issues took one more request).
   */
  readonly verticalAlign?: VerticalAlign;
  /**
   * Each column's horizontal alignment for its cells whose style names none (Calculation's Counted
   * column, centred off the weight before it); the Excel host sets it on the column in one action.
   */
  readonly columnAlign?: readonly (HorizontalAlign | null)[];
}

/** Text as Excel's header and footer codes show it: an ampersand doubled, so "D&T" is not a code. */
export const headerFooterText = (text: string): string => text.replace(/&/g, "&&");

/** The marker a host attaches to each sheet it creates, so it never overwrites a sheet it did not create. */
export const OWNED_SHEET_MARKER = "ITSM_Scorecard_Result";

/**
 * The second, independent mark: the even-page footer of each result sheet (printed only when
 * "Different odd and even pages" is on). Tools that re-save a workbook and drop hidden names
 * (ExcelJS) keep headers and footers, so a sheet that lost the name is still known as this
 * product's (centred, small: &C&8). A host recognises the sheet when its even footer contains
 * OWNED_SHEET_FOOTER_WORDS.
 */
export const OWNED_SHEET_FOOTER_WORDS = "ITSM Scorecard result sheet";
/** The footer's centre section (Excel's HeaderFooter.centerFooter: without the &C section code). */
export const OWNED_SHEET_FOOTER_CENTER = `&8${OWNED_SHEET_FOOTER_WORDS}, replaced on every run`;
export const OWNED_SHEET_FOOTER = `&C${OWNED_SHEET_FOOTER_CENTER}`;
