/** Compliance: CCL per process x office (heat map), CLS per clause, coverage, completion, per-leader table. */
import { isoFromDay } from "../days";
import type { ResultSheet } from "./resultSheet";
import type { RenderContext } from "./context";
import { CONSOLIDATED_LABEL, RESULT_SHEETS } from "./labels";
import { SheetBuilder, bold, columnRange, percent } from "./sheetBuilder";

export function complianceSheet({ result, catalog }: RenderContext): ResultSheet {
  const offices = [...result.byOffice];
  const s = new SheetBuilder(RESULT_SHEETS.compliance, 4 + offices.length);
  s.title("Control compliance", `As of ${isoFromDay(result.asOf)} · weighted score of applicable controls; a claim without valid evidence counts 0`);

  s.section("CCL(N) by process and office");
  const headerRow = s.header(["Process", "Name", "Team", CONSOLIDATED_LABEL, ...offices.map(([o]) => o)]);
  for (const p of catalog.processes) {
    s.row([
      bold(p.code),
      p.name,
      p.team,
      percent(result.consolidated.ccl[p.code], result.consolidated.status.ccl[p.code]),
      ...offices.map(([, i]) => percent(i.ccl[p.code], i.status.ccl[p.code])),
    ]);
  }
  s.blank();

  s.section("CLS(X) by clause");
  s.header(["Clause", "", "", CONSOLIDATED_LABEL, ...offices.map(([o]) => o)]);
  const clsFirst = s.nextRow;
  for (const clause of Object.keys(result.consolidated.cls)) {
    s.row([
      bold(`Clause ${clause}`),
      "",
      "",
      percent(result.consolidated.cls[clause], result.consolidated.status.cls[clause]),
      ...offices.map(([, i]) => percent(i.cls[clause], i.status.cls[clause])),
    ]);
  }
  const clsLast = s.nextRow - 1;
  s.chart({
    kind: "column",
    title: "CLS by clause (consolidated)",
    categories: columnRange(0, clsFirst, clsLast),
    series: [{ name: CONSOLIDATED_LABEL, nameCell: { row: clsFirst - 1, col: 3 }, values: columnRange(3, clsFirst, clsLast) }],
    anchor: { row: headerRow, col: 5 + offices.length, columns: 7, rows: 16 },
    yAxisTitle: "CLS",
    yMin: 0,
    yMax: 1,
  });
  s.blank();

  s.section("Evidence and tasks");
  s.header(["Measure", "", "", CONSOLIDATED_LABEL, ...offices.map(([o]) => o)]);
  s.row([bold("Evidence coverage"), "", "", percent(result.consolidated.evidenceCoverage), ...offices.map(([, i]) => percent(i.evidenceCoverage))]);
  s.row([bold("Task completion"), "", "", percent(result.consolidated.taskCompletion), ...offices.map(([, i]) => percent(i.taskCompletion))]);
  s.blank();

  s.section("Process leads: controls they own");
  s.header(["Owner", "Office", "Controls", "Compliance", "Overdue tasks"]);
  for (const l of result.leaders) s.row([bold(l.owner), l.office, l.controls, percent(l.compliance), l.overdueTasks]);

  return s.build({
    columnWidths: [26, 44, 10, 15, ...offices.map(() => 15)],
    freeze: { rows: headerRow + 1, columns: 2 },
    print: { landscape: true, fitToWidth: true, titleRows: 2 },
  });
}
