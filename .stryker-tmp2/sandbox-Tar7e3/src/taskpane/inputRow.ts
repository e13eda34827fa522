/**
 * The input row an issue names, with its sheet's header row, for the page to show (outside Excel
 * there is no grid to select the cell in). The header row is the sheet's first filled row, as the
 * parser reads it.
 */
// @ts-nocheck

import { type Cell, type SheetGrid, columnLetters, columnNumber } from "../core/model/grid";
import { displayText, isBlank } from "../core/parse/cellValues";

export interface InputRow {
  readonly sheet: string;
  /** 1-based Excel row shown, and the header row above it (null when the sheet is empty). */
  readonly row: number;
  readonly headerRow: number | null;
  /** One entry a column: its letter, header text and the row's value as text. */
  readonly cells: readonly { readonly column: string; readonly header: string; readonly value: string }[];
  /** The letter of the cell the issue names, when it names one. */
  readonly highlight: string | null;
}

const text = (cell: Cell | undefined): string => (cell === undefined || cell === null ? "" : displayText(cell));

/** The row `row` of `grid`; the cell to mark is `cell` (A1), else the column headed `column`. */
export function inputRowOf(grid: SheetGrid, row: number, cell: string | null, column: string | null = null): InputRow {
  const headerPos = grid.rows.findIndex((r) => r.some((c) => !isBlank(c)));
  const header = headerPos < 0 ? [] : grid.rows[headerPos];
  const values = grid.rows[row - grid.firstRow] ?? [];
  const width = Math.max(header.length, values.length);
  const byHeader =
    column === null ? -1 : header.findIndex((h) => text(h).toLowerCase() === column.trim().toLowerCase());
  const letter =
    cell !== null
      ? (/^\$?([A-Za-z]+)/.exec(cell)?.[1]?.toUpperCase() ?? null)
      : byHeader >= 0
        ? columnLetters(grid.firstColumn + byHeader)
        : null;
  return {
    sheet: grid.name,
    row,
    headerRow: headerPos < 0 ? null : grid.firstRow + headerPos,
    cells: Array.from({ length: width }, (_, k) => ({
      column: columnLetters(grid.firstColumn + k),
      header: text(header[k]),
      value: text(values[k]),
    })),
    highlight: letter === null ? null : columnLetters(columnNumber(letter)),
  };
}
