/** Consolidation end to end: several offices' .xlsx workbooks (or a folder of them) -> one scorecard. */
// @ts-nocheck

import * as fs from "node:fs";
import * as path from "node:path";
import type { Cell } from "../../src/core/model/grid";
import { RESULT_SHEETS } from "../../src/core/text/labels";
import { createWorkbook } from "../../src/host/file/writeWorkbook";
import { readWorkbook } from "../../src/host/file/readWorkbook";
import { SAMPLE_OFFICES, sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { cli, tempFolder } from "../helpers/cli";

type Rows = Cell[][];

/**
 * The sample split into one workbook per office. Sheets without an Office column follow their
 * project (Risks) or audit (Maturity, Findings); rows that name no known one, and the
 * organisation's "Consolidated" history rows, go to the first office's workbook.
 */
function splitSampleByOffice(): Map<string, { name: string; rows: Rows }[]> {
  const sheets = sampleWorkbook().sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => [...r]) }));
  const byName = new Map(sheets.map((s) => [s.name, s.rows]));
  const column = (rows: Rows, header: string) => rows[0].indexOf(header);
  const officeOfId = (sheet: string, idHeader: string) => {
    const rows = byName.get(sheet) ?? [[]];
    const id = column(rows, idHeader);
    const office = column(rows, "Office");
    return new Map(rows.slice(1).map((r) => [String(r[id]), String(r[office])]));
  };
  const projectOffice = officeOfId("Projects", "Project ID");
  const auditOffice = officeOfId("Audits", "Audit ID");
  const first = SAMPLE_OFFICES[0];
  const officeOf = (sheet: string, rows: Rows, row: Cell[]): string => {
    const via = (header: string, offices: Map<string, string>) => offices.get(String(row[column(rows, header)]));
    const named =
      sheet === "Risks"
        ? via("Project ID", projectOffice)
        : sheet === "Maturity" || sheet === "Findings"
          ? via("Audit ID", auditOffice)
          : String(row[column(rows, "Office")]);
    return named !== undefined && (SAMPLE_OFFICES as readonly string[]).includes(named) ? named : first;
  };
  const files = new Map<string, { name: string; rows: Rows }[]>(
    SAMPLE_OFFICES.map((office) => [office, sheets.map((s) => ({ name: s.name, rows: [s.rows[0]] }))]),
  );
  for (const [k, sheet] of sheets.entries()) {
    for (const row of sheet.rows.slice(1)) {
      if (sheet.name === "Settings") for (const file of files.values()) file[k].rows.push(row);
      else files.get(officeOf(sheet.name, sheet.rows, row))?.[k].rows.push(row);
    }
  }
  return files;
}

