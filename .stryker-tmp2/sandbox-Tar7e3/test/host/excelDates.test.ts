// @ts-nocheck
import { dateToSerial, isBuiltInDateFormat, isDateFormatCode, serialToDate } from "../../src/host/file/excelDates";

const utc = (y: number, m: number, d: number, h = 0, mi = 0, s = 0) => new Date(Date.UTC(y, m - 1, d, h, mi, s));

describe("Excel date serials (1900 system)", () => {
  it.each([
    [1, utc(1900, 1, 1)],
    [59, utc(1900, 2, 28)],
    [61, utc(1900, 3, 1)],
    [45306, utc(2024, 1, 15)],
    [45306.5, utc(2024, 1, 15, 12)],
    [2958465, utc(9999, 12, 31)],
  ])("serial %d is %s", (serial, date) => {
    expect(serialToDate(serial, false)).toEqual(date);
    expect(dateToSerial(date, false)).toBeCloseTo(serial, 9);
  });

  it("reads the phantom 1900-02-29 (serial 60) as 1900-02-28", () => {
    expect(serialToDate(60, false)).toEqual(utc(1900, 2, 28));
  });

  it("rounds to the millisecond", () => {
    // 10:30:00 is 0.4375 of a day; floating error must not show as 10:29:59.999.
    expect(serialToDate(45306 + 0.4375, false)).toEqual(utc(2024, 1, 15, 10, 30));
    expect(serialToDate(45306 + 1 / 3, false)).toEqual(utc(2024, 1, 15, 8));
  });

  it("refuses numbers that are no date", () => {
    expect(serialToDate(-1, false)).toBeNull();
    expect(serialToDate(3e6, false)).toBeNull();
    expect(serialToDate(Number.NaN, false)).toBeNull();
    expect(dateToSerial(utc(1899, 1, 1), false)).toBeNull();
    expect(dateToSerial(new Date(Number.NaN), false)).toBeNull();
  });
});

describe("Excel date serials (1904 system)", () => {
  it("counts from 1904-01-01", () => {
    expect(serialToDate(0, true)).toEqual(utc(1904, 1, 1));
    expect(serialToDate(43844, true)).toEqual(utc(2024, 1, 15));
    expect(dateToSerial(utc(2024, 1, 15), true)).toBe(43844);
    expect(dateToSerial(utc(1903, 12, 31), true)).toBeNull();
  });
});

describe("date number formats", () => {
  it("knows the built-in date formats", () => {
    for (const id of [14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]) expect(isBuiltInDateFormat(id)).toBe(true);
    for (const id of [0, 1, 2, 9, 10, 11, 37, 44, 48, 49]) expect(isBuiltInDateFormat(id)).toBe(false);
  });

  it.each([
    ["yyyy-mm-dd", true],
    ["dd/mm/yyyy;@", true],
    ["[$-409]mmmm d, yyyy;@", true],
    ["h:mm AM/PM", true],
    ["[h]:mm:ss", true],
    ["mmm-yy", true],
    ["General", false],
    ["0.00%", false],
    ['#,##0.00 "días"', false],
    ['"Due "0;[Red]\\-0', false],
    ["[Red][>=100]0.0", false],
    ["0.0\\d", false],
    ['_(* #,##0_);_(* (#,##0);_(* "-"??_);_(@_)', false],
    ["@", false],
  ])("%s -> %s", (code, isDate) => {
    expect(isDateFormatCode(code)).toBe(isDate);
  });
});
