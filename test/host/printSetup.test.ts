/**
 * Sheets that print for directors, read back by a second reader: openpyxl (/usr/bin/python3) opens
 * the file host's result workbook, in English and Spanish, and finds on every result sheet the page
 * header (the organisation and the as-of date) and footer ("page N of M" in Excel's codes), and the
 * workbook opening on the Scorecard, its tab the only one selected.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { compute } from "../../src/app";
import { RESULT_SHEET_NAMES } from "../../src/core/text/labels";
import { createWorkbook } from "../../src/host/file/writeWorkbook";
import { XlsxFileHost } from "../../src/host/file/xlsxFileHost";
import { localizeSheets } from "../../src/core/template";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { day } from "../helpers/records";

const python = spawnSync("/usr/bin/python3", ["-c", "import openpyxl"]).status === 0 ? "/usr/bin/python3" : null;
if (python === null && process.env.CI === "true") throw new Error("openpyxl is missing (python3-openpyxl).");
const withOpenpyxl = python ? it : it.skip;

const READ = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({
  "active": wb.active.title,
  "selected": [ws.title for ws in wb.worksheets if ws.sheet_view.tabSelected],
  "sheets": {ws.title: {"header": ws.oddHeader.center.text, "footer": ws.oddFooter.center.text,
                        "orientation": ws.page_setup.orientation} for ws in wb.worksheets},
}))
`;

describe("print setup read back by openpyxl", () => {
  withOpenpyxl("every result sheet has the page header and footer; the workbook opens on the Scorecard", async () => {
    const expected = {
      en: { header: "Ministerio de Gobierno Digital · as of 2026-10-31", footer: "Page &P of &N" },
      es: { header: "Ministerio de Gobierno Digital · fecha de corte 2026-10-31", footer: "Página &P de &N" },
    } as const;
    for (const language of ["en", "es"] as const) {
      const sheets = localizeSheets(sampleWorkbook().sheets, language).map((s) => ({ name: s.name, rows: s.rows }));
      const host = new XlsxFileHost(createWorkbook(sheets));
      await compute(host, { today: day("2026-11-01") });
      // A second run keeps one selected tab (the sheet it opens on), not two.
      await compute(host, { today: day("2026-11-01") });
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "print-"));
      const file = path.join(dir, "out.xlsx");
      fs.writeFileSync(file, host.bytes);
      const run = spawnSync(python as string, ["-c", READ, file], { encoding: "utf8" });
      fs.rmSync(dir, { recursive: true, force: true });
      expect(run.stderr).toBe("");
      const read = JSON.parse(run.stdout) as {
        active: string;
        selected: string[];
        sheets: Record<string, { header: string | null; footer: string | null; orientation: string }>;
      };
      const names = RESULT_SHEET_NAMES[language];
      expect(read.active).toBe(names.scorecard);
      expect(read.selected).toEqual([names.scorecard]);
      for (const name of Object.values(names))
        expect([name, read.sheets[name]]).toEqual([name, { ...expected[language], orientation: "landscape" }]);
      // Input sheets carry no result header.
      expect(read.sheets[language === "es" ? "Controles" : "Controls"].header).toBeNull();
    }
  });
});
