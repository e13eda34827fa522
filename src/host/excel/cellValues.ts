/** Cells to and from the values Office.js reads and writes. */
import type { Cell } from "../../core/grid";
import type { CellValue } from "./excelApi";

const ERROR_VALUES = /^#(N\/A|REF!|DIV\/0!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/;

/** Office.js gives error cells as their text and empty cells as "". */
export function fromExcelValue(value: CellValue | null | undefined): Cell {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string" && ERROR_VALUES.test(value)) return { error: value };
  return value;
}

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH_OFFSET = 25569; // serial of 1970-01-01

/** Date -> Excel 1900-system serial (dates after 1900-03-01, which is all the product writes). */
export function excelSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + EXCEL_EPOCH_OFFSET;
}

/**
 * Cell -> a value Excel stores exactly as given. Excel parses text typed into a cell
 * ("=1+1" becomes a formula, "0012" a number, "45 %" a percentage); a leading apostrophe
 * keeps any text as text and is not part of the value.
 */
export function toExcelValue(cell: Cell): CellValue {
  if (cell === null) return "";
  if (cell instanceof Date) return excelSerial(cell);
  if (typeof cell === "object") return `'${cell.error}`;
  if (typeof cell === "string") return cell === "" ? "" : `'${cell}`;
  return cell;
}
