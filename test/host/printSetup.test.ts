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
import type { Cell } from "../../src/core/model/grid";
import { readWorkbook } from "../../src/host/file/readWorkbook";
import { unzipEntries } from "../../src/host/file/zip/zipPackage";
import { ExcelHost } from "../../src/host/excel/excelHost";
import { ExcelBed } from "../helpers/officeJsBed/bed";
import { benchSheets } from "../bench/workload";

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
        expect([name, read.sheets[name]]).toEqual([
          name,
          { ...expected[language], orientation: name === names.findings ? "portrait" : "landscape" },
        ]);
      // Input sheets carry no result header.
      expect(read.sheets[language === "es" ? "Controles" : "Controls"].header).toBeNull();
    }
  });
});

/**
 * The printed size of each result sheet's body, worked out from what each host wrote (not from the
 * renderer's description): a fixed scale as written, or the scale that fitting the printed columns
 * (cells and charts) into Letter's width less the written side margins gives. Letter is the narrower
 * of Letter and A4, the papers a printer would choose. The LibreOffice render (printPages.test.ts)
 * measures the same on paper.
 */
describe("result sheets print at 8 pt or more", () => {
  const LETTER = { landscape: 11 * 72, portrait: 8.5 * 72 };
  /** Excel's width in points of a column `w` characters wide (7 pixels a character, 5 of padding, 96 dpi). */
  const points = (w: number) => ((w * 7 + 5) * 3) / 4;
  const lettersToColumn = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

  interface Printed {
    orientation: string;
    scale: number | null;
    fitWide: boolean;
    widthPoints: number;
    marginPoints: number;
  }
  const printedScale = (p: Printed) => {
    if (!p.fitWide) return (p.scale ?? 100) / 100;
    return Math.min(
      1,
      ((p.orientation === "landscape" ? LETTER.landscape : LETTER.portrait) - p.marginPoints) / p.widthPoints,
    );
  };

  /** Each sheet's print setup and printed width, read from the file host's package. */
  function fromFile(bytes: Uint8Array): Map<string, Printed> {
    const entries = unzipEntries(bytes);
    const text = (name: string) => new TextDecoder().decode(entries.get(name));
    const styles = text("xl/styles.xml");
    // The body's font: the first font of styles.xml, and no font smaller anywhere.
    const sizes = [...styles.matchAll(/<sz val="([\d.]+)"\/>/g)].map((m) => Number(m[1]));
    expect(sizes[0]).toBe(11);
    expect(Math.min(...sizes)).toBe(11);
    const targets = new Map(
      [...text("xl/_rels/workbook.xml.rels").matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map(
        (m) => [m[1], m[2]],
      ),
    );
    const out = new Map<string, Printed>();
    for (const m of text("xl/workbook.xml").matchAll(/<sheet name="([^"]+)" sheetId="\d+" r:id="([^"]+)"/g)) {
      const name = m[1].replace(/&amp;/g, "&").replace(/&apos;/g, "'");
      const part = `xl/${(targets.get(m[2]) ?? "").replace(/^\/?xl\//, "")}`;
      const xml = text(part);
      const setup = /<pageSetup([^>]*)\/>/.exec(xml)?.[1] ?? "";
      const attr = (s: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(s)?.[1] ?? null;
      const margins = /<pageMargins([^>]*)\/>/.exec(xml)?.[1] ?? "";
      const widths = new Map<number, number>();
      for (const m of xml.matchAll(/<col min="(\d+)" max="(\d+)" width="([\d.]+)"/g))
        for (let c = Number(m[1]); c <= Number(m[2]); c++) widths.set(c, Number(m[3]));
      const dimension = /<dimension ref="[A-Z]+\d+(?::([A-Z]+)\d+)?"/.exec(xml)?.[1] ?? "A";
      let columns = lettersToColumn(dimension);
      // Charts: the drawing's anchors end at a column edge (colOff 0), exclusive.
      const rels = text(part.replace(/worksheets\//, "worksheets/_rels/") + ".rels");
      const drawing = /Target="\.\.\/drawings\/(drawing\d+\.xml)"/.exec(rels ?? "")?.[1];
      if (drawing)
        for (const m of text(`xl/drawings/${drawing}`).matchAll(/<xdr:to><xdr:col>(\d+)<\/xdr:col>/g))
          columns = Math.max(columns, Number(m[1]));
      let width = 0;
      for (let c = 1; c <= columns; c++) width += points(widths.get(c) ?? 8.43);
      out.set(name, {
        orientation: attr(setup, "orientation") ?? "portrait",
        scale: attr(setup, "scale") === null ? null : Number(attr(setup, "scale")),
        fitWide: attr(setup, "fitToWidth") === "1" && /<pageSetUpPr fitToPage="1"\/>/.test(xml),
        widthPoints: width,
        marginPoints: 72 * (Number(attr(margins, "left")) + Number(attr(margins, "right"))),
      });
    }
    return out;
  }

  /** The same from the Excel host's calls, as the Office.js bed recorded them (widths in points). */
  function fromExcel(book: ExcelBed, name: string): Printed {
    const sheet = book.sheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    let columns = (sheet.usedRect()?.c1 ?? -1) + 1;
    for (const chart of sheet.charts) {
      const to = /^([A-Z]+)\d+$/.exec(chart.position?.[1] ?? "")?.[1];
      if (to) columns = Math.max(columns, lettersToColumn(to));
    }
    let width = 0;
    for (let c = 0; c < columns; c++) width += sheet.columnWidths.get(c) ?? points(8.43);
    return {
      orientation: sheet.orientation.toLowerCase(),
      scale: sheet.zoom.scale ?? null,
      fitWide: sheet.zoom.horizontalFitToPages === 1 && sheet.zoom.verticalFitToPages === 0,
      widthPoints: width,
      // Excel's Normal margins, which the host leaves as they are: 0.7 inch each side.
      marginPoints: 2 * 0.7 * 72,
    };
  }

  const computeBoth = async (sheets: { name: string; rows: Cell[][] }[]) => {
    const file = new XlsxFileHost(createWorkbook(sheets));
    const run = await compute(file, { today: day("2026-11-01") });
    const book = new ExcelBed();
    const excel = new ExcelHost(book.context);
    await excel.addSheets(sheets);
    await compute(excel, { today: day("2026-11-01") });
    return { run, file: fromFile(file.bytes), bytes: file.bytes, book };
  };

  it.each(["en", "es"] as const)(
    "the sample (%s): every result sheet but Calculation at 8 pt or more, one page wide but Maturity levels, in both hosts",
    async (language) => {
      const sheets = localizeSheets(sampleWorkbook().sheets, language).map((s) => ({ name: s.name, rows: s.rows }));
      const { run, file, book } = await computeBoth(sheets);
      const names = RESULT_SHEET_NAMES[language];
      for (const sheet of run.sheets) {
        const written = file.get(sheet.name) as Printed;
        const excel = fromExcel(book, sheet.name);
        expect([sheet.name, excel.orientation, excel.fitWide, excel.scale]).toEqual([
          sheet.name,
          written.orientation,
          written.fitWide,
          written.scale,
        ]);
        // The two hosts' widths differ by Excel's 5 pixels of padding the file's widths include.
        expect(Math.abs(excel.widthPoints - written.widthPoints)).toBeLessThan(4 * sheet.columnWidths.length + 40);
        if (sheet.name === names.calculation) continue; // an audit trail, kept one page wide (renderResults.ts)
        for (const printed of [written, excel]) {
          // Maturity levels' process profiles have sixteen columns: printed at 73 %, two pages wide.
          expect([sheet.name, printed.fitWide]).toEqual([sheet.name, sheet.name !== names.maturity]);
          const font = 11 * printedScale(printed);
          expect([sheet.name, font >= 8]).toEqual([sheet.name, true]);
        }
      }
      // The Scorecard, which used to be squeezed onto one page (under 4 pt): 8.4 pt or more now.
      expect(11 * printedScale(file.get(names.scorecard) as Printed)).toBeGreaterThan(8.4);
    },
  );

  it("a Scorecard of eight offices prints at 73 % over two pages wide, its labels on each, in both hosts", async () => {
    const { run, file, bytes, book } = await computeBoth(benchSheets([0, 1, 2, 3, 4, 5, 6, 7]));
    const scorecard = RESULT_SHEET_NAMES.en.scorecard;
    for (const printed of [file.get(scorecard) as Printed, fromExcel(book, scorecard)]) {
      expect(printed.fitWide).toBe(false);
      expect(printed.scale).toBe(73);
      expect(11 * printedScale(printed)).toBeGreaterThanOrEqual(8);
      // Fitted to the width, it would print below 8 pt.
      expect(11 * printedScale({ ...printed, fitWide: true })).toBeLessThan(8);
    }
    const titles = readWorkbook(bytes).definedNames.find(
      (d) => d.name === "_xlnm.Print_Titles" && d.sheet === scorecard,
    );
    const header = run.sheets.find((s) => s.name === scorecard)?.print?.titleRows;
    expect(titles?.value).toBe(`'${scorecard}'!$A:$A,'${scorecard}'!$1:$${header}`);
    expect(book.sheet(scorecard)?.printTitleColumns).toBe("$A:$A");
    expect(book.sheet(scorecard)?.printTitleRows).toBe(`$1:$${header}`);
  });
});
