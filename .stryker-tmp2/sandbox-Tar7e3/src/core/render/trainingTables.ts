/**
 * Training coverage on the Compliance sheet: beside each team's PLC its training coverage, per
 * office and consolidated, then the leaders whose required training is missing, expired or
 * expiring within 90 days. Written only when the workbook has Training rows.
 */
// @ts-nocheck

import type { Catalog } from "../model/catalog";
import { isoFromDay } from "../model/days";
import type { ScorecardResult, TrainingGapKind, TrainingResult } from "../engine/results";
import type { ResultLabels } from "../text/labels";
import type { Fill } from "./resultSheet";
import { type SheetBuilder, bold, notAvailable, percent } from "./sheetBuilder";

const GAP_FILL: Readonly<Record<TrainingGapKind, Fill>> = { Missing: "fail", Expired: "fail", Expiring: "warning" };

export function trainingTables(
  s: SheetBuilder,
  catalog: Catalog,
  result: ScorecardResult,
  training: TrainingResult,
  labels: ResultLabels,
): void {
  const T = labels.training;
  const offices = [...result.offices, ...[...training.byOffice.keys()].filter((o) => !result.byOffice.has(o))];
  s.section(T.section);
  s.row([T.note], { fill: "muted" });
  s.header([T.measure, "", "", labels.consolidated, ...offices]);
  const coverage = (office: string | null) => (office === null ? training.consolidated : training.byOffice.get(office));
  const indicators = (office: string | null) => (office === null ? result.consolidated : result.byOffice.get(office));
  const columns: (string | null)[] = [null, ...offices];
  for (const team of catalog.teams) {
    s.row([
      bold(T.plcRow(team.code)),
      labels.teamName(team),
      "",
      ...columns.map((o) => {
        const i = indicators(o);
        return i === undefined ? notAvailable() : percent(i.plc[team.code], i.status.plc[team.code]);
      }),
    ]);
    s.row([
      bold(T.trainingRow(team.code)),
      labels.teamName(team),
      "",
      ...columns.map((o) => {
        const c = coverage(o);
        return c === undefined ? notAvailable() : percent(c.byTeam[team.code], c.teamStatus[team.code]);
      }),
    ]);
  }
  s.row([
    bold(T.allTeams),
    "",
    "",
    ...columns.map((o) => {
      const c = coverage(o);
      return c === undefined ? notAvailable() : percent(c.coverage, c.status);
    }),
  ]);
  s.blank();

  s.section(T.gapsSection);
  s.header(T.gapsHeader);
  if (training.gaps.length === 0) s.row([T.noGaps]);
  for (const g of training.gaps)
    s.row([
      bold(g.person),
      g.course,
      g.team,
      { value: T.kind[g.kind], style: { fill: GAP_FILL[g.kind], bold: true } },
      g.office,
      g.validUntil === null ? "" : isoFromDay(g.validUntil),
    ]);
}
