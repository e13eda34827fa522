/**
 * The .xlsx file host: reads the cell grids of a workbook and writes result sheets into it by
 * patching its package, so that nothing else of the user's workbook changes.
 */
export {
  readWorkbook,
  type ReadWorkbook,
  type ReadWorkbookOptions,
  type SheetInfo,
  type WorkbookDefinedName,
} from "./readWorkbook";
export { EXTENSION_NAMES, workbookExtension, type WorkbookExtension } from "./packageType";
export { createWorkbook, patchWorkbook, type InputSheetContent, type PatchOptions } from "./writeWorkbook";
export {
  MAX_FILE_BYTES,
  MAX_PART_BYTES,
  MAX_SHEET_CELLS,
  MAX_SHEET_ROWS,
  MAX_UNCOMPRESSED_BYTES,
  MAX_ZIP_ENTRIES,
} from "./limits";
export {
  fileTooLarge,
  unzipEntries,
  zipEntries,
  ZipPackage,
  type DeflateCodec,
  type ZipReadOptions,
} from "./zip/zipPackage";
