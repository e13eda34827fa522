// @ts-nocheck
import { parseWorkbook } from "../../src/core/parse/parseWorkbook";
import { TEMPLATE_COLUMNS, TEMPLATE_INPUTS, templateSheets } from "../../src/core/template";
import { DEFAULT_SETTINGS, type SheetKey } from "../../src/core/model/records";
import { sheet, workbook } from "../helpers/grids";

describe("template", () => {
  it("names every input sheet with workbook.md's headers, and an Instructions sheet first", () => {
    const sheets = templateSheets();
    expect(sheets[0].name).toBe("Instructions");
    expect(sheets.map((s) => s.name).slice(1)).toEqual([
      "Settings",
      "Controls",
      "Evidence",
      "Tasks",
      "Projects",
      "Risks",
      "Audits",
      "Maturity",
      "Findings",
      "Actions",
      "Improvements",
      "Indicator history",
      "Process attributes",
      "Training",
    ]);
  });

  it("gives input rules only for columns the template has", () => {
    for (const [key, inputs] of Object.entries(TEMPLATE_INPUTS)) {
      for (const header of Object.keys(inputs ?? {})) expect(TEMPLATE_COLUMNS[key as SheetKey]).toContain(header);
    }
  });

  it("offers in its drop-downs only values the parser accepts", () => {
    const { records, issues } = parseWorkbook(
      workbook(
        sheet("Controls", [
          ["Control ID", "Clause", "Status"],
          ...(TEMPLATE_INPUTS.controls?.Status.kind === "list" ? TEMPLATE_INPUTS.controls.Status.values : []).map(
            (v, i) => [`C${i}`, "4.1", v],
          ),
        ]),
        sheet("Audits", [
          ["Audit ID", "Campaign"],
          ["A1", "HA"],
        ]),
        sheet("Findings", [
          ["Finding ID", "Audit ID", "Type"],
          ...(TEMPLATE_INPUTS.findings?.Type.kind === "list" ? TEMPLATE_INPUTS.findings.Type.values : []).map(
            (v, i) => [`F${i}`, "A1", v],
          ),
        ]),
        sheet("Maturity", [
          ["Audit ID", "Process", "Level"],
          ...(TEMPLATE_INPUTS.maturity?.Process.kind === "list" ? TEMPLATE_INPUTS.maturity.Process.values : []).map(
            (v) => ["A1", v, 3],
          ),
        ]),
      ),
    );
    expect(issues).toEqual([]);
    expect(records.controls).toHaveLength(4);
    expect(records.findings.map((f) => f.type)).toEqual(["FGP", "FOP", "FOB", "FNC", "FCC"]);
    expect(records.maturity).toHaveLength(15);
  });

  it("a new template parses with no issue, at the default settings", () => {
    const { issues, records } = parseWorkbook(
      workbook(
        ...templateSheets().map((s) =>
          sheet(
            s.name,
            s.rows.map((r) => [...r]),
          ),
        ),
      ),
    );
    expect(issues).toEqual([]);
    expect(records.settings).toEqual(DEFAULT_SETTINGS);
  });

  it("a Spanish 2018 template reads as the default settings in Spanish under 2018", () => {
    const { issues, records } = parseWorkbook(
      workbook(
        ...templateSheets({ language: "es", framework: "2018" }).map((s) =>
          sheet(
            s.name,
            s.rows.map((r) => [...r]),
          ),
        ),
      ),
    );
    expect(issues).toEqual([]);
    expect(records.settings).toEqual({ ...DEFAULT_SETTINGS, language: "es", framework: "2018" });
  });
});
