/**
 * Several offices' workbooks read as one (parseWorkbooks.ts): which workbook's Settings and
 * "Consolidated" history rows are kept when none or several have them, the history written back
 * in the standard column order whatever each file's order, and issues naming `[file]Sheet`.
 */
import type { Cell, SheetGrid } from "../../src/core/model/grid";
import { HISTORY_COLUMNS, type NamedWorkbook, parseWorkbooks } from "../../src/core/parse/parseWorkbooks";
import { HEADERS } from "../../src/core/parse/vocabulary";
import { consolidatedRowsIgnored, settingsDiffer } from "../../src/core/text/messages";
import { date, sheet } from "../helpers/grids";

const controls = (office: string, clause = "6.1") =>
  sheet("Controls", [
    ["Control ID", "Office", "Clause", "Status"],
    ["C-1", office, clause, "Compliant"],
  ]);
const history = (...rows: Cell[][]) =>
  sheet("Indicator history", [["As-of date", "Office", "Indicator", "Value"], ...rows]);
const settings = (...rows: Cell[][]) => sheet("Settings", [["Setting", "Value"], ...rows]);
const book = (file: string, ...sheets: SheetGrid[]): NamedWorkbook => ({ file, grids: { sheets } });
const notices = (issues: ReturnType<typeof parseWorkbooks>["issues"]) =>
  issues.filter((i) => i.severity === "warning").map((i) => [i.sheet, i.row, i.message]);

describe("history rows of the organisation when several workbooks hold them", () => {
  it("are the first workbook's when no workbook has a Settings sheet, the others' dropped with a notice", () => {
    const { records, issues } = parseWorkbooks([
      book("quito.xlsx", controls("Quito"), history([date("2026-06-30"), "Consolidated", "OCL", 0.5])),
      book(
        "cuenca.xlsx",
        controls("Cuenca"),
        history(
          [date("2026-06-30"), "CONSOLIDATED", "OCL", 0.9],
          [date("2026-06-30"), "consolidated", "PRK", 2],
          [date("2026-06-30"), "Cuenca", "OCL", 0.8],
        ),
      ),
    ]);
    expect(records.history.map((h) => [h.office, h.indicator, h.value])).toEqual([
      ["Consolidated", "OCL", 0.5],
      ["Cuenca", "OCL", 0.8],
    ]);
    expect(notices(issues)).toEqual([
      ["[cuenca.xlsx]Indicator history", 1, consolidatedRowsIgnored(2, "Consolidated", "quito.xlsx").en],
    ]);
  });

  it("are the Settings holder's, even when it is not the first workbook", () => {
    const { records, issues } = parseWorkbooks([
      book("quito.xlsx", controls("Quito"), history([date("2026-06-30"), "Consolidated", "OCL", 0.5])),
      book(
        "head.xlsx",
        settings(["Require evidence", "No"]),
        history([date("2026-06-30"), "Consolidated", "OCL", 0.7]),
      ),
    ]);
    expect(records.history.map((h) => h.value)).toEqual([0.7]);
    expect(records.settings.requireEvidence).toBe(false);
    expect(notices(issues)).toEqual([
      ["[quito.xlsx]Indicator history", 1, consolidatedRowsIgnored(1, "Consolidated", "head.xlsx").en],
    ]);
  });

  it("are written back in the standard column order, whatever each workbook's order", () => {
    const reordered = sheet("Indicator history", [
      ["Value", "Indicator", "Office", "As-of date", "Notes"],
      [0.8, "OCL", "Cuenca", date("2026-06-30"), "kept out"],
    ]);
    const result = parseWorkbooks([
      book("quito.xlsx", controls("Quito"), history([date("2026-05-31"), "Quito", "OCL", 0.6])),
      book("cuenca.xlsx", controls("Cuenca"), reordered),
    ]);
    expect(result.history?.name).toBe("Indicator history");
    expect(result.history?.rows).toEqual([
      HISTORY_COLUMNS.map((k) => HEADERS[k].en),
      [date("2026-05-31"), "Quito", "OCL", 0.6],
      [date("2026-06-30"), "Cuenca", "OCL", 0.8],
    ]);
    expect(HISTORY_COLUMNS).toEqual(["asOfDate", "office", "indicator", "value"]);
  });

  it("are absent, as is the Settings sheet, when no workbook has them", () => {
    const result = parseWorkbooks([book("quito.xlsx", controls("Quito"))]);
    expect([result.history, result.settingsSheet, result.hasControls]).toEqual([null, null, true]);
    expect(parseWorkbooks([book("empty.xlsx", history())]).hasControls).toBe(false);
  });
});

