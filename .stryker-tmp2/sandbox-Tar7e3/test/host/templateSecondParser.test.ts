/**
 * The file host writes the template as the Excel host does, from the same description: the
 * drop-downs, input messages, error alerts, number formats, tables, widths, frozen rows and print
 * setup that openpyxl (a second parser, Debian's python3-openpyxl) reads back from the written
 * file are the ones the Excel host sets through Office.js (Microsoft's client, run in the test bed test/helpers/officeJsBed).
 */
// @ts-nocheck

import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { columnLetters, columnNumber } from "../../src/core/model/grid";
import type { Language } from "../../src/core/model/records";
import { FORMAT_CODES } from "../../src/core/render/resultSheet";
import { templateSheets } from "../../src/core/template";
import { ExcelHost } from "../../src/host/excel/excelHost";
import { createWorkbook } from "../../src/host/file/writeWorkbook";
import { XlsxFileHost } from "../../src/host/file/xlsxFileHost";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { ExcelBed } from "../helpers/officeJsBed/bed";
import type { Book, Rect } from "../helpers/officeJsBed/workbook";

function findPython(): string | null {
  for (const candidate of ["python3", "/usr/bin/python3"]) {
    const probe = spawnSync(candidate, ["-c", "import openpyxl"], { encoding: "utf8" });
    if (probe.status === 0) return candidate;
  }
  return null;
}

const python = findPython();
if (python === null && process.env.CI === "true")
  throw new Error("openpyxl is missing: .ci/system-packages should have installed python3-openpyxl.");
const describeIfOpenpyxl = python ? describe : describe.skip;

/** What a sheet of the template holds beyond its values, in one shape for both hosts. */
interface Layout {
  tables: string[];
  validations: string[];
  formats: string[];
  freeze: string | null;
  widths: string[];
  heights: string[];
  print: string;
}

const SCRIPT = `
import json, sys, warnings
warnings.simplefilter("ignore")
import openpyxl
from openpyxl.utils import get_column_letter
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    validations = []
    for dv in ws.data_validations.dataValidation:
        validations.append({
            "sqref": str(dv.sqref), "type": dv.type or "any", "formula1": dv.formula1, "formula2": dv.formula2,
            "promptTitle": dv.promptTitle if dv.showInputMessage else None, "prompt": dv.prompt if dv.showInputMessage else None,
            "errorTitle": dv.errorTitle if dv.showErrorMessage else None, "error": dv.error if dv.showErrorMessage else None,
        })
    formats = {}
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if cell.number_format != "General":
                formats[cell.coordinate] = cell.number_format
    widths = {k: d.width for k, d in ws.column_dimensions.items() if d.customWidth}
    heights = {str(k): d.ht for k, d in ws.row_dimensions.items() if d.ht}
    fit = ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else False
    out[ws.title] = {
        "tables": {t.name: t.ref for t in ws.tables.values()},
        "validations": validations, "formats": formats, "freeze": ws.freeze_panes, "widths": widths, "heights": heights,
        "print": [ws.page_setup.orientation, bool(fit) and ws.page_setup.fitToWidth == 1, ws.print_title_rows],
    }
print(json.dumps(out))
`;

interface OpenpyxlSheet {
  tables: Record<string, string>;
  validations: {
    sqref: string;
    type: string;
    formula1: string | null;
    formula2: string | null;
    promptTitle: string | null;
    prompt: string | null;
    errorTitle: string | null;
    error: string | null;
  }[];
  formats: Record<string, string>;
  freeze: string | null;
  widths: Record<string, number>;
  heights: Record<string, number>;
  print: [string | null, boolean, string | null];
}

const round = (n: number) => Math.round(n * 100) / 100;
const validationText = (v: Omit<OpenpyxlSheet["validations"][number], "sqref"> & { sqref: string }) =>
  JSON.stringify([v.sqref, v.type, v.formula1, v.formula2, v.promptTitle, v.prompt, v.errorTitle, v.error]);

