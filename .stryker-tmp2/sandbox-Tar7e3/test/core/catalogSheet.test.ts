/**
 * An organisation's own Catalog sheet (parseCatalog.ts), the edges test/catalogs leaves: what a
 * dotted number is, which clause a process belongs to when its Clause is blank, and when a
 * process is outside the clause written beside it. The catalog's name is what messages show.
 */
// @ts-nocheck

import type { Cell } from "../../src/core/model/grid";
import { parseWorkbook } from "../../src/core/parse/parseWorkbook";
import { catalogProblem, cellProblem } from "../../src/core/text/messages";
import { sheet, workbook } from "../helpers/grids";

const catalog = (...rows: Cell[][]) => sheet("Catalog", [["Code", "Process", "Clause", "Team"], ...rows]);
const controls = (...clauses: string[]) =>
  sheet("Controls", [["Control ID", "Clause", "Status"], ...clauses.map((c, i) => [`C${i}`, c, "Compliant"])]);

describe("an organisation's Catalog sheet", () => {
  it("takes codes that are dotted numbers only, refusing anything before, after or between", () => {
    const { records, issues } = parseWorkbook(
      workbook(
        catalog(
          ["8", "Eight", null, "SMR"],
          ["8.2.6", "Deep", null, "SMR"],
          ["8.2x", "Trailing", null, "SMR"],
          ["x8.2", "Leading", null, "SMR"],
          ["8.", "Open dot", null, "SMR"],
          ["8..2", "Two dots", null, "SMR"],
          [".8", "Leading dot", null, "SMR"],
        ),
        controls("8.2.6"),
      ),
    );
    expect(records.catalog.processes.map((p) => p.code)).toEqual(["8", "8.2.6"]);
    expect(issues.map((i) => [i.row, i.column, i.value])).toEqual([
      [4, "Code", "8.2x"],
      [5, "Code", "x8.2"],
      [6, "Code", "8."],
      [7, "Code", "8..2"],
      [8, "Code", ".8"],
    ]);
    expect(issues[0].message).toContain(cellProblem.dotted().en);
  });

  it("puts a process without a Clause in its code's first number, however many digits it has", () => {
    const { records, issues } = parseWorkbook(
      workbook(catalog(["10.1", "Ten one", null, "SMR"], ["12", "Twelve", "", "O&R"]), controls("10.1")),
    );
    expect(issues).toEqual([]);
    expect(records.catalog.processes.map((p) => [p.code, p.clause])).toEqual([
      ["10.1", "10"],
      ["12", "12"],
    ]);
  });

  it("warns of a process outside the clause written beside it, 8.10 outside 8.1 included", () => {
    const { records, issues } = parseWorkbook(
      workbook(
        catalog(
          ["8.1.2", "Inside", "8.1", "SMR"],
          ["8.1", "Itself", "8.1", "SMR"],
          ["8.10", "Sibling", "8.1", "SMR"],
          ["9.2", "Elsewhere", "8", "SMR"],
        ),
        controls("8.1.2"),
      ),
    );
    expect(records.catalog.processes.map((p) => [p.code, p.clause])).toEqual([
      ["8.1.2", "8.1"],
      ["8.1", "8.1"],
      ["8.10", "8.1"],
      ["9.2", "8"],
    ]);
    expect(issues.map((i) => [i.severity, i.row, i.column, i.message])).toEqual([
      ["warning", 4, "Clause", catalogProblem.outsideClause("8.10", "8.1").en],
      ["warning", 5, "Clause", catalogProblem.outsideClause("9.2", "8").en],
    ]);
  });

  it("skips a code used again, naming the code as the cell shows it", () => {
    const { records, issues } = parseWorkbook(
      workbook(catalog(["8.1", "First", null, "SMR"], [8.1, "Again", null, "O&R"]), controls("8.1")),
    );
    expect(records.catalog.processes.map((p) => p.name)).toEqual(["First"]);
    expect(issues.map((i) => [i.severity, i.row, i.column, i.cell, i.value, i.message])).toEqual([
      ["error", 3, "Code", "A3", "8.1", catalogProblem.duplicateCode("8.1", 2).en],
    ]);
  });

  it("is named in messages as the organisation's catalog", () => {
    const { records, issues } = parseWorkbook(workbook(catalog(["1", "One", "1", "SMR"]), controls("2.1")));
    expect(records.catalog.id).toBe("Organisation catalog");
    expect(issues.map((i) => [i.sheet, i.row, i.column])).toEqual([["Controls", 2, "Clause"]]);
    expect(issues[0].message).toContain("Organisation catalog");
  });
});
