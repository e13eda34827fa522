/**
 * The sheet a workbook opens on: workbook.xml's first `<workbookView activeTab>` names its index,
 * and that sheet alone has `tabSelected` in its `<sheetView>` (two selected tabs are a sheet group,
 * where one typed value would land on every grouped sheet). This product's other sheets lose their
 * `tabSelected`; input sheets are never edited, so writeWorkbook.ts opens on the Scorecard only
 * when none of them is selected.
 */
import type { TextEdits } from "../opc/opc";
import type { WorkbookPart } from "./workbookPart";
import type { ZipPackage } from "../zip/zipPackage";

const WORKBOOK_VIEW = /<((?:[A-Za-z_][\w.-]*:)?)workbookView\b[^>]*?(\/?)>/;
const ACTIVE_TAB = /\sactiveTab\s*=\s*("[^"]*"|'[^']*')/;
const SELECTED_VIEW = /(<(?:[A-Za-z_][\w.-]*:)?sheetView\b[^>]*?)\s+tabSelected\s*=\s*("[^"]*"|'[^']*')/g;

/**
 * A worksheet part's first 4,096 characters, where its sheetViews are (before the cells), inflating
 * only that start: a large sheet is not read whole to look at its tab.
 */
export const sheetViewsStart = (pkg: ZipPackage, part: string): string => pkg.headText(part, 4096) ?? "";

/** Points workbook.xml's view at sheet `index` (0-based, in the order of `<sheets>`). */
export function setActiveTab(wb: WorkbookPart, edits: TextEdits, index: number): void {
  const view = WORKBOOK_VIEW.exec(wb.text);
  if (view === null) {
    // No <bookViews>: it comes right before <sheets> (CT_Workbook).
    const at = (wb.sheetsElement as { start: number }).start;
    edits.insert(at, `<${wb.prefix}bookViews><${wb.prefix}workbookView activeTab="${index}"/></${wb.prefix}bookViews>`);
    return;
  }
  const tag = view[0];
  const next = ACTIVE_TAB.test(tag)
    ? tag.replace(ACTIVE_TAB, ` activeTab="${index}"`)
    : tag.replace(/^<[^\s/>]+/, (name) => `${name} activeTab="${index}"`);
  edits.replace(view.index, view.index + tag.length, next);
}

/** Removes `tabSelected` from the sheet parts (worksheets, chart sheets) other than `keep` (already written, so taken as they are now). */
export function unselectOtherSheets(
  pkg: ZipPackage,
  wb: WorkbookPart,
  keep: string | null,
  editable: (sheet: WorkbookPart["sheets"][number]) => boolean,
): void {
  for (const sheet of wb.sheets) {
    if (sheet.part === null || sheet.part === keep || sheet.kind === "other" || !editable(sheet)) continue;
    if (!pkg.find(sheet.part)) continue;
    // Only a sheet whose view is selected is read whole: a large result sheet just written is then
    // neither inflated nor compressed again.
    if (!sheetViewsStart(pkg, sheet.part).includes("tabSelected")) continue;
    const xml = pkg.getText(sheet.part);
    if (typeof xml !== "string" || !xml.includes("tabSelected")) continue;
    const next = xml.replace(SELECTED_VIEW, "$1");
    if (next !== xml) pkg.set(sheet.part, next);
  }
}
