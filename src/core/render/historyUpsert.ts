/**
 * Indicator history is an input sheet the product also writes: each run replaces the
 * rows of its own as-of date and offices, and keeps every other row and column as it was.
 * Replaced rows stay where they were, so a rerun moves nothing.
 */
import type { Cell, SheetGrid } from "../model/grid";
import { dateFromDay, dayFromParts, isoFromDay } from "../model/days";
import type { HistoryRow } from "../model/records";
import { isBlank, parseDate, parseNumber, parseText } from "../parse/cellValues";
import { locateTable } from "../parse/sheetTable";
import { columnKeys } from "../parse/sheetSchemas";
import { HEADERS, type HeaderKey } from "../parse/vocabulary";

/** The history sheet's columns, in its declared order. */
const COLUMNS: readonly HeaderKey[] = columnKeys("history");

function isoToDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return dateFromDay(dayFromParts(y, m, d) ?? 0);
}

/** The history sheet's rows from cell A1 after upserting `rows`; `existing` may be null. */
export function upsertHistory(existing: SheetGrid | null, rows: readonly HistoryRow[]): Cell[][] {
  const table = existing === null ? null : locateTable(existing, COLUMNS);
  const complete = table !== null && COLUMNS.every((k) => table.columns.has(k));
  if (existing !== null && table !== null && !complete) {
    // An earlier run found this sheet unusable and wrote a clean table below what it held:
    // upsert into that table, so that runs do not stack a new one each time.
    const below = cleanTableBelow(existing, table.headerRow - existing.firstRow);
    if (below >= 0) {
      const upper = placeAtA1(
        existing,
        existing.rows.slice(0, below).map((r) => [...r]),
      );
      const lower = upsertHistory(
        { ...existing, rows: existing.rows.slice(below), firstRow: existing.firstRow + below },
        rows,
      );
      return [...upper, ...lower.slice(upper.length)];
    }
  }
  if (existing === null || table === null || !complete) {
    // No usable sheet: start a clean one (a sheet without the columns is reported by the parser).
    const header: Cell[] = COLUMNS.map((k) => HEADERS[k].en);
    const fresh: Cell[][] = [header, ...rows.map((r): Cell[] => [isoToDate(r.asOf), r.office, r.indicator, r.value])];
    if (existing === null || existing.rows.length === 0) return fresh;
    // Keep whatever the unusable sheet held, then a clean table below it.
    return [
      ...placeAtA1(
        existing,
        existing.rows.map((r) => [...r]),
      ),
      [],
      ...fresh,
    ];
  }
  const col = (k: HeaderKey) => table.columns.get(k) ?? 0;
  // Not Math.max(...rows): a national consolidation's history has more rows than a call takes arguments.
  const width = existing.rows.reduce((w, r) => Math.max(w, r.length), Math.max(...COLUMNS.map((k) => col(k) + 1)));
  const replaced = new Set(rows.map((r) => `${r.asOf}\u0000${r.office}`));
  const headerIndex = table.headerRow - existing.firstRow;
  const out: Cell[][] = existing.rows.map((r) => [...r]);
  // Rows are replaced in place, never moved: a rerun leaves every row where it was, so the
  // sheet (and every issue's row number) is the same after each run of the same day.
  // Slots: this run's (as-of, office) rows, by indicator; the first of a kind is reused.
  const slots = new Map<string, number>();
  const stale: number[] = [];
  for (let i = headerIndex + 1; i < out.length; i++) {
    const cells = out[i];
    const cell = (k: HeaderKey): Cell => cells[col(k)] ?? null;
    // Only rows the parser reads as history points are replaced; a row it reports as unusable
    // is the user's to fix and stays as it is.
    const day = parseDate(cell("asOfDate"), existing.date1904 === true);
    const office = parseText(cell("office"));
    const indicator = parseText(cell("indicator"));
    if (
      !day.ok ||
      !office.ok ||
      !indicator.ok ||
      isBlank(cell("office")) ||
      isBlank(cell("indicator")) ||
      !parseNumber(cell("value")).ok
    )
      continue;
    const key = `${isoFromDay(day.value)}\u0000${office.value}`;
    if (!replaced.has(key)) continue;
    const slot = `${key}\u0000${indicator.value}`;
    if (!slots.has(slot)) slots.set(slot, i);
    else stale.push(i);
  }
  const used = new Set<number>();
  for (const r of rows) {
    const slot = slots.get(`${r.asOf}\u0000${r.office}\u0000${r.indicator}`);
    const at = slot === undefined || used.has(slot) ? undefined : slot;
    const line: Cell[] = at === undefined ? new Array<Cell>(width).fill(null) : out[at];
    while (line.length < width) line.push(null);
    line[col("asOfDate")] = isoToDate(r.asOf);
    line[col("office")] = r.office;
    line[col("indicator")] = r.indicator;
    line[col("value")] = r.value;
    if (at === undefined) out.push(line);
    else used.add(at);
  }
  // Rows of this run's date and offices that this run no longer writes are emptied (not removed);
  // only the history's own columns: the user's other columns in that row (helper formulas) stay.
  for (const i of [...stale, ...[...slots.values()].filter((i) => !used.has(i))]) {
    const line = [...out[i]];
    for (const k of COLUMNS) if (col(k) < line.length) line[col(k)] = null;
    out[i] = line;
  }
  return placeAtA1(existing, out);
}

/** Index of the first row after `headerIndex` that is a header with all four columns, or -1. */
function cleanTableBelow(grid: SheetGrid, headerIndex: number): number {
  for (let i = headerIndex + 1; i < grid.rows.length; i++) {
    const row = grid.rows[i];
    if (row.length < COLUMNS.length || row.every((c) => c === null)) continue;
    const header = locateTable({ ...grid, rows: [row] }, COLUMNS);
    if (COLUMNS.every((k) => header.columns.has(k))) return i;
  }
  return -1;
}

/** Re-inserts the blank rows and columns above and left of the sheet's used range (rows from A1). */
export function placeAtA1(grid: SheetGrid, rows: readonly (readonly Cell[])[]): Cell[][] {
  const lead = new Array<Cell>(grid.firstColumn - 1).fill(null);
  const shifted = rows.map((r) => [...lead, ...r]);
  return [...Array.from({ length: grid.firstRow - 1 }, (): Cell[] => []), ...shifted];
}
