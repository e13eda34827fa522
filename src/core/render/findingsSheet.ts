/** Findings: mean findings per audit by type and campaign against objective (Table 4), Audit LVL (Table 5). */
import { FINDING_TYPES, type FindingType } from "../model/records";
import { FINDING_OBJECTIVES } from "../engine/status";
import type { ObjectiveLimit, ResultSheet } from "./resultSheet";
import type { RenderContext } from "./context";
import { SheetBuilder, bold, columnRange, level, linked } from "./sheetBuilder";

/** The numeric limit each objective names (framework.md section 7), charted over the campaigns: FGP's is a floor. */
const OBJECTIVE_LIMIT: Readonly<Record<FindingType, { readonly limit: ObjectiveLimit; readonly value: number }>> = {
  FGP: { limit: "minimum", value: 1 },
  FOP: { limit: "maximum", value: 5 },
  FOB: { limit: "maximum", value: 5 },
  FNC: { limit: "maximum", value: 5 },
  FCC: { limit: "maximum", value: 0 },
};

export function findingsSheet({ result, labels, calc }: RenderContext): ResultSheet {
  const L = labels.findings;
  const campaigns = result.campaigns;
  const s = new SheetBuilder(labels.sheets.findings, 4 + campaigns.length);
  s.title(L.title, L.subtitle);

  s.section(L.perAuditSection);
  const headerRow = s.header([
    ...L.header,
    ...campaigns.map((c) => c.name),
    L.objective,
    L.objectiveMinimum,
    L.objectiveMaximum,
  ]);
  const first = s.nextRow;
  for (const t of FINDING_TYPES) {
    s.row([
      bold(t),
      labels.findingNames[t],
      ...campaigns.map((c) => linked(level(c.findings[t], c.status[t]), calc?.("FINDINGS", "", t, c.name))),
      // Right-aligned as the numbers beside it, so that neither touches the other.
      { value: FINDING_OBJECTIVES[t].text, style: { align: "right" } },
      OBJECTIVE_LIMIT[t].limit === "minimum" ? OBJECTIVE_LIMIT[t].value : null,
      OBJECTIVE_LIMIT[t].limit === "maximum" ? OBJECTIVE_LIMIT[t].value : null,
    ]);
  }
  const last = s.nextRow - 1;
  const minimumCol = 3 + campaigns.length;
  s.blank();

  s.section(L.levelSection);
  s.header([L.variable, "", ...campaigns.map((c) => c.name), L.objective]);
  const auditLines = (c: (typeof campaigns)[number]) => calc?.("ALVL", "", "", c.name);
  s.row([
    bold(labels.auditLevel),
    L.meanLevel,
    ...campaigns.map((c) => linked(level(c.auditLevel, c.status.auditLevel), auditLines(c))),
    { value: ">= 4", style: { align: "right" } },
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
          name: L.objectiveMinimum,
          nameCell: { row: headerRow, col: minimumCol },
          values: columnRange(minimumCol, first, last),
          limit: "minimum" as const,
        },
        {
          name: L.objectiveMaximum,
          nameCell: { row: headerRow, col: minimumCol + 1 },
          values: columnRange(minimumCol + 1, first, last),
          limit: "maximum" as const,
        },
      ],
      // Under the tables, across them: the sheet prints portrait, one page wide, at 8 pt or more.
      anchor: { row: s.nextRow + 1, col: 0, columns: minimumCol + 2, rows: 18 },
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
      11,
      12,
      12,
    ],
    freeze: { rows: headerRow + 1, columns: 2 },
    print: { landscape: false, fitToWidth: true, titleRows: 2 },
  });
}
