/** Maturity: assessed ML(N) per campaign (the paper's Table 3) and derived ML(N) per office. */
import type { ResultSheet } from "./resultSheet";
import type { RenderContext } from "./context";
import { SheetBuilder, bold, columnRange, level, linked, notAvailable, statusCell } from "./sheetBuilder";
import { CONSOLIDATED } from "../model/records";
import { levelObjectiveStatus, maturityLevelStatus } from "../engine/status";
import { PROFILE_COLUMNS, capabilityTable, profileTable, ratedCampaigns } from "./capabilityTables";

export function maturitySheet({ result, catalog, labels, calc }: RenderContext): ResultSheet {
  const L = labels.maturity;
  const [processHeader, nameHeader] = labels.compliance.processHeader;
  const campaigns = result.campaigns;
  const offices = [...result.byOffice];
  const s = new SheetBuilder(labels.sheets.maturity, 2 + Math.max(campaigns.length, offices.length + 1));
  s.title(L.title, L.subtitle);

  s.section(L.assessedSection);
  const headerRow = s.header([processHeader, nameHeader, ...campaigns.map((c) => c.name)]);
  const first = s.nextRow;
  for (const p of catalog.processes) {
    s.row([
      bold(`ML(${p.code})`),
      labels.processName(p),
      ...campaigns.map((c) =>
        linked(level(c.maturity.byProcess[p.code], c.status.byProcess[p.code]), calc?.("AML", "", p.code, c.name)),
      ),
    ]);
  }
  const last = s.nextRow - 1;
  const campaignAverage = (c: (typeof campaigns)[number]) => calc?.("AML_AVG", "", "", c.name);
  s.row([bold(L.average), "", ...campaigns.map((c) => linked(level(c.maturity.average), campaignAverage(c)))]);
  s.row([
    bold(L.level),
    "",
    ...campaigns.map((c) =>
      linked(c.maturity.level === null ? notAvailable({ bold: true }) : bold(c.maturity.level), campaignAverage(c)),
    ),
  ]);
  s.row([bold(L.statusRow), L.statusRule, ...campaigns.map((c) => statusCell(c.status.maturity, labels.status))]);
  if (campaigns.length > 0) {
    s.chart({
      kind: "column",
      title: L.chart,
      categories: columnRange(0, first, last),
      series: campaigns.map((c, k) => ({
        name: c.name,
        nameCell: { row: headerRow, col: 2 + k },
        values: columnRange(2 + k, first, last),
      })),
      // Under the table, in the page's width: beside it the print would shrink below 8 pt.
      anchor: { row: last + 5, col: 0, columns: 2 + campaigns.length, rows: 18 },
      yAxisTitle: L.axis,
      yMin: 0,
      yMax: 5,
    });
  }
  s.clearCharts();

  s.section(L.derivedSection);
  s.header([processHeader, nameHeader, labels.consolidated, ...offices.map(([o]) => o)]);
  for (const p of catalog.processes) {
    const consolidated = result.consolidated.derivedMaturity.byProcess[p.code];
    s.row([
      bold(`ML(${p.code})`),
      labels.processName(p),
      linked(level(consolidated, levelObjectiveStatus(consolidated)), calc?.("DML", CONSOLIDATED, p.code)),
      ...offices.map(([o, i]) =>
        linked(
          level(i.derivedMaturity.byProcess[p.code], levelObjectiveStatus(i.derivedMaturity.byProcess[p.code])),
          calc?.("DML", o, p.code),
        ),
      ),
    ]);
  }
  const views = [result.consolidated, ...offices.map(([, i]) => i)];
  const viewLink = (k: number) => calc?.("DML_AVG", k === 0 ? CONSOLIDATED : offices[k - 1][0]);
  s.row([bold(L.average), "", ...views.map((i, k) => linked(level(i.derivedMaturity.average), viewLink(k)))]);
  s.row([
    bold(L.level),
    "",
    ...views.map((i, k) =>
      linked(
        i.derivedMaturity.level === null ? notAvailable({ bold: true }) : bold(i.derivedMaturity.level),
        viewLink(k),
      ),
    ),
  ]);
  s.row([
    bold(L.statusRow),
    L.statusRule,
    ...views.map((i) => statusCell(maturityLevelStatus(i.derivedMaturity.level), labels.status)),
  ]);

  // Process attributes: below everything else, so that a workbook without them keeps its layout.
  const rated = ratedCampaigns(campaigns);
  if (rated.length > 0) {
    s.blank();
    s.clearCharts();
    capabilityTable(s, catalog, rated, labels, calc);
    for (const campaign of rated) profileTable(s, catalog, campaign, labels, calc);
  }
  const valueColumns = Math.max(
    campaigns.length,
    offices.length + 1,
    rated.length === 0 ? 0 : Math.max(3 * rated.length, PROFILE_COLUMNS - 2),
  );

  return s.build({
    // The profile's nine attribute columns share the value columns, wide enough for a status word
    // (Advertencia); the sheet prints at 73 %, two pages wide, its label columns on each (printScale.ts).
    columnWidths: [
      12,
      44,
      ...Array.from({ length: valueColumns }, (_, i) => (rated.length === 0 || i === 0 ? 14 : 13)),
    ],
    freeze: { rows: headerRow + 1, columns: 2 },
    // Portrait: the campaigns' table and its chart under it fill the first page; the process
    // profiles' sixteen columns need landscape (and, at 8 pt, two pages wide: printScale.ts).
    print: { landscape: rated.length > 0, fitToWidth: true, titleRows: 2 },
  });
}
