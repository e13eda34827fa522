/**
 * The .xlsx file host: reads the cell grids of a workbook and writes result sheets into it by
 * patching its package, so that nothing else of the user's workbook changes.
 */
export { SheetOwnershipError, WorkbookFileError } from "./errors";
export { readWorkbook, type ReadWorkbook, type ReadWorkbookOptions, type SheetInfo, type WorkbookDefinedName } from "./readWorkbook";
export { createWorkbook, patchWorkbook, type InputSheetContent, type PatchOptions } from "./writeWorkbook";
export { MAX_UNCOMPRESSED_BYTES, unzipEntries, zipEntries, ZipPackage, type DeflateCodec, type ZipReadOptions } from "./zipPackage";
