/**
 * One cell -> one typed value, or the plain reason it cannot be one (cellValues.ts): which
 * spellings of a number, a percentage and a date are read, which are refused, and which reason
 * each refusal gives (an auditor reads it in the issue).
 */
// @ts-nocheck

import {
  type Parsed,
  displayText,
  enumParser,
  parseDate,
  parseDate1904,
  parseInteger,
  parseNumber,
  parsePercent,
  parseText,
} from "../../src/core/parse/cellValues";
import type { Cell } from "../../src/core/model/grid";
import { cellProblem } from "../../src/core/text/messages";
import { SHEET_SCHEMAS } from "../../src/core/parse/sheetSchemas";
import { SPANISH } from "../../src/core/model/spanishWords";
import { day } from "../helpers/records";

/** The value read, or the English reason it was refused. */
const read = <T>(p: Parsed<T>): T | string => (p.ok ? p.value : `refused: ${p.problem.en}`);
const refused = (why: { en: string }) => `refused: ${why.en}`;
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("a number", () => {
  it("is read in scientific notation, with a sign, and with or without digits around the decimal point", () => {
    const cases: [string, number][] = [
      ["1e3", 1000],
      ["1.5E2", 150],
      ["25e-02", 0.25],
      ["1e+3", 1000],
      ["-5", -5],
      ["+5", 5],
      ["-0,5", -0.5],
      [".5", 0.5],
      [".55", 0.55],
      ["5.", 5],
      ["12 345,5", 12345.5],
    ];
    expect(cases.map(([text]) => read(parseNumber(text)))).toEqual(cases.map(([, n]) => n));
  });

  it("refuses text that only starts or ends like a number, other bases, and both separators at once", () => {
    const notNumber = refused(cellProblem.notNumber());
    for (const text of [
      "0x12",
      "0b11",
      "0o7",
      "12abc",
      "abc12",
      "1.2.3",
      "1,000.5",
      "e5",
      "1e",
      "1e-",
      "--5",
      "+-5",
      ".",
      "Infinity",
      "1e400",
      "%",
    ])
      expect([text, read(parseNumber(text))]).toEqual([text, notNumber]);
  });

  it("gives each refusal its own reason: not finite, an Excel error, not a number", () => {
    expect(read(parseNumber(Number.NEGATIVE_INFINITY))).toBe(refused(cellProblem.notFinite()));
    expect(read(parseNumber({ error: "#VALUE!" }))).toBe(refused(cellProblem.excelError("#VALUE!")));
    expect(read(parseNumber(true))).toBe(refused(cellProblem.notNumber()));
    expect(read(parseNumber(null))).toBe(refused(cellProblem.notNumber()));
  });
});

describe("a whole number in a range", () => {
  it("takes both ends of the range and whole numbers written as text", () => {
    expect([0, 5, "3", "3,0", 2].map((c) => read(parseInteger(c, 0, 5)))).toEqual([0, 5, 3, 3, 2]);
  });

  it("refuses a fraction, a value past either end, and text that is no number, each for its own reason", () => {
    expect(read(parseInteger(3.5, 0, 5))).toBe(refused(cellProblem.notWhole(0, 5)));
    expect(read(parseInteger(-1, 0, 5))).toBe(refused(cellProblem.outOfRange(0, 5)));
    expect(read(parseInteger(6, 0, 5))).toBe(refused(cellProblem.outOfRange(0, 5)));
    expect(read(parseInteger(0, 1, 5))).toBe(refused(cellProblem.outOfRange(1, 5)));
    expect(read(parseInteger("three", 0, 5))).toBe(refused(cellProblem.notNumber()));
    expect(read(parseInteger({ error: "#N/A" }, 0, 5))).toBe(refused(cellProblem.excelError("#N/A")));
  });
});

