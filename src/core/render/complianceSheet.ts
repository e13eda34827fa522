/** Compliance: CCL per process x office (heat map), CLS per clause, coverage, completion, per-leader table. */
import { isoFromDay } from "../model/days";
import type { ResultSheet } from "./resultSheet";
import type { RenderContext } from "./context";
import { SheetBuilder, bold, columnRange, linked, percent } from "./sheetBuilder";
import { trainingTables } from "./trainingTables";
import { CONSOLIDATED } from "../model/records";

export function complianceSheet({ result, catalog, labels, calc }: RenderContext): ResultSheet {
  const L = labels.compliance;
  const consolidated = labels.consolidated;
  const offices = [...result.byOffice];
  const s = new SheetBuilder(labels.sheets.compliance, 4 + offices.length);
  s.title(L.title, L.subtitle(isoFromDay(result.asOf)));

  s.section(L.cclSection);
  const headerRow = s.header([...L.processHeader, consolidated, ...offices.map(([o]) => o)]);
  for (const p of catalog.processes) {
    s.row([
      bold(p.code),
      labels.processName(p),
      p.team,
      linked(
        percent(result.consolidated.ccl[p.code], result.consolidated.status.ccl[p.code]),
        calc?.("CCL", CONSOLIDATED, p.code),
      ),
      ...offices.map(([o, i]) => linked(percent(i.ccl[p.code], i.status.ccl[p.code]), calc?.("CCL", o, p.code))),
    ]);
  }
  s.blank();

  s.section(L.clsSection);
  s.header([L.clause, "", "", consolidated, ...offices.map(([o]) => o)]);
  const clsFirst = s.nextRow;
  for (const clause of Object.keys(result.consolidated.cls)) {
    s.row([
      bold(L.clauseRow(clause)),
      "",
      "",
      linked(
        percent(result.consolidated.cls[clause], result.consolidated.status.cls[clause]),
        calc?.("CLS", CONSOLIDATED, clause),
      ),
      ...offices.map(([o, i]) => linked(percent(i.cls[clause], i.status.cls[clause]), calc?.("CLS", o, clause))),
    ]);
  }
  const clsLast = s.nextRow - 1;
  s.blank();

  s.section(L.measuresSection);
  s.header([L.measure, "", "", consolidated, ...offices.map(([o]) => o)]);
  s.row([
    bold(labels.scorecard.evidenceCoverage),
    "",
    "",
    linked(percent(result.consolidated.evidenceCoverage), calc?.("COVERAGE", CONSOLIDATED)),
    ...offices.map(([o, i]) => linked(percent(i.evidenceCoverage), calc?.("COVERAGE", o))),
  ]);
  s.row([
    bold(labels.scorecard.taskCompletion),
    "",
    "",
    linked(percent(result.consolidated.taskCompletion), calc?.("TASKS", CONSOLIDATED)),
    ...offices.map(([o, i]) => linked(percent(i.taskCompletion), calc?.("TASKS", o))),
  ]);
  s.blank();

  s.section(L.leadsSection);
  s.header(L.leadsHeader);
  for (const l of result.leaders)
    s.row([
      bold(l.owner),
      l.office,
      l.controls,
      linked(percent(l.compliance), calc?.("LEADER", l.office, l.owner)),
      l.overdueTasks,
    ]);
  if (result.training !== undefined) {
    s.blank();
    trainingTables(s, catalog, result, result.training, labels, calc);
  }

  s.chart({
    kind: "column",
    title: L.clsChart,
    categories: columnRange(0, clsFirst, clsLast),
    series: [
      { name: consolidated, nameCell: { row: clsFirst - 1, col: 3 }, values: columnRange(3, clsFirst, clsLast) },
    ],
    // Last, under the tables, in the page's width (beside them it would shrink the print below
    // 8 pt), where the page has room for it: between the tables it would run over a page break.
    anchor: { row: s.nextRow + 1, col: 0, columns: 2, rows: 16 },
    yAxisTitle: "CLS",
    yMin: 0,
    yMax: 1,
  });
  s.clearCharts();

  // The Name column as wide as the longest process name, so none is cut off.
  const nameWidth = Math.min(60, Math.max(44, ...catalog.processes.map((p) => labels.processName(p).length + 2)));
  return s.build({
    // The training gaps table has six columns, whatever the offices.
    columnWidths: [
      26,
      nameWidth,
      10,
      15,
      ...Array.from({ length: Math.max(offices.length, result.training === undefined ? 0 : 2) }, () => 15),
    ],
    freeze: { rows: headerRow + 1, columns: 2 },
    print: { landscape: true, fitToWidth: true, titleRows: 2 },
  });
}
