/** Cells to and from the values Office.js reads and writes. */
// @ts-nocheck

import type { Cell } from "../../core/model/grid";
import { dateToSerial } from "../file/excelDates";
import type { CellValue } from "./excelApi";

const ERROR_TEXT =
  /^#(N\/A|REF!|DIV\/0!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/;

/** Office.js gives an error cell as its text ("#N/A"); the same text may also be typed as text. */
export const looksLikeError = (value: CellValue | null | undefined): boolean =>
  typeof value === "string" && ERROR_TEXT.test(value);

/**
 * A cell as Office.js reads it: empty cells come as "", error cells as their text. Only
 * Range.valueTypes tells an error ("Error") from text that reads like one: without it, text is text.
 */
export function fromExcelValue(value: CellValue | null | undefined, valueType?: string): Cell {
  if (value === null || value === undefined || value === "") return null;
  if (valueType === "Error") return { error: String(value) };
  return value;
}

/**
 * Cell -> a value Excel stores exactly as given. Excel parses text typed into a cell
 * ("=1+1" becomes a formula, "0012" a number, "45 %" a percentage); a leading apostrophe
 * keeps any text as text and is not part of the value.
 */
export function toExcelValue(cell: Cell): CellValue {
  if (cell === null) return "";
  if (cell instanceof Date) {
    // As the file host writes dates (sheetXml.ts): a 1900-system serial, else the day as text.
    const serial = dateToSerial(cell, false);
    if (serial !== null) return serial;
    return Number.isFinite(cell.getTime()) ? `'${cell.toISOString().slice(0, 10)}` : "";
  }
  if (typeof cell === "object") return `'${cell.error}`;
  if (typeof cell === "string") return cell === "" ? "" : `'${cell}`;
  return cell;
}
