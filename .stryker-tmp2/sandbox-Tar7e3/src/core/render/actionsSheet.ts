/** Actions: CPA and CIP figures per office, FNC/FCC without a corrective action, overdue items. */
// @ts-nocheck

import { isoFromDay } from "../model/days";
import type { ResultSheet } from "./resultSheet";
import type { RenderContext } from "./context";
import { SheetBuilder, bold, percent } from "./sheetBuilder";

export function actionsSheet({ result, labels }: RenderContext): ResultSheet {
  const L = labels.actions;
  const s = new SheetBuilder(labels.sheets.actions, 10);
  s.title(L.title, labels.asOf(isoFromDay(result.asOf)));

  s.section(L.byOfficeSection);
  const headerRow = s.header(L.header);
  for (const c of result.corrective) {
    s.row([
      bold(c.office),
      c.open,
      { value: c.overdue, style: c.overdue > 0 ? { fill: "fail" } : {} },
      c.closed,
      percent(c.onTimeRate),
      percent(c.effectiveRate),
      c.plans.Planned,
      c.plans["In progress"],
      c.plans.Done,
      { value: c.overduePlans, style: c.overduePlans > 0 ? { fill: "fail" } : {} },
    ]);
  }
  s.blank();

  s.section(L.unactionedSection);
  s.header(L.unactionedHeader);
  for (const u of result.unactionedFindings)
    s.row([u.office, bold(u.findingId), u.auditId, { value: u.type, style: { fill: "fail", bold: true } }]);
  if (result.unactionedFindings.length === 0) s.row([{ value: L.allActioned, style: { fill: "success" } }]);
  s.blank();

  s.section(L.overdueSection);
  s.header(L.overdueHeader);
  for (const o of result.overdue)
    s.row([o.office, labels.overdueKind[o.kind], bold(o.id), { value: isoFromDay(o.due), style: { fill: "fail" } }]);
  if (result.overdue.length === 0) s.row([{ value: L.nothingOverdue, style: { fill: "success" } }]);

  return s.build({
    columnWidths: [18, 18, 16, 14, 14, 12, 14, 16, 12, 14],
    freeze: { rows: headerRow + 1, columns: 1 },
    print: { landscape: true, fitToWidth: true, titleRows: 2 },
  });
}
