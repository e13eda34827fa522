/** Builds a ResultSheet row by row, keeping track of where tables and charts land. */
import type { Cell } from "../model/grid";
import { type RiskLevel, type Status, riskStatus } from "../engine/status";
import type {
  CellLink,
  CellRange,
  CellStyle,
  ChartSpec,
  Fill,
  NumberFormat,
  ResultSheet,
  StyledCell,
} from "./resultSheet";

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

/** "n/a" for an undefined value, never 0 (framework.md section 2); renderResults words it in the sheet's language. */
export const NOT_AVAILABLE = "n/a";

/**
 * The cells that stand for an undefined value, known by identity: a user's own "n/a" (a project
 * named so, a value on the Issues sheet) is data and keeps its words, the product's is translated.
 */
const NOT_AVAILABLE_CELLS = new WeakSet<StyledCell>();

/** The cell of an undefined value (muted unless `style` says otherwise). */
export function notAvailable(style: CellStyle = { fill: "muted" }): StyledCell {
  const cell: StyledCell = { value: NOT_AVAILABLE, style };
  NOT_AVAILABLE_CELLS.add(cell);
  return cell;
}

/** The sheet with each undefined value's cell worded `word` (the language's "n/a", "n/d"). */
export function wordNotAvailable(sheet: ResultSheet, word: string): ResultSheet {
  if (word === NOT_AVAILABLE) return sheet;
  const rows = sheet.rows.map((row) =>
    row.map((cell) => (cell !== null && NOT_AVAILABLE_CELLS.has(cell) ? { ...cell, value: word } : cell)),
  );
  return { ...sheet, rows };
}

/**
 * A cell of a column of numbers, its text (a direction, a level, "n/a") right-aligned as the
 * numbers and the header above are: left-aligned, it sat apart from them under the next column.
 */
export function alignedRight(cell: CellInput): CellInput {
  if (isStyled(cell)) {
    if (typeof cell.value !== "string" || cell.style?.align !== undefined) return cell;
    const aligned: StyledCell = { ...cell, style: { ...cell.style, align: "right" } };
    if (NOT_AVAILABLE_CELLS.has(cell)) NOT_AVAILABLE_CELLS.add(aligned);
    return aligned;
  }
  return typeof cell === "string" ? { value: cell, style: { align: "right" } } : cell;
}

export function valueCell(value: number | null, format: NumberFormat, status: Status | null = null): StyledCell {
  if (value === null) return notAvailable();
  return { value, style: { format, fill: statusFill(status) } };
}

export const percent = (value: number | null, status: Status | null = null) => valueCell(value, "percent1", status);
export const level = (value: number | null, status: Status | null = null) => valueCell(value, "level2", status);

/** A value in bold on its status's colour; "n/a" when there is no value. */
export function statusText(value: string | number | null, status: Status | null): StyledCell {
  return value === null ? notAvailable() : { value, style: { fill: statusFill(status), bold: true } };
}

/** A status in words (`words`: the language's Success, Warning and Fail), coloured. */
export function statusCell(status: Status | null, words: Readonly<Record<Status, string>>): StyledCell {
  return statusText(status === null ? null : words[status], status);
}

/** A PRK level in words (`words`: the language's LOW, MEDIUM and HIGH), coloured by its status. */
export function riskCell(level: RiskLevel | null, words: Readonly<Record<RiskLevel, string>>): StyledCell {
  return statusText(level === null ? null : words[level], riskStatus(level));
}

export const bold = (value: Cell, extra: CellStyle = {}): StyledCell => ({ value, style: { bold: true, ...extra } });

/** The cell with a link (to its lines on the Calculation sheet); unchanged without one. */
export function linked(cell: CellInput, link: CellLink | undefined): CellInput {
  if (link === undefined) return cell;
  if (!isStyled(cell)) return { value: cell, link };
  const withLink: StyledCell = { ...cell, link };
  if (NOT_AVAILABLE_CELLS.has(cell)) NOT_AVAILABLE_CELLS.add(withLink);
  return withLink;
}

