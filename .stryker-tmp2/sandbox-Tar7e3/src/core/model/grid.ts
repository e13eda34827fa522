/**
 * The one shape in which cells cross the boundary between the core and its hosts.
 * A host turns a worksheet into a `SheetGrid`; the renderer turns results into `ResultSheet`s.
 */
// @ts-nocheck


/** An Excel error value such as `#N/A` or `#REF!`, kept distinct from text. */
export interface CellError {
  readonly error: string;
}

/** One cell's value as a host read it. Dates are JS Dates (UTC midnight for date-only cells). */
export type Cell = string | number | boolean | Date | CellError | null;

export function isCellError(value: Cell): value is CellError {
  return typeof value === "object" && value !== null && !(value instanceof Date);
}

/** A worksheet's used range as rows of cells. */
export interface SheetGrid {
  readonly name: string;
  /** Rows of cells; `rows[0]` is Excel row `firstRow`, column 0 is Excel column `firstColumn`. */
  readonly rows: readonly (readonly Cell[])[];
  /** 1-based Excel row number of `rows[0]`. */
  readonly firstRow: number;
  /** 1-based Excel column number of the first cell of each row. */
  readonly firstColumn: number;
  /**
   * The workbook counts dates from 1904 (Mac Excel): a serial number in a date column is a day
   * of that system, whatever its number format. Cells the host read as dates are already Dates.
   */
  readonly date1904?: boolean;
}

/** Every sheet a host could read, in workbook order. */
export interface WorkbookGrids {
  readonly sheets: readonly SheetGrid[];
}

/** A1-style column letters for a 1-based column number (1 -> A, 27 -> AA). */
export function columnLetters(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 1-based column number for A1-style letters (A -> 1, AA -> 27). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