function readWithOpenpyxl(bytes: Uint8Array): Record<string, Layout> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "template-check-"));
  const file = path.join(dir, "template.xlsx");
  fs.writeFileSync(file, bytes);
  const run = spawnSync(python as string, ["-c", SCRIPT, file], { encoding: "utf8" });
  fs.rmSync(dir, { recursive: true, force: true });
  expect(run.stderr).toBe("");
  const read = JSON.parse(run.stdout) as Record<string, OpenpyxlSheet>;
  return Object.fromEntries(
    Object.entries(read).map(([name, s]) => [
      name,
      {
        tables: Object.entries(s.tables).map(([t, ref]) => `${t} ${ref}`),
        validations: s.validations.map(validationText).sort(),
        formats: Object.entries(s.formats)
          .map(([cell, f]) => `${cell} ${f}`)
          .sort(),
        freeze: s.freeze,
        widths: Object.entries(s.widths)
          .map(([col, w]) => `${col} ${round(w)}`)
          .sort(),
        heights: Object.entries(s.heights)
          .map(([row, h]) => `${row} ${h}`)
          .sort(),
        print: JSON.stringify(s.print),
      },
    ]),
  );
}

/** A bed rectangle as a file writes a range: "F2", or "F2:F9". */
const rectRef = (r: Rect) => {
  const from = `${columnLetters(r.c0 + 1)}${r.r0 + 1}`;
  const to = `${columnLetters(r.c1 + 1)}${r.r1 + 1}`;
  return to === from ? from : `${from}:${to}`;
};

const text = (o: Record<string, unknown> | undefined, key: string): string | null =>
  o === undefined ? null : String(o[key]);

/** What the Excel host set through the real Office.js client, as the test bed's workbook holds it. */
function readBed(book: Book): Record<string, Layout> {
  return Object.fromEntries(
    book.sheets.map((sheet) => {
      const validations = sheet.validations.map((v) => {
        const list = v.rule.list as { source: unknown } | undefined;
        const whole = v.rule.wholeNumber as { formula1: unknown; formula2?: unknown } | undefined;
        const prompt = v.prompt?.showPrompt === true ? v.prompt : undefined;
        const alert = v.errorAlert?.showAlert === true ? v.errorAlert : undefined;
        return validationText({
          sqref: rectRef(v.rect),
          type: list ? "list" : whole ? "whole" : "any",
          formula1: list ? `"${String(list.source)}"` : whole ? String(whole.formula1) : null,
          formula2: whole?.formula2 === undefined ? null : String(whole.formula2),
          promptTitle: text(prompt, "title"),
          prompt: text(prompt, "message"),
          errorTitle: text(alert, "title"),
          error: text(alert, "message"),
        });
      });
      // Every body cell a format operation reached (whole rows and columns clipped to the sheet's tables and values).
      const used = sheet.usedRect();
      const limit = sheet.tables.reduce(
        (box, t) => ({ r1: Math.max(box.r1, t.rect.r1), c1: Math.max(box.c1, t.rect.c1) }),
        { r1: used?.r1 ?? 0, c1: used?.c1 ?? 0 },
      );
      const formats: string[] = [];
      for (let r = 1; r <= limit.r1; r++)
        for (let c = 0; c <= limit.c1; c++) {
          const format = sheet.formatAt(r, c).numberFormat;
          if (format !== undefined && format !== "General") formats.push(`${columnLetters(c + 1)}${r + 1} ${format}`);
        }
      // Points back to Excel character widths (7-pixel digits, 5 pixels of padding, 96 dpi).
      const widths = [...sheet.columnWidths]
        .map(([c, points]) => `${columnLetters(c + 1)} ${round(((points * 4) / 3 - 5) / 7)}`)
        .sort();
      const frozenRows = sheet.frozen?.rows ?? 0;
      const title = sheet.printTitleRows?.replace(/\$/g, "").split(":");
      const fitWide = sheet.zoom.horizontalFitToPages === 1;
      return [
        sheet.name,
        {
          tables: sheet.tables.map((t) => `${t.name} ${rectRef(t.rect)}`),
          validations: validations.sort(),
          formats: formats.sort(),
          freeze: frozenRows > 0 ? `A${frozenRows + 1}` : null,
          widths,
          heights: [...sheet.rowHeights].map(([r, h]) => `${r + 1} ${h}`).sort(),
          print: JSON.stringify([
            sheet.orientation === "Portrait" && sheet.printTitleRows === null && !fitWide
              ? null
              : sheet.orientation.toLowerCase(),
            fitWide,
            title === undefined ? null : `$${title[0]}:$${title[1]}`,
          ]),
        },
      ];
    }),
  );
}