export class SheetBuilder {
  private readonly rows: (StyledCell | null)[][] = [];
  private readonly charts: ChartSpec[] = [];
  /** Header rows, and section bands (which may divide a table, as on the Scorecard). */
  private readonly headerRows = new Set<number>();
  private readonly sectionRows = new Set<number>();

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

  /** The texts in column `col` of the rows so far, except titles and the bands that run across the table. */
  columnText(col: number): string[] {
    return this.rows.flatMap((row, r) => {
      const v = row[col]?.value;
      return typeof v === "string" && !this.sectionRows.has(r) && row[col]?.style?.title !== true ? [v] : [];
    });
  }

  /** 0-based index of the next row. */
  get nextRow(): number {
    return this.rows.length;
  }

  row(cells: readonly CellInput[], style?: CellStyle): number {
    this.rows.push(
      cells.map((c) => {
        if (c === null) return null;
        if (!isStyled(c)) return { value: c, style };
        if (!style) return c;
        const merged: StyledCell = { ...c, style: { ...style, ...c.style } };
        if (NOT_AVAILABLE_CELLS.has(c)) NOT_AVAILABLE_CELLS.add(merged);
        return merged;
      }),
    );
    return this.rows.length - 1;
  }

  title(text: string, subtitle?: string): void {
    this.row([{ value: text, style: { title: true } }]);
    if (subtitle !== undefined)
      this.row([{ value: subtitle, style: { fill: "muted" } }, ...this.band({ fill: "muted" })]);
    this.blank();
  }

  section(text: string): number {
    const style: CellStyle = { bold: true, fill: "section" };
    const r = this.row([{ value: text, style }, ...this.band(style)]);
    this.sectionRows.add(r);
    return r;
  }

  /**
   * A table's header row: bold on the header fill, wrapped within the column's width and sitting
   * on the cell's bottom edge, so that a long header takes two lines instead of being cut off.
   * build() right-aligns the headers of numeric columns over their numbers (see alignHeaders).
   */
  header(cells: readonly string[]): number {
    const r = this.row(cells.map((value) => ({ value, style: HEADER_STYLE })));
    this.headerRows.add(r);
    return r;
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

  /**
   * Leaves texts after right-aligned cells unindented (see setOffTexts): for a sheet of thousands
   * of rows (Calculation), where the formats would cost the Excel host more requests.
   */
  withoutSetOff(): this {
    this.setOff = false;
    return this;
  }
  private setOff = true;

  build(options: Omit<ResultSheet, "name" | "rows" | "charts" | "rowHeights">): ResultSheet {
    const rowHeights: Record<number, number> = {};
    for (const h of this.headerRows) {
      this.alignHeader(h, options.columnAlign);
      const lines = Math.max(
        1,
        ...this.rows[h].map((cell, c) =>
          typeof cell?.value === "string"
            ? wrappedLines(cell.value, options.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH)
            : 1,
        ),
      );
      if (lines > 1) rowHeights[h] = lines * LINE_HEIGHT;
    }
    // Other rows with wrapped texts (an Issues message, a long project name): LibreOffice, too,
    // keeps a row without a height one line tall, and the lines would run over the next rows.
    // (Loops, not map and spread: Calculation has a hundred thousand rows and more.)
    for (let r = 0; r < this.rows.length; r++) {
      if (this.headerRows.has(r)) continue;
      const row = this.rows[r];
      let lines = 1;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (cell?.style?.wrap === true && typeof cell.value === "string")
          lines = Math.max(lines, wrappedLines(cell.value, options.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH));
      }
      if (lines > 1) rowHeights[r] = lines * LINE_HEIGHT;
    }
    if (this.setOff) this.setOffTexts();
    return {
      name: this.name,
      rows: this.rows,
      charts: this.charts,
      ...options,
      ...(Object.keys(rowHeights).length > 0 ? { rowHeights } : {}),
    };
  }

