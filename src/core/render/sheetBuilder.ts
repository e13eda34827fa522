/** Builds a ResultSheet row by row, keeping track of where tables and charts land. */
import type { Cell } from "../grid";
import type { Status } from "../engine/status";
import type { CellRange, CellStyle, ChartSpec, Fill, NumberFormat, ResultSheet, StyledCell } from "./resultSheet";

export type CellInput = StyledCell | Cell;

const isStyled = (c: CellInput): c is StyledCell =>
  typeof c === "object" && c !== null && !(c instanceof Date) && "value" in c;

export function statusFill(status: Status | null): Fill | undefined {
  switch (status) {
    case "Success":
      return "success";
    case "Warning":
      return "warning";
    case "Fail":
      return "fail";
    case null:
      return undefined;
  }
}

/** "n/a" for an undefined value, never 0 (framework.md section 2). */
export const NOT_AVAILABLE = "n/a";

export function valueCell(value: number | null, format: NumberFormat, status: Status | null = null): StyledCell {
  if (value === null) return { value: NOT_AVAILABLE, style: { fill: "muted" } };
  return { value, style: { format, fill: statusFill(status) } };
}

export const percent = (value: number | null, status: Status | null = null) => valueCell(value, "percent1", status);
export const level = (value: number | null, status: Status | null = null) => valueCell(value, "level2", status);

/** A status in words (`words`: the language's Success, Warning and Fail), coloured. */
export function statusCell(status: Status | null, words: Readonly<Record<Status, string>>): StyledCell {
  return status === null ? { value: NOT_AVAILABLE, style: { fill: "muted" } } : { value: words[status], style: { fill: statusFill(status), bold: true } };
}

export const bold = (value: Cell, extra: CellStyle = {}): StyledCell => ({ value, style: { bold: true, ...extra } });

export class SheetBuilder {
  private readonly rows: (StyledCell | null)[][] = [];
  private readonly charts: ChartSpec[] = [];

  /**
   * `span`: columns of the sheet's main table; the subtitle and section bands are filled across
   * them, so that a band reads as one bar on screen and on paper.
   */
  constructor(
    private readonly name: string,
    private readonly span = 1,
  ) {}

  /** Empty cells of a style, to carry a band's fill across the table. */
  private band(style: CellStyle): StyledCell[] {
    return Array.from({ length: Math.max(0, this.span - 1) }, () => ({ value: null, style }));
  }

  /** 0-based index of the next row. */
  get nextRow(): number {
    return this.rows.length;
  }

  row(cells: readonly CellInput[], style?: CellStyle): number {
    this.rows.push(cells.map((c) => (c === null ? null : isStyled(c) ? (style ? { value: c.value, style: { ...style, ...c.style } } : c) : { value: c, style })));
    return this.rows.length - 1;
  }

  title(text: string, subtitle?: string): void {
    this.row([{ value: text, style: { title: true } }]);
    if (subtitle !== undefined) this.row([{ value: subtitle, style: { fill: "muted" } }, ...this.band({ fill: "muted" })]);
    this.blank();
  }

  section(text: string): number {
    const style: CellStyle = { bold: true, fill: "section" };
    return this.row([{ value: text, style }, ...this.band(style)]);
  }

  header(cells: readonly string[]): number {
    return this.row(cells.map((value) => ({ value, style: { bold: true, fill: "header" } })));
  }

  blank(): void {
    this.rows.push([]);
  }

  chart(chart: ChartSpec): void {
    this.charts.push(chart);
  }

  /** Blank rows until the next row is below every chart and a gap, so that no table runs under one. */
  clearCharts(): void {
    const bottom = this.charts.reduce((max, c) => Math.max(max, c.anchor.row + c.anchor.rows + 1), 0);
    while (this.rows.length < bottom) this.blank();
  }

  build(options: Omit<ResultSheet, "name" | "rows" | "charts">): ResultSheet {
    return { name: this.name, rows: this.rows, charts: this.charts, ...options };
  }
}

/** A column range in one sheet, 0-based inclusive. */
export const columnRange = (col: number, row0: number, row1: number): CellRange => ({ row0, col0: col, row1, col1: col });
export const rowRange = (row: number, col0: number, col1: number): CellRange => ({ row0: row, col0, row1: row, col1 });
