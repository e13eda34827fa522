/** Actions: CPA and CIP figures per office, FNC/FCC without a corrective action, overdue items. */
import { isoFromDay } from "../days";
import type { ResultSheet } from "./resultSheet";
import type { RenderContext } from "./context";
import { RESULT_SHEETS } from "./labels";
import { SheetBuilder, bold, percent } from "./sheetBuilder";

export function actionsSheet({ result }: RenderContext): ResultSheet {
  const s = new SheetBuilder(RESULT_SHEETS.actions, 10);
  s.title("Corrective and preventive actions (CPA) and improvement plans (CIP)", `As of ${isoFromDay(result.asOf)}`);

  s.section("CPA and CIP by office");
  const headerRow = s.header([
    "Office",
    "Open actions",
    "Overdue actions",
    "Closed actions",
    "Closed on time",
    "Effective",
    "Plans planned",
    "Plans in progress",
    "Plans done",
    "Overdue plans",
  ]);
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

  s.section("Non-conformities without a corrective action");
  s.header(["Office", "Finding", "Audit", "Type"]);
  for (const u of result.unactionedFindings) s.row([u.office, bold(u.findingId), u.auditId, { value: u.type, style: { fill: "fail", bold: true } }]);
  if (result.unactionedFindings.length === 0) s.row([{ value: "Every FNC and FCC has a corrective action.", style: { fill: "success" } }]);
  s.blank();

  s.section("Overdue items");
  s.header(["Office", "Item", "ID", "Due date"]);
  for (const o of result.overdue) s.row([o.office, o.kind, bold(o.id), { value: isoFromDay(o.due), style: { fill: "fail" } }]);
  if (result.overdue.length === 0) s.row([{ value: "Nothing is overdue.", style: { fill: "success" } }]);

  return s.build({
    columnWidths: [18, 18, 16, 14, 14, 12, 14, 16, 12, 14],
    freeze: { rows: headerRow + 1, columns: 1 },
    print: { landscape: true, fitToWidth: true, titleRows: 2 },
  });
}
