/**
 * The slice of the Office.js Excel API the Excel host uses, with Office's own names.
 * Host code is typed against this slice; `excelApiConformance.ts` proves real Excel objects
 * satisfy it, and the tests run it through Microsoft's Office.js client (test/helpers/officeJsBed).
 * Each member notes its requirement set, as the client itself checks it; the highest is
 * ExcelApi 1.9 (manifest.xml).
 */

export type CellValue = string | number | boolean;

export interface ExcelRequestContext {
  readonly workbook: ExcelWorkbook;
  sync(): Promise<void>;
}

export interface ExcelWorkbook {
  readonly worksheets: ExcelWorksheetCollection;
  /** ExcelApi 1.1: the workbook's tables, on every sheet. */
  readonly tables: ExcelTableCollection;
  /** ExcelApi 1.1: workbook-scoped names. */
  readonly names: ExcelNamedItemCollection;
  /** ExcelApi 1.1 (suspendScreenUpdatingUntilNextSync: 1.9) */
  readonly application: { suspendScreenUpdatingUntilNextSync(): void };
  /** ExcelApi 1.7: workbook structure protection (no sheet added, deleted, renamed or moved). */
  readonly protection: ExcelProtection;
}

export interface ExcelProtection {
  readonly protected: boolean;
  load(propertyNames: string): unknown;
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
  /** ExcelApi 1.4 */
  getUsedRangeOrNullObject(valuesOnly?: boolean): ExcelRange;
  /** ExcelApi 1.1 */
  getRange(address?: string): ExcelRange;
  /** ExcelApi 1.1 */
  delete(): void;
  activate(): void;
  /** ExcelApi 1.4: names scoped to this sheet (and, office-js #1011, the workbook's). */
  readonly names: ExcelNamedItemCollection;
  /** ExcelApi 1.7 */
  readonly freezePanes: {
    freezeAt(frozenRange: ExcelRange | string): void;
    freezeRows(count?: number): void;
    freezeColumns(count?: number): void;
    unfreeze(): void;
  };
  /** ExcelApi 1.1 */
  readonly charts: ExcelChartCollection;
  /** ExcelApi 1.9 */
  readonly pageLayout: ExcelPageLayout;
  /** ExcelApi 1.1 */
  readonly tables: ExcelTableCollection;
  /** ExcelApi 1.2 */
  readonly protection: ExcelProtection;
  /** ExcelApi 1.9 */
  readonly autoFilter: ExcelAutoFilter;
}

export interface ExcelAutoFilter {
  /** Filter buttons on the range's first row; no criteria. */
  apply(range: ExcelRange | string): void;
}

export interface ExcelTableCollection {
  /** ExcelApi 1.1 */
  readonly items: ExcelTable[];
  load(propertyNames: string): unknown;
  /** ExcelApi 1.1 */
  add(address: ExcelRange | string, hasHeaders: boolean): ExcelTable;
}

export interface ExcelTable {
  name: string;
  /** ExcelApi 1.1: a built-in style name such as "TableStyleMedium2". */
  style: string;
  /** ExcelApi 1.1 */
  readonly columns: { getItemAt(index: number): { getDataBodyRange(): ExcelRange } };
  /** ExcelApi 1.1: rows added at the end take the columns' formats (Table.resize is 1.13). */
  readonly rows: { add(index?: number | null, values?: CellValue[][]): unknown };
  /** ExcelApi 1.1 */
  getRange(): ExcelRange;
}

/** ExcelApi 1.8 */
export interface ExcelDataValidation {
  rule: {
    // Office also accepts a Range for these; the host writes text and numbers only.
    list?: { inCellDropDown: boolean; source: string | object };
    wholeNumber?: { formula1: number | string | object; formula2?: number | string | object; operator: string };
  };
  errorAlert: { message: string; showAlert: boolean; style: string; title: string };
  /** The input message shown when a cell of the range is selected. */
  prompt: { message: string; showPrompt: boolean; title: string };
}

export interface ExcelNamedItem {
  readonly isNullObject: boolean;
  readonly name: string;
  /** ExcelApi 1.4: "Workbook" or "Worksheet". */
  readonly scope: string;
  load(propertyNames: string): unknown;
}

export interface ExcelNamedItemCollection {
  /** ExcelApi 1.1 */
  readonly items: ExcelNamedItem[];
  load(propertyNames: string): unknown;
  /** ExcelApi 1.4 */
  add(name: string, reference: ExcelRange | string, comment?: string): unknown;
  /** ExcelApi 1.4 */
  getItemOrNullObject(name: string): ExcelNamedItem;
}