describe("a percentage", () => {
  it("reads a fraction, a number with %, and a bare number above 1 as percent points; 1 is 100 %", () => {
    const cases: [Cell, number][] = [
      [0.45, 0.45],
      ["0.45", 0.45],
      ["45 %", 0.45],
      ["45%", 0.45],
      [" 45 % ", 0.45],
      ["45 % ", 0.45],
      [45, 0.45],
      ["45", 0.45],
      [1, 1],
      ["1", 1],
      [1.5, 0.015],
      ["100 %", 1],
      ["0,5 %", 0.005],
      ["0.5 %", 0.005],
      ["1 %", 0.01],
      [0, 0],
      ["0 %", 0],
      [100, 1],
    ];
    expect(cases.map(([cell]) => read(parsePercent(cell)))).toEqual(cases.map(([, n]) => n));
  });

  it("refuses values outside 0 % to 100 %, apart from what is not a percentage at all", () => {
    const range = refused(cellProblem.percentRange());
    const notPercent = refused(cellProblem.notPercent());
    expect([-0.1, "101 %", 101, "-5 %", 100.5].map((c) => read(parsePercent(c)))).toEqual([
      range,
      range,
      range,
      range,
      range,
    ]);
    expect(
      ["abc", "%", "45 %%", true, Number.POSITIVE_INFINITY, Number.NaN, null, utc(2026, 1, 1)].map((c) =>
        read(parsePercent(c)),
      ),
    ).toEqual(Array(8).fill(notPercent));
    expect(read(parsePercent({ error: "#DIV/0!" }))).toBe(refused(cellProblem.excelError("#DIV/0!")));
  });
});

describe("a date", () => {
  it("takes a date cell from 1900 to 9999 and no other", () => {
    expect(read(parseDate(utc(2026, 3, 15)))).toBe(day("2026-03-15"));
    expect(read(parseDate(utc(1900, 1, 1)))).toBe(day("1900-01-01"));
    expect(read(parseDate(utc(9999, 12, 31)))).toBe(day("9999-12-31"));
    const outside = refused(cellProblem.dateOutsideExcel());
    expect(read(parseDate(new Date(Date.UTC(1900, 0, 1) - 1)))).toBe(outside);
    expect(read(parseDate(utc(1899, 12, 31)))).toBe(outside);
    expect(read(parseDate(new Date(Date.UTC(10000, 0, 1))))).toBe(outside);
    expect(read(parseDate(new Date(Number.NaN)))).toBe(refused(cellProblem.invalidDate()));
  });

  it("takes the serial numbers of Excel's dates, 1 (1900-01-01) to 2958465 (9999-12-31), the time of day ignored", () => {
    expect([1, 61, 45_000, 45_000.75, 2_958_465].map((s) => read(parseDate(s)))).toEqual([
      day("1900-01-01"),
      day("1900-03-01"),
      day("2023-03-15"),
      day("2023-03-15"),
      day("9999-12-31"),
    ]);
    const notDate = refused(cellProblem.notDate());
    for (const serial of [0, 0.5, -1, 2_958_466, Number.NaN, Number.POSITIVE_INFINITY])
      expect([serial, read(parseDate(serial))]).toEqual([serial, notDate]);
  });

  it("counts a 1904 workbook's serials from 1904 up to the same last day", () => {
    expect(read(parseDate1904(1))).toBe(day("1904-01-02"));
    expect(read(parseDate1904(2_958_465 - 1462))).toBe(day("9999-12-31"));
    expect(read(parseDate1904(2_958_465 - 1461))).toBe(refused(cellProblem.notDate()));
    expect(read(parseDate1904(utc(2026, 3, 15)))).toBe(day("2026-03-15"));
  });

  it("reads ISO dates (a time after them ignored), year-first with / or ., and day-first as Spanish offices write them", () => {
    const cases: [string, string][] = [
      ["2026-03-15", "2026-03-15"],
      [" 2026-03-15 ", "2026-03-15"],
      ["2026/3/5", "2026-03-05"],
      ["2026.03.15", "2026-03-15"],
      ["2026-03-15T10:30:00", "2026-03-15"],
      ["2026-03-15 10:30", "2026-03-15"],
      ["15/03/2026", "2026-03-15"],
      ["5-3-2026", "2026-03-05"],
      ["15.03.2026", "2026-03-15"],
      ["01/12/2026", "2026-12-01"],
    ];
    expect(cases.map(([text]) => read(parseDate(text)))).toEqual(cases.map(([, iso]) => day(iso)));
  });

  it("refuses other spellings as not in a date format, and dates no calendar has as such", () => {
    const format = refused(cellProblem.notDateFormat());
    for (const text of [
      "x2026-03-15",
      "2026-03-15x",
      "15/03/20261",
      "115/03/2026",
      "15/03/26",
      "26-03-15",
      "2026-003-15",
      "2026-03-015",
      "20260-03-15",
      "2026 03 15",
      "15 03 2026",
      "March 15, 2026",
      "",
    ])
      expect([text, read(parseDate(text))]).toEqual([text, format]);
    const calendar = refused(cellProblem.notCalendarDate());
    expect(["2026-02-30", "31/04/2026", "2026-13-01", "00/01/2026"].map((t) => read(parseDate(t)))).toEqual(
      Array(4).fill(calendar),
    );
  });

  it("refuses other cells as not dates, naming an Excel error", () => {
    expect(read(parseDate(true))).toBe(refused(cellProblem.notDate()));
    expect(read(parseDate(null))).toBe(refused(cellProblem.notDate()));
    expect(read(parseDate({ error: "#REF!" }))).toBe(refused(cellProblem.excelError("#REF!")));
  });
});

