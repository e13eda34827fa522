/**
 * Worksheet XML for the sheets this program writes.
 *
 * Text is always written as an inline string (`t="inlineStr"`), never as a formula and never
 * through the shared string table: a user's "=SUM(A1)" stays text, and sharedStrings.xml is left
 * as it was. Child elements follow the order CT_Worksheet requires (ECMA-376 Part 1, 18.3.1.99).
 */
import { columnLetters, isCellError, type Cell } from "../../../core/model/grid";
import {
  type CellStyle,
  OWNED_SHEET_FOOTER,
  type ResultSheet,
  type StyledCell,
  linkReference,
} from "../../../core/render/resultSheet";
import { ScorecardError } from "../../../core/text/scorecardError";
import { dateToSerial } from "../excelDates";
import { type DataValidation, dataValidationsXml } from "./dataValidations";
import type { StyleRequest } from "./stylesPatch";
import { Utf8Sink } from "../xml/utf8Sink";
import { escapeAttr, escapeExcelText, escapeText } from "../xml/xmlWrite";

export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;
/** Excel keeps at most this many characters in a cell. */
export const MAX_CELL_TEXT = 32767;
/** Excel's error values; anything else is written as #N/A. */
const ERROR_VALUES = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"]);

/** What a worksheet part is made of. Row 0, column 0 of `rows` is cell (firstRow, firstColumn). */
export interface WorksheetContent {
  readonly rows: readonly (readonly (StyledCell | null)[])[];
  /** 1-based position of rows[0][0]; A1 unless given. */
  readonly firstRow?: number;
  readonly firstColumn?: number;
  readonly columnWidths?: readonly number[];
  readonly rowHeights?: ResultSheet["rowHeights"];
  readonly freeze?: ResultSheet["freeze"];
  readonly autoFilter?: ResultSheet["autoFilter"];
  readonly print?: ResultSheet["print"];
  /** r:id of the sheet's drawing part (charts), when the sheet has one. */
  readonly drawingRelId?: string;
  /** A result sheet: carries OWNED_SHEET_FOOTER as its even-page footer (see ownerMark.ts). */
  readonly ownerMark?: boolean;
  /** The sheet the workbook opens on: its tab is selected (workbook.xml's activeTab points at it). */
  readonly tabSelected?: boolean;
  /** The sheet's drop-downs, rules and input messages (dataValidations.ts). */
  readonly dataValidations?: readonly DataValidation[];
  /** r:ids of the sheet's table parts (tableParts.ts). */
  readonly tableRelIds?: readonly string[];
}

/** Maps a cell style to a cellXfs index. */
export type StyleIndex = (style: StyleRequest) => number;

/** One object for every unstyled cell, so the style index knows it by identity. */
const NO_STYLE: StyleRequest = Object.freeze({});

function styleOf(value: Cell, style: CellStyle | undefined): StyleRequest {
  // A date without a format would show as a bare serial number.
  if (value instanceof Date && !style?.format) return { ...style, format: "date" };
  return style ?? NO_STYLE;
}

/** Trims text to what Excel keeps, without splitting a surrogate pair. */
function clampText(text: string): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  let end = MAX_CELL_TEXT;
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return text.slice(0, end);
}

function inlineString(ref: string, s: number, text: string): string {
  return `<c r="${ref}"${s ? ` s="${s}"` : ""} t="inlineStr"><is><t xml:space="preserve">${escapeText(escapeExcelText(clampText(text)))}</t></is></c>`;
}

