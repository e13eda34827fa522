/**
 * Finding a sheet's table and reading its rows (sheetTable.ts): an empty sheet, a table that does
 * not start at A1, headers as the sheet writes them, and what each issue says of its cell.
 */
// @ts-nocheck

import type { Cell } from "../../src/core/model/grid";
import { type Issue } from "../../src/core/model/records";
import { parseWorkbook } from "../../src/core/parse/parseWorkbook";
import { RowReader, locateTable, sourceColumns } from "../../src/core/parse/sheetTable";
import { parseNumber } from "../../src/core/parse/cellValues";
import {
  cellProblem,
  emptyRequired,
  missingColumn,
  unusableOptional,
  unusableRequired,
} from "../../src/core/text/messages";
import { sheet, workbook } from "../helpers/grids";
import { day } from "../helpers/records";

describe("locating a table", () => {
  it("finds none on a sheet of blank cells, keeping the sheet's place and the columns it needs", () => {
    const table = locateTable(
      { ...sheet("Controls", [[], [null, " "]], 3, 2), date1904: true },
      ["office"],
      ["controlId"],
    );
    expect(table).toEqual({
      sheet: "Controls",
      headerRow: 3,
      rows: [],
      firstColumn: 2,
      columns: new Map(),
      date1904: true,
      required: new Set(["controlId"]),
    });
    const { issues } = parseWorkbook(workbook(sheet("Controls", [[null]], 4)));
    expect(issues.map((i) => [i.severity, i.sheet, i.row, i.column, i.message])).toEqual([
      ["error", "Controls", 4, "Control ID", missingColumn({ en: "Control ID", es: "ID de control" }).en],
      ["error", "Controls", 4, "Clause", missingColumn({ en: "Clause", es: "Cláusula" }).en],
      ["error", "Controls", 4, "Status", missingColumn({ en: "Status", es: "Estado" }).en],
    ]);
  });

  it("takes the first filled row as the header, the first of a repeated header, and drops blank rows", () => {
    const grid = sheet(
      "Controls",
      [
        [null, null],
        ["Control ID", " Cláusula ", "Control ID", "Estado"],
        ["C-1", "6.1", "ignored", "C"],
        [null, "  ", null],
        ["C-2", "6.1", null, "C"],
      ],
      5,
      3,
    );
    const table = locateTable(grid, ["status"], ["controlId", "clause"]);
    expect(table.headerRow).toBe(6);
    expect([...table.columns]).toEqual([
      ["controlId", 0],
      ["clause", 1],
      ["status", 3],
    ]);
    expect(table.headerText).toEqual(
      new Map([
        ["clause", "Cláusula"],
        ["status", "Estado"],
      ]),
    );
    expect(table.rows.map((r) => r.excelRow)).toEqual([7, 9]);
    expect(table.required).toEqual(new Set(["controlId", "clause"]));
    expect(table.date1904).toBeUndefined();
    expect(sourceColumns(table)).toEqual({
      controlId: { header: "Control ID", letter: "C" },
      clause: { header: "Cláusula", letter: "D" },
      status: { header: "Estado", letter: "F" },
    });
    expect(locateTable(sheet("Controls", [["Control ID"]]), [], ["controlId"])).not.toHaveProperty("headerText");
    expect(locateTable(sheet("Controls", [["Control ID"]]), ["controlId"])).not.toHaveProperty("required");
  });
});

