/** Maturity: assessed ML(N) per campaign (the paper's Table 3) and derived ML(N) per office. */
import type { ResultSheet } from "./resultSheet";
import type { RenderContext } from "./context";
import { CONSOLIDATED_LABEL, RESULT_SHEETS } from "./labels";
import { SheetBuilder, bold, columnRange, level, statusCell } from "./sheetBuilder";
import { levelObjectiveStatus, maturityLevelStatus } from "../engine/status";

export function maturitySheet({ result, catalog }: RenderContext): ResultSheet {
  const campaigns = result.campaigns;
  const offices = [...result.byOffice];
  const s = new SheetBuilder(RESULT_SHEETS.maturity, 2 + Math.max(campaigns.length, offices.length + 1));
  s.title("Process maturity", "Assessed ML(N): mean audit rating per process and campaign · level = the average rounded down");

  s.section("Assessed maturity by campaign (Table 3)");
  const headerRow = s.header(["Process", "Name", ...campaigns.map((c) => c.name)]);
  const first = s.nextRow;
  for (const p of catalog.processes) {
    s.row([bold(`ML(${p.code})`), p.name, ...campaigns.map((c) => level(c.maturity.byProcess[p.code], c.status.byProcess[p.code]))]);
  }
  const last = s.nextRow - 1;
  s.row([bold("AVERAGE"), "", ...campaigns.map((c) => level(c.maturity.average))]);
  s.row([bold("MATURITY LEVEL"), "", ...campaigns.map((c) => ({ value: c.maturity.level ?? "n/a", style: { bold: true } }))]);
  s.row([bold("Status"), "level >= 4 Success, <= 2 Fail", ...campaigns.map((c) => statusCell(c.status.maturity))]);
  if (campaigns.length > 0) {
    s.chart({
      kind: "column",
      title: "Process maturity by campaign",
      categories: columnRange(0, first, last),
      series: campaigns.map((c, k) => ({ name: c.name, nameCell: { row: headerRow, col: 2 + k }, values: columnRange(2 + k, first, last) })),
      anchor: { row: headerRow, col: 3 + campaigns.length, columns: 9, rows: 20 },
      yAxisTitle: "Maturity level",
      yMin: 0,
      yMax: 5,
    });
  }
  s.blank();
  // The derived table may be wider than the campaigns': it starts below the chart.
  if (offices.length + 1 > campaigns.length) s.clearCharts();

  s.section("Derived maturity by office (activity ladder)");
  s.header(["Process", "Name", CONSOLIDATED_LABEL, ...offices.map(([o]) => o)]);
  for (const p of catalog.processes) {
    const consolidated = result.consolidated.derivedMaturity.byProcess[p.code];
    s.row([
      bold(`ML(${p.code})`),
      p.name,
      level(consolidated, levelObjectiveStatus(consolidated)),
      ...offices.map(([, i]) => level(i.derivedMaturity.byProcess[p.code], levelObjectiveStatus(i.derivedMaturity.byProcess[p.code]))),
    ]);
  }
  const views = [result.consolidated, ...offices.map(([, i]) => i)];
  s.row([bold("AVERAGE"), "", ...views.map((i) => level(i.derivedMaturity.average))]);
  s.row([bold("MATURITY LEVEL"), "", ...views.map((i) => ({ value: i.derivedMaturity.level ?? "n/a", style: { bold: true } }))]);
  s.row([bold("Status"), "level >= 4 Success, <= 2 Fail", ...views.map((i) => statusCell(maturityLevelStatus(i.derivedMaturity.level)))]);

  return s.build({
    columnWidths: [12, 44, ...Array.from({ length: Math.max(campaigns.length, offices.length + 1) }, () => 14)],
    freeze: { rows: headerRow + 1, columns: 2 },
    print: { landscape: true, fitToWidth: true, titleRows: 2 },
  });
}