describe("itsm-scorecard compute with several workbooks", () => {
  const dir = tempFolder();
  const whole = path.join(dir, "sample.xlsx");
  const offices = path.join(dir, "offices");
  const asOf = ["--as-of", "2026-10-31"];

  beforeAll(() => {
    fs.writeFileSync(whole, createWorkbook(sampleWorkbook().sheets.map((s) => ({ name: s.name, rows: s.rows }))));
    fs.mkdirSync(offices);
    // Numbered so that the folder's name order puts the first office (with the Consolidated history) first.
    [...splitSampleByOffice()].forEach(([office, sheets], i) =>
      fs.writeFileSync(path.join(offices, `${i + 1}-${office}.xlsx`), createWorkbook(sheets)),
    );
  });

  it("the sample split by office consolidates to the same indicators as the sample in one workbook", async () => {
    const one = await cli([
      "compute",
      whole,
      "-o",
      path.join(dir, "one.xlsx"),
      "--json",
      path.join(dir, "one.json"),
      ...asOf,
    ]);
    expect(one.code).toBe(0);
    const inputsBefore = fs.readdirSync(offices).map((f) => fs.readFileSync(path.join(offices, f)));
    const all = path.join(dir, "all.xlsx");
    const many = await cli(["compute", offices, "-o", all, "--json", path.join(dir, "all.json"), ...asOf]);
    expect(many.err).toBe("");
    expect(many.code).toBe(0);

    const single = JSON.parse(fs.readFileSync(path.join(dir, "one.json"), "utf8"));
    const merged = JSON.parse(fs.readFileSync(path.join(dir, "all.json"), "utf8"));
    expect(merged.offices).toEqual(single.offices);
    expect(merged.consolidated).toEqual(single.consolidated);
    expect(merged.byOffice).toEqual(single.byOffice);
    expect(merged.campaigns).toEqual(single.campaigns);
    expect(merged.inputs).toEqual(SAMPLE_OFFICES.map((o, i) => path.join(offices, `${i + 1}-${o}.xlsx`)));
    // The same problems are found, each now naming its file and sheet.
    expect(merged.issues.length).toBe(single.issues.length);
    for (const issue of merged.issues) expect(issue.sheet).toMatch(/^\[\d-\w+\.xlsx\]/);

    // The output is a new workbook: the Settings used, Indicator history, the result sheets.
    const out = readWorkbook(fs.readFileSync(all));
    expect(out.sheetInfo.map((s) => s.name)).toEqual([
      "Settings",
      "Indicator history",
      ...Object.values(RESULT_SHEETS),
    ]);
    const history = out.sheets.find((s) => s.name === "Indicator history")?.rows ?? [];
    for (const office of [...SAMPLE_OFFICES, "Consolidated"]) expect(history.some((r) => r[1] === office)).toBe(true);
    // Input files are never modified.
    expect(fs.readdirSync(offices).map((f) => fs.readFileSync(path.join(offices, f)))).toEqual(inputsBefore);
  });

  it("reports a key used in two files with both file names", async () => {
    const header = ["Control ID", "Office", "Clause", "Status"];
    const a = path.join(dir, "quito-a.xlsx");
    const b = path.join(dir, "quito-b.xlsx");
    const settings = {
      name: "Settings",
      rows: [
        ["Setting", "Value"],
        ["Require evidence", "No"],
      ],
    };
    fs.writeFileSync(
      a,
      createWorkbook([
        settings,
        {
          name: "Controls",
          rows: [header, ["C-1", "Quito", "6.1", "Compliant"], ["C-2", "Quito", "6.1", "Compliant"]],
        },
      ]),
    );
    fs.writeFileSync(
      b,
      createWorkbook([
        {
          name: "Controls",
          rows: [header, ["C-3", "Quito", "6.1", "Not compliant"], ["C-1", "Quito", "6.1", "Not compliant"]],
        },
      ]),
    );
    const run = await cli([
      "compute",
      a,
      b,
      "-o",
      path.join(dir, "quito.xlsx"),
      "--json",
      path.join(dir, "quito.json"),
      ...asOf,
    ]);
    expect(run.code).toBe(0);
    const doc = JSON.parse(fs.readFileSync(path.join(dir, "quito.json"), "utf8"));
    const duplicate = doc.issues.find((i: { message: string }) => i.message.includes('"C-1"'));
    expect(duplicate).toEqual(
      expect.objectContaining({ severity: "error", sheet: "[quito-b.xlsx]Controls", row: 3, column: "Control ID" }),
    );
    expect(duplicate.message).toContain("[quito-a.xlsx]Controls row 2");
    // The first C-1 counts, the second is skipped: 2 of 3 controls compliant.
    expect(doc.byOffice.Quito.ccl["6.1"]).toBeCloseTo(2 / 3, 12);
  });

  it("skips what is not an .xlsx or .xlsm workbook in a folder, saying so", async () => {
    const folder = path.join(dir, "mixed");
    fs.mkdirSync(folder);
    fs.copyFileSync(whole, path.join(folder, "sample.xlsx"));
    fs.writeFileSync(path.join(folder, "notes.txt"), "not a workbook");
    fs.writeFileSync(path.join(folder, "~$sample.xlsx"), "Excel's lock file");
    const run = await cli(["compute", folder, "-o", path.join(dir, "mixed.xlsx"), ...asOf]);
    expect(run.code).toBe(0);
    expect(run.err).toBe(`itsm-scorecard: Skipped ${path.join(folder, "notes.txt")}: not an .xlsx or .xlsm workbook.`);
    expect(fs.existsSync(path.join(dir, "mixed.xlsx"))).toBe(true);
  });

  it("needs -o for several workbooks or a folder, and refuses to write over an input", async () => {
    const several = await cli(["compute", whole, whole, ...asOf]);
    expect(several.code).toBe(2);
    expect(several.err).toContain("-o");
    const folder = await cli(["compute", offices, ...asOf]);
    expect(folder.code).toBe(2);
    expect(folder.err).toContain("-o");
    const over = await cli(["compute", whole, path.join(offices, "1-Quito.xlsx"), "-o", whole]);
    expect(over.code).toBe(1);
    expect(over.err).toContain("overwrite the input");
  });

  it("stops with the file's name when one of the workbooks cannot be read", async () => {
    const broken = path.join(dir, "broken.xlsx");
    fs.writeFileSync(broken, "this is not a zip file");
    const run = await cli(["compute", whole, broken, "-o", path.join(dir, "never.xlsx")]);
    expect(run.code).toBe(1);
    expect(run.err).toContain("broken.xlsx");
    expect(fs.existsSync(path.join(dir, "never.xlsx"))).toBe(false);
  });
});
