/**
 * Alignments given for a whole sheet or column (ResultSheet.verticalAlign, columnAlign), written by
 * both hosts: the Calculation sheet's Counted column centred, the Issues sheet's cells at the top.
 * The file host's workbook is read back by openpyxl; the Excel host's through the Office.js bed,
 * where each is one range format instead of a property on every cell.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { compute } from "../../src/app";
import { RESULT_SHEET_NAMES } from "../../src/core/text/labels";
import { CALCULATION_TEXT } from "../../src/core/render/calculationText";
import { CALCULATION_HEADER_ROW } from "../../src/core/render/calculationSheet";
import { createWorkbook } from "../../src/host/file/writeWorkbook";
import { XlsxFileHost } from "../../src/host/file/xlsxFileHost";
import { ExcelHost } from "../../src/host/excel/excelHost";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { ExcelBed, cellOf } from "../helpers/officeJsBed/bed";
import { day } from "../helpers/records";

const python = spawnSync("/usr/bin/python3", ["-c", "import openpyxl"]).status === 0 ? "/usr/bin/python3" : null;
if (python === null && process.env.CI === "true") throw new Error("openpyxl is missing (python3-openpyxl).");
const withOpenpyxl = python ? it : it.skip;

const READ = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for name in sys.argv[2:]:
    ws = wb[name]
    out[name] = [[[c.value, c.alignment.horizontal, c.alignment.vertical] for c in r] for r in ws.iter_rows()]
print(json.dumps(out, default=str))
`;

const today = day("2026-11-01");
const COUNTED = CALCULATION_TEXT.en.header.indexOf("Counted");
const names = RESULT_SHEET_NAMES.en;

/** [row, value, alignment] of each non-empty cell of the lines' Counted column and of the Issues rows below their header. */
function expectations(calculation: unknown[][], issues: unknown[][]) {
  const counted = calculation.slice(CALCULATION_HEADER_ROW).map((r, k) => [CALCULATION_HEADER_ROW + k, r[COUNTED]]);
  const header = issues.findIndex((r) => r[6] === "Message");
  return { counted: counted.filter(([, v]) => v !== null && v !== ""), header };
}

describe("alignments of a whole sheet or column, in both hosts", () => {
  it("finds the Counted column by its header", () => {
    expect(COUNTED).toBe(10);
  });

  withOpenpyxl("file host: Counted centred, every Issues cell at the top", async () => {
    const host = new XlsxFileHost(createWorkbook(sampleWorkbook().sheets));
    await compute(host, { today });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "align-"));
    const file = path.join(dir, "out.xlsx");
    fs.writeFileSync(file, host.bytes);
    const read = spawnSync(python as string, ["-c", READ, file, names.calculation, names.issues], { encoding: "utf8" });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(read.stderr).toBe("");
    const cells = JSON.parse(read.stdout) as Record<string, [unknown, string | null, string | null][][]>;
    const value = (sheet: string) => cells[sheet].map((r) => r.map((c) => c[0]));
    const { counted, header } = expectations(value(names.calculation), value(names.issues));
    expect(counted.length).toBeGreaterThan(100);
    for (const [r] of counted) expect([r, cells[names.calculation][r as number][COUNTED][1]]).toEqual([r, "center"]);
    // The column beside keeps its own alignment.
    expect(cells[names.calculation][CALCULATION_HEADER_ROW + 1][COUNTED + 1][1]).toBeNull();
    const rows = cells[names.issues].slice(header + 1);
    expect(rows.length).toBeGreaterThan(3);
    for (const [k, row] of rows.entries())
      for (const [c, [v, , vertical]] of row.entries()) if (v !== null) expect([k, c, vertical]).toEqual([k, c, "top"]);
    // The header row stays at the bottom, as every header is.
    expect(cells[names.issues][header].map((c) => c[2])).toEqual(cells[names.issues][header].map(() => "bottom"));
  });

  it("Excel host: the same, as a range format each", async () => {
    const book = new ExcelBed();
    const host = new ExcelHost(book.context);
    await host.addSheets(sampleWorkbook().sheets.map((s) => ({ name: s.name, rows: s.rows })));
    await compute(host, { today });
    const calculation = book.sheet(names.calculation);
    const issues = book.sheet(names.issues);
    if (!calculation || !issues) throw new Error("no result sheets");
    const { counted, header } = expectations(calculation.grid(), issues.grid());
    expect(counted.length).toBeGreaterThan(100);
    for (const [r] of counted)
      expect([r, cellOf(calculation, r as number, COUNTED)?.horizontalAlignment]).toEqual([r, "Center"]);
    expect(cellOf(calculation, CALCULATION_HEADER_ROW + 1, COUNTED + 1)?.horizontalAlignment ?? "General").toBe(
      "General",
    );
    const grid = issues.grid();
    for (let r = header + 1; r < grid.length; r++)
      for (const [c, v] of grid[r].entries())
        if (v !== null && v !== "") expect([r, c, cellOf(issues, r, c)?.verticalAlignment]).toEqual([r, c, "Top"]);
    expect(grid[header].map((_v, c) => cellOf(issues, header, c)?.verticalAlignment)).toEqual(
      grid[header].map(() => "Bottom"),
    );
  });
});
