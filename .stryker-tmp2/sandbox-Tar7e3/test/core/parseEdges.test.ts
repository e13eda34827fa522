/**
 * Parser paths the mutation run found no unit test reaching (docs/testing.md): the title-row
 * hint, the Settings weights and thresholds that are refused or reset, the office name the
 * consolidated line reserves, 1904 serials, and how a cell reads as text.
 */
// @ts-nocheck

import { parseWorkbook } from "../../src/core/parse/parseWorkbook";
import { locateTable } from "../../src/core/parse/sheetTable";
import { DEFAULT_SETTINGS, type Issue } from "../../src/core/model/records";
import type { Cell } from "../../src/core/model/grid";
import { sheet, workbook } from "../helpers/grids";
import { day } from "../helpers/records";
import {
  displayText,
  isBlank,
  parseDate,
  parseDate1904,
  parseNumber,
  parseText,
  trimmed,
} from "../../src/core/parse/cellValues";

const controlsHeader = ["Control ID", "Office", "Clause", "Status"];
const controls = sheet("Controls", [controlsHeader, ["C-1", "Quito", "8.1", "Compliant"]]);
const settings = (...rows: Cell[][]) => sheet("Settings", [["Setting", "Value"], ...rows]);
const run = (...rows: Cell[][]) => parseWorkbook(workbook(settings(...rows), controls));
const messages = (issues: readonly Issue[]) => issues.map((i) => `${i.severity} ${i.row ?? "-"}: ${i.message}`);

describe("a title above the header row", () => {
  const wanted = ["controlId", "office", "clause", "status"] as const;
  const titled = (gap: number, header: Cell[]) =>
    sheet("Controls", [["Quito office: controls for 2026"], ...Array.from({ length: gap }, () => []), header], 1);

  it("names the row below that looks like the header row, in Excel's numbering", () => {
    const table = locateTable(titled(1, controlsHeader), wanted);
    expect(table.columns.size).toBe(0);
    expect(table.headerBelow).toBe(3);
    const offset = locateTable({ ...titled(0, controlsHeader), firstRow: 5 }, wanted);
    expect(offset.headerBelow).toBe(6);
  });

  it("looks ten rows down and no further", () => {
    expect(locateTable(titled(9, controlsHeader), wanted).headerBelow).toBe(11);
    expect(locateTable(titled(10, controlsHeader), wanted).headerBelow).toBeUndefined();
  });

  it("takes a row for the header only when it names two wanted columns", () => {
    expect(locateTable(titled(0, ["Control ID", "Notes"]), wanted).headerBelow).toBeUndefined();
    expect(locateTable(titled(0, ["Control ID", "Estado"]), wanted).headerBelow).toBe(2);
  });

  it("says so in the issue: which row to keep, and that the sheet is ignored until then", () => {
    const { issues, records } = parseWorkbook(
      workbook(
        sheet("Controls", [["Controls of the Quito office"], controlsHeader, ["C-1", "Quito", "8.1", "Compliant"]]),
      ),
    );
    expect(records.controls).toEqual([]);
    expect(messages(issues).join("\n")).toContain("row 2 looks like the header row: delete the rows above it");
  });
});

describe("Settings values refused or reset", () => {
  it("reads the three OCL weights written in one cell, with points or decimal commas", () => {
    expect(run(["OCL weights", "Controls 0.5, Evidence 0.3, Tasks 0.2"]).records.settings.oclWeights).toEqual({
      controls: 0.5,
      evidence: 0.3,
      tasks: 0.2,
    });
    const comma = run(["Pesos OCL", "0,7 / 0,2 / 0,1"]);
    expect(comma.issues).toEqual([]);
    expect(comma.records.settings.oclWeights).toEqual({ controls: 0.7, evidence: 0.2, tasks: 0.1 });
  });

  // A Settings value that cannot be used is a warning: the default stands in and the run goes on.
  it("refuses weights that are not three numbers, keeping the defaults", () => {
    const { issues, records } = run(["OCL weights", "0.6 / 0.4"]);
    expect(records.settings.oclWeights).toEqual(DEFAULT_SETTINGS.oclWeights);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ sheet: "Settings", row: 2, severity: "warning" });
    expect(issues[0].message).toMatch(/three/);
  });

  it("refuses a negative weight and keeps the others given", () => {
    const { issues, records } = run(["OCL weight controls", -0.1], ["OCL weight evidence", 0.5]);
    expect(records.settings.oclWeights).toEqual({ ...DEFAULT_SETTINGS.oclWeights, evidence: 0.5 });
    expect(issues.map((i) => [i.row, i.severity])).toEqual([[2, "warning"]]);
  });

  it("resets swapped thresholds to the defaults with a warning on the sheet", () => {
    const { issues, records } = run(["Success threshold", "60 %"], ["Fail threshold", "80 %"]);
    expect(records.settings.successThreshold).toBe(DEFAULT_SETTINGS.successThreshold);
    expect(records.settings.failThreshold).toBe(DEFAULT_SETTINGS.failThreshold);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ sheet: "Settings", row: null, severity: "warning" });
    // Equal thresholds are not swapped: both kept.
    const equal = run(["Success threshold", "75 %"], ["Fail threshold", "75 %"]);
    expect(equal.issues).toEqual([]);
    expect([equal.records.settings.successThreshold, equal.records.settings.failThreshold]).toEqual([0.75, 0.75]);
  });

  it("resets weights that are all zero, with a warning; one weight above zero is enough", () => {
    const zero = run(["OCL weights", "0 / 0 / 0"]);
    expect(zero.records.settings.oclWeights).toEqual(DEFAULT_SETTINGS.oclWeights);
    expect(zero.issues.map((i) => [i.row, i.severity])).toEqual([[null, "warning"]]);
    const one = run(["OCL weights", "0 / 0 / 1"]);
    expect(one.issues).toEqual([]);
    expect(one.records.settings.oclWeights).toEqual({ controls: 0, evidence: 0, tasks: 1 });
  });
});