describe("text and the words of an enumerated column", () => {
  it("reads any cell but an Excel error as the text a person sees", () => {
    expect([parseText(utc(2026, 3, 15)), parseText(3.5), parseText(null), parseText(false)].map(read)).toEqual([
      "2026-03-15",
      "3.5",
      "",
      "FALSE",
    ]);
    expect(displayText(0)).toBe("0");
  });

  it("reads a list's words, codes and Spanish words, numbers and booleans by their text, whatever the case", () => {
    const yesNo = SHEET_SCHEMAS.actions.columns.effective.rule.parse;
    expect([1, 0, true, false, "sí", " SI ", "no", "Falso"].map((c) => read(yesNo(c)))).toEqual([
      "Yes",
      "No",
      "Yes",
      "No",
      "Yes",
      "Yes",
      "No",
      "No",
    ]);
  });

  it("refuses an Excel error even where its text is one of the list's codes (#N/A is not NA, Not applicable)", () => {
    const status = SHEET_SCHEMAS.controls.columns.status.rule.parse;
    expect(read(status("N/A"))).toBe("Not applicable");
    expect(read(status({ error: "#N/A" }))).toMatch(/^refused: it must be one of: Compliant, /);
  });

  it("lists the allowed words in each language: the Spanish ones when given, else the canonical ones", () => {
    const withSpanish = enumParser({ Open: ["O"], Closed: [] }, { Open: "Abierto", Closed: "Cerrado" })("x");
    const without = enumParser({ Open: ["O"], Closed: [] })("x");
    expect(withSpanish.ok ? null : withSpanish.problem).toEqual(
      cellProblem.notOneOf(["Open", "Closed"], ["Abierto", "Cerrado"]),
    );
    expect(without.ok ? null : without.problem).toEqual(cellProblem.notOneOf(["Open", "Closed"], ["Open", "Closed"]));
    expect(SPANISH.yesNo.Yes).toBe("Sí");
  });

  it("reads the same spelling the same way however often it comes, past the memo's limit too", () => {
    const parse = enumParser({ Open: ["O"], Closed: ["C"] });
    const first = Array.from({ length: 600 }, (_, i) => read(parse(i % 2 === 0 ? `o${" ".repeat(i)}` : `bad ${i}`)));
    const again = Array.from({ length: 600 }, (_, i) => read(parse(i % 2 === 0 ? `o${" ".repeat(i)}` : `bad ${i}`)));
    expect(again).toEqual(first);
    expect(first.filter((v) => v === "Open")).toHaveLength(300);
  });
});