const excelWrites = async (sheets: ReturnType<typeof templateSheets>) => {
  const bed = new ExcelBed();
  await new ExcelHost(bed.context).addSheets(sheets);
  return readBed(bed.book);
};

describeIfOpenpyxl("the template, read back from the file by openpyxl", () => {
  it.each(["en", "es"] as Language[])(
    "has the drop-downs, messages, formats, tables and layout the Excel host writes (%s)",
    async (language) => {
      const sheets = templateSheets({ language });
      const excel = await excelWrites(sheets);
      // The command line's template: one new workbook with every sheet.
      const file = readWithOpenpyxl(createWorkbook(sheets));
      expect(Object.keys(file)).toEqual(Object.keys(excel));
      for (const name of Object.keys(excel)) expect([name, file[name]]).toEqual([name, excel[name]]);

      // What an auditor meets, read from the file: a drop-down of the template's words on Status,
      // an alert in its language, a date-formatted due date, a text ID, a frozen header, a table.
      const controls = file[language === "es" ? "Controles" : "Controls"];
      const status = controls.validations.find((v) => v.startsWith('["F2","list"'));
      expect(status).toContain(language === "es" ? '"\\"Cumple,Cumple parcialmente' : '"\\"Compliant,Partially');
      expect(status).toContain(language === "es" ? "Elija uno de estos valores" : "Choose one of");
      expect(controls.formats).toContain(`A2 ${FORMAT_CODES.text}`);
      expect(controls.freeze).toBe("A2");
      expect(controls.tables).toEqual([language === "es" ? "tblControles A1:H2" : "tblControls A1:H2"]);
      const tasks = file[language === "es" ? "Tareas" : "Tasks"];
      expect(tasks.formats).toContain(`G2 ${FORMAT_CODES.date}`);
      const settings = file[language === "es" ? "Configuración" : "Settings"];
      expect(settings.formats).toEqual(expect.arrayContaining(["B4 0%", "B5 0%", "B3 yyyy-mm-dd"]));
      expect(settings.validations.some((v) => v.startsWith('["B10","list","\\"English,Español\\""'))).toBe(true);
    },
  );

  it("writes the same in a workbook the standalone page starts (Instructions first, then the rest added)", async () => {
    const sheets = templateSheets({ language: "es" });
    const host = new XlsxFileHost(createWorkbook([sheets[0]]));
    await host.addSheets(sheets);
    expect(readWithOpenpyxl(host.bytes)).toEqual(await excelWrites(sheets));
  });

  it("lays the sample out the same way, the tables and drop-downs over every row", async () => {
    const sheets = templateSheets({ data: sampleWorkbook().sheets });
    const file = readWithOpenpyxl(createWorkbook(sheets));
    expect(file).toEqual(await excelWrites(sheets));
    const risks = sheets.find((s) => s.name === "Risks");
    const n = risks?.rows.length ?? 0;
    expect(n).toBeGreaterThan(2);
    expect(file.Risks.tables).toEqual([`tblRisks A1:G${n}`]);
    const statusColumn = columnLetters(columnNumber("F"));
    expect(file.Risks.validations.some((v) => v.startsWith(`["${statusColumn}2:${statusColumn}${n}","list"`))).toBe(
      true,
    );
  });
});
