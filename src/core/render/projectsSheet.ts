/** Projects: each assessed project with exposure, schedule gap and PRK; PRK per office and its chart. */
import type { RiskLevel } from "../engine/status";
import { riskStatus } from "../engine/status";
import type { ResultSheet } from "./resultSheet";
import type { RenderContext } from "./context";
import { CONSOLIDATED_LABEL, RESULT_SHEETS } from "./labels";
import { type CellInput, SheetBuilder, bold, columnRange, level, percent, statusFill } from "./sheetBuilder";

const levelCell = (l: RiskLevel | null): CellInput =>
  l === null ? { value: "n/a", style: { fill: "muted" } } : { value: l, style: { fill: statusFill(riskStatus(l)), bold: true } };

export function projectsSheet({ result }: RenderContext): ResultSheet {
  const s = new SheetBuilder(RESULT_SHEETS.projects, 12);
  s.title("Project risk (PRK)", "Planned and Active projects · PRK = the higher of exposure (likelihood x impact of open risks) and schedule");

  s.section("PRK by office");
  const prkHeader = "PRK (1 LOW - 3 HIGH)";
  const officeHeader = s.header(["Office", "Projects assessed", prkHeader, "PRK level"]);
  const first = s.nextRow;
  const counts = new Map<string, number>();
  for (const p of result.projects) counts.set(p.office, (counts.get(p.office) ?? 0) + 1);
  s.row([bold(CONSOLIDATED_LABEL), result.projects.length, level(result.consolidated.prk.value, result.consolidated.status.prk), levelCell(result.consolidated.prk.level)]);
  for (const [office, i] of result.byOffice) s.row([bold(office), counts.get(office) ?? 0, level(i.prk.value, i.status.prk), levelCell(i.prk.level)]);
  const last = s.nextRow - 1;
  s.chart({
    kind: "column",
    title: "Project risk by office",
    categories: columnRange(0, first, last),
    series: [{ name: prkHeader, nameCell: { row: officeHeader, col: 2 }, values: columnRange(2, first, last) }],
    anchor: { row: officeHeader, col: 5, columns: 7, rows: 14 },
    yAxisTitle: prkHeader,
    yMin: 0,
    yMax: 3,
  });
  s.blank();
  s.clearCharts();

  s.section("Assessed projects");
  const headerRow = s.header([
    "Office",
    "Project",
    "Name",
    "Status",
    "Exposure",
    "Exposure level",
    "Planned progress",
    "Progress",
    "Schedule gap",
    "Past due",
    "Schedule level",
    "PRK",
  ]);
  for (const p of result.projects) {
    s.row([
      p.office,
      bold(p.id),
      p.name,
      p.status,
      p.exposure,
      levelCell(p.exposureLevel),
      percent(p.plannedProgress),
      percent(p.progress),
      percent(p.gap),
      p.overdue ? "Yes" : "No",
      levelCell(p.scheduleLevel),
      levelCell(p.level),
    ]);
  }
  if (result.projects.length === 0) s.row([{ value: "No Planned or Active project.", style: { fill: "muted" } }]);

  return s.build({
    columnWidths: [16, 17, 40, 12, 10, 14, 16, 10, 13, 9, 14, 10],
    freeze: { rows: headerRow + 1, columns: 2 },
    print: { landscape: true, fitToWidth: true, titleRows: 2 },
  });
}