describe("reading a row", () => {
  const issues: Issue[] = [];
  const table = locateTable(
    sheet(
      "Projects",
      [
        ["Project ID", "Progreso", "Start date", "Weight"],
        [null, null, null, null],
      ],
      10,
      2,
    ),
    ["weight"],
    ["projectId", "progress", "startDate"],
  );
  const reader = (cells: Cell[]) => {
    issues.length = 0;
    return new RowReader(table, 11, cells, (d) => issues.push({ ...d, message: d.message.en }));
  };
  const said = () => issues.map((i) => [i.severity, i.row, i.column, i.cell, i.value, i.message]);

  it("reads text trimmed and other cells as they show, reporting a blank required cell by its header as written", () => {
    const row = reader(["  P-1 ", 45, null]);
    expect(row.text("projectId")).toBe("P-1");
    expect(row.text("progress")).toBe("45");
    expect(row.usable).toBe(true);
    expect(row.text("startDate")).toBeNull();
    expect(row.usable).toBe(false);
    expect(said()).toEqual([["error", 11, "Start date", "D11", null, emptyRequired("Start date").en]]);
    // A column the sheet lacks reads as blank, and an optional blank is no issue.
    const other = reader(["P-1"]);
    expect([other.raw("name"), other.text("name"), other.field("weight", parseNumber)]).toEqual([null, null, null]);
    expect(said()).toEqual([]);
    expect(other.usable).toBe(true);
  });

  it("reports an unusable value as an error where the row needs it and as a warning where it does not", () => {
    const row = reader(["P-1", "lots", null, "heavy"]);
    expect(row.field("progress", parseNumber)).toBeNull();
    expect(row.usable).toBe(false);
    const required = reader(["P-1", "lots", null, "heavy"]);
    expect(required.field("weight", parseNumber)).toBeNull();
    expect(required.usable).toBe(true);
    expect(said()).toEqual([
      ["warning", 11, "Weight", "E11", "heavy", unusableOptional("heavy", "Weight", cellProblem.notNumber()).en],
    ]);
    reader(["P-1", "lots"]).field("progress", parseNumber);
    expect(said()).toEqual([
      ["error", 11, "Progreso", "C11", "lots", unusableRequired("lots", "Progreso", cellProblem.notNumber()).en],
    ]);
    // The caller may say a column is optional here, whatever the sheet declares.
    const optional = reader(["P-1", "lots"]);
    expect(optional.field("progress", parseNumber, false)).toBeNull();
    expect([optional.usable, issues[0].severity]).toEqual([true, "warning"]);
  });

  it("reads dates from date cells, strings and serials, in the workbook's date system", () => {
    expect(reader(["P-1", null, new Date(Date.UTC(2026, 2, 15))]).date("startDate")).toBe(day("2026-03-15"));
    expect(reader(["P-1", null, "15/03/2026"]).date("startDate")).toBe(day("2026-03-15"));
    expect(reader(["P-1", null, 45_000]).date("startDate")).toBe(day("2023-03-15"));
    const late = reader(["P-1", null, new Date(Date.UTC(1899, 11, 31))]);
    expect(late.date("startDate")).toBeNull();
    expect([late.usable, said()[0][5]]).toEqual([
      false,
      unusableRequired("1899-12-31", "Start date", cellProblem.dateOutsideExcel()).en,
    ]);
    const mac = new RowReader({ ...table, date1904: true }, 11, ["P-1", null, 45_000], () => undefined);
    expect(mac.date("startDate")).toBe(day("2027-03-16"));
    expect(mac.excelRow).toBe(11);
    expect(mac.sheet).toBe("Projects");
    expect(mac.isRequired("startDate")).toBe(true);
    expect(mac.isRequired("weight")).toBe(false);
  });

  it("moves to another row and table, usable again", () => {
    const row = reader([null]);
    row.text("projectId");
    expect(row.usable).toBe(false);
    const other = locateTable(sheet("Risks", [["Risk ID", "Project ID"]], 1, 1), ["projectId"], ["riskId"]);
    row.reset(other, 7, ["R-1", "P-9"]);
    expect([row.usable, row.sheet, row.excelRow, row.text("riskId"), row.text("projectId")]).toEqual([
      true,
      "Risks",
      7,
      "R-1",
      "P-9",
    ]);
    expect(row.sourceColumns).toEqual({
      riskId: { header: "Risk ID", letter: "A" },
      projectId: { header: "Project ID", letter: "B" },
    });
  });
});
