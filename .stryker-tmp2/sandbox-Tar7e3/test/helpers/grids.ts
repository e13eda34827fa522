/** Builds workbook grids for parser tests: a sheet is its header row then data rows, from A1. */
// @ts-nocheck

import type { Cell, SheetGrid, WorkbookGrids } from "../../src/core/model/grid";

export function sheet(name: string, rows: Cell[][], firstRow = 1, firstColumn = 1): SheetGrid {
  return { name, rows, firstRow, firstColumn };
}

export function workbook(...sheets: SheetGrid[]): WorkbookGrids {
  return { sheets };
}

export const date = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
