/**
 * Indicator history is an input sheet the product also writes: each run replaces the
 * rows of its own as-of date and offices, and keeps every other row and column as it was.
 */
import type { Cell, SheetGrid } from "./grid";
import { dayFromParts, isoFromDay } from "./days";
import { parseDate, parseText } from "./parse/cellValues";
import { locateTable } from "./parse/sheetTable";
import { HEADERS, type HeaderKey } from "./parse/vocabulary";

export interface HistoryRow {
  readonly asOf: string;
  readonly office: string;
  readonly indicator: string;
  readonly value: number;
}

const COLUMNS: readonly HeaderKey[] = ["asOfDate", "office", "indicator", "value"];

function isoToDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date((dayFromParts(y, m, d) ?? 0) * 86_400_000);
}

/** The history sheet's rows from cell A1 after upserting `rows`; `existing` may be null. */
export function upsertHistory(existing: SheetGrid | null, rows: readonly HistoryRow[]): Cell[][] {
  const table = existing === null ? null : locateTable(existing, COLUMNS);
  const complete = table !== null && COLUMNS.every((k) => table.columns.has(k));
  if (existing === null || table === null || !complete) {
    // No usable sheet: start a clean one (a sheet without the columns is reported by the parser).
    const header: Cell[] = COLUMNS.map((k) => HEADERS[k][0]);
    const fresh: Cell[][] = [header, ...rows.map((r): Cell[] => [isoToDate(r.asOf), r.office, r.indicator, r.value])];
    if (existing === null || existing.rows.length === 0) return fresh;
    // Keep whatever the unusable sheet held, then a clean table below it.
    return [...placeAtA1(existing, existing.rows.map((r) => [...r])), [], ...fresh];
  }
  const col = (k: HeaderKey) => table.columns.get(k) ?? 0;
  const width = Math.max(...existing.rows.map((r) => r.length), ...COLUMNS.map((k) => col(k) + 1));
  const replaced = new Set(rows.map((r) => `${r.asOf}\u0000${r.office}`));
  const headerIndex = table.headerRow - existing.firstRow;
  const kept: Cell[][] = existing.rows.slice(0, headerIndex + 1).map((r) => [...r]);
  for (let i = headerIndex + 1; i < existing.rows.length; i++) {
    const cells = existing.rows[i];
    const day = parseDate(cells[col("asOfDate")] ?? null);
    const office = parseText(cells[col("office")] ?? null);
    if (day.ok && office.ok) {
      const iso = isoFromDay(day.value);
      if (replaced.has(`${iso}\u0000${office.value}`)) continue;
    }
    kept.push([...cells]);
  }
  for (const r of rows) {
    const line: Cell[] = new Array<Cell>(width).fill(null);
    line[col("asOfDate")] = isoToDate(r.asOf);
    line[col("office")] = r.office;
    line[col("indicator")] = r.indicator;
    line[col("value")] = r.value;
    kept.push(line);
  }
  return placeAtA1(existing, kept);
}

/** Re-inserts the blank rows and columns above and left of the sheet's used range. */
function placeAtA1(grid: SheetGrid, rows: Cell[][]): Cell[][] {
  const lead = new Array<Cell>(grid.firstColumn - 1).fill(null);
  const shifted = rows.map((r) => [...lead, ...r]);
  return [...Array.from({ length: grid.firstRow - 1 }, (): Cell[] => []), ...shifted];
}
