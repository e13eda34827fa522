/** Issues: every problem found in the input, where it is and what to do. */
import type { Issue } from "../model/records";
import type { ResultSheet } from "./resultSheet";
import type { ResultLabels } from "../text/labels";
import { SheetBuilder } from "./sheetBuilder";

export function issuesSheet(issues: readonly Issue[], labels: ResultLabels): ResultSheet {
  const L = labels.issues;
  const s = new SheetBuilder(labels.sheets.issues, 7);
  const errors = issues.filter((i) => i.severity === "error").length;
  s.title(L.title, L.subtitle(errors, issues.length - errors));
  const headerRow = s.header(L.header);
  for (const i of issues) {
    s.row([
      { value: labels.severity[i.severity], style: { fill: i.severity === "error" ? "fail" : "warning", bold: true } },
      i.sheet,
      // Centred: right-aligned, a row number would touch the column name beside it.
      { value: i.row, style: { align: "center" } },
      i.column,
      i.cell,
      i.value,
      { value: i.message, style: { wrap: true, verticalAlign: "top" } },
    ]);
  }
  if (issues.length === 0) s.row([{ value: L.none, style: { fill: "success" } }]);
  return s.build({
    // One page wide at 8 pt or more (printScale.ts): a longer message wraps.
    columnWidths: [10, 16, 7, 18, 8, 20, 90],
    freeze: { rows: headerRow + 1, columns: 0 },
    print: { landscape: true, fitToWidth: true, titleRows: headerRow + 1 },
  });
}
