/** Maturity: assessed ML(N) per campaign and derived ML(N) per office (framework.md section 5). */
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

/** Why a rung of the activity ladder does not hold; null when it holds. */
export type RungShortfall = "noTask" | "notAllDone" | "cclUndefined" | "cclBelow";

/** One rung of the ladder for (office, N), judged on its own. */
export interface Rung {
  readonly level: number;
  readonly activity: Activity;
  readonly tasks: number;
  /** Tasks done by asOf. */
  readonly done: number;
  readonly holds: boolean;
  readonly shortfall: RungShortfall | null;
}

/**
 * The five rungs of one office and process. Rung 4 also needs CCL(N) at the success threshold,
 * so a level-4 office is a compliant one.
 */
export function derivedRungs(tasks: readonly Task[], asOf: Day, ccl: number | null, successThreshold: number): Rung[] {
  const byActivity = groupBy(tasks, (t) => t.activity);
  return ACTIVITIES.map((activity, k) => {
    const ts = byActivity.get(activity) ?? [];
    const done = ts.filter((t) => isDoneBy(t, asOf)).length;
    let shortfall: RungShortfall | null = ts.length === 0 ? "noTask" : done < ts.length ? "notAllDone" : null;
    if (shortfall === null && activity === "Compliance") {
      if (ccl === null) shortfall = "cclUndefined";
      else if (!atLeast(ccl, successThreshold)) shortfall = "cclBelow";
    }
    return { level: k + 1, activity, tasks: ts.length, done, holds: shortfall === null, shortfall };
  });
}

/** The level the rungs give: the highest L whose rungs 1..L all hold. */
export function levelOfRungs(rungs: readonly Rung[]): number {
  const firstMissing = rungs.findIndex((r) => !r.holds);
  return firstMissing < 0 ? rungs.length : firstMissing;
}

/** The activity ladder of one office and process: the highest L whose rungs 1..L all hold. */
export function derivedLevel(tasks: readonly Task[], asOf: Day, ccl: number | null, successThreshold: number): number {
  return levelOfRungs(derivedRungs(tasks, asOf, ccl, successThreshold));
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
