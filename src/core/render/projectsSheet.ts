/** Projects: each assessed project with exposure, schedule gap and PRK; PRK per office and its chart. */
import type { ResultSheet } from "./resultSheet";
import type { RenderContext } from "./context";
import { SheetBuilder, bold, columnRange, level, linked, percent, riskCell } from "./sheetBuilder";
import { CONSOLIDATED } from "../model/records";

export function projectsSheet({ result, labels, calc }: RenderContext): ResultSheet {
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
    linked(level(result.consolidated.prk.value, result.consolidated.status.prk), calc?.("PRK", CONSOLIDATED)),
    linked(riskCell(result.consolidated.prk.level, labels.risk), calc?.("PRK", CONSOLIDATED)),
  ]);
  for (const [office, i] of result.byOffice)
    s.row([
      bold(office),
      counts.get(office) ?? 0,
      linked(level(i.prk.value, i.status.prk), calc?.("PRK", office)),
      linked(riskCell(i.prk.level, labels.risk), calc?.("PRK", office)),
    ]);
  const last = s.nextRow - 1;
  s.chart({
    kind: "column",
    title: L.chart,
    categories: columnRange(0, first, last),
    series: [{ name: prkHeader, nameCell: { row: officeHeader, col: 2 }, values: columnRange(2, first, last) }],
    anchor: { row: last + 2, col: 0, columns: 3, rows: 14 },
    yAxisTitle: prkHeader,
    yMin: 0,
    yMax: 3,
  });
  s.clearCharts();

  s.section(L.assessedSection);
  const headerRow = s.header(L.projectHeader);
  for (const p of result.projects) {
    s.row([
      p.office,
      bold(p.id),
      // Wrapped: a long name (the Spanish sample's) takes two lines instead of being cut off by the status.
      { value: p.name, style: { wrap: true } },
      labels.projectStatus[p.status],
      p.exposure,
      riskCell(p.exposureLevel, labels.risk),
      percent(p.plannedProgress),
      percent(p.progress),
      percent(p.gap),
      p.overdue ? labels.yes : labels.no,
      riskCell(p.scheduleLevel, labels.risk),
      linked(riskCell(p.level, labels.risk), calc?.("PRK", p.office, p.id)),
    ]);
  }
  if (result.projects.length === 0) s.row([{ value: L.none, style: { fill: "muted" } }]);

  return s.build({
    // Narrow enough to print one page wide at 8 pt or more (printScale.ts); long headers wrap.
    columnWidths: [14, 12, 38, 12, 10, 14, 12, 10, 13, 10, 14, 10],
    freeze: { rows: headerRow + 1, columns: 2 },
    print: { landscape: true, fitToWidth: true, titleRows: 2 },
  });
}
