import { parseWorkbook } from "../../src/core/parse/parseWorkbook";
import { ORGANISATION_CATALOG_ID } from "../../src/core/parse/parseCatalog";
import type { Cell } from "../../src/core/model/grid";
import { sheet, workbook } from "../helpers/grids";
import { day } from "../helpers/records";

const settings = (framework: Cell, name = "Framework") =>
  sheet("Settings", [
    ["Setting", "Value"],
    [name, framework],
  ]);
const controls = (...clauses: string[]) =>
  sheet("Controls", [["Control ID", "Clause", "Status"], ...clauses.map((c, i) => [`C${i}`, c, "C"])]);

describe("the Framework setting", () => {
  it.each([
    ["ISO/IEC 20000-1:2018", "2018"],
    ["ISO 20000-1:2011", "2011"],
    ["2018", "2018"],
    [2018, "2018"],
    ["iso/iec 20000-1 (2018)", "2018"],
  ] as const)("reads %p as the %s edition", (value, edition) => {
    const { records, issues } = parseWorkbook(workbook(settings(value), controls("4.1")));
    expect(issues).toEqual([]);
    expect(records.settings.framework).toBe(edition);
    expect(records.catalog.id).toBe(`ISO/IEC 20000-1:${edition}`);
  });

  it("is read under its Spanish name", () => {
    expect(
      parseWorkbook(
        workbook(
          sheet("Configuración", [
            ["Parámetro", "Valor"],
            ["Marco", "ISO/IEC 20000-1:2018"],
          ]),
          controls("4.1"),
        ),
      ).records.catalog.id,
    ).toBe("ISO/IEC 20000-1:2018");
  });

  it("defaults to 2011, and an unreadable value is a warning that keeps 2011", () => {
    expect(parseWorkbook(workbook(controls("4.1"))).records.catalog.id).toBe("ISO/IEC 20000-1:2011");
    const { records, issues } = parseWorkbook(workbook(settings("ISO 9001"), controls("4.1")));
    expect(records.catalog.id).toBe("ISO/IEC 20000-1:2011");
    expect(issues).toEqual([
      expect.objectContaining({
        severity: "warning",
        sheet: "Settings",
        row: 2,
        column: "Value",
        cell: "B2",
        value: "ISO 9001",
      }),
    ]);
  });

  it("maps controls to the 2018 processes, and reports clauses that name none", () => {
    const { records, issues } = parseWorkbook(
      workbook(settings("2018"), controls("8.6.1", "9.1.2", "6.1", "8.5.1.3", "8.3.1")),
    );
    expect(records.controls.map((c) => c.process)).toEqual(["8.6.1", "9", "6", "8.5.1"]);
    expect(issues).toEqual([
      expect.objectContaining({ severity: "error", sheet: "Controls", row: 6, column: "Clause", value: "8.3.1" }),
    ]);
    expect(issues[0].message).toContain("ISO/IEC 20000-1:2018");
  });
});

