/**
 * The Calculation sheet's share of the trail when it would not fit one sheet (a national
 * consolidation: about 1,400 lines an office). Excel holds 1,048,576 rows, so the sheet keeps
 * whole blocks: first what every office's numbers are read against (the settings, the consolidated
 * view, the campaigns), the Scorecard's headline indicators before the per-process ones, then office
 * after office in order while the next office fits whole. The lines keep their order; an office left
 * out is recomputed from its own workbook's Calculation sheet.
 */
import { CONSOLIDATED } from "../model/records";
import type { Catalog } from "../model/catalog";
import type { ScorecardResult } from "../engine/results";
import { type BlockHead, type CalcIndicator, type CalcLine, sameBlock, trailBlocks } from "./calculationLines";

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
function ownerOf(l: BlockHead): string | null {
  return l.indicator === "SETTING" || l.office === CONSOLIDATED || l.office === "" || l.campaign !== ""
    ? null
    : l.office;
}

/** A run of lines with the same key, its result line first: what the sheet keeps or leaves whole. */
interface BlockSize {
  readonly head: BlockHead;
  size: number;
}

/** Blocks as lines or announced blocks come (sameBlock: consecutive lines of one key are one block). */
class BlockCounter {
  readonly blocks: BlockSize[] = [];
  private last: BlockHead | null = null;

  /** Lines counted so far. */
  total = 0;

  /** The index of the block `head` is in, a new one unless it continues the last. */
  at(head: BlockHead): number {
    if (this.last === null || !sameBlock(this.last, head)) {
      this.blocks.push({ head, size: 0 });
      this.last = head;
    }
    return this.blocks.length - 1;
  }

  /** Counts `lines` lines of the block `head` is in; returns that block's index. */
  count(head: BlockHead, lines: number): number {
    const k = this.at(head);
    this.blocks[k].size += lines;
    this.total += lines;
    return k;
  }
}

/**
 * Which blocks the sheet keeps (1) when not all fit in `max` lines: the shared ones by rank, each
 * that still fits; then the offices, in order of their first block, while the next fits whole.
 */
function keptBlocks(blocks: readonly BlockSize[], max: number): { keep: Uint8Array; offices: number; kept: number } {
  const keep = new Uint8Array(blocks.length);
  const byOffice = new Map<string, number[]>();
  const shared: number[] = [];
  blocks.forEach((b, k) => {
    const owner = ownerOf(b.head);
    if (owner === null) shared.push(k);
    else {
      const list = byOffice.get(owner) ?? [];
      byOffice.set(owner, list);
      list.push(k);
    }
  });
  let room = max;
  const rank = (k: number) => RANK[blocks[k].head.indicator];
  for (const k of shared.sort((x, y) => rank(x) - rank(y) || x - y)) {
    if (blocks[k].size > room) continue;
    room -= blocks[k].size;
    keep[k] = 1;
  }
  let kept = 0;
  for (const list of byOffice.values()) {
    const size = list.reduce((n, k) => n + blocks[k].size, 0);
    if (size > room) break;
    room -= size;
    kept++;
    for (const k of list) keep[k] = 1;
  }
  return { keep, offices: byOffice.size, kept };
}

const ownersOf = (blocks: readonly BlockSize[]): number =>
  new Set(blocks.map((b) => ownerOf(b.head)).filter((o) => o !== null)).size;

export function fitTrail(lines: readonly CalcLine[], max: number): FittedTrail {
  const counter = new BlockCounter();
  const blockOf = Int32Array.from(lines, (l) => counter.count(l, 1));
  if (lines.length <= max) {
    const offices = ownersOf(counter.blocks);
    return { lines, sheetIndex: Int32Array.from(lines, (_, k) => k), offices, keptOffices: offices };
  }
  const { keep, offices, kept: keptOffices } = keptBlocks(counter.blocks, max);
  const sheetIndex = new Int32Array(lines.length).fill(-1);
  const kept: CalcLine[] = [];
  for (let k = 0; k < lines.length; k++)
    if (keep[blockOf[k]] === 1) {
      sheetIndex[k] = kept.length;
      kept.push(lines[k]);
    }
  return { lines: kept, sheetIndex, offices, keptOffices };
}

/** What the Calculation sheet holds of a trail, and how many lines the whole trail has. */
export type SheetTrail = Omit<FittedTrail, "sheetIndex"> & { readonly total: number };

/**
 * fitTrail(calculationLines(...), max).lines, without making the lines it leaves out (a national
 * consolidation's trail is 100,000s of lines, the sheet keeps 20,000). The first walk makes the
 * lines while they fit and counts every block; only a trail that does not fit is walked again, to
 * make the blocks kept.
 */
export function sheetTrail(result: ScorecardResult, catalog: Catalog, officeLines: boolean, max: number): SheetTrail {
  const counter = new BlockCounter();
  let made: CalcLine[] | null = [];
  trailBlocks(result, catalog, officeLines, {
    add: (line) => {
      counter.count(line, 1);
      made?.push(line);
      if (counter.total > max) made = null;
    },
    // While the lines fit, a block is made (its lines counted as they come); after, only counted.
    wants: (head, size) => {
      if (made !== null && counter.total + size <= max) return true;
      made = null;
      counter.count(head, size);
      return false;
    },
  });
  if (made !== null) {
    const offices = ownersOf(counter.blocks);
    return { lines: made, offices, keptOffices: offices, total: counter.total };
  }
  const fitted = keptBlocks(counter.blocks, max);
  const lines: CalcLine[] = [];
  const walk = new BlockCounter();
  const kept = (head: BlockHead) => fitted.keep[walk.at(head)] === 1;
  trailBlocks(result, catalog, officeLines, {
    add: (line) => {
      if (kept(line)) lines.push(line);
    },
    wants: kept,
  });
  return { lines, offices: fitted.offices, keptOffices: fitted.kept, total: counter.total };
}
