/**
 * Groups a result sheet's cell styles into rectangles of one style, so the Excel host
 * formats a table column in one operation instead of one per cell.
 */
import { type CellStyle, type ResultSheet, styleKey } from "../../core/render/resultSheet";

export interface StyleRect {
  readonly row0: number;
  readonly col0: number;
  readonly row1: number;
  readonly col1: number;
  readonly style: CellStyle;
}

const keyOf = styleKey;
const PLAIN = keyOf({});

/** Horizontal runs of equal style in each row, merged downwards while the row below repeats them. */
export function styleRects(sheet: ResultSheet): StyleRect[] {
  const done: StyleRect[] = [];
  // Open rectangles by "col0:col1:styleKey", extended while consecutive rows repeat the run.
  let open = new Map<string, StyleRect>();
  sheet.rows.forEach((cells, r) => {
    const next = new Map<string, StyleRect>();
    let c = 0;
    while (c < cells.length) {
      const style = cells[c]?.style ?? {};
      const key = keyOf(style);
      if (key === PLAIN) {
        c++;
        continue;
      }
      let end = c;
      while (end + 1 < cells.length && keyOf(cells[end + 1]?.style ?? {}) === key) end++;
      const id = `${c}:${end}:${key}`;
      const above = open.get(id); // every open rectangle ends on the row above
      next.set(id, above ? { ...above, row1: r } : { row0: r, col0: c, row1: r, col1: end, style });
      c = end + 1;
    }
    for (const [id, rect] of open) if (!next.has(id)) done.push(rect);
    open = next;
  });
  done.push(...open.values());
  return done.sort((a, b) => a.row0 - b.row0 || a.col0 - b.col0);
}
