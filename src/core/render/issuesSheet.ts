/** Issues: every problem found in the input, where it is and what to do. */
import type { Issue } from "../records";
import type { ResultSheet } from "./resultSheet";
import { RESULT_SHEETS } from "./labels";
import { SheetBuilder } from "./sheetBuilder";

export function issuesSheet(issues: readonly Issue[]): ResultSheet {
  const s = new SheetBuilder(RESULT_SHEETS.issues, 7);
  const errors = issues.filter((i) => i.severity === "error").length;
  s.title("Problems found in the input", `${errors} error(s): rows skipped · ${issues.length - errors} warning(s): values used or left out as said`);
  const headerRow = s.header(["Severity", "Sheet", "Row", "Column", "Cell", "Value", "Message"]);
  for (const i of issues) {
    s.row([
      { value: i.severity, style: { fill: i.severity === "error" ? "fail" : "warning", bold: true } },
      i.sheet,
      i.row,
      i.column,
      i.cell,
      i.value,
      i.message,
    ]);
  }
  if (issues.length === 0) s.row([{ value: "No problems found.", style: { fill: "success" } }]);
  return s.build({
    columnWidths: [10, 18, 7, 18, 8, 24, 100],
    freeze: { rows: headerRow + 1, columns: 0 },
    print: { landscape: true, fitToWidth: true, titleRows: headerRow + 1 },
  });
}
