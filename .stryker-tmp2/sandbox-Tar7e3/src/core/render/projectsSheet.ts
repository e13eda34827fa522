/** Projects: each assessed project with exposure, schedule gap and PRK; PRK per office and its chart. */
// @ts-nocheck

import type { ResultSheet } from "./resultSheet";
import type { RenderContext } from "./context";
import { SheetBuilder, bold, columnRange, level, percent, riskCell } from "./sheetBuilder";

export function projectsSheet({ result, labels }: RenderContext): ResultSheet {
  const L = labels.projects;
  const s = new SheetBuilder(labels.sheets.projects, 12);
  s.title(L.title, L.subtitle);

  s.section(L.byOfficeSection);
  const prkHeader = labels.scorecard.prk;
  const [officeTitle, assessedTitle, levelTitle] = L.officeHeader;
  const officeHeader = s.header([officeTitle, assessedTitle, prkHeader, levelTitle]);
  const first = s.nextRow;
  const counts = new Map<string, number>();
  for (const p of result.projects) counts.set(p.office, (counts.get(p.office) ?? 0) + 1);
  s.row([
    bold(labels.consolidated),
    result.projects.length,
    level(result.consolidated.prk.value, result.consolidated.status.prk),
    riskCell(result.consolidated.prk.level, labels.risk),
  ]);
  for (const [office, i] of result.byOffice)
    s.row([
      bold(office),
      counts.get(office) ?? 0,
      level(i.prk.value, i.status.prk),
      riskCell(i.prk.level, labels.risk),
    ]);
  const last = s.nextRow - 1;
  s.chart({
    kind: "column",
    title: L.chart,
    categories: columnRange(0, first, last),
    series: [{ name: prkHeader, nameCell: { row: officeHeader, col: 2 }, values: columnRange(2, first, last) }],
    anchor: { row: officeHeader, col: 5, columns: 7, rows: 14 },
    yAxisTitle: prkHeader,
    yMin: 0,
    yMax: 3,
  });
  s.blank();
  s.clearCharts();

  s.section(L.assessedSection);
  const headerRow = s.header(L.projectHeader);
  for (const p of result.projects) {
    s.row([
      p.office,
      bold(p.id),
      p.name,
      labels.projectStatus[p.status],
      p.exposure,
      riskCell(p.exposureLevel, labels.risk),
      percent(p.plannedProgress),
      percent(p.progress),
      percent(p.gap),
      p.overdue ? labels.yes : labels.no,
      riskCell(p.scheduleLevel, labels.risk),
      riskCell(p.level, labels.risk),
    ]);
  }
  if (result.projects.length === 0) s.row([{ value: L.none, style: { fill: "muted" } }]);

  return s.build({
    columnWidths: [16, 17, 40, 12, 10, 14, 16, 10, 13, 9, 14, 10],
    freeze: { rows: headerRow + 1, columns: 2 },
    print: { landscape: true, fitToWidth: true, titleRows: 2 },
  });
}
