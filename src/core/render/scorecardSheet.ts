/** Scorecard: the directors' page. One column per office plus Consolidated, every indicator with its target. */
import { isoFromDay } from "../days";
import type { Indicators } from "../engine/results";
import type { Status } from "../engine/status";
import type { ResultSheet } from "./resultSheet";
import type { RenderContext } from "./context";
import { CONSOLIDATED_LABEL, RESULT_SHEETS, fmtPercent } from "./labels";
import { type CellInput, SheetBuilder, bold, columnRange, level, percent, statusCell, statusFill, valueCell } from "./sheetBuilder";

export function scorecardSheet({ result, catalog, settings }: RenderContext): ResultSheet {
  const columns: [string, Indicators][] = [[CONSOLIDATED_LABEL, result.consolidated], ...result.byOffice];
  // Every table of the page fits in these columns (the campaigns table has seven).
  const width = Math.max(2 + columns.length, result.campaigns.length > 0 ? 7 : 0);
  const s = new SheetBuilder(RESULT_SHEETS.scorecard, width);
  const org = settings.organization || "ITSM Scorecard";
  s.title(`${org}: service management scorecard`, `As of ${isoFromDay(result.asOf)} · ${catalog.id} · ${result.offices.length} office(s)`);

  const pctTarget = `>= ${fmtPercent(settings.successThreshold)} (fail < ${fmtPercent(settings.failThreshold)})`;
  s.header(["Indicator", "Target", ...columns.map(([name]) => name)]);
  const headerRow = s.nextRow - 1;
  const line = (label: string, target: string, cell: (i: Indicators) => CellInput) => s.row([bold(label), target, ...columns.map(([, i]) => cell(i))]);

  s.section("PLAN · office compliance");
  line("OCL", pctTarget, (i) => percent(i.ocl, i.status.ocl));
  line("OCLT (points per 30 days)", "Positive", (i) => valueCell(i.oclt.slope, "decimal2", i.status.oclt));
  line("OCLT direction", "Positive", (i) => ({ value: i.oclt.direction ?? "n/a", style: { fill: statusFill(i.status.oclt) ?? "muted" } }));
  line("Evidence coverage", "", (i) => percent(i.evidenceCoverage));
  line("Task completion", "", (i) => percent(i.taskCompletion));
  s.section("CLS(X) · compliance by clause");
  for (const clause of Object.keys(result.consolidated.cls)) line(`CLS(${clause})`, pctTarget, (i) => percent(i.cls[clause], i.status.cls[clause]));
  s.section("CCL(N) · compliance by process");
  for (const p of catalog.processes) line(`CCL(${p.code}) ${p.name}`, pctTarget, (i) => percent(i.ccl[p.code], i.status.ccl[p.code]));
  s.section("PLC(Z) · process leads compliance");
  for (const t of catalog.teams) line(`PLC(${t.code}) ${t.name}`, pctTarget, (i) => percent(i.plc[t.code], i.status.plc[t.code]));
  s.section("ACT · project risk");
  line("PRK (1 LOW - 3 HIGH)", "LOW", (i) => level(i.prk.value, i.status.prk));
  line("PRK level", "LOW", (i) => statusText(i.prk.level, i.status.prk));
  s.section("Maturity derived from the activity ladder");
  line("Derived ML (mean of ML(N))", "", (i) => level(i.derivedMaturity.average));
  line("Derived maturity level", ">= 4 (fail <= 2)", (i) => statusText(i.derivedMaturity.level, i.status.derivedMaturity));
  s.blank();

  s.section("PDCA stage panel");
  s.header(["Stage", "Team · indicator", ...columns.map(([name]) => name)]);
  for (const [k, stage] of result.consolidated.stages.entries()) {
    s.row([
      bold(stage.stage),
      `${stage.team} · ${stage.indicator}`,
      ...columns.map(([, i]) => {
        const st = i.stages[k];
        return st.indicator === "PRK" ? statusText(st.label, st.status) : percent(st.value, st.status);
      }),
    ]);
  }
  s.blank();

  if (result.campaigns.length > 0) {
    s.section("Audit campaigns");
    s.header(["Campaign", "Audits", "Assessed ML", "Maturity level", "Audit LVL", "FNC per audit", "FCC per audit"]);
    for (const c of result.campaigns) {
      s.row([
        bold(c.name),
        c.audits,
        level(c.maturity.average),
        statusText(c.maturity.level, c.status.maturity),
        level(c.auditLevel, c.status.auditLevel),
        level(c.findings.FNC, c.status.FNC),
        level(c.findings.FCC, c.status.FCC),
      ]);
    }
    s.blank();
  }

  // OCL over time: one line per office and the consolidated view, from Indicator history plus this run.
  const days = [...new Set(columns.flatMap(([, i]) => i.oclt.series.map((p) => p.day)))].sort((a, b) => a - b);
  if (days.length >= 2) {
    s.section("OCL trend (Indicator history and this run)");
    const header = s.header(["As of", "", ...columns.map(([name]) => name)]);
    const first = s.nextRow;
    const byDay = columns.map(([, i]) => new Map(i.oclt.series.map((p) => [p.day, p.value])));
    for (const d of days) s.row([isoFromDay(d), "", ...byDay.map((m) => (m.has(d) ? percent(m.get(d) ?? null) : null))]);
    const last = s.nextRow - 1;
    s.chart({
      kind: "line",
      title: "OCL trend",
      categories: columnRange(0, first, last),
      series: columns.map(([name], k) => ({ name, nameCell: { row: header, col: 2 + k }, values: columnRange(2 + k, first, last) })),
      // Beside the indicators at the top: the page is printed landscape on one sheet, where the
      // long table leaves room on the right.
      anchor: { row: headerRow, col: width + 1, columns: 8, rows: 30 },
      yAxisTitle: "OCL",
      yMin: 0,
      yMax: 1,
    });
    s.blank();
  }

  s.section("Legend");
  s.row([statusCell("Success"), "meets the target"]);
  s.row([statusCell("Warning"), "between the fail and success thresholds"]);
  s.row([statusCell("Fail"), "misses the target"]);
  s.row([{ value: "n/a", style: { fill: "muted" } }, "nothing feeds the indicator; left out of the means above it"]);

  return s.build({
    columnWidths: [54, 24, ...Array.from({ length: width - 2 }, () => 15)],
    freeze: { rows: headerRow + 1, columns: 1 },
    print: { landscape: true, fitToWidth: true, titleRows: headerRow + 1, onePage: true },
  });
}

function statusText(value: string | number | null, status: Status | null): CellInput {
  if (value === null) return { value: "n/a", style: { fill: "muted" } };
  return { value, style: { fill: statusFill(status), bold: true } };
}
