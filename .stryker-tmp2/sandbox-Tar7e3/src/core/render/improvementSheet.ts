/**
 * Improvement view: the latest campaign against the previous one (ML(N), findings per audit, Audit
 * LVL), PRK over Indicator history with its trend, and each office's OCL since the previous as-of
 * date. Each change is coloured by whether it is an improvement, which for nonconformities is fewer.
 */
// @ts-nocheck

import { isoFromDay } from "../model/days";
import { FINDING_TYPES } from "../model/records";
import {
  type BetterWhen,
  type Change,
  type ChangeDirection,
  FINDING_BETTER,
  type OclChange,
  type PrkSeries,
  type PrkTrendDirection,
} from "../engine/improvement";
import type { Fill, ResultSheet, StyledCell } from "./resultSheet";
import type { RenderContext } from "./context";
import { type CellInput, SheetBuilder, bold, columnRange, level, notAvailable, percent } from "./sheetBuilder";
import type { ImprovementLabels } from "../text/improvementLabels";

/** Lines the PRK chart draws at most: the consolidated and five offices, one colour each (CHART_COLORS). */
export const MAX_CHART_LINES = 6;

/** Better green, worse red, unchanged without a fill. */
export function changeFill(direction: ChangeDirection | null): Fill | undefined {
  switch (direction) {
    case "Better":
      return "success";
    case "Worse":
      return "fail";
    case "Unchanged":
    case null:
      return undefined;
  }
}

const prkFill = (direction: PrkTrendDirection | null): Fill | undefined =>
  changeFill(direction === "Falling" ? "Better" : direction === "Rising" ? "Worse" : null);

/** A change with its sign, on its direction's colour; "n/a" when either side is undefined. */
export function changeCell(change: Change, format: "signed2" | "signedPercent1"): StyledCell {
  return change.change === null
    ? notAvailable()
    : { value: change.change, style: { format, fill: changeFill(change.direction) } };
}

function directionCell(change: Change, L: ImprovementLabels): StyledCell {
  return change.direction === null
    ? notAvailable()
    : { value: L.direction[change.direction], style: { bold: true, fill: changeFill(change.direction) } };
}

export function improvementSheet({ result, catalog, labels }: RenderContext): ResultSheet {
  const L = labels.improvement;
  const view = result.improvement;
  const offices = [...result.byOffice.keys()];
  const width = Math.max(7, 2 + 1 + offices.length);
  const s = new SheetBuilder(labels.sheets.improvement, width);
  s.title(L.title, L.subtitle(isoFromDay(result.asOf)));

  // From the previous campaign to the latest.
  const c = view.campaigns;
  if (c === null) {
    s.section(L.campaignSectionNone);
    s.row([{ value: L.fewerThanTwoCampaigns(result.campaigns.length), style: { fill: "muted" } }]);
  } else {
    s.section(L.campaignSection(c.previous, c.latest));
    s.header([...L.campaignHeader, c.previous, c.latest, L.change, L.betterWhen, L.result]);
    const line = (indicator: string, description: string, change: Change, better: BetterWhen) =>
      s.row([
        bold(indicator),
        description,
        level(change.previous),
        level(change.latest),
        changeCell(change, "signed2"),
        L.better[better],
        directionCell(change, L),
      ]);
    for (const p of catalog.processes) {
      const change = c.maturity.byProcess[p.code];
      // A process rated in neither campaign has no row.
      if (change !== undefined && (change.previous !== null || change.latest !== null))
        line(`ML(${p.code})`, labels.processName(p), change, "higher");
    }
    line("ML", L.assessedMl, c.maturity.average, "higher");
    line(labels.maturity.level, L.maturityLevel, c.maturity.level, "higher");
    for (const t of FINDING_TYPES) line(t, L.perAudit(labels.findingNames[t]), c.findings[t], FINDING_BETTER[t]);
    line(labels.auditLevel, L.auditLevel, c.auditLevel, "higher");
  }
  s.blank();

  prkTable(s, view.prk, offices, labels.consolidated, L, width);
  s.blank();
  s.clearCharts();

  // OCL since the previous as-of date, per office.
  s.section(L.oclSection);
  s.header([...L.oclHeader, L.change, L.betterWhen, L.result]);
  const oclLine = (office: string, o: OclChange) =>
    s.row([
      bold(office),
      o.previousAsOf === null ? { value: L.noEarlierOcl, style: { fill: "muted" } } : isoFromDay(o.previousAsOf),
      percent(o.previous),
      percent(o.latest),
      changeCell(o, "signedPercent1"),
      L.better.higher,
      directionCell(o, L),
    ]);
  oclLine(labels.consolidated, view.ocl.consolidated);
  for (const [office, o] of view.ocl.byOffice) oclLine(office, o);

  return s.build({
    columnWidths: [22, 38, ...Array.from({ length: width - 2 }, () => 14)],
    freeze: { rows: 2, columns: 1 },
    print: { landscape: true, fitToWidth: true, titleRows: 2 },
  });
}

/** PRK per as-of date (history, then this run) for the consolidated view and each office, its trend and a line chart. */
function prkTable(
  s: SheetBuilder,
  prk: { readonly consolidated: PrkSeries; readonly byOffice: ReadonlyMap<string, PrkSeries> },
  offices: readonly string[],
  consolidatedName: string,
  L: ImprovementLabels,
  width: number,
): void {
  const columns: [string, PrkSeries][] = [
    [consolidatedName, prk.consolidated],
    ...offices.map((o): [string, PrkSeries] => [
      o,
      prk.byOffice.get(o) ?? { points: [], slope: null, direction: null },
    ]),
  ];
  s.section(L.prkSection);
  const days = [...new Set(columns.flatMap(([, p]) => p.points.map((x) => x.day)))].sort((a, b) => a - b);
  if (days.length < 2) s.row([{ value: L.prkNoHistory, style: { fill: "muted" } }]);
  const header = s.header([L.asOf, "", ...columns.map(([name]) => name)]);
  const first = s.nextRow;
  const byDay = columns.map(([, p]) => new Map(p.points.map((x) => [x.day, x.value])));
  for (const d of days) s.row([isoFromDay(d), "", ...byDay.map((m) => (m.has(d) ? level(m.get(d) ?? null) : null))]);
  const last = s.nextRow - 1;
  const trendRow = (label: string, cell: (p: PrkSeries) => CellInput) =>
    s.row([bold(label), "", ...columns.map(([, p]) => cell(p))]);
  trendRow(L.prkTrend, (p) =>
    p.slope === null ? notAvailable() : { value: p.slope, style: { format: "signed2", fill: prkFill(p.direction) } },
  );
  trendRow(L.prkDirection, (p) =>
    p.direction === null
      ? notAvailable()
      : { value: L.prkTrendDirection[p.direction], style: { bold: true, fill: prkFill(p.direction) } },
  );
  if (days.length >= 2) {
    s.chart({
      kind: "line",
      title: L.prkChart,
      categories: columnRange(0, first, last),
      // One line per office while the lines can be told apart; past that, the consolidated line alone.
      series: columns.slice(0, columns.length <= MAX_CHART_LINES ? columns.length : 1).map(([name], k) => ({
        name,
        nameCell: { row: header, col: 2 + k },
        values: columnRange(2 + k, first, last),
      })),
      anchor: { row: header, col: width + 1, columns: 8, rows: 16 },
      yAxisTitle: L.prkAxis,
      yMin: 1,
      yMax: 3,
    });
  }
}