/** One group of page headers and footers; each section a string with Excel's codes (ExcelApi 1.9). */
export interface ExcelHeaderFooter {
  centerHeader: string;
  centerFooter: string;
  load(propertyNames: string): unknown;
}

export interface ExcelPageLayout {
  /**
   * The even-page group carries the ownership mark (OWNED_SHEET_FOOTER_CENTER); the default group
   * prints on every page while the state is Default (different odd and even pages off).
   */
  readonly headersFooters: { readonly evenPages: ExcelHeaderFooter; readonly defaultForAllPages: ExcelHeaderFooter };
  orientation: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  setPrintTitleRows(printTitleRows: ExcelRange | string): void;
  setPrintTitleColumns(printTitleColumns: ExcelRange | string): void;
}

/** The cell formats the host sets through Range.setCellProperties (ExcelApi 1.9). */
export interface CellPropertiesInput {
  format?: {
    fill?: { color?: string };
    font?: { bold?: boolean; color?: string; size?: number };
    horizontalAlignment?: "Left" | "Center" | "Right";
    verticalAlignment?: "Top" | "Center" | "Bottom";
    wrapText?: boolean;
    indentLevel?: number;
  };
  /** ExcelApi 1.9 (SettableCellProperties). A place in this workbook is a documentReference such as 'Calculation'!A12. */
  hyperlink?: { address?: string; documentReference?: string; screenTip?: string; textToDisplay?: string };
}

export interface ExcelRange {
  readonly isNullObject: boolean;
  readonly address: string;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly rowIndex: number;
  readonly columnIndex: number;
  values: CellValue[][];
  /** ExcelApi 1.1: "Error" tells an error cell from text that reads like one ("#N/A" typed as text). */
  readonly valueTypes: string[][];
  numberFormat: string[][];
  load(propertyNames: string): unknown;
  /** Office.js: stop tracking the object (Excel.run tracks every range until the run ends). */
  untrack(): ExcelRange;
  select(): void;
  clear(applyTo?: string): void;
  /** ExcelApi 1.1 */
  delete(shift: "Up" | "Left"): void;
  /** ExcelApi 1.9: one format per cell in one action. */
  setCellProperties(cellPropertiesData: CellPropertiesInput[][]): void;
  /** ExcelApi 1.9: one entry per column of the range. */
  setColumnProperties(columnPropertiesData: { format?: { columnWidth?: number } }[]): void;
  /** ExcelApi 1.9: one entry per row of the range. */
  setRowProperties(rowPropertiesData: { format?: { rowHeight?: number } }[]): void;
  readonly format: ExcelRangeFormat;
  /** ExcelApi 1.8 */
  readonly dataValidation: ExcelDataValidation;
}

export interface ExcelRangeFormat {
  /** ExcelApi 1.2 */
  columnWidth: number;
  /** ExcelApi 1.2 */
  rowHeight: number;
  /** ExcelApi 1.7 */
  useStandardWidth: boolean;
  /** ExcelApi 1.7 */
  useStandardHeight: boolean;
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

export type ExcelChartType = "ColumnClustered" | "BarClustered" | "ColumnStacked" | "BarStacked" | "Line";

export interface ExcelChartCollection {
  /** ExcelApi 1.1 */
  readonly items: ExcelChart[];
  load(propertyNames: string): unknown;
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
  /** ExcelApi 1.1 */
  delete(): void;
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
  /** ExcelApi 1.1: fill of columns and bars, colour of lines; lineStyle ExcelApi 1.7. */
  readonly format: {
    readonly fill: { setSolidColor(color: string): void };
    readonly line: { color: string; lineStyle: string };
  };
  /** ExcelApi 1.7: a series of its own type in a combination chart ("LineMarkers" over columns). */
  chartType: string;
  /** ExcelApi 1.7 */
  markerStyle: string;
  /** ExcelApi 1.7: 2 to 72 points. */
  markerSize: number;
  /** ExcelApi 1.7 */
  markerBackgroundColor: string;
  /** ExcelApi 1.7 */
  markerForegroundColor: string;
  /** ExcelApi 1.7 */
  setValues(sourceData: ExcelRange): void;
  /** ExcelApi 1.7 */
  setXAxisValues(sourceData: ExcelRange): void;
}
