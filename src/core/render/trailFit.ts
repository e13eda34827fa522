/**
 * The Calculation sheet's share of the trail when it would not fit one sheet (a national
 * consolidation: about 1,400 lines an office). Excel holds 1,048,576 rows, so the sheet keeps
 * whole blocks: first what every office's numbers are read against (the settings, the consolidated
 * view, the campaigns), the Scorecard's headline indicators before the per-process ones, then office
 * after office in order while the next office fits whole. The lines keep their order; an office left
 * out is recomputed from its own workbook's Calculation sheet.
 */
import { CONSOLIDATED } from "../model/records";
import { type CalcIndicator, type CalcLine, sameBlock } from "./calculationLines";

/** Which shared blocks go first when not all fit: the Scorecard's headline figures, then per clause, team and process. */
const RANK: Readonly<Record<CalcIndicator, number>> = {
  SETTING: 0,
  OCL: 1,
  OCLT: 1,
  COVERAGE: 2,
  TASKS: 2,
  STAGE: 2,
  PRK: 2,
  DML_AVG: 2,
  AML_AVG: 2,
  ALVL: 2,
  FINDINGS: 2,
  TRAINING: 3,
  CL_AVG: 3,
  CLS: 4,
  PLC: 4,
  AML: 5,
  CL: 5,
  CCL: 6,
  DML: 6,
  LEADER: 7,
};

export interface FittedTrail {
  readonly lines: readonly CalcLine[];
  /** Per line of the whole trail, its index on the sheet, or -1 when it is left out. */
  readonly sheetIndex: Int32Array;
  /** Offices with lines of their own, and how many of them the sheet holds whole. */
  readonly offices: number;
  readonly keptOffices: number;
}

/** The office a block belongs to, or null for a block every office is read against. */
function ownerOf(l: CalcLine): string | null {
  return l.indicator === "SETTING" || l.office === CONSOLIDATED || l.office === "" || l.campaign !== ""
    ? null
    : l.office;
}

export function fitTrail(lines: readonly CalcLine[], max: number): FittedTrail {
  if (lines.length <= max) {
    const owners = new Set(lines.map(ownerOf).filter((o) => o !== null));
    return { lines, sheetIndex: Int32Array.from(lines, (_, k) => k), offices: owners.size, keptOffices: owners.size };
  }
  const keep = new Uint8Array(lines.length);
  // Blocks are runs of lines with the same key, their result line first.
  const blocks: { start: number; end: number; owner: string | null }[] = [];
  for (let k = 0; k < lines.length; k++) {
    const last = blocks[blocks.length - 1];
    if (last !== undefined && sameBlock(lines[last.start], lines[k])) last.end = k + 1;
    else blocks.push({ start: k, end: k + 1, owner: ownerOf(lines[k]) });
  }
  const byOffice = new Map<string, { start: number; end: number }[]>();
  const shared: typeof blocks = [];
  for (const b of blocks) {
    if (b.owner === null) shared.push(b);
    else {
      const list = byOffice.get(b.owner) ?? [];
      byOffice.set(b.owner, list);
      list.push(b);
    }
  }
  let room = max;
  const rank = (b: (typeof blocks)[number]) => RANK[lines[b.start].indicator];
  for (const b of [...shared].sort((x, y) => rank(x) - rank(y) || x.start - y.start)) {
    if (b.end - b.start > room) continue;
    room -= b.end - b.start;
    keep.fill(1, b.start, b.end);
  }
  let keptOffices = 0;
  for (const list of byOffice.values()) {
    const size = list.reduce((n, b) => n + b.end - b.start, 0);
    if (size > room) break;
    room -= size;
    keptOffices++;
    for (const b of list) keep.fill(1, b.start, b.end);
  }
  const sheetIndex = new Int32Array(lines.length).fill(-1);
  const kept: CalcLine[] = [];
  for (let k = 0; k < lines.length; k++)
    if (keep[k] === 1) {
      sheetIndex[k] = kept.length;
      kept.push(lines[k]);
    }
  return { lines: kept, sheetIndex, offices: byOffice.size, keptOffices };
}
