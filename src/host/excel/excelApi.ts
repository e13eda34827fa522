/**
 * The slice of the Office.js Excel API the Excel host uses, with Office's own names.
 * Host code is typed against this slice so that a faithful fake (test/helpers/fakeExcel.ts)
 * can stand in for Excel; `excelApiConformance.ts` proves real Excel objects satisfy it.
 * Each member notes its requirement set; the highest is ExcelApi 1.9 (manifest.xml).
 */

export type CellValue = string | number | boolean;

export interface ExcelRequestContext {
  readonly workbook: ExcelWorkbook;
  sync(): Promise<void>;
}

export interface ExcelWorkbook {
  readonly worksheets: ExcelWorksheetCollection;
}

export interface ExcelWorksheetCollection {
  /** ExcelApi 1.1 */
  readonly items: ExcelWorksheet[];
  load(propertyNames: string): unknown;
  /** ExcelApi 1.1 */
  add(name?: string): ExcelWorksheet;
  /** ExcelApi 1.4 */
  getItemOrNullObject(key: string): ExcelWorksheet;
}

export interface ExcelWorksheet {
  readonly isNullObject: boolean;
  name: string;
  /** ExcelApi 1.1 */
  position: number;
  load(propertyNames: string): unknown;
  /** ExcelApi 1.2 */
  getUsedRangeOrNullObject(valuesOnly?: boolean): ExcelRange;
  /** ExcelApi 1.1 */
  getRange(address?: string): ExcelRange;
  /** ExcelApi 1.1 */
  delete(): void;
  activate(): void;
  /** ExcelApi 1.4: names scoped to this sheet. */
  readonly names: ExcelNamedItemCollection;
  /** ExcelApi 1.7 */
  readonly freezePanes: { freezeAt(frozenRange: ExcelRange | string): void; unfreeze(): void };
  /** ExcelApi 1.1 */
  readonly charts: ExcelChartCollection;
  /** ExcelApi 1.9 */
  readonly pageLayout: ExcelPageLayout;
  /** ExcelApi 1.1 */
  readonly tables: ExcelTableCollection;
}

export interface ExcelTableCollection {
  /** ExcelApi 1.1 */
  add(address: ExcelRange | string, hasHeaders: boolean): ExcelTable;
}

export interface ExcelTable {
  name: string;
  /** ExcelApi 1.1: a built-in style name such as "TableStyleMedium2". */
  style: string;
  /** ExcelApi 1.1 */
  readonly columns: { getItemAt(index: number): { getDataBodyRange(): ExcelRange } };
}

/** ExcelApi 1.8 */
export interface ExcelDataValidation {
  rule: {
    // Office also accepts a Range for these; the host writes text and numbers only.
    list?: { inCellDropDown: boolean; source: string | object };
    wholeNumber?: { formula1: number | string | object; formula2?: number | string | object; operator: string };
  };
  errorAlert: { message: string; showAlert: boolean; style: string; title: string };
}

export interface ExcelNamedItemCollection {
  /** ExcelApi 1.4 */
  add(name: string, reference: ExcelRange | string, comment?: string): unknown;
  /** ExcelApi 1.4 */
  getItemOrNullObject(name: string): { readonly isNullObject: boolean; load(propertyNames: string): unknown };
}

export interface ExcelPageLayout {
  orientation: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  setPrintTitleRows(printTitleRows: ExcelRange | string): void;
}

export interface ExcelRange {
  readonly isNullObject: boolean;
  readonly address: string;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly rowIndex: number;
  readonly columnIndex: number;
  values: CellValue[][];
  numberFormat: string[][];
  load(propertyNames: string): unknown;
  select(): void;
  clear(applyTo?: string): void;
  readonly format: ExcelRangeFormat;
  /** ExcelApi 1.8 */
  readonly dataValidation: ExcelDataValidation;
}

export interface ExcelRangeFormat {
  columnWidth: number;
  /** ExcelApi 1.1 */
  rowHeight: number;
  readonly fill: { color: string };
  readonly font: { bold: boolean; color: string; size: number };
  // Office's own unions are wider (they add enums, "General", "Justify", ...); the host only writes these.
  /** ExcelApi 1.1 */
  horizontalAlignment: string;
  /** ExcelApi 1.1 */
  verticalAlignment: string;
  /** ExcelApi 1.1. Rows of the default height grow to fit the wrapped text, as when wrapping by hand. */
  wrapText: boolean;
}

export type ExcelChartType = "ColumnClustered" | "BarClustered" | "Line";

export interface ExcelChartCollection {
  /** ExcelApi 1.1 */
  add(type: string, sourceData: ExcelRange, seriesBy?: string): ExcelChart;
}

export interface ExcelChart {
  name: string;
  readonly title: { text: string };
  // Office's own unions are wider (they add "Invalid", enums); the host only writes these.
  readonly legend: { visible: boolean; position: string };
  readonly axes: { readonly valueAxis: ExcelChartAxis };
  readonly series: ExcelChartSeriesCollection;
  /** ExcelApi 1.1 */
  setPosition(startCell: ExcelRange | string, endCell?: ExcelRange | string): void;
}

export interface ExcelChartAxis {
  minimum: number;
  maximum: number;
  readonly title: { text: string };
}

export interface ExcelChartSeriesCollection {
  /** ExcelApi 1.1 */
  getItemAt(index: number): ExcelChartSeries;
  /** ExcelApi 1.7 */
  add(name?: string, index?: number): ExcelChartSeries;
}

export interface ExcelChartSeries {
  name: string;
  /** ExcelApi 1.1: fill of columns and bars, colour of lines. */
  readonly format: { readonly fill: { setSolidColor(color: string): void }; readonly line: { color: string } };
  /** ExcelApi 1.7 */
  setValues(sourceData: ExcelRange): void;
  /** ExcelApi 1.7 */
  setXAxisValues(sourceData: ExcelRange): void;
}