describe("Settings sheets in several workbooks", () => {
  it("are the first holder's; another saying the same thing is not noticed, one saying otherwise is", () => {
    const same = settings(["Require evidence", "No"], ["Language", "English"]);
    const swapped = sheet("Settings", [
      ["Value", "Setting"],
      ["No", "Require evidence"],
      ["English", "Language"],
    ]);
    const other = settings(["Require evidence", "Yes"]);
    const result = parseWorkbooks([
      book("head.xlsx", same, controls("Head")),
      book("quito.xlsx", swapped, controls("Quito")),
      book("cuenca.xlsx", other, controls("Cuenca")),
    ]);
    expect(result.settingsSheet).toBe(same);
    expect(result.records.settings.requireEvidence).toBe(false);
    expect(notices(result.issues)).toEqual([["[cuenca.xlsx]Settings", 1, settingsDiffer("head.xlsx").en]]);
  });
});

describe("Settings sheets compared across workbooks", () => {
  it("are compared setting by setting, each name with its value, whatever other columns a sheet has", () => {
    const head = settings(["Success threshold", 0.9]);
    // The same setting and value, with a column of notes between them: not noticed.
    const noted = sheet("Settings", [
      ["Setting", "Notes", "Value"],
      ["Success threshold", "agreed in May", 0.9],
    ]);
    // The same value for another setting: noticed.
    const other = settings(["Fail threshold", 0.9]);
    const result = parseWorkbooks([
      book("head.xlsx", head, controls("Head")),
      book("quito.xlsx", noted, controls("Quito")),
      book("cuenca.xlsx", other, controls("Cuenca")),
    ]);
    expect(notices(result.issues)).toEqual([["[cuenca.xlsx]Settings", 1, settingsDiffer("head.xlsx").en]]);
  });

  it("are told apart row by row: a value running on into the next row's name is another sheet", () => {
    const head = settings(["Language", "English"], ["Success threshold", 0.9]);
    const runOn = settings(["Language", "EnglishSuccess thres"], ["hold", 0.9]);
    const result = parseWorkbooks([
      book("head.xlsx", head, controls("Head")),
      book("loja.xlsx", runOn, controls("Loja")),
    ]);
    expect(notices(result.issues)).toEqual([["[loja.xlsx]Settings", 1, settingsDiffer("head.xlsx").en]]);
  });
});

describe("rows merged from several workbooks", () => {
  it("keep their own file and sheet in issues and in their records' source", () => {
    const { records, issues } = parseWorkbooks([
      book("quito.xlsx", controls("Quito")),
      book("cuenca.xlsx", controls("Cuenca", "99.9")),
    ]);
    expect(records.controls.map((c) => [c.office, c.source.sheet, c.source.row])).toEqual([
      ["Quito", "[quito.xlsx]Controls", 2],
    ]);
    expect(issues.map((i) => [i.severity, i.sheet, i.row, i.column])).toEqual([
      ["error", "[cuenca.xlsx]Controls", 2, "Clause"],
    ]);
  });

  it("of an office named Consolidated are kept outside the Indicator history, under the office's reserved name", () => {
    // Only the history's "Consolidated" rows are the organisation's (and dropped from other files);
    // a Controls row of an office so named is that office's, renamed as in a single workbook.
    const { records, issues } = parseWorkbooks([
      book("head.xlsx", settings(["Organization", "Ministerio"]), controls("Head")),
      book("cuenca.xlsx", controls("Consolidated")),
    ]);
    expect(records.controls.map((c) => [c.office, c.source.sheet])).toEqual([
      ["Head", "[head.xlsx]Controls"],
      ["Consolidated (office)", "[cuenca.xlsx]Controls"],
    ]);
    expect(issues.map((i) => [i.severity, i.sheet, i.row, i.column])).toEqual([
      ["warning", "[cuenca.xlsx]Controls", 2, "Office"],
    ]);
  });

  it("take the organisation's catalog from the first workbook that has a Catalog sheet", () => {
    const catalog = (code: string) =>
      sheet("Catalog", [
        ["Code", "Process", "Team"],
        [code, `Process ${code}`, "SMR"],
      ]);
    const { records, issues } = parseWorkbooks([
      book("quito.xlsx", controls("Quito", "1")),
      book("head.xlsx", catalog("1"), controls("Head", "1")),
      book("cuenca.xlsx", catalog("2"), controls("Cuenca", "1")),
    ]);
    expect(issues).toEqual([]);
    expect(records.catalog.processes.map((p) => p.code)).toEqual(["1"]);
    expect(records.controls.map((c) => [c.office, c.process])).toEqual([
      ["Quito", "1"],
      ["Head", "1"],
      ["Cuenca", "1"],
    ]);
    const bad = parseWorkbooks([book("head.xlsx", sheet("Catalog", [["Code", "Process"]]), controls("Head"))]);
    expect(bad.issues.map((i) => [i.sheet, i.column])).toEqual([
      ["[head.xlsx]Catalog", "Team"],
      ["[head.xlsx]Catalog", null],
    ]);
  });
});
