/** Compliance: CCL per process x office (heat map), CLS per clause, coverage, completion, per-leader table. */
// @ts-nocheck

import { isoFromDay } from "../model/days";
import type { ResultSheet } from "./resultSheet";
import type { RenderContext } from "./context";
import { SheetBuilder, bold, columnRange, percent } from "./sheetBuilder";
import { trainingTables } from "./trainingTables";

export function complianceSheet({ result, catalog, labels }: RenderContext): ResultSheet {
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
      percent(result.consolidated.ccl[p.code], result.consolidated.status.ccl[p.code]),
      ...offices.map(([, i]) => percent(i.ccl[p.code], i.status.ccl[p.code])),
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
      percent(result.consolidated.cls[clause], result.consolidated.status.cls[clause]),
      ...offices.map(([, i]) => percent(i.cls[clause], i.status.cls[clause])),
    ]);
  }
  const clsLast = s.nextRow - 1;
  s.chart({
    kind: "column",
    title: L.clsChart,
    categories: columnRange(0, clsFirst, clsLast),
    series: [
      { name: consolidated, nameCell: { row: clsFirst - 1, col: 3 }, values: columnRange(3, clsFirst, clsLast) },
    ],
    anchor: { row: headerRow, col: 5 + offices.length, columns: 7, rows: 16 },
    yAxisTitle: "CLS",
    yMin: 0,
    yMax: 1,
  });
  s.blank();

  s.section(L.measuresSection);
  s.header([L.measure, "", "", consolidated, ...offices.map(([o]) => o)]);
  s.row([
    bold(labels.scorecard.evidenceCoverage),
    "",
    "",
    percent(result.consolidated.evidenceCoverage),
    ...offices.map(([, i]) => percent(i.evidenceCoverage)),
  ]);
  s.row([
    bold(labels.scorecard.taskCompletion),
    "",
    "",
    percent(result.consolidated.taskCompletion),
    ...offices.map(([, i]) => percent(i.taskCompletion)),
  ]);
  s.blank();

  s.section(L.leadsSection);
  s.header(L.leadsHeader);
  for (const l of result.leaders) s.row([bold(l.owner), l.office, l.controls, percent(l.compliance), l.overdueTasks]);
  if (result.training !== undefined) {
    s.blank();
    trainingTables(s, catalog, result, result.training, labels);
  }

  return s.build({
    // The training gaps table has six columns, whatever the offices.
    columnWidths: [
      26,
      44,
      10,
      15,
      ...Array.from({ length: Math.max(offices.length, result.training === undefined ? 0 : 2) }, () => 15),
    ],
    freeze: { rows: headerRow + 1, columns: 2 },
    print: { landscape: true, fitToWidth: true, titleRows: 2 },
  });
}
