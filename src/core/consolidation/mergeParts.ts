/**
 * Parts -> the consolidated run, and the test that makes it exact: parts may only be merged as
 * they are when no two of them hold the same office or workbook-wide key and none refers to a key
 * another holds. Parts that do are made again from their workbooks together (`entangled`).
 */
import type { Cell, SheetGrid } from "../model/grid";
import type { Issue, SheetKey } from "../model/records";
import { assembleScorecard, byFile } from "../engine/scorecardParts";
import { historyRows as historyRowsOf } from "../engine/computeScorecard";
import type { ScorecardResult } from "../engine/results";
import { sheetName } from "../parse/parseWorkbook";
import { HEADERS } from "../parse/vocabulary";
import { upsertHistory } from "../render/historyUpsert";
import { CONSOLIDATION_CALCULATION } from "../render/calculationSheet";
import { renderResults } from "../render/renderResults";
import { resultDocument } from "../render/resultDocument";
import { HISTORY_COLUMNS } from "../parse/parseWorkbooks";
import { type ConsolidatedRun, type ScorecardRun } from "../pipeline";
import { ScorecardError } from "../text/scorecardError";
import { type SharedInputs, type StagedIssue, type WorkbooksPart, sharedRecords } from "./workbooksPart";

/**
 * Which parts must be made again together, as lists of part indexes (each of two or more): parts
 * that name the same office, claim the same workbook-wide key (a duplicate the merged parse
 * reports) or refer to a key only another part holds. Transitively: a chain is one group.
 */
export function entangled(parts: readonly WorkbooksPart[]): number[][] {
  const parent = parts.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const join = (a: number, b: number) => {
    const ra = root(a);
    const rb = root(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  const officeOwner = new Map<string, number>();
  parts.forEach((p, i) => {
    for (const office of p.offices) {
      const owner = officeOwner.get(office);
      if (owner === undefined) officeOwner.set(office, i);
      else join(owner, i);
    }
  });

  // Keys sorted once: a hash seen twice is a candidate duplicate, a missing reference found among
  // them (or the Action IDs) a candidate link; only candidates are then looked for part by part.
  const sorted = (lists: readonly Float64Array[]) => {
    const all = new Float64Array(lists.reduce((n, l) => n + l.length, 0));
    let at = 0;
    for (const l of lists) {
      all.set(l, at);
      at += l.length;
    }
    return all.sort();
  };
  const has = (all: Float64Array, hash: number): boolean => {
    let lo = 0;
    let hi = all.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (all[mid] === hash) return true;
      if (all[mid] < hash) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  };
  const keys = sorted(parts.map((p) => p.keys));
  const duplicated = new Set<number>();
  for (let i = 1; i < keys.length; i++) if (keys[i] === keys[i - 1]) duplicated.add(keys[i]);
  const actions = sorted(parts.map((p) => p.actions));
  const linked = new Set<number>();
  for (const p of parts) for (const m of p.missing) if (has(keys, m) || has(actions, m)) linked.add(m);
  if (duplicated.size > 0 || linked.size > 0) {
    const holders = new Map<number, number>();
    parts.forEach((p, i) => {
      for (const k of p.keys) {
        if (!duplicated.has(k) && !linked.has(k)) continue;
        const owner = holders.get(k);
        if (owner === undefined) holders.set(k, i);
        else if (duplicated.has(k)) join(owner, i);
      }
    });
    // An Action ID held by many offices: one holder is enough for the merged parse to find it.
    parts.forEach((p, i) => {
      for (const k of p.actions) if (linked.has(k) && !holders.has(k)) holders.set(k, i);
    });
    parts.forEach((p, i) => {
      for (const m of p.missing) {
        const owner = holders.get(m);
        if (owner !== undefined) join(owner, i);
      }
    });
  }

  const groups = new Map<number, number[]>();
  parts.forEach((_, i) => {
    const r = root(i);
    const group = groups.get(r) ?? [];
    groups.set(r, [...group, i]);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}

export interface SharedSheets {
  /** The holder's Settings sheet as it holds it, written into the consolidated workbook. */
  readonly settingsGrid: SheetGrid | null;
  /** Issues of locating the shared Catalog sheet, in the run's language. */
  readonly catalogIssues: readonly Issue[];
}

/**
 * The consolidated run, without the records: made part by part, the rows are not kept. What
 * the records would give a caller (the organisation's name) is given on its own.
 */
export type PartsRun = Omit<ConsolidatedRun, "records"> & { readonly organization: string };

/** Parts that need no remaking (entangled() found none) -> the consolidated run. */
export function mergeParts(
  parts: readonly WorkbooksPart[],
  shared: SharedInputs,
  sheets: SharedSheets,
  workbookCount: number,
): PartsRun {
  const present = new Set<SheetKey>(parts.flatMap((p) => p.present));
  if (!present.has("controls")) {
    throw new ScorecardError("noControlsInAny", { workbooks: workbookCount });
  }
  const { settings, catalog, issues: sharedIssues } = sharedRecords(shared);
  const staged: StagedIssue[] = [
    ...sheets.catalogIssues.map((issue) => ({ stage: 2, file: shared.catalog?.index ?? 0, issue })),
    ...sharedIssues.map((issue) => ({ stage: 3, file: 0, issue })),
  ];
  for (const p of parts) for (const s of p.issues) staged.push(s);
  // One merged parse reports step by step, each step's issues in workbook order.
  staged.sort((a, b) => a.stage - b.stage || a.file - b.file);

  const options = shared.options;
  const history = byFile(parts.map((p) => p.history)).map((h) => h.item);
  const computed = assembleScorecard(
    catalog,
    settings,
    options,
    parts.map((p) => p.part),
    history,
  );
  const result: ScorecardResult = { ...computed, issues: [...staged.map((s) => s.issue), ...computed.issues] };

  const historyGrid: SheetGrid | null = parts.some((p) => p.historyTable)
    ? {
        name: sheetName("history"),
        rows: [
          HISTORY_COLUMNS.map((k) => HEADERS[k].en),
          ...byFile(parts.map((p) => p.historyRows)).map((r) => r.item),
        ],
        firstRow: 1,
        firstColumn: 1,
      }
    : null;
  const run: Omit<ScorecardRun, "records"> = {
    result,
    sheets: renderResults({ result, catalog, settings, calculation: CONSOLIDATION_CALCULATION }),
    history: {
      name: historyGrid?.name ?? sheetName("history"),
      rows: upsertHistory(historyGrid, historyRowsOf(result)) as Cell[][],
    },
    document: resultDocument(result),
  };
  return { ...run, settingsSheet: sheets.settingsGrid, organization: settings.organization };
}