describe("the office name the consolidated line reserves", () => {
  const withOffices = (...offices: string[]) =>
    parseWorkbook(
      workbook(sheet("Controls", [controlsHeader, ...offices.map((o, k) => [`C-${k}`, o, "8.1", "Compliant"])])),
    );

  it("renames an office called Consolidated, whatever its case, warning once per sheet", () => {
    const { records, issues } = withOffices("consolidated", "CONSOLIDATED", "Quito");
    expect(records.controls.map((c) => c.office)).toEqual(["consolidated (office)", "CONSOLIDATED (office)", "Quito"]);
    expect(issues.filter((i) => i.severity === "warning").map((i) => [i.sheet, i.row, i.column])).toEqual([
      ["Controls", 2, expect.any(String)],
    ]);
  });

  it("leaves names that only contain the word alone", () => {
    const { records, issues } = withOffices("Consolidated Quito", "Consolidate");
    expect(records.controls.map((c) => c.office)).toEqual(["Consolidated Quito", "Consolidate"]);
    expect(issues).toEqual([]);
  });
});

describe("cell values", () => {
  it("reads a serial in a 1904-date workbook in that system, whatever the column's format", () => {
    expect(parseDate1904(0)).toEqual({ ok: true, value: day("1904-01-01") });
    expect(parseDate1904(44_864)).toEqual({ ok: true, value: day("2026-10-31") });
    expect(parseDate(44_864)).toEqual({ ok: true, value: day("2022-10-30") });
    // The sheet says which system its workbook uses (the file host sets date1904 from workbook.xml).
    const grid = {
      ...sheet("Tasks", [
        ["Task ID", "Office", "Clause", "Activity", "Due date", "Status"],
        ["T-1", "Quito", "8.1", "Define", 44_864, "Done"],
      ]),
      date1904: true as const,
    };
    const { records } = parseWorkbook(workbook(controls, grid));
    expect(records.tasks.map((t) => t.due)).toEqual([day("2026-10-31")]);
  });

  it("shows a cell as a person reads it: booleans as Excel writes them, an invalid date as nothing", () => {
    expect([displayText(true), displayText(false)]).toEqual(["TRUE", "FALSE"]);
    expect(displayText(new Date(Number.NaN))).toBe("");
    expect(displayText(new Date(Date.UTC(2026, 10, 1)))).toBe("2026-11-01");
    expect(displayText({ error: "#N/A" })).toBe("#N/A");
  });

  it("trims white space at either end, the no-break space included, and keeps inner spaces", () => {
    expect(["  Quito", "Quito  ", "\u00a0Quito\u00a0", "\tSan José\n", "x"].map(trimmed)).toEqual([
      "Quito",
      "Quito",
      "Quito",
      "San José",
      "x",
    ]);
    expect(trimmed("")).toBe("");
    expect(isBlank(" \u00a0 ")).toBe(true);
    expect(isBlank("~")).toBe(false);
  });
});

describe("text and numbers", () => {
  const failed = (p: { ok: boolean; problem?: { en: string } }) => (p.ok ? null : (p.problem?.en ?? ""));

  it("refuses an Excel error where text is wanted, naming the error", () => {
    expect(parseText("  Quito ")).toEqual({ ok: true, value: "Quito" });
    expect(parseText(42)).toEqual({ ok: true, value: "42" });
    expect(failed(parseText({ error: "#REF!" }))).toContain("#REF!");
  });

  it("reads numbers and numeric text, with a decimal comma and spaces between thousands", () => {
    expect(parseNumber(0.75)).toEqual({ ok: true, value: 0.75 });
    expect(parseNumber(" 0,75 ")).toEqual({ ok: true, value: 0.75 });
    expect(parseNumber("1 000")).toEqual({ ok: true, value: 1000 });
    expect(failed(parseNumber({ error: "#DIV/0!" }))).toContain("#DIV/0!");
    for (const bad of ["abc", "", true, Number.POSITIVE_INFINITY, Number.NaN, new Date(0)] as const)
      expect(failed(parseNumber(bad))).not.toBeNull();
    // A finite number and an infinite one are refused for different reasons.
    expect(failed(parseNumber(Number.POSITIVE_INFINITY))).not.toBe(failed(parseNumber("abc")));
  });
});
