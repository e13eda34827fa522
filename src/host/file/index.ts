/**
 * The .xlsx file host: reads the cell grids of a workbook and writes result sheets into it by
 * patching its package, so that nothing else of the user's workbook changes.
 *
 * Which file owns which part of the package (each layer uses only the ones above it in this list):
 *   zip/zipPackage.ts, zip/crc32.ts     the zip container: entries read lazily (or only their start),
 *                                       written back byte for byte unless changed; a large part
 *                                       compressed as it is written (PartWriter)
 *   xml/xmlReader.ts, xml/xmlWrite.ts   tokenizing any part's XML with offsets; escaping what we write
 *   xml/byteText.ts, xml/utf8Sink.ts    text read from UTF-8 bytes; a part's XML written as UTF-8
 *   opc/opc.ts                          [Content_Types].xml, the _rels/*.rels parts, part-name paths
 *   opc/packageEditor.ts                content types and relationships of added and removed parts
 *   parts/workbookPart.ts               xl/workbook.xml and its rels: sheets, defined names, 1904 dates
 *   parts/sheetReader.ts                xl/worksheets/sheetN.xml read into a grid
 *   parts/sheetXml.ts                   xl/worksheets/sheetN.xml written for a product sheet
 *   parts/spliceWorksheet.ts, parts/keptCells.ts   an existing input sheet's cells replaced in place
 *   parts/sharedStrings.ts              xl/sharedStrings.xml
 *   parts/readStyles.ts, parts/stylesPatch.ts      xl/styles.xml: date formats read, result formats appended
 *   parts/charts.ts, parts/chartXml.ts  xl/charts/chartN.xml and xl/drawings/drawingN.xml (+ rels)
 *   parts/calcChain.ts                  xl/calcChain.xml entries of replaced sheets dropped
 *   parts/appProps.ts                   docProps/app.xml sheet titles
 *   parts/emptyWorkbook.ts              the parts of a new workbook
 * Beside them, used by any layer: limits.ts (the size limits), excelDates.ts and sheetNames.ts
 * (Excel's rules). Above them: readWorkbook.ts (package -> grids), writeWorkbook.ts (patching:
 * plans every job and refuses before changing anything), xlsxFileHost.ts (the WorkbookHost port),
 * nodeFiles.ts (Node only: files on disk, zlib).
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