/** One `<c>` element, or "" for an empty unstyled cell. */
export function cellXml(ref: string, cell: StyledCell, styleIndex: StyleIndex, date1904: boolean): string {
  const value = cell.value;
  const s = styleIndex(styleOf(value, cell.style));
  const sAttr = s ? ` s="${s}"` : "";
  if (value === null || value === undefined) return s ? `<c r="${ref}"${sAttr}/>` : "";
  if (typeof value === "string") return inlineString(ref, s, value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return `<c r="${ref}"${sAttr} t="e"><v>#NUM!</v></c>`;
    return `<c r="${ref}"${sAttr}><v>${Object.is(value, -0) ? 0 : value}</v></c>`;
  }
  if (typeof value === "boolean") return `<c r="${ref}"${sAttr} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (value instanceof Date) {
    const serial = dateToSerial(value, date1904);
    if (serial !== null) return `<c r="${ref}"${sAttr}><v>${serial}</v></c>`;
    // Before Excel's first day (or an invalid Date): keep what can be kept, as text.
    return Number.isFinite(value.getTime())
      ? inlineString(ref, s, value.toISOString().slice(0, 10))
      : s
        ? `<c r="${ref}"${sAttr}/>`
        : "";
  }
  if (isCellError(value)) {
    const error = ERROR_VALUES.has(value.error) ? value.error : "#N/A";
    return `<c r="${ref}"${sAttr} t="e"><v>${error}</v></c>`;
  }
  return "";
}

function origin(content: WorksheetContent): { row: number; col: number } {
  const row = content.firstRow ?? 1;
  const col = content.firstColumn ?? 1;
  const lastRow = row + content.rows.length - 1;
  const width = content.rows.reduce((max, r) => Math.max(max, r.length), 0);
  if (row < 1 || col < 1 || lastRow > MAX_ROWS || col + width - 1 > MAX_COLUMNS) {
    throw new ScorecardError("sheetTooBig", { rows: MAX_ROWS, columns: MAX_COLUMNS });
  }
  return { row, col };
}

/**
 * `<sheetData>` with every non-empty cell, row by row into `out`. `kept` gives, by A1 reference,
 * a cell's original XML to write instead (cells of an upserted input sheet that this run leaves
 * as they were).
 */
export function sheetDataXml(
  out: Utf8Sink,
  content: WorksheetContent,
  styleIndex: StyleIndex,
  date1904: boolean,
  kept?: ReadonlyMap<string, string>,
): void {
  const { row: row0, col: col0 } = origin(content);
  out.add("<sheetData>");
  const letters: string[] = [];
  content.rows.forEach((cells, i) => {
    const rowNumber = row0 + i;
    let rowXml = "";
    for (let j = 0; j < cells.length; j++) {
      const cell = cells[j];
      if (!cell) continue;
      const letter = (letters[j] ??= columnLetters(col0 + j));
      const ref = letter + rowNumber;
      rowXml += kept?.get(ref) ?? cellXml(ref, cell, styleIndex, date1904);
    }
    // A height without customHeight: what Excel itself stores for a row fitted to its text.
    const height = content.rowHeights?.[i];
    if (rowXml) out.add(`<row r="${rowNumber}"${height ? ` ht="${height}"` : ""}>${rowXml}</row>`);
  });
  out.add("</sheetData>");
}

/** The used range as an A1 reference (`A1` for an empty sheet). */
export function dimensionRef(content: WorksheetContent): string {
  const { row, col } = origin(content);
  let lastRow = 0;
  let lastCol = 0;
  content.rows.forEach((cells, i) => {
    cells.forEach((cell, j) => {
      if (cell && cell.value !== null) {
        lastRow = Math.max(lastRow, row + i);
        lastCol = Math.max(lastCol, col + j);
      }
    });
  });
  const topLeft = columnLetters(col) + row;
  return lastRow === 0 ? topLeft : `${topLeft}:${columnLetters(lastCol)}${lastRow}`;
}

function sheetViewsXml(freeze: WorksheetContent["freeze"], tabSelected: boolean): string {
  const rows = Math.max(0, Math.floor(freeze?.rows ?? 0));
  const cols = Math.max(0, Math.floor(freeze?.columns ?? 0));
  const view = `<sheetView${tabSelected ? ' tabSelected="1"' : ""} workbookViewId="0"`;
  if (rows === 0 && cols === 0) return `<sheetViews>${view}/></sheetViews>`;
  const pane = rows && cols ? "bottomRight" : rows ? "bottomLeft" : "topRight";
  const topLeft = columnLetters(cols + 1) + (rows + 1);
  return (
    `<sheetViews>${view}>` +
    `<pane${cols ? ` xSplit="${cols}"` : ""}${rows ? ` ySplit="${rows}"` : ""} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>` +
    "</sheetView></sheetViews>"
  );
}

function colsXml(widths: readonly number[] | undefined): string {
  if (!widths) return "";
  const cols: string[] = [];
  widths.forEach((width, i) => {
    if (!Number.isFinite(width) || width <= 0) return;
    const w = Math.min(255, Math.round(width * 100) / 100);
    cols.push(`<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`);
  });
  return cols.length ? `<cols>${cols.join("")}</cols>` : "";
}

/** The worksheet's `<tableParts>` element for these relationship ids ("" for none): the sheet's last child but extLst. */
export function tablePartsXml(relIds: readonly string[]): string {
  if (relIds.length === 0) return "";
  return `<tableParts count="${relIds.length}">${relIds.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`;
}

/** `<autoFilter>`: filter buttons on a table's header row. */
function autoFilterXml(content: WorksheetContent): string {
  const f = content.autoFilter;
  if (!f) return "";
  const { row, col } = origin(content);
  const a = (r: number, c: number) => columnLetters(col + c) + (row + r);
  return `<autoFilter ref="${a(f.row0, f.col0)}:${a(f.row1, f.col1)}"/>`;
}

/** `<hyperlinks>` for the cells that link within the workbook (a location, so no relationship). */
export function hyperlinksXml(content: WorksheetContent): string {
  const { row: row0, col: col0 } = origin(content);
  const links: string[] = [];
  content.rows.forEach((cells, i) =>
    cells.forEach((cell, j) => {
      if (!cell?.link) return;
      const ref = columnLetters(col0 + j) + (row0 + i);
      links.push(`<hyperlink ref="${ref}" location="${escapeAttr(linkReference(cell.link))}"/>`);
    }),
  );
  return links.length ? `<hyperlinks>${links.join("")}</hyperlinks>` : "";
}

/**
 * `<headerFooter>`: the print setup's header and footer, centred, on every page (odd pages are all
 * pages while differentOddEven is off), and a result sheet's ownership mark as its even footer.
 */
function headerFooterXml(content: WorksheetContent): string {
  const header = content.print?.header;
  const footer = content.print?.footer;
  const children =
    (header ? `<oddHeader>${escapeText(`&C${header}`)}</oddHeader>` : "") +
    (footer ? `<oddFooter>${escapeText(`&C${footer}`)}</oddFooter>` : "") +
    (content.ownerMark ? `<evenFooter>${escapeText(OWNED_SHEET_FOOTER)}</evenFooter>` : "");
  return children ? `<headerFooter>${children}</headerFooter>` : "";
}

/**
 * A complete worksheet part written into `out` as it is made (Utf8Sink says why not a string), then
 * flushed: a sink with a target has handed it all its bytes.
 */
export function writeWorksheetXml(
  out: Utf8Sink,
  content: WorksheetContent,
  styleIndex: StyleIndex,
  date1904: boolean,
): void {
  const onePage = content.print?.onePage === true;
  const fitToPage = content.print?.fitToWidth === true || onePage;
  out.add('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n');
  out.add(
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`,
  );
  out.add(fitToPage ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "");
  out.add(`<dimension ref="${dimensionRef(content)}"/>`);
  out.add(sheetViewsXml(content.freeze, content.tabSelected === true));
  out.add(colsXml(content.columnWidths));
  sheetDataXml(out, content, styleIndex, date1904);
  const parts: string[] = [
    autoFilterXml(content),
    dataValidationsXml(content.dataValidations ?? []),
    hyperlinksXml(content),
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
  ];
  if (content.print) {
    // A fixed scale only without fitting (fitToPage would have Excel ignore it).
    const scale = !fitToPage && content.print.scale !== undefined ? Math.round(content.print.scale) : null;
    parts.push(
      `<pageSetup${scale !== null ? ` scale="${Math.min(400, Math.max(10, scale))}"` : ""}` +
        ` orientation="${content.print.landscape ? "landscape" : "portrait"}"` +
        (fitToPage ? ` fitToWidth="1" fitToHeight="${onePage ? 1 : 0}"` : "") +
        "/>",
    );
  }
  parts.push(headerFooterXml(content));
  // rowBreaks, ... would go here, then the drawing that holds the sheet's charts.
  if (content.drawingRelId) parts.push(`<drawing r:id="${content.drawingRelId}"/>`);
  parts.push(tablePartsXml(content.tableRelIds ?? []));
  parts.push("</worksheet>");
  out.add(parts.join(""));
  out.flush();
}
