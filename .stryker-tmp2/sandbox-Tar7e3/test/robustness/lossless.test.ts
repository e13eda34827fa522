/**
 * Lossless and idempotent (docs/security.md, guarantee 2), on real files: `compute` loses nothing of the auditor's workbook (every
 * input part byte for byte, every cell, formula, style, comment and extra column), a rerun on
 * its own output changes nothing, and a sheet named like a result sheet that the product did
 * not create is never overwritten.
 */
// @ts-nocheck

import * as fs from "node:fs";
import * as path from "node:path";
import { inputSheetKey } from "../../src/core/parse/parseWorkbook";
import { RESULT_SHEETS } from "../../src/core/text/labels";
import { readWorkbook } from "../../src/host/file/readWorkbook";
import { unzipEntries } from "../../src/host/file/zip/zipPackage";
import { cli, tempFolder } from "../helpers/cli";
import { packageProblems } from "../helpers/xlsxFixtures";
import { AUDITOR_SHEETS, auditorWorkbook } from "./auditorWorkbook";

const dec = new TextDecoder();
/** Input parts that name the sheets or hold appended styles: the only ones allowed to change. */
const LISTS = [
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "[Content_Types].xml",
  "docProps/app.xml",
  "xl/styles.xml",
];
const HISTORY_PART = "xl/worksheets/sheet4.xml";

const same = (a: Uint8Array | undefined, b: Uint8Array | undefined): boolean =>
  a !== undefined && b !== undefined && Buffer.from(a).equals(Buffer.from(b));

function xfList(styles: string): string[] {
  const m = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles);
  return m ? [...m[1].matchAll(/<xf\b[^>]*\/>|<xf\b[^>]*>[\s\S]*?<\/xf>/g)].map((x) => x[0]) : [];
}

