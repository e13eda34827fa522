/** Offices' training parts -> coverage per office and team, the consolidated view and the gaps. */
import type { Catalog } from "../model/catalog";
import type { OfficeTraining, TrainingCoverage, TrainingResult } from "./results";
import { type Thresholds, percentStatus } from "./status";
import { meanDefined, recordOf } from "./stats";
import { coverageOf } from "./training";

function withStatuses(coverage: number | null, byTeam: Record<string, number | null>, t: Thresholds): TrainingCoverage {
  return {
    coverage,
    byTeam,
    status: percentStatus(coverage, t),
    teamStatus: recordOf(Object.entries(byTeam).map(([team, v]) => [team, percentStatus(v, t)] as const)),
  };
}

/**
 * An office's coverage is its held / required courses over all teams; the organisation's, like
 * every consolidated value, the mean over offices (each team's too). Offices come in scorecard
 * order (`offices`), an office known only from Training after them.
 */
export function trainingResult(
  catalog: Catalog,
  offices: readonly string[],
  parts: readonly OfficeTraining[],
  t: Thresholds,
): TrainingResult {
  const position = (office: string) => {
    const i = offices.indexOf(office);
    return i < 0 ? offices.length : i;
  };
  const ordered = [...parts].sort((a, b) => position(a.office) - position(b.office));
  const teams = catalog.teams.map((team) => team.code);
  const byOffice = new Map<string, TrainingCoverage>();
  for (const o of ordered) {
    const totals = Object.values(o.byTeam).reduce(
      (sum, x) => ({ required: sum.required + x.required, held: sum.held + x.held }),
      { required: 0, held: 0 },
    );
    byOffice.set(
      o.office,
      withStatuses(
        coverageOf(totals),
        recordOf(teams.map((team) => [team, coverageOf(o.byTeam[team] ?? { required: 0, held: 0 })] as const)),
        t,
      ),
    );
  }
  const views = [...byOffice.values()];
  return {
    consolidated: withStatuses(
      meanDefined(views.map((v) => v.coverage)),
      recordOf(teams.map((team) => [team, meanDefined(views.map((v) => v.byTeam[team]))] as const)),
      t,
    ),
    byOffice,
    gaps: ordered.flatMap((o) => o.gaps),
  };
}
