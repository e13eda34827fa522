/**
 * The Issues sheet as a worklist: a filter on its header row, and each problem's cell (or row) a
 * link to that place on its input sheet. Read back by openpyxl from the file host's workbook, and
 * from the Office.js bed for the Excel host, in English and Spanish.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { compute } from "../../src/app";
import { RESULT_SHEET_NAMES } from "../../src/core/text/labels";
import { createWorkbook } from "../../src/host/file/writeWorkbook";
import { XlsxFileHost } from "../../src/host/file/xlsxFileHost";
import { ExcelHost } from "../../src/host/excel/excelHost";
import { localizeSheets } from "../../src/core/template";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { ExcelBed, cellOf } from "../helpers/officeJsBed/bed";
import { day } from "../helpers/records";
import type { Cell } from "../../src/core/model/grid";

const python = spawnSync("/usr/bin/python3", ["-c", "import openpyxl"]).status === 0 ? "/usr/bin/python3" : null;
if (python === null && process.env.CI === "true") throw new Error("openpyxl is missing (python3-openpyxl).");
const withOpenpyxl = python ? it : it.skip;

const READ = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb[sys.argv[2]]
rows = [[c.value for c in r] for r in ws.iter_rows()]
links = {c.coordinate: c.hyperlink.location for r in ws.iter_rows() for c in r if c.hyperlink is not None}
valign = [[c.alignment.vertical for c in r] for r in ws.iter_rows()]
print(json.dumps({"filter": ws.auto_filter.ref, "rows": rows, "links": links, "valign": valign}, default=str))
`;

/** The sample with problems: a control of an unknown clause, a row without its ID. */
function sampleWithProblems(language: "en" | "es"): { name: string; rows: Cell[][] }[] {
  const sheets = localizeSheets(sampleWorkbook().sheets, language).map((s) => ({
    name: s.name,
    rows: s.rows.map((r) => [...r]),
  }));
  const controls = sheets.find((s) => s.name === (language === "es" ? "Controles" : "Controls"));
  if (!controls) throw new Error("no Controls sheet");
  controls.rows[3][2] = "99.9"; // no such clause
  controls.rows[5][0] = null; // no Control ID
  return sheets;
}

const col = (n: number) => String.fromCharCode(65 + n);

describe("the Issues sheet: a filter, and a link from each problem to its cell", () => {
  for (const language of ["en", "es"] as const) {
    withOpenpyxl(`file host (${language}): AutoFilter over the table, links to the cells and rows`, async () => {
      const host = new XlsxFileHost(createWorkbook(sampleWithProblems(language)));
      const run = await compute(host, { today: day("2026-11-01") });
      const issues = run.result.issues;
      const name = RESULT_SHEET_NAMES[language].issues;
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "issues-"));
      const file = path.join(dir, "out.xlsx");
      fs.writeFileSync(file, host.bytes);
      const read = spawnSync(python as string, ["-c", READ, file, name], { encoding: "utf8" });
      fs.rmSync(dir, { recursive: true, force: true });
      expect(read.stderr).toBe("");
      const { filter, rows, links, valign } = JSON.parse(read.stdout) as {
        filter: string;
        rows: (string | number | null)[][];
        links: Record<string, string>;
        valign: (string | null)[][];
      };
      const header = rows.findIndex((r) => r[6] === (language === "es" ? "Mensaje" : "Message"));
      expect(header).toBeGreaterThan(0);
      expect(filter).toBe(`A${header + 1}:G${header + 1 + issues.length}`);
      expect(issues.filter((i) => i.cell !== null).length).toBeGreaterThan(1);
      issues.forEach((issue, k) => {
        const r = header + 2 + k; // 1-based row of the issue
        const expected =
          issue.cell !== null
            ? { [`E${r}`]: `'${issue.sheet}'!${issue.cell}` }
            : issue.row !== null
              ? { [`C${r}`]: `'${issue.sheet}'!A${issue.row}` }
              : {};
        const got = Object.fromEntries(Object.entries(links).filter(([cell]) => Number(cell.slice(1)) === r));
        expect([k, got]).toEqual([k, expected]);
        // The cell shows what it did without the link.
        expect(rows[r - 1][4]).toBe(issue.cell);
        // Each problem's cells start at its row's top, beside its wrapped message's first line.
        const filled = rows[r - 1].map((v, c) => (v === null ? null : valign[r - 1][c]));
        expect([k, filled]).toEqual([k, rows[r - 1].map((v) => (v === null ? null : "top"))]);
      });
      expect(Object.keys(links)).toHaveLength(issues.filter((i) => i.cell !== null || i.row !== null).length);
    });

    it(`Excel host (${language}): the same filter and links`, async () => {
      const book = new ExcelBed();
      const host = new ExcelHost(book.context);
      await host.addSheets(sampleWithProblems(language));
      const run = await compute(host, { today: day("2026-11-01") });
      const issues = run.result.issues;
      const sheet = book.sheet(RESULT_SHEET_NAMES[language].issues);
      const grid = sheet?.grid() ?? [];
      const header = grid.findIndex((r) => r[6] === (language === "es" ? "Mensaje" : "Message"));
      expect(sheet?.autoFilter).toEqual({ r0: header, c0: 0, r1: header + issues.length, c1: 6 });
      issues.forEach((issue, k) => {
        const r = header + 1 + k; // 0-based row of the issue
        const linked = [...(sheet?.hyperlinks.entries() ?? [])]
          .filter(([at]) => Number(at.split(",")[0]) === r)
          .map(([at, link]) => [col(Number(at.split(",")[1])), link.documentReference]);
        const expected =
          issue.cell !== null
            ? [["E", `'${issue.sheet}'!${issue.cell}`]]
            : issue.row !== null
              ? [["C", `'${issue.sheet}'!A${issue.row}`]]
              : [];
        expect([k, linked]).toEqual([k, expected]);
        const filled = grid[r].map((v, c) =>
          v === null || v === "" ? null : sheet && cellOf(sheet, r, c)?.verticalAlignment,
        );
        expect([k, filled]).toEqual([k, grid[r].map((v) => (v === null || v === "" ? null : "Top"))]);
      });
    });
  }
});
