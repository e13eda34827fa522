/** Scorecard: the directors' page. One column per office plus Consolidated, every indicator with its target. */
import { isoFromDay } from "../model/days";
import type { Indicators } from "../engine/results";
import type { OclChange } from "../engine/improvement";
import type { ResultSheet } from "./resultSheet";
import type { RenderContext } from "./context";
import { formatPercent } from "../text/labels";
import { changeCell } from "./improvementSheet";
import type { CalcIndicator } from "./calculationLines";
import { CONSOLIDATED } from "../model/records";
import {
  type CellInput,
  SheetBuilder,
  alignedRight,
  bold,
  columnRange,
  level,
  linked,
  notAvailable,
  percent,
  riskCell,
  statusCell,
  statusFill,
  statusText,
  valueCell,
} from "./sheetBuilder";

export function scorecardSheet({ result, catalog, settings, labels, calc }: RenderContext): ResultSheet {
  const L = labels.scorecard;
  const columns: [string, Indicators][] = [[labels.consolidated, result.consolidated], ...result.byOffice];
  // The office each column's lines on the Calculation sheet are filed under.
  const officeKeys = [CONSOLIDATED, ...result.byOffice.keys()];
  // Every table of the page fits in these columns (the campaigns table has seven).
  const width = Math.max(2 + columns.length, result.campaigns.length > 0 ? 7 : 0);
  const s = new SheetBuilder(labels.sheets.scorecard, width);
  const org = settings.organization || L.defaultOrg;
  s.title(L.title(org), L.subtitle(isoFromDay(result.asOf), catalog.id, result.offices.length));

  const pctTarget = L.target(
    formatPercent(settings.successThreshold, "short"),
    formatPercent(settings.failThreshold, "short"),
  );
  s.header([...L.header, ...columns.map(([name]) => name)]);
  const headerRow = s.nextRow - 1;
  const line = (
    label: string,
    target: string,
    cell: (i: Indicators) => CellInput,
    indicator?: CalcIndicator,
    scope?: string,
  ) =>
    s.row([
      bold(label),
      target,
      ...columns.map(([, i], k) => linked(alignedRight(cell(i)), indicator && calc?.(indicator, officeKeys[k], scope))),
    ]);

  s.section(L.plan);
  line("OCL", pctTarget, (i) => percent(i.ocl, i.status.ocl), "OCL");
  line(L.oclt, L.positive, (i) => valueCell(i.oclt.slope, "decimal2", i.status.oclt), "OCLT");
  line(
    L.ocltDirection,
    L.positive,
    (i) =>
      i.oclt.direction === null
        ? notAvailable({ fill: statusFill(i.status.oclt) ?? "muted" })
        : { value: labels.direction[i.oclt.direction], style: { fill: statusFill(i.status.oclt) ?? "muted" } },
    "OCLT",
  );
  // Each office's OCL against its previous as-of date in Indicator history (the Improvement view has the detail).
  const oclChanges = new Map<Indicators, OclChange | null>([
    [result.consolidated, result.improvement.ocl.consolidated],
  ]);
  for (const [office, i] of result.byOffice) oclChanges.set(i, result.improvement.ocl.byOffice.get(office) ?? null);
  // Recomputable from the OCLT lines on Calculation (they list the history points, the previous one
  // among them); not linked yet, as explain has no wording of its own for the change.
  line(labels.improvement.scorecardOclChange, L.positive, (i) => {
    const change = oclChanges.get(i) ?? null;
    return change === null || change.previousAsOf === null
      ? { value: labels.improvement.scorecardNoEarlier, style: { fill: "muted" } }
      : changeCell(change, "signedPercent1");
  });
  line(L.evidenceCoverage, "", (i) => percent(i.evidenceCoverage), "COVERAGE");
  line(L.taskCompletion, "", (i) => percent(i.taskCompletion), "TASKS");
  s.section(L.clsSection);
  for (const clause of Object.keys(result.consolidated.cls))
    line(`CLS(${clause})`, pctTarget, (i) => percent(i.cls[clause], i.status.cls[clause]), "CLS", clause);
  s.section(L.cclSection);
  for (const p of catalog.processes)
    line(
      `CCL(${p.code}) ${labels.processName(p)}`,
      pctTarget,
      (i) => percent(i.ccl[p.code], i.status.ccl[p.code]),
      "CCL",
      p.code,
    );
  s.section(L.plcSection);
  for (const t of catalog.teams)
    line(
      `PLC(${t.code}) ${labels.teamName(t)}`,
      pctTarget,
      (i) => percent(i.plc[t.code], i.status.plc[t.code]),
      "PLC",
      t.code,
    );
  s.section(L.actSection);
  line(L.prk, labels.risk.LOW, (i) => level(i.prk.value, i.status.prk), "PRK");
  line(L.prkLevel, labels.risk.LOW, (i) => riskCell(i.prk.level, labels.risk), "PRK");
  s.section(L.derivedSection);
  line(L.derivedMean, "", (i) => level(i.derivedMaturity.average), "DML_AVG");
  line(
    L.derivedLevel,
    L.derivedTarget,
    (i) => statusText(i.derivedMaturity.level, i.status.derivedMaturity),
    "DML_AVG",
  );
  s.blank();

  s.section(L.stagePanel);
  s.header([...L.stageHeader, ...columns.map(([name]) => name)]);
  for (const [k, stage] of result.consolidated.stages.entries()) {
    s.row([
      bold(labels.stage[stage.stage]),
      // Wrapped: a long indicator (DO's training coverage, in Spanish) would be cut off.
      { value: `${stage.team} · ${stage.indicator}`, style: { wrap: true } },
      ...columns.map(([, i], c) => {
        const st = i.stages[k];
        const office = officeKeys[c];
        const link =
          st.stage === "PLAN"
            ? calc?.("OCL", office)
            : st.stage === "ACT"
              ? calc?.("PRK", office)
              : calc?.("STAGE", office, st.stage);
        return linked(
          alignedRight(st.indicator === "PRK" ? riskCell(st.label, labels.risk) : percent(st.value, st.status)),
          link,
        );
      }),
    ]);
    // Training of the process leaders, a line of the DO stage (when the workbook has Training rows).
    const training = result.training;
    if (stage.stage === "DO" && training !== undefined)
      s.row([
        bold(labels.stage.DO),
        { value: labels.training.stageLine, style: { wrap: true } },
        ...columns.map(([name], c) => {
          const t = c === 0 ? training.consolidated : training.byOffice.get(name);
          return t === undefined
            ? alignedRight(notAvailable())
            : linked(alignedRight(percent(t.coverage, t.status)), calc?.("TRAINING", officeKeys[c]));
        }),
      ]);
  }
  s.blank();

  if (result.campaigns.length > 0) {
    s.section(L.campaigns);
    s.header(L.campaignHeader);
    for (const c of result.campaigns) {
      const to = (indicator: CalcIndicator, scope = "") => calc?.(indicator, "", scope, c.name);
      s.row([
        bold(c.name),
        linked(c.audits, to("ALVL")),
        linked(level(c.maturity.average), to("AML_AVG")),
        linked(statusText(c.maturity.level, c.status.maturity), to("AML_AVG")),
        linked(level(c.auditLevel, c.status.auditLevel), to("ALVL")),
        linked(level(c.findings.FNC, c.status.FNC), to("FINDINGS", "FNC")),
        linked(level(c.findings.FCC, c.status.FCC), to("FINDINGS", "FCC")),
      ]);
    }
    s.blank();
  }

  s.section(L.legend);
  s.row([statusCell("Success", labels.status), L.legendLines[0]]);
  s.row([statusCell("Warning", labels.status), L.legendLines[1]]);
  s.row([statusCell("Fail", labels.status), L.legendLines[2]]);
  s.row([notAvailable(), L.legendLines[3]]);
  s.row([riskCell("MEDIUM", labels.risk), L.riskLegend]);
  s.blank();

  // OCL over time: one line per office and the consolidated view, from Indicator history plus this run.
  const days = [...new Set(columns.flatMap(([, i]) => i.oclt.series.map((p) => p.day)))].sort((a, b) => a - b);
  if (days.length >= 2) {
    s.section(L.trendSection);
    const header = s.header([L.asOfHeader, "", ...columns.map(([name]) => name)]);
    const first = s.nextRow;
    const byDay = columns.map(([, i]) => new Map(i.oclt.series.map((p) => [p.day, p.value])));
    for (const d of days)
      s.row([isoFromDay(d), "", ...byDay.map((m) => (m.has(d) ? percent(m.get(d) ?? null) : null))]);
    const last = s.nextRow - 1;
    s.chart({
      kind: "line",
      title: L.trendChart,
      categories: columnRange(0, first, last),
      series: columns.map(([name], k) => ({
        name,
        nameCell: { row: header, col: 2 + k },
        values: columnRange(2 + k, first, last),
      })),
      // Under its table, within the indicators' columns: beside them it would widen the printed
      // page and shrink the body below a readable size.
      anchor: { row: last + 2, col: 0, columns: 3, rows: 18 },
      yAxisTitle: "OCL",
      yMin: 0,
      yMax: 1,
    });
    s.clearCharts();
  }

  // Column A as wide as its longest label, so a long process name is never cut off.
  const labelWidth = Math.min(72, Math.max(54, ...s.columnText(0).map((t) => t.length + 3)));
  return s.build({
    columnWidths: [labelWidth, 24, ...Array.from({ length: width - 2 }, () => 15)],
    freeze: { rows: headerRow + 1, columns: 1 },
    print: { landscape: true, fitToWidth: true, titleRows: headerRow + 1 },
  });
}
