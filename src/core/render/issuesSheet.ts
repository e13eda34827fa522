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
    // A click on the cell (or the row, for a problem of a whole row) goes to it on its input sheet;
    // not to another office's workbook ("[quito.xlsx]Controls", a consolidation's).
    const target = i.cell ?? (i.row !== null ? `A${i.row}` : null);
    const link = target !== null && !i.sheet.startsWith("[") ? { sheet: i.sheet, cell: target } : undefined;
    s.row([
      { value: labels.severity[i.severity], style: { fill: i.severity === "error" ? "fail" : "warning", bold: true } },
      i.sheet,
      // Centred: right-aligned, a row number would touch the column name beside it.
      { value: i.row, style: { align: "center" }, ...(i.cell === null && link ? { link } : {}) },
      i.column,
      i.cell === null ? null : { value: i.cell, ...(link ? { link } : {}) },
      i.value,
      { value: i.message, style: { wrap: true } },
    ]);
  }
  if (issues.length === 0) s.row([{ value: L.none, style: { fill: "success" } }]);
  const filter =
    issues.length > 0 ? { autoFilter: { row0: headerRow, col0: 0, row1: headerRow + issues.length, col1: 6 } } : {};
  return s.build({
    ...filter,
    // One page wide at 8 pt or more (printScale.ts): a longer message wraps.
    columnWidths: [13, 16, 7, 18, 8, 20, 88],
    freeze: { rows: headerRow + 1, columns: 0 },
    // Every cell at the top, as a wrapped message starts: at the bottom, a short cell sat beside
    // its message's last line, which read as the next problem's.
    verticalAlign: "top",
    print: { landscape: true, fitToWidth: true, titleRows: headerRow + 1 },
  });
}
