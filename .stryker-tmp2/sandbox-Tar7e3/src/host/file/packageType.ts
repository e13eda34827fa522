/**
 * The kind of spreadsheet package a workbook is, from the content type of its workbook part:
 * a result written into it keeps that kind, so its file needs the same extension (Excel refuses
 * a macro-enabled package named .xlsx).
 */
// @ts-nocheck

import { CONTENT_TYPES_PART, contentTypeOf, parseContentTypes, requireText } from "./opc/opc";
import { findWorkbookPartName } from "./parts/workbookPart";
import { ZipPackage } from "./zip/zipPackage";

export type WorkbookExtension = ".xlsx" | ".xlsm" | ".xltx" | ".xltm";

const EXTENSIONS: ReadonlyMap<string, WorkbookExtension> = new Map([
  ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", ".xlsx"],
  ["application/vnd.ms-excel.sheet.macroenabled.main+xml", ".xlsm"],
  ["application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml", ".xltx"],
  ["application/vnd.ms-excel.template.macroenabled.main+xml", ".xltm"],
]);

/** What each kind is called in a message. */
export const EXTENSION_NAMES: Readonly<Record<WorkbookExtension, string>> = {
  ".xlsx": "an Excel workbook",
  ".xlsm": "a macro-enabled workbook",
  ".xltx": "an Excel template",
  ".xltm": "a macro-enabled template",
};

/** The file extension of the package's kind (".xlsx" when its workbook part's type is not one of the four). */
export function workbookExtension(bytes: Uint8Array): WorkbookExtension {
  const pkg = ZipPackage.open(bytes);
  const types = parseContentTypes(requireText(pkg, pkg.find(CONTENT_TYPES_PART) ?? CONTENT_TYPES_PART));
  const type = contentTypeOf(types, findWorkbookPartName(pkg)) ?? "";
  return EXTENSIONS.get(type.trim().toLowerCase()) ?? ".xlsx";
}
