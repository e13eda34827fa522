/** Reads a `SheetGrid` back into records keyed by header text, for tests that check raw data. */
// @ts-nocheck

import type { Cell, SheetGrid, WorkbookGrids } from "../../src/core/model/grid";

export type RawRecord = Readonly<Record<string, Cell>> & { readonly excelRow: number };

export function sheetOf(workbook: WorkbookGrids, name: string): SheetGrid {
  const grid = workbook.sheets.find((s) => s.name === name);
  if (grid === undefined) throw new Error(`no sheet ${name}`);
  return grid;
}

export function recordsOf(workbook: WorkbookGrids, name: string): RawRecord[] {
  const grid = sheetOf(workbook, name);
  const header = grid.rows[0].map((c) => String(c));
  return grid.rows.slice(1).map((row, i) => {
    const rec: Record<string, Cell> = {};
    header.forEach((h, j) => (rec[h] = row[j] ?? null));
    return { ...rec, excelRow: grid.firstRow + 1 + i };
  });
}

/** The cell of Excel row `excelRow` under header `column`. */
export function cellAt(grid: SheetGrid, excelRow: number, column: string): Cell {
  const j = grid.rows[0].indexOf(column);
  if (j < 0) throw new Error(`no column ${column} on ${grid.name}`);
  const row = grid.rows[excelRow - grid.firstRow];
  if (row === undefined) throw new Error(`no row ${excelRow} on ${grid.name}`);
  return row[j] ?? null;
}

export const text = (c: Cell): string =>
  c === null ? "" : c instanceof Date ? c.toISOString().slice(0, 10) : String(c);
