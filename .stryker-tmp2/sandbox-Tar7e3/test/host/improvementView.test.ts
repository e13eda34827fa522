/**
 * The Improvement view as both hosts write it: the sample computed twice, a month apart, so that
 * Indicator history holds a previous as-of date. The file host's output is read back by openpyxl
 * (a second parser, not written here); the Excel host's by Microsoft's Office.js client on the bed.
 */
// @ts-nocheck

import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { compute } from "../../src/app";
import type { CoreRun } from "../../src/app";
import { FILL_COLORS, FORMAT_CODES } from "../../src/core/render/resultSheet";
import { OWNED_SHEET_MARKER } from "../../src/core/render/resultSheet";
import { RESULT_LABELS } from "../../src/core/text/labels";
import { ExcelHost } from "../../src/host/excel/excelHost";
import { createWorkbook } from "../../src/host/file/writeWorkbook";
import { XlsxFileHost } from "../../src/host/file/xlsxFileHost";
import { localizeSheets } from "../../src/core/template";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { ExcelBed, cellOf, nameOf, ref } from "../helpers/officeJsBed/bed";
import { day } from "../helpers/records";

// The sample's Settings say 2026-10-31; the runs override it, as --as-of does.
const first = { today: day("2026-11-01"), asOf: day("2026-11-01") };
const second = { today: day("2026-12-01"), asOf: day("2026-12-01") };
const python = spawnSync("/usr/bin/python3", ["-c", "import openpyxl"]).status === 0 ? "/usr/bin/python3" : null;
if (python === null && process.env.CI === "true") throw new Error("openpyxl is missing (python3-openpyxl).");
const withOpenpyxl = python ? it : it.skip;

const sampleSheets = (language: "en" | "es") =>
  localizeSheets(sampleWorkbook().sheets, language).map((s) => ({ name: s.name, rows: s.rows }));

/** What the second run's Improvement view must show, from its own result (worked out by the engine tests). */
function expectedRows(run: CoreRun, language: "en" | "es") {
  const L = RESULT_LABELS[language];
  const v = run.result.improvement;
  const c = v.campaigns!;
  return {
    L,
    campaign: [
      ["FGP", c.findings.FGP],
      ["FNC", c.findings.FNC],
      [L.auditLevel, c.auditLevel],
    ] as const,
    ocl: [...v.ocl.byOffice],
    prk: v.prk.consolidated,
  };
}

