/**
 * The trail is complete: every number of the Scorecard, Compliance, Maturity levels, Findings
 * summary and Project risk sheets is recomputed from the Calculation sheet alone, read back from
 * the written .xlsx by openpyxl (Debian's python3), by plain arithmetic that calls nothing of the
 * product (recompute_from_calculation.py), and found equal. Each indicator links to its lines.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { createWorkbook } from "../../src/host/file";
import { paperStudyWorkbook } from "../fixtures/paperStudy";
import { cli, tempFolder } from "../helpers/cli";

const SCRIPT = path.join(__dirname, "recompute_from_calculation.py");

interface Recomputed {
  readonly checked: number;
  readonly mismatches: unknown[];
  readonly unchecked: unknown[];
  readonly offices: string[];
  readonly campaigns: string[];
  readonly links: number;
  readonly badLinks: unknown[];
  readonly autoFilter: string | null;
}

function recompute(xlsx: string): Recomputed {
  const out = execFileSync("/usr/bin/python3", [SCRIPT, xlsx], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out) as Recomputed;
}

async function computed(input: string): Promise<string> {
  const output = input.replace(/\.xlsx$/, ".out.xlsx");
  const run = await cli(["compute", input, "-o", output]);
  expect(run.code).toBe(0);
  return output;
}

describe("the Calculation sheet recomputes every result number", () => {
  const dir = tempFolder();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("of the sample workbook", async () => {
    const input = path.join(dir, "sample.xlsx");
    expect((await cli(["template", input, "--sample"])).code).toBe(0);
    const r = recompute(await computed(input));
    expect(r.mismatches).toEqual([]);
    expect(r.unchecked).toEqual([]);
    expect(r.offices).toEqual(["Quito", "Guayaquil", "Cuenca"]);
    expect(r.campaigns).toHaveLength(2);
    expect(r.checked).toBeGreaterThan(400);
    // Every indicator cell links to a Result line of Calculation (of its own office on the Scorecard).
    expect(r.badLinks).toEqual([]);
    expect(r.links).toBeGreaterThan(300);
    expect(r.autoFilter).toMatch(/^A4:Q\d+$/);
  });

  it("of the paper-study workbook (the paper's Tables 3, 4 and 5)", async () => {
    const input = path.join(dir, "paper.xlsx");
    fs.writeFileSync(input, createWorkbook(paperStudyWorkbook().sheets.map((s) => ({ name: s.name, rows: s.rows }))));
    const r = recompute(await computed(input));
    expect(r.mismatches).toEqual([]);
    expect(r.unchecked).toEqual([]);
    expect(r.offices).toHaveLength(5);
    expect(r.campaigns).toEqual(["HA", "VA"]);
    expect(r.checked).toBeGreaterThan(200);
    expect(r.badLinks).toEqual([]);
  });
});
