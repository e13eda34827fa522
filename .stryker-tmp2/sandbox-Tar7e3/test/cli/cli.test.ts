// @ts-nocheck
import * as fs from "node:fs";
import * as path from "node:path";
import type { SheetGrid } from "../../src/core/model/grid";
import { inputSheetKey } from "../../src/core/parse/parseWorkbook";
import { RESULT_SHEETS } from "../../src/core/text/labels";
import { readWorkbook } from "../../src/host/file/readWorkbook";
import { cli, tempFolder } from "../helpers/cli";

const read = (file: string) => readWorkbook(fs.readFileSync(file));
const sheetOf = (grids: { sheets: readonly SheetGrid[] }, name: string): SheetGrid => {
  const found = grids.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};
/** Finds the row whose first cell is `label` and returns that row's cells. */
const rowLabelled = (grid: SheetGrid, label: string) => {
  const row = grid.rows.find((r) => r[0] === label);
  if (!row) throw new Error(`no row ${label} in ${grid.name}`);
  return row;
};

describe("itsm-scorecard on real .xlsx files", () => {
  const dir = tempFolder();
  const input = path.join(dir, "sample.xlsx");
  const output = path.join(dir, "sample.scorecard.xlsx");
  const json = path.join(dir, "result.json");

  beforeAll(async () => {
    expect((await cli(["template", input, "--sample"])).code).toBe(0);
  });

  it("computes: result sheets written, input sheets unchanged, JSON as workbook.md spells it", async () => {
    const run = await cli(["compute", input, "-o", output, "--json", json]);
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    expect(run.out).toContain("Consolidated");

    const before = read(input);
    const after = read(output);
    const names = after.sheets.map((s) => s.name);
    for (const name of Object.values(RESULT_SHEETS)) expect(names).toContain(name);
    for (const name of Object.values(RESULT_SHEETS)) expect(after.ownedSheets.has(name)).toBe(true);

    // Every input sheet except Indicator history is cell-for-cell the same.
    for (const sheet of before.sheets) {
      if (inputSheetKey(sheet.name) === "history") continue;
      expect(sheetOf(after, sheet.name)).toEqual(sheet);
    }

    const doc = JSON.parse(fs.readFileSync(json, "utf8"));
    expect(doc.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(doc.offices.length).toBeGreaterThanOrEqual(3);
    for (const key of ["ocl", "cls", "ccl", "plc", "prk", "oclt", "derivedMaturity"])
      expect(doc.consolidated).toHaveProperty(key);
    expect(Object.keys(doc.byOffice)).toEqual(doc.offices);
    expect(doc.campaigns.length).toBeGreaterThanOrEqual(2);
    expect(Object.keys(doc.campaigns[0].findings)).toEqual(["FGP", "FOP", "FOB", "FNC", "FCC"]);
    expect(doc.issues.length).toBeGreaterThan(0);
    for (const issue of doc.issues)
      expect(issue).toEqual(
        expect.objectContaining({
          severity: expect.any(String),
          sheet: expect.any(String),
          message: expect.any(String),
        }),
      );

    // The Scorecard's consolidated OCL cell holds the JSON's value.
    const scorecard = sheetOf(after, RESULT_SHEETS.scorecard);
    const header = scorecard.rows.find((r) => r[0] === "Indicator");
    expect(header?.[2]).toBe("Consolidated");
    expect(rowLabelled(scorecard, "OCL")[2]).toBeCloseTo(doc.consolidated.ocl, 12);
    // The Issues sheet lists every issue.
    const issues = sheetOf(after, RESULT_SHEETS.issues);
    expect(issues.rows.filter((r) => r[0] === "error" || r[0] === "warning")).toHaveLength(doc.issues.length);
  });

  it("re-running on its own output replaces result sheets and history rows instead of adding", async () => {
    const second = path.join(dir, "second.xlsx");
    expect((await cli(["compute", output, "-o", second])).code).toBe(0);
    const first = read(output);
    const again = read(second);
    expect(again.sheets.map((s) => s.name)).toEqual(first.sheets.map((s) => s.name));
    const history = (wb: typeof first) => wb.sheets.find((s) => inputSheetKey(s.name) === "history")?.rows ?? [];
    expect(history(again)).toEqual(history(first));
    for (const name of Object.values(RESULT_SHEETS)) expect(sheetOf(again, name)).toEqual(sheetOf(first, name));
  });

  it("adds this run's rows to Indicator history once per office and as-of date", async () => {
    const before = read(input).sheets.find((s) => inputSheetKey(s.name) === "history");
    const after = read(output).sheets.find((s) => inputSheetKey(s.name) === "history");
    const doc = JSON.parse(fs.readFileSync(json, "utf8"));
    const runRows = (after?.rows ?? []).filter((r) => r[0] instanceof Date && r[0].toISOString().startsWith(doc.asOf));
    // OCL, PRK and ML for each office and Consolidated, where defined.
    const ocl = runRows.filter((r) => r[2] === "OCL").map((r) => r[1]);
    expect(ocl.sort()).toEqual([...doc.offices, "Consolidated"].sort());
    expect((after?.rows.length ?? 0) - (before?.rows.length ?? 0)).toBe(runRows.length);
  });

  it("validate lists the issues by sheet and kind with their counts, and exits 0", async () => {
    const run = await cli(["validate", input]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^Controls: \d+ errors?, \d+ warnings?$/m);
    expect(run.out).toMatch(/^ {2}Clause: 1 error\n {4}C\d+ +Clause "8" maps to no process/m);
    expect(run.out).toMatch(/^\d+ errors?, \d+ warnings?\.$/m);
  });

  it("exits 1 with one line for an unreadable file or a workbook without Controls", async () => {
    const notZip = path.join(dir, "notes.xlsx");
    fs.writeFileSync(notZip, "this is not a workbook");
    const bad = await cli(["compute", notZip]);
    expect(bad.code).toBe(1);
    expect(bad.err.split("\n")).toHaveLength(1);
    expect(fs.existsSync(path.join(dir, "notes.scorecard.xlsx"))).toBe(false);

    const empty = path.join(dir, "empty.xlsx");
    expect((await cli(["template", empty])).code).toBe(0);
    const noControls = path.join(dir, "no-controls.xlsx");
    const { createWorkbook } = await import("../../src/host/file/writeWorkbook");
    fs.writeFileSync(noControls, createWorkbook([{ name: "Settings", rows: [["Setting", "Value"]] }]));
    const missing = await cli(["compute", noControls]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('no "Controls" sheet');

    const absent = await cli(["compute", path.join(dir, "nowhere.xlsx")]);
    expect(absent.code).toBe(1);
    expect(absent.err).toContain("does not exist");
  });

  it("exits 2 on usage errors and refuses to write over its input", async () => {
    expect((await cli(["compute"])).code).toBe(2);
    expect((await cli(["compute", input, "--as-of", "31/10/2026"])).code).toBe(2);
    expect((await cli(["frobnicate"])).code).toBe(2);
    expect((await cli(["template", input, "--json", "x"])).code).toBe(2);
    const same = await cli(["compute", input, "-o", input]);
    expect(same.code).toBe(1);
    expect(same.err).toContain("overwrite the input");
  });

  it("--as-of overrides the Settings date", async () => {
    const out = path.join(dir, "asof.xlsx");
    const j = path.join(dir, "asof.json");
    expect((await cli(["compute", input, "-o", out, "--json", j, "--as-of", "2026-03-31"])).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(j, "utf8")).asOf).toBe("2026-03-31");
  });
});