describe("an organisation's own Catalog sheet", () => {
  const own = (rows: Cell[][], header: Cell[] = ["Code", "Process", "Clause", "Team"]) =>
    sheet("Catalog", [header, ...rows]);

  it("replaces the built-in catalog, whatever the Framework setting", () => {
    const { records, issues } = parseWorkbook(
      workbook(
        settings("2018"),
        own([
          ["1", "Governance", "1", "SMR"],
          ["2.1", "Service desk", "2", "O&R"],
          ["2.2", "Monitoring", "", "Support and Control"],
          ["3", "Projects", 3, "d&t"],
        ]),
        controls("1.4", "2.1.9", "2.2", "3"),
      ),
    );
    expect(issues).toEqual([]);
    expect(records.catalog.id).toBe(ORGANISATION_CATALOG_ID);
    expect(records.catalog.processes).toEqual([
      { code: "1", name: "Governance", clause: "1", team: "SMR" },
      { code: "2.1", name: "Service desk", clause: "2", team: "O&R" },
      { code: "2.2", name: "Monitoring", clause: "2", team: "S&C" },
      { code: "3", name: "Projects", clause: "3", team: "D&T" },
    ]);
    expect(records.controls.map((c) => c.process)).toEqual(["1", "2.1", "2.2", "3"]);
  });

  it("reads Spanish headers and sheet name", () => {
    const { records, issues } = parseWorkbook(
      workbook(
        sheet("Catálogo", [
          ["Código", "Proceso", "Cláusula", "Equipo"],
          ["5.1", "Mesa de servicio", "5", "Operación y Resolución"],
        ]),
        controls("5.1.1"),
      ),
    );
    expect(issues).toEqual([]);
    expect(records.catalog.processes).toEqual([{ code: "5.1", name: "Mesa de servicio", clause: "5", team: "O&R" }]);
  });

  it("skips and reports unknown teams, duplicate codes, codes and clauses that are not dotted numbers", () => {
    const { records, issues } = parseWorkbook(
      workbook(
        own([
          ["1", "Governance", "1", "SMR"],
          ["2", "Desk", "2", "Helpdesk team"],
          ["1", "Governance again", "1", "SMR"],
          ["A.5", "Annex", "A", "S&C"],
          ["3", "Three", "three", "S&C"],
          ["4", "", "5", "O&R"],
        ]),
        controls("1"),
      ),
    );
    expect(records.catalog.processes.map((p) => p.code)).toEqual(["1", "4"]);
    const at = (row: number) => issues.filter((i) => i.row === row).map((i) => [i.severity, i.sheet, i.column, i.cell]);
    expect(at(3)).toEqual([["error", "Catalog", "Team", "D3"]]);
    expect(at(4)).toEqual([["error", "Catalog", "Code", "A4"]]);
    expect(issues.find((i) => i.row === 4)?.message).toContain("first on row 2");
    expect(at(5)).toEqual([
      ["error", "Catalog", "Code", "A5"],
      ["error", "Catalog", "Clause", "C5"],
    ]);
    expect(at(6)).toEqual([["error", "Catalog", "Clause", "C6"]]);
    // No name: the code is shown; a process outside its clause is counted where written.
    expect(at(7)).toEqual([
      ["warning", "Catalog", "Clause", "C7"],
      ["warning", "Catalog", "Process", "B7"],
    ]);
    expect(records.catalog.processes[1]).toEqual({ code: "4", name: "4", clause: "5", team: "O&R" });
  });

  it("falls back to the built-in edition, with an issue, when no row is usable", () => {
    const { records, issues } = parseWorkbook(
      workbook(settings("2018"), own([["x", "Bad", "1", "Nobody"]]), controls("8.6.1")),
    );
    expect(records.catalog.id).toBe("ISO/IEC 20000-1:2018");
    expect(records.controls).toHaveLength(1);
    expect(issues.at(-1)).toMatchObject({ severity: "warning", sheet: "Catalog", row: null });
    expect(issues.at(-1)?.message).toContain("built-in ISO/IEC 20000-1:2018 catalog is used");
  });

  it("falls back when a required column is missing, and an empty sheet changes nothing", () => {
    const missing = parseWorkbook(
      workbook(own([["1", "Governance", "1"]], ["Code", "Process", "Clause"]), controls("4.1")),
    );
    expect(missing.records.catalog.id).toBe("ISO/IEC 20000-1:2011");
    expect(missing.issues.map((i) => [i.sheet, i.column])).toEqual([
      ["Catalog", "Team"],
      ["Catalog", null],
    ]);
    const empty = parseWorkbook(workbook(own([]), controls("4.1")));
    expect(empty.issues).toEqual([]);
    expect(empty.records.catalog.id).toBe("ISO/IEC 20000-1:2011");
  });
});

