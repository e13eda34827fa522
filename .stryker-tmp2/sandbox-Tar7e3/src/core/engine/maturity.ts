/** Maturity: assessed ML(N) per campaign and derived ML(N) per office (framework.md section 5). */
// @ts-nocheck

import { ACTIVITIES, type Activity, type Catalog } from "../model/catalog";
import type { Day } from "../model/days";
import type { MaturityRating, Task } from "../model/records";
import { isDoneBy } from "./compliance";
import type { MaturityView } from "./results";
import { groupBy, levelDown, meanDefined, recordOf } from "./stats";
import { atLeast } from "./decimal";

/** ML = mean of ML(N) over processes that have one; the level rounds that mean down. */
export function maturityView(catalog: Catalog, byProcess: Record<string, number | null>): MaturityView {
  const average = meanDefined(catalog.processes.map((p) => byProcess[p.code]));
  return { byProcess, average, level: levelDown(average) };
}

/** Assessed ML(N): mean Level of the ratings for N in the given audits' ratings. */
export function assessedMaturity(catalog: Catalog, ratings: readonly MaturityRating[]): MaturityView {
  const byProcess = groupBy(ratings, (r) => r.process);
  return maturityView(
    catalog,
    recordOf(
      catalog.processes.map((p) => [p.code, meanDefined((byProcess.get(p.code) ?? []).map((r) => r.level))] as const),
    ),
  );
}

/**
 * The activity ladder of one office and process: the highest L whose rungs 1..L all hold.
 * Rung 4 also needs CCL(N) at the success threshold, so a level-4 office is a compliant one.
 */
export function derivedLevel(tasks: readonly Task[], asOf: Day, ccl: number | null, successThreshold: number): number {
  const byActivity = groupBy(tasks, (t) => t.activity);
  const complete = (a: Activity): boolean => {
    const ts = byActivity.get(a) ?? [];
    return ts.length > 0 && ts.every((t) => isDoneBy(t, asOf));
  };
  let level = 0;
  for (const activity of ACTIVITIES) {
    const holds =
      activity === "Compliance"
        ? complete(activity) && ccl !== null && atLeast(ccl, successThreshold)
        : complete(activity);
    if (!holds) break;
    level++;
  }
  return level;
}

/** Derived ML(N) of one office from its tasks. */
export function derivedMaturity(
  catalog: Catalog,
  officeTasks: readonly Task[],
  asOf: Day,
  ccl: Readonly<Record<string, number | null>>,
  successThreshold: number,
): MaturityView {
  const byProcess = groupBy(officeTasks, (t) => t.process);
  return maturityView(
    catalog,
    recordOf(
      catalog.processes.map(
        (p) => [p.code, derivedLevel(byProcess.get(p.code) ?? [], asOf, ccl[p.code], successThreshold)] as const,
      ),
    ),
  );
}
