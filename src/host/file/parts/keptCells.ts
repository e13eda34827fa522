/**
 * The cells of an upserted input sheet (Indicator history) that a run leaves as they were. Their
 * original XML is written back, so they keep the user's style, formula and shared string; only
 * the cells whose value changes, and new rows, are written afresh.
 */
import { type Cell, type SheetGrid, columnNumber, isCellError } from "../../../core/model/grid";

function sameCell(a: Cell, b: Cell): boolean {
  if (a instanceof Date || b instanceof Date)
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (isCellError(a) || isCellError(b)) return isCellError(a) && isCellError(b) && a.error === b.error;
  return a === b;
}

/** An unprefixed `<c>` element with its attributes and content (cells do not nest). */
const CELL = /<c\s([^>/]*)(?:\/>|>([\s\S]*?)<\/c>)/g;
const REF = /\br\s*=\s*["']([A-Z]{1,3})(\d+)["']/;
/** Shared and array formulas span other cells: keeping one cell of them alone could break the file. */
const SPANNING_FORMULA = /<f\b[^>]*\bt\s*=\s*["'](shared|array|dataTable)["']/;

/**
 * By A1 reference, the original XML of each cell of the sheet part `xml` whose value is the one
 * `rows` (placed at firstRow, firstColumn) writes there. `old` is that part's cells as read.
 */
export function unchangedCells(
  xml: string,
  old: SheetGrid,
  content: { readonly rows: readonly (readonly Cell[])[]; readonly firstRow?: number; readonly firstColumn?: number },
): ReadonlyMap<string, string> {
  const kept = new Map<string, string>();
  const row0 = content.firstRow ?? 1;
  const col0 = content.firstColumn ?? 1;
  const start = xml.indexOf("<sheetData");
  const end = xml.indexOf("</sheetData>");
  if (start < 0 || end < 0) return kept;
  CELL.lastIndex = start;
  for (let m = CELL.exec(xml); m !== null && m.index < end; m = CELL.exec(xml)) {
    const ref = REF.exec(m[1]);
    if (!ref || SPANNING_FORMULA.test(m[2] ?? "")) continue;
    const row = Number(ref[2]);
    const col = columnNumber(ref[1]);
    const now = content.rows[row - row0]?.[col - col0] ?? null;
    const before = old.rows[row - old.firstRow]?.[col - old.firstColumn] ?? null;
    if (now !== null && sameCell(before, now)) kept.set(`${ref[1]}${ref[2]}`, m[0]);
  }
  return kept;
}