  /**
   * Indents each text that starts at the left edge of its cell right after a right-aligned
   * number or header: the two would otherwise touch on paper and read as one ("1.89 MEDIUM").
   * A right-aligned header is indented from the right: wrapped, its lines would otherwise reach
   * the next header's lines ("ML evaluado" / "Nivel de madurez").
   */
  private setOffTexts(): void {
    for (const h of this.headerRows) {
      this.rows[h] = this.rows[h].map((cell) =>
        cell?.style?.align === "right" && typeof cell.value === "string"
          ? { ...cell, style: { ...cell.style, indent: 1 } }
          : cell,
      );
    }
    const right = (cell: StyledCell | null | undefined) => {
      if (cell === null || cell === undefined || cell.value === null || cell.value === "") return false;
      const align = cell.style?.align;
      return (
        align === "right" || (align === undefined && (typeof cell.value === "number" || cell.value instanceof Date))
      );
    };
    for (const row of this.rows) {
      for (let c = 1; c < row.length; c++) {
        const cell = row[c];
        if (cell === null || typeof cell.value !== "string" || cell.value === "" || !right(row[c - 1])) continue;
        if (cell.style?.align !== undefined && cell.style.align !== "left") continue;
        const indented: StyledCell = { ...cell, style: { ...cell.style, indent: 1 } };
        if (NOT_AVAILABLE_CELLS.has(cell)) NOT_AVAILABLE_CELLS.add(indented);
        row[c] = indented;
      }
    }
  }

  /**
   * Right-aligns each header cell whose column holds mostly numbers ("n/a" aside) in the table
   * below it, as Excel aligns the numbers. The table runs down to the next blank row or header;
   * its section bands are not data.
   */
  private alignHeader(h: number, columnAlign: ResultSheet["columnAlign"]): void {
    let end = h + 1;
    while (end < this.rows.length && this.rows[end].length > 0 && !this.headerRows.has(end)) end++;
    const data = this.rows.slice(h + 1, end).filter((_row, k) => !this.sectionRows.has(h + 1 + k));
    this.rows[h] = this.rows[h].map((cell, c) => {
      if (cell === null) return null;
      let numbers = 0;
      let texts = 0;
      // The alignment of the column's cells, if they all have the same (undefined included).
      let aligned = false;
      let one: string | undefined;
      let mixed = false;
      for (const row of data) {
        const v = row[c]?.value ?? null;
        if (typeof v === "number" || v instanceof Date) numbers++;
        else if (v !== null && v !== "" && v !== NOT_AVAILABLE) texts++;
        if (v === null) continue;
        const align = row[c]?.style?.align ?? columnAlign?.[c] ?? undefined;
        if (!aligned) {
          aligned = true;
          one = align;
        } else if (align !== one) mixed = true;
      }
      // Aligned as the column's cells all are (centred row numbers, right-aligned objectives), else
      // right over numbers as Excel aligns them.
      const given = aligned && !mixed ? one : undefined;
      if (given === "center" || given === "left" || given === "right")
        return { value: cell.value, style: { ...cell.style, align: given } };
      return numbers > texts ? { value: cell.value, style: { ...cell.style, align: "right" } } : cell;
    });
  }
}

const HEADER_STYLE: CellStyle = { bold: true, fill: "header", wrap: true, verticalAlign: "bottom" };

/** Excel's default column width, in characters. */
const DEFAULT_COLUMN_WIDTH = 8.43;
/** Points per line of 11-point text: Excel's default row height. */
const LINE_HEIGHT = 15;

/**
 * Lines a bold text takes when wrapped at word breaks in a column `width` characters wide: an
 * estimate that leaves two characters of the width for the cell's margins and for bold glyphs
 * and fonts (LibreOffice's substitutes for Calibri) wider than Excel's measure, so that a header
 * is rather given a line too many than cut off. A word longer than a line is broken.
 */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, Math.floor(width) - 2);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = -1; // characters on the current line; -1 before its first word
    lines++;
    for (const word of paragraph.split(/\s+/).filter((w) => w.length > 0)) {
      const need = used < 0 ? word.length : used + 1 + word.length;
      if (need <= room) {
        used = need;
        continue;
      }
      if (used >= 0) lines++;
      lines += Math.ceil(word.length / room) - 1;
      used = word.length % room || room;
    }
  }
  return lines;
}

/** A column range in one sheet, 0-based inclusive. */
export const columnRange = (col: number, row0: number, row1: number): CellRange => ({
  row0,
  col0: col,
  row1,
  col1: col,
});