describe("the Improvement view in both hosts", () => {
  withOpenpyxl(
    "file host: openpyxl reads the changes, their signed formats and fills, and the PRK chart",
    async () => {
      for (const language of ["en", "es"] as const) {
        const host = new XlsxFileHost(createWorkbook(sampleSheets(language)));
        await compute(host, first);
        const run = await compute(host, second);
        const { L, campaign, ocl, prk } = expectedRows(run, language);
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "improvement-"));
        const file = path.join(dir, "out.xlsx");
        fs.writeFileSync(file, host.bytes);
        const script = `
import json, sys, warnings
warnings.simplefilter("ignore")
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb[sys.argv[2]]
rows = []
for row in ws.iter_rows():
    rows.append([[c.value, c.number_format, c.fill.fgColor.rgb if c.fill and c.fill.fill_type == "solid" else None] for c in row])
charts = [{"type": type(ch).__name__, "series": [[s.tx.strRef.f, s.cat.strRef.f, s.val.numRef.f] for s in ch.series]} for ch in ws._charts]
sc = wb[sys.argv[3]]
print(json.dumps({"order": wb.sheetnames, "rows": rows, "charts": charts, "scorecard": [[c.value for c in r] for r in sc.iter_rows()]}))
`;
        const out = spawnSync(python as string, ["-c", script, file, L.sheets.improvement, L.sheets.scorecard], {
          encoding: "utf8",
        });
        expect(out.stderr).toBe("");
        const read = JSON.parse(out.stdout) as {
          order: string[];
          rows: [string | number | null, string, string | null][][];
          charts: { type: string; series: string[][] }[];
          scorecard: (string | number | null)[][];
        };
        expect(read.order).toContain(L.sheets.improvement);
        const rowOf = (label: string) => read.rows.find((r) => r[0][0] === label)!;
        const argb = (fill: keyof typeof FILL_COLORS) => `FF${FILL_COLORS[fill].background}`;
        for (const [label, change] of campaign) {
          const r = rowOf(label);
          expect([r[2][0], r[3][0], r[4][0]]).toEqual([change.previous, change.latest, change.change]);
          expect(r[4][1]).toBe(FORMAT_CODES.signed2);
          expect(r[6][0]).toBe(L.improvement.direction[change.direction!]);
          expect(r[4][2]).toBe(change.direction === "Better" ? argb("success") : argb("fail"));
        }
        for (const [office, o] of ocl) {
          const r = rowOf(office);
          expect([r[1][0], r[4][0], r[4][1]]).toEqual(["2026-11-01", o.change, FORMAT_CODES.signedPercent1]);
        }
        // PRK: both as-of dates and the trend, charted as a line per column, bound to the table.
        const header = read.rows.findIndex((r) => r[0][0] === L.improvement.asOf);
        expect(read.rows[header + 1][0][0]).toBe("2026-11-01");
        expect(read.rows[header + 2][0][0]).toBe("2026-12-01");
        expect(read.rows[header + 3][2][0]).toBe(prk.slope);
        expect(read.charts).toHaveLength(1);
        expect(read.charts[0].type).toBe("LineChart");
        const quoted = `'${L.sheets.improvement}'`;
        expect(read.charts[0].series[0]).toEqual([
          `${quoted}!$C$${header + 1}`,
          `${quoted}!$A$${header + 2}:$A$${header + 3}`,
          `${quoted}!$C$${header + 2}:$C$${header + 3}`,
        ]);
        // The Scorecard's OCL change row, one value per office.
        const line = read.scorecard.find((r) => r[0] === L.improvement.scorecardOclChange)!;
        expect(line.slice(2, 3 + ocl.length)).toEqual([
          run.result.improvement.ocl.consolidated.change,
          ...ocl.map(([, o]) => o.change),
        ]);
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    120000,
  );

  it("Excel host on the Office.js bed: the sheet, its marker, the signed formats, fills and the PRK chart", async () => {
    const book = new ExcelBed();
    const host = new ExcelHost(book.context);
    await host.addSheets(sampleSheets("es"));
    await compute(host, first);
    const run = await compute(host, second);
    const { L, campaign, ocl } = expectedRows(run, "es");
    const sheet = book.sheet(L.sheets.improvement)!;
    expect(nameOf(sheet, OWNED_SHEET_MARKER)).toBe("=TRUE");
    const grid = sheet.grid();
    const rowOf = (label: string) => grid.findIndex((r) => r[0] === label);
    for (const [label, change] of campaign) {
      const r = rowOf(label);
      expect(grid[r][4]).toBe(change.change);
      expect(cellOf(sheet, r, 4).numberFormat).toBe(FORMAT_CODES.signed2);
      const fill = change.direction === "Better" ? "success" : "fail";
      expect(cellOf(sheet, r, 4).fill).toBe(`#${FILL_COLORS[fill].background}`);
      expect(grid[r][6]).toBe(L.improvement.direction[change.direction!]);
    }
    for (const [office, o] of ocl) {
      const r = rowOf(office);
      expect(grid[r][4]).toBe(o.change);
      expect(cellOf(sheet, r, 4).numberFormat).toBe(FORMAT_CODES.signedPercent1);
    }
    const header = rowOf(L.improvement.asOf);
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0].type).toBe("Line");
    expect(sheet.charts[0].series.map((s) => s.name)).toEqual([L.consolidated, ...run.result.offices]);
    expect(sheet.charts[0].series[0].values).toBe(ref(L.sheets.improvement, `C${header + 2}:C${header + 3}`));
    // A third run replaces the sheet rather than adding another.
    await compute(host, second);
    expect(book.sheets.filter((s) => s.name === L.sheets.improvement)).toHaveLength(1);
  });
});