describe("compute keeps the auditor's workbook whole", () => {
  const dir = tempFolder();
  const input = path.join(dir, "audit.xlsx");
  const output = path.join(dir, "audit.scorecard.xlsx");
  const again = path.join(dir, "audit.again.xlsx");
  const third = path.join(dir, "audit.third.xlsx");
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    fs.writeFileSync(input, auditorWorkbook());
    const first = await cli(["compute", input]);
    expect(first.err).toBe("");
    expect(first.code).toBe(0);
    expect((await cli(["compute", output, "-o", again])).code).toBe(0);
    expect((await cli(["compute", again, "-o", third])).code).toBe(0);
  });

  it("does not touch the input file", () => {
    expect(same(fs.readFileSync(input), auditorWorkbook())).toBe(true);
  });

  it("copies every input part byte for byte but the sheet lists, the styles and Indicator history", () => {
    const before = unzipEntries(fs.readFileSync(input));
    const after = unzipEntries(fs.readFileSync(output));
    const changed = [...before.keys()].filter((name) => !same(before.get(name), after.get(name)));
    expect(changed.sort()).toEqual([...LISTS, HISTORY_PART].sort());
    // Formulas, the comment and its drawing, the calculation chain, conditional formats and
    // data validation live in those parts: the Controls sheet part is the same bytes.
    const controls = dec.decode(after.get("xl/worksheets/sheet2.xml"));
    expect(controls).toContain("<f>E2*100</f>");
    expect(controls).toContain("<conditionalFormatting");
    expect(controls).toContain('<row r="4" spans="1:7" hidden="1">');
    expect(dec.decode(after.get("xl/comments1.xml"))).toContain("status disputed by the office");
    expect(packageProblems(after, fs.readFileSync(output))).toEqual([]);
  });

  it("reads every input sheet back cell for cell (Indicator history: every row it had)", () => {
    const before = readWorkbook(fs.readFileSync(input));
    const after = readWorkbook(fs.readFileSync(output));
    for (const sheet of before.sheets) {
      const now = after.sheets.find((s) => s.name === sheet.name);
      if (inputSheetKey(sheet.name) !== "history") {
        expect(now).toEqual(sheet);
        continue;
      }
      // The earlier row and its extra "Note" column are kept where they were.
      expect(now?.rows.slice(0, sheet.rows.length)).toEqual(sheet.rows);
      expect(now?.rows.length).toBeGreaterThan(sheet.rows.length);
    }
    expect(after.sheetInfo.map((s) => s.name)).toEqual([...AUDITOR_SHEETS, ...Object.values(RESULT_SHEETS)]);
    expect(after.definedNames).toContainEqual({
      name: "ControlWeights",
      value: "Controls!$E$2:$E$5",
      sheet: null,
      hidden: false,
    });
  });

  it("keeps the cell styles, shared strings and formulas of the rows Indicator history already had", () => {
    const cells = (file: string) => {
      const xml = dec.decode(unzipEntries(fs.readFileSync(file)).get(HISTORY_PART));
      return new Map([...xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)].map((m) => [m[1], m[0]]));
    };
    const before = cells(input);
    const after = cells(output);
    expect(before.size).toBe(10);
    for (const [ref, xml] of before) expect(after.get(ref)).toBe(xml);
    expect(after.get("D2")).toBe('<c r="D2" s="3"><f>1/2</f><v>0.5</v></c>');
    // This run's rows are new cells, written with the product's styles.
    expect(after.size).toBeGreaterThan(before.size);
    expect(after.get("B3")).toMatch(/t="inlineStr"/);
  });

  it("appends to the style sheet without renumbering a style", () => {
    const before = dec.decode(unzipEntries(fs.readFileSync(input)).get("xl/styles.xml"));
    const after = dec.decode(unzipEntries(fs.readFileSync(output)).get("xl/styles.xml"));
    const old = xfList(before);
    expect(xfList(after).slice(0, old.length)).toEqual(old);
  });

  it("is idempotent: computing on its own output gives the same parts, byte for byte", () => {
    const [a, b, c] = [output, again, third].map((f) => unzipEntries(fs.readFileSync(f)));
    for (const next of [b, c]) {
      expect([...next.keys()].sort()).toEqual([...a.keys()].sort());
      expect([...a].filter(([name, data]) => !same(data, next.get(name))).map(([name]) => name)).toEqual([]);
    }
    // (The zip may list a result sheet's chart parts in another order: they are written anew.)
  });

  it("writes this run's Indicator history rows once", () => {
    const history = readWorkbook(fs.readFileSync(third)).sheets.find((s) => inputSheetKey(s.name) === "history");
    const keys = (history?.rows ?? [])
      .slice(1)
      .map((r) => `${(r[0] as Date).toISOString()} ${String(r[1])} ${String(r[2])}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((k) => k.startsWith("2026-10-31") && k.endsWith("OCL")).sort()).toEqual([
      "2026-10-31T00:00:00.000Z Consolidated OCL",
      "2026-10-31T00:00:00.000Z Lima OCL",
      "2026-10-31T00:00:00.000Z Quito OCL",
    ]);
  });
});

describe("a sheet named like a result sheet that the product did not create", () => {
  const dir = tempFolder();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each(["Scorecard", "issues", "PROJECT RISK", "maturity LEVELS"])(
    "is never overwritten (%j): exit 1, one line, nothing written",
    async (name) => {
      const input = path.join(dir, `own-${name.trim().replace(/\s+/g, "-")}.xlsx`);
      const bytes = auditorWorkbook({ extraSheet: name });
      fs.writeFileSync(input, bytes);
      const output = path.join(dir, "out.xlsx");
      const json = path.join(dir, "out.json");
      const run = await cli(["compute", input, "-o", output, "--json", json]);
      expect(run.code).toBe(1);
      expect(run.err.split("\n")).toHaveLength(1);
      expect(run.err).toMatch(/not created by this program|did not create/);
      expect(run.err).toMatch(/rename/i);
      expect(fs.existsSync(output)).toBe(false);
      expect(fs.existsSync(json)).toBe(false);
      expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
      expect(same(fs.readFileSync(input), bytes)).toBe(true);
    },
  );

  it("leaves an existing output file as it was when it refuses", async () => {
    const input = path.join(dir, "conflict.xlsx");
    fs.writeFileSync(input, auditorWorkbook({ extraSheet: "Scorecard" }));
    const output = path.join(dir, "previous.xlsx");
    fs.writeFileSync(output, "an earlier result the user keeps");
    expect((await cli(["compute", input, "-o", output])).code).toBe(1);
    expect(fs.readFileSync(output, "utf8")).toBe("an earlier result the user keeps");
  });
});
