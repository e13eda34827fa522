/** Findings: mean findings per audit by type and campaign against objective (Table 4), Audit LVL (Table 5). */
import { FINDING_TYPES } from "../model/records";
import { FINDING_OBJECTIVES } from "../engine/status";
import { REFERENCE_SERIES_COLOR, type ResultSheet } from "./resultSheet";
import type { RenderContext } from "./context";
import { SheetBuilder, bold, columnRange, level, linked } from "./sheetBuilder";

/** The numeric limit each objective names, charted beside the campaigns. */
const OBJECTIVE_LIMIT = { FGP: 1, FOP: 5, FOB: 5, FNC: 5, FCC: 0 } as const;

export function findingsSheet({ result, labels, calc }: RenderContext): ResultSheet {
  const L = labels.findings;
  const campaigns = result.campaigns;
  const s = new SheetBuilder(labels.sheets.findings, 4 + campaigns.length);
  s.title(L.title, L.subtitle);

  s.section(L.perAuditSection);
  const headerRow = s.header([...L.header, ...campaigns.map((c) => c.name), L.objective, L.objectiveLimit]);
  const first = s.nextRow;
  for (const t of FINDING_TYPES) {
    s.row([
      bold(t),
      labels.findingNames[t],
      ...campaigns.map((c) => linked(level(c.findings[t], c.status[t]), calc?.("FINDINGS", "", t, c.name))),
      FINDING_OBJECTIVES[t].text,
      OBJECTIVE_LIMIT[t],
    ]);
  }
  const last = s.nextRow - 1;
  const limitCol = 3 + campaigns.length;
  s.blank();

  s.section(L.levelSection);
  s.header([L.variable, "", ...campaigns.map((c) => c.name), L.objective]);
  const auditLines = (c: (typeof campaigns)[number]) => calc?.("ALVL", "", "", c.name);
  s.row([
    bold(labels.auditLevel),
    L.meanLevel,
    ...campaigns.map((c) => linked(level(c.auditLevel, c.status.auditLevel), auditLines(c))),
    ">= 4",
  ]);
  s.row([bold(L.audits), L.inCampaign, ...campaigns.map((c) => linked(c.audits, auditLines(c))), ""]);
  if (campaigns.length > 0) {
    s.chart({
      kind: "column",
      title: L.chart,
      categories: columnRange(0, first, last),
      series: [
        ...campaigns.map((c, k) => ({
          name: c.name,
          nameCell: { row: headerRow, col: 2 + k },
          values: columnRange(2 + k, first, last),
        })),
        {
          name: L.objectiveLimit,
          nameCell: { row: headerRow, col: limitCol },
          values: columnRange(limitCol, first, last),
          color: REFERENCE_SERIES_COLOR,
        },
      ],
      // Under the tables, across them: the sheet prints portrait, one page wide, at 8 pt or more.
      anchor: { row: s.nextRow + 1, col: 0, columns: limitCol + 1, rows: 18 },
      yAxisTitle: L.axis,
      yMin: 0,
    });
  }
  s.clearCharts();

  return s.build({
    columnWidths: [
      Math.max(12, labels.auditLevel.length + 3, L.audits.length + 3),
      32,
      ...campaigns.map(() => 14),
      12,
      14,
    ],
    freeze: { rows: headerRow + 1, columns: 2 },
    print: { landscape: false, fitToWidth: true, titleRows: 2 },
  });
}
