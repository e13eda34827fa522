/**
 * Turns one cell into a typed value, or says in plain words why it cannot.
 * No knowledge of sheets here: the row reader adds where the cell is.
 */
// @ts-nocheck

import { type Cell, isCellError } from "../model/grid";
import { type Day, dayFromDate, dayFromExcelSerial, dayFromParts } from "../model/days";
import { type Text, cellProblem as why } from "../text/messages";
import { type Vocabulary, normalizeKey, vocabularyIndex } from "./vocabulary";

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: Text };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(problem: Text): Parsed<T> => ({ ok: false, problem });

/** A printable ASCII character other than a space: never trimmed, so a text starting with one is not blank. */
const isPrintableAscii = (code: number): boolean => code > 32 && code < 127;

/**
 * The text without surrounding white space. Most cells have none, and checking the two ends
 * first spares `trim()`, which is slow until V8 has warmed up, on the hundreds of thousands of
 * cells of a large workbook.
 */
export function trimmed(text: string): string {
  return text.length > 0 && isPrintableAscii(text.charCodeAt(0)) && isPrintableAscii(text.charCodeAt(text.length - 1))
    ? text
    : text.trim();
}

/** True for a cell a person would call empty. */
export function isBlank(cell: Cell): boolean {
  return cell === null || (typeof cell === "string" && trimmed(cell) === "");
}

/** The cell as a person reads it, for messages and for text fields. */
export function displayText(cell: Cell): string {
  if (cell === null) return "";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10);
  if (isCellError(cell)) return cell.error;
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return typeof cell === "string" ? trimmed(cell) : String(cell);
}

export function parseText(cell: Cell): Parsed<string> {
  if (isCellError(cell)) return fail(why.excelError(cell.error));
  return ok(displayText(cell));
}

/** Accepts numbers and numeric text, with a comma as decimal separator as Spanish offices write it. */
export function parseNumber(cell: Cell): Parsed<number> {
  if (typeof cell === "number") return Number.isFinite(cell) ? ok(cell) : fail(why.notFinite());
  if (isCellError(cell)) return fail(why.excelError(cell.error));
  if (typeof cell === "string") {
    const n = numberFromText(cell);
    return n === null ? fail(why.notNumber()) : ok(n);
  }
  return fail(why.notNumber());
}

function numberFromText(text: string): number | null {
  let t = text.trim().replace(/\s+/g, "");
  if (t === "") return null;
  if (t.includes(",") && !t.includes(".")) t = t.replace(",", ".");
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/**
 * A whole number within [min, max]. Fractions are refused rather than rounded:
 * a level of 3.5 is a typing error an auditor should see.
 */
export function parseInteger(cell: Cell, min: number, max: number): Parsed<number> {
  const n = parseNumber(cell);
  if (!n.ok) return n;
  if (!Number.isInteger(n.value)) return fail(why.notWhole(min, max));
  if (n.value < min || n.value > max) return fail(why.outOfRange(min, max));
  return n;
}

/**
 * Percentages in any of the three forms workbook.md allows: 0.45, "45 %", 45.
 * A bare number above 1 is read as percent points; 1 itself is 100 %.
 */
export function parsePercent(cell: Cell): Parsed<number> {
  if (isCellError(cell)) return fail(why.excelError(cell.error));
  let n: number | null = null;
  let explicitPercent = false;
  if (typeof cell === "number") n = Number.isFinite(cell) ? cell : null;
  else if (typeof cell === "string") {
    const t = cell.trim();
    explicitPercent = t.endsWith("%");
    n = numberFromText(explicitPercent ? t.slice(0, -1) : t);
  }
  if (n === null) return fail(why.notPercent());
  const fraction = explicitPercent || n > 1 ? n / 100 : n;
  if (fraction < 0 || fraction > 1) return fail(why.percentRange());
  return ok(fraction);
}

const MAX_EXCEL_SERIAL = 2_958_465; // 9999-12-31
const DAYS_1900_TO_1904 = 1462;
/** parseDate in a workbook that counts dates from 1904. */
export const parseDate1904 = (cell: Cell): Parsed<Day> => parseDate(cell, true);
const FIRST_EXCEL_TIME = Date.UTC(1900, 0, 1);
const AFTER_LAST_EXCEL_TIME = Date.UTC(10000, 0, 1);

/** The day of a date cell Excel can hold (years 1900 to 9999), else null; compared as times, which is fast. */
export function excelDay(date: Date): Day | null {
  const time = date.getTime();
  return time >= FIRST_EXCEL_TIME && time < AFTER_LAST_EXCEL_TIME ? dayFromDate(date) : null;
}

/**
 * Excel dates, serial numbers and date strings: ISO `YYYY-MM-DD` (time ignored),
 * `YYYY/MM/DD`, and day-first `DD/MM/YYYY` or `DD-MM-YYYY` as written in Spanish-speaking offices.
 */
export function parseDate(cell: Cell, date1904 = false): Parsed<Day> {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return fail(why.invalidDate());
    const day = excelDay(cell);
    // The days Excel can show as dates; other years cannot be written back as a date cell.
    return day === null ? fail(why.dateOutsideExcel()) : ok(day);
  }
  if (typeof cell === "number") {
    // A 1904 serial is the 1900 serial of the same day minus 1462.
    const serial = date1904 ? cell + DAYS_1900_TO_1904 : cell;
    if (Number.isFinite(serial) && serial >= 1 && serial <= MAX_EXCEL_SERIAL) return ok(dayFromExcelSerial(serial));
    return fail(why.notDate());
  }
  if (isCellError(cell)) return fail(why.excelError(cell.error));
  if (typeof cell !== "string") return fail(why.notDate());
  const t = cell.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/.exec(t);
  if (m) return orFail(dayFromParts(+m[1], +m[2], +m[3]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  if (m) return orFail(dayFromParts(+m[3], +m[2], +m[1]));
  return fail(why.notDateFormat());
}

function orFail(day: Day | null): Parsed<Day> {
  return day === null ? fail(why.notCalendarDate()) : ok(day);
}

/** One of an enumeration's words, codes or Spanish equivalents. */
function parseEnum<T extends string>(
  cell: Cell,
  index: ReadonlyMap<string, T>,
  allowed: readonly string[],
  allowedEs: readonly string[],
): Parsed<T> {
  const text = isCellError(cell) ? "" : displayText(cell);
  const found = index.get(normalizeKey(text));
  if (found !== undefined) return ok(found);
  return fail(why.notOneOf(allowed, allowedEs));
}

/** How many distinct cell texts a memoised reader remembers. */
export const MEMO_LIMIT = 512;

/**
 * The reader of an enumerated column. `spanish` gives the words a Spanish message lists as
 * allowed (the template's drop-down words); without it, the canonical values are listed.
 * Most cells of such a column repeat a few spellings: each is normalised once.
 */
export function enumParser<T extends string>(
  vocabulary: Vocabulary<T>,
  spanish?: Readonly<Record<T, string>>,
): (cell: Cell) => Parsed<T> {
  const index = vocabularyIndex(vocabulary);
  const allowed = Object.keys(vocabulary) as T[];
  const allowedEs = spanish === undefined ? allowed : allowed.map((word) => spanish[word]);
  const memo = new Map<string, Parsed<T>>();
  return (cell: Cell): Parsed<T> => {
    if (typeof cell !== "string") return parseEnum(cell, index, allowed, allowedEs);
    let parsed = memo.get(cell);
    if (parsed === undefined) {
      parsed = parseEnum(cell, index, allowed, allowedEs);
      if (memo.size < MEMO_LIMIT) memo.set(cell, parsed);
    }
    return parsed;
  };
}
