/**
 * Whether a sheet is one this product wrote: it carries the hidden defined name marker, or (when
 * a tool that re-saved the workbook dropped hidden names, as ExcelJS does) the even-page footer
 * mark every result sheet is written with. Either alone is enough; a user's own sheet has neither.
 */
// @ts-nocheck

import { OWNED_SHEET_FOOTER_WORDS } from "../../../core/render/resultSheet";
import { RESULT_SHEET_NAMES } from "../../../core/text/labels";
import { decodeEntities } from "../xml/xmlReader";
import type { ZipPackage } from "../zip/zipPackage";
import { isOwnedSheet, type WorkbookPart, type WorkbookSheet } from "./workbookPart";

const EVEN_FOOTER = /<(?:[A-Za-z_][\w.-]*:)?evenFooter\b[^>]*>([^<]*)</g;

/** The sheet part's even footer holds the mark (headerFooter comes after the cells: only the tail is searched). */
export function hasFooterMark(sheetXml: string): boolean {
  const from = Math.max(0, sheetXml.lastIndexOf("sheetData>"));
  EVEN_FOOTER.lastIndex = from;
  for (let m = EVEN_FOOTER.exec(sheetXml); m !== null; m = EVEN_FOOTER.exec(sheetXml)) {
    if (decodeEntities(m[1]).includes(OWNED_SHEET_FOOTER_WORDS)) return true;
  }
  return false;
}

const RESULT_NAMES = new Set(
  Object.values(RESULT_SHEET_NAMES).flatMap((names) => Object.values(names).map((n) => n.trim().toLowerCase())),
);

/**
 * Whether `sheet` is this product's. The footer is looked for only on sheets named as a result
 * sheet (in any language): those are the only ones a run may replace, and other sheets can be large.
 */
export function isProductSheet(pkg: ZipPackage, wb: WorkbookPart, sheet: WorkbookSheet): boolean {
  if (isOwnedSheet(wb, sheet)) return true;
  if (sheet.kind !== "worksheet" || !sheet.part || !RESULT_NAMES.has(sheet.name.trim().toLowerCase())) return false;
  const text = pkg.getText(sheet.part);
  return text !== undefined && hasFooterMark(text);
}