describe("maturity ratings across editions", () => {
  const audits = sheet("Audits", [
    ["Audit ID", "Campaign"],
    ["A1", "HA"],
    ["A2", "VA"],
  ]);
  const ratings = (...rows: Cell[][]) => sheet("Maturity", [["Audit ID", "Process", "Level"], ...rows]);

  it("carries a 2011 campaign to the 2018 processes, with a notice", () => {
    const { records, issues } = parseWorkbook(
      workbook(
        settings("2018"),
        controls("4.1"),
        audits,
        ratings(["A1", "6.3", 3], ["A1", "8.1", 2], ["A1", "4", 4], ["A2", "8.7.1", 5], ["A2", "8.1", 1]),
      ),
    );
    const of = (audit: string) => records.maturity.filter((m) => m.auditId === audit).map((m) => [m.process, m.level]);
    expect(of("A1")).toEqual([
      ["8.7.1", 3],
      ["8.7.2", 3],
      ["8.6.1", 2],
      ["8.6.2", 2],
      ...["4", "5", "6", "7", "8.1", "8.2.1", "8.2.3", "9", "10"].map((c) => [c, 4]),
    ]);
    expect(of("A2")).toEqual([
      ["8.7.1", 5],
      ["8.1", 1],
    ]);
    expect(issues).toEqual([expect.objectContaining({ severity: "warning", sheet: "Maturity", value: "HA" })]);
    expect(issues[0].message).toContain("ISO/IEC 20000-1:2011");
  });

  it("carries a 2018 campaign back to the 2011 processes", () => {
    const { records, issues } = parseWorkbook(
      workbook(
        controls("4.1"),
        audits,
        ratings(["A2", "8.6.1", 3], ["A2", "8.6.2", 4], ["A2", "9.4", 2], ["A1", "6.2", 1]),
      ),
    );
    expect(records.maturity.map((m) => [m.auditId, m.process, m.level])).toEqual([
      ["A2", "8.1", 3],
      ["A2", "8.1", 4],
      ["A2", "6.2", 2],
      ["A1", "6.2", 1],
    ]);
    expect(issues.map((i) => i.value)).toEqual(["VA"]);
  });

  it("judges each row of a campaign that mixes editions against the current one", () => {
    const { records, issues } = parseWorkbook(
      workbook(settings("2018"), controls("4.1"), audits, ratings(["A1", "6.3", 3], ["A1", "8.6.1", 2])),
    );
    expect(records.maturity.map((m) => m.process)).toEqual(["8.6.1"]);
    expect(issues).toEqual([
      expect.objectContaining({
        severity: "error",
        sheet: "Maturity",
        row: 2,
        column: "Process",
        cell: "B2",
        value: "6.3",
      }),
    ]);
  });

  it("decides a campaign's edition from the rows that name a process: a blank Process is no code of either edition", () => {
    const { records, issues } = parseWorkbook(
      workbook(controls("4.1"), audits, ratings(["A2", "8.6.1", 3], ["A2", null, 4])),
    );
    // Carried from 2018 all the same; the blank row is skipped with its own error.
    expect(records.maturity.map((m) => [m.auditId, m.process, m.level])).toEqual([["A2", "8.1", 3]]);
    expect(issues.map((i) => [i.severity, i.row, i.column, i.value])).toEqual([
      ["warning", null, "Process", "VA"],
      ["error", 3, "Process", null],
    ]);
  });

  it("decides no edition for the rows of an audit the Audits sheet lacks: they belong to no campaign", () => {
    const { records, issues } = parseWorkbook(
      workbook(controls("4.1"), audits, ratings(["A1", "6.2", 1], ["A9", "8.6.1", 3])),
    );
    expect(records.maturity.map((m) => [m.auditId, m.process])).toEqual([["A1", "6.2"]]);
    // Only the unknown 2011 code is reported: no campaign is carried.
    expect(issues.map((i) => [i.severity, i.row, i.column, i.value])).toEqual([["error", 3, "Process", "8.6.1"]]);
  });

  it("maps nothing under an organisation's own catalog", () => {
    const own = sheet("Catalog", [
      ["Code", "Process", "Team"],
      ["1", "One", "SMR"],
    ]);
    const { records, issues } = parseWorkbook(
      workbook(own, controls("1"), audits, ratings(["A1", "6.3", 3], ["A1", "1", 2])),
    );
    expect(records.maturity.map((m) => m.process)).toEqual(["1"]);
    expect(issues).toEqual([expect.objectContaining({ severity: "error", row: 2, value: "6.3" })]);
  });
});

describe("consolidating several workbooks", () => {
  it("applies the first workbook's Catalog sheet to every office, naming its file in issues", async () => {
    const { consolidateScorecard } = await import("../../src/core/pipeline");
    const catalog = sheet("Catalog", [
      ["Code", "Process", "Team"],
      ["1", "Governance", "SMR"],
      ["2", "Desk", "O&R"],
      ["3", "Bad", "Nobody"],
    ]);
    const office = (name: string, status: string) =>
      sheet("Controls", [
        ["Control ID", "Office", "Clause", "Status"],
        ["C1", name, "1.1", status],
        ["C2", name, "2", "C"],
      ]);
    const run = consolidateScorecard(
      [
        {
          file: "Org.xlsx",
          grids: workbook(
            sheet("Settings", [
              ["Setting", "Value"],
              ["Require evidence", "No"],
            ]),
            catalog,
            office("Quito", "C"),
          ),
        },
        { file: "Cuenca.xlsx", grids: workbook(office("Cuenca", "NC")) },
      ],
      { today: day("2026-11-01") },
    );
    expect(run.records.catalog.processes.map((p) => p.code)).toEqual(["1", "2"]);
    expect(run.records.controls.map((c) => [c.office, c.process])).toEqual([
      ["Quito", "1"],
      ["Quito", "2"],
      ["Cuenca", "1"],
      ["Cuenca", "2"],
    ]);
    expect(run.document.consolidated.ccl).toEqual({ "1": 0.5, "2": 1 });
    expect(run.result.issues.filter((i) => i.severity === "error")).toEqual([
      expect.objectContaining({ sheet: "[Org.xlsx]Catalog", row: 4, column: "Team" }),
    ]);
  });
});
