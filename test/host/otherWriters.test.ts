/**
 * Workbooks from other writers (test/fixtures/writers, README there says how each was made):
 * LibreOffice, openpyxl, XlsxWriter, ExcelJS, SheetJS, and hand-made XML for what no writer here
 * makes (Open XML SDK prefixes, Strict Open XML). Each holds the same data (data.json). For each:
 * compute succeeds, the indicators equal those of the same data written by this product, every
 * part this product does not own is byte for byte the input's, Indicator history keeps every row
 * this run does not write, and the output opens in openpyxl and in LibreOffice.
 *
 * openpyxl (/usr/bin/python3, Debian python3-openpyxl) and soffice (libreoffice-calc) are
 * installed by .ci/system-packages: in CI a missing one is a failure; elsewhere those checks skip.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { dayFromParts } from "../../src/core/model/days";
import type { Cell, SheetGrid } from "../../src/core/model/grid";
import type { ResultDocument } from "../../src/core/render/resultDocument";
import { OWNED_SHEET_MARKER } from "../../src/core/render/resultSheet";
import { compute as computeInHost } from "../../src/app";
import { readRels, relKind, resolveTarget } from "../../src/host/file/opc/opc";
import { sheetTables } from "../../src/host/file/parts/spliceWorksheet";
import { readWorkbookPart } from "../../src/host/file/parts/workbookPart";
import { readWorkbook } from "../../src/host/file/readWorkbook";
import { createWorkbook } from "../../src/host/file/writeWorkbook";
import { XlsxFileHost } from "../../src/host/file/xlsxFileHost";
import { unzipEntries, ZipPackage } from "../../src/host/file/zip/zipPackage";
import { cli, tempFolder } from "../helpers/cli";
import { convertWithLibreOffice, soffice } from "../helpers/libreOffice";

const DIR = path.join(__dirname, "..", "fixtures", "writers");
const TODAY = dayFromParts(2026, 11, 1) as number;
const HISTORY = "Indicator history";

type DataCell = string | number | null | { date: string };
const data = JSON.parse(fs.readFileSync(path.join(DIR, "data.json"), "utf8")) as {
  sheets: { name: string; rows: DataCell[][] }[];
};
const toCell = (c: DataCell): Cell => (c !== null && typeof c === "object" ? new Date(`${c.date}T00:00:00Z`) : c);
const inputSheets = data.sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => r.map(toCell)) }));

/** The fixtures, by writer. */
const FIXTURES = [
  "openpyxl.xlsx",
  "libreoffice.xlsx",
  "xlsxwriter-table.xlsx",
  "xlsxwriter-1904.xlsx",
  "xlsxwriter.xlsm",
  "exceljs.xlsx",
  "sheetjs.xlsx",
  "openxml-sdk-prefix.xlsx",
  "strict.xlsx",
] as const;
type Fixture = (typeof FIXTURES)[number];

const readFixture = (file: Fixture): Uint8Array => new Uint8Array(fs.readFileSync(path.join(DIR, file)));
const text = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);

async function compute(bytes: Uint8Array): Promise<{ document: ResultDocument; output: Uint8Array }> {
  const host = new XlsxFileHost(bytes);
  const run = await computeInHost(host, { today: TODAY });
  return { document: run.document, output: host.bytes };
}

/** What must not depend on the writer: every indicator, and the issues by sheet, column and message. */
function indicators(doc: ResultDocument): unknown {
  return {
    asOf: doc.asOf,
    offices: doc.offices,
    consolidated: doc.consolidated,
    byOffice: doc.byOffice,
    campaigns: doc.campaigns,
    issues: doc.issues.map((i) => `${i.severity} ${i.sheet} ${i.column} ${i.message}`).sort(),
  };
}

/** The parts compute may change: the workbook-level lists, styles, calcChain, and Indicator history's sheet and tables. */
function ownedParts(input: Uint8Array): Set<string> {
  const pkg = ZipPackage.open(input);
  const wb = readWorkbookPart(pkg);
  const owned = new Set([wb.partName, wb.relsPartName, "[Content_Types].xml", "docProps/app.xml"]);
  for (const rel of wb.rels.relationships) {
    const kind = relKind(rel.type);
    if (kind === "styles" || kind === "calcChain") owned.add(resolveTarget(wb.partName, rel.target));
  }
  const history = wb.sheets.find((s) => s.name === HISTORY);
  if (history?.part) {
    owned.add(history.part);
    for (const t of sheetTables(pkg, history.part)) owned.add(t);
  }
  return owned;
}

function historyPart(bytes: Uint8Array): { name: string; xml: string } {
  const pkg = ZipPackage.open(bytes);
  const part = readWorkbookPart(pkg).sheets.find((s) => s.name === HISTORY)?.part as string;
  return { name: part, xml: pkg.getText(part) as string };
}

/** Each `<row>` element of a sheet part by row number, as written (any prefix). */
function rowElements(xml: string): Map<number, string> {
  const rows = new Map<number, string>();
  const re = /<((?:\w+:)?)row\b[^>]*?\br="(\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/\1row>)/g;
  for (let m = re.exec(xml); m !== null; m = re.exec(xml)) rows.set(Number(m[2]), m[0]);
  return rows;
}

/** 2026-10-31, this run's as-of date: a Date, or its serial in either date system. */
const isAsOf = (c: Cell): boolean =>
  c instanceof Date ? c.toISOString().startsWith("2026-10-31") : c === 46326 || c === 44864;

/** Excel rows of Indicator history holding this run's as-of date (office and indicator by row). */
function thisRunsRows(bytes: Uint8Array): Map<number, string> {
  const grid = readWorkbook(bytes).sheets.find((s) => s.name === HISTORY) as SheetGrid;
  const rows = new Map<number, string>();
  grid.rows.forEach((r, i) => {
    if (isAsOf(r[0])) rows.set(grid.firstRow + i, `${r[1]} ${r[2]}`);
  });
  return rows;
}

const inCi = process.env.CI === "true";
const python = spawnSync("/usr/bin/python3", ["-c", "import openpyxl"]).status === 0 ? "/usr/bin/python3" : null;
if (inCi && (!python || !soffice))
  throw new Error("openpyxl or soffice is missing: .ci/system-packages should have installed them.");

let reference: ResultDocument;
const outputs = new Map<Fixture, Uint8Array>();
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "other-writers-"));

beforeAll(async () => {
  reference = (await compute(createWorkbook(inputSheets))).document;
  for (const file of FIXTURES) {
    const { output } = await compute(readFixture(file));
    outputs.set(file, output);
    fs.writeFileSync(path.join(outDir, file), output);
  }
}, 60_000);

afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

describe.each(FIXTURES)("a workbook from another writer: %s", (file) => {
  it("computes the same indicators as the same data written by this product", async () => {
    const { document } = await compute(readFixture(file));
    expect(document.byOffice.Quito.ocl).not.toBeNull();
    expect(indicators(document)).toEqual(indicators(reference));
  });

  it("keeps every part it does not own byte for byte", () => {
    const input = new Map(unzipEntries(readFixture(file)));
    const output = new Map(unzipEntries(outputs.get(file) as Uint8Array));
    const owned = ownedParts(readFixture(file));
    const kept = [...input.keys()].filter((name) => !owned.has(name));
    expect(kept.length).toBeGreaterThan(2);
    // The one exception: a sheet's tab loses its selection (tabSelected, view state only), as the
    // workbook now opens on the Scorecard and two selected tabs would group the sheets.
    const unselected = (bytes: Uint8Array | undefined) =>
      bytes === undefined
        ? undefined
        : Buffer.from(
            Buffer.from(bytes)
              .toString("latin1")
              .replace(/(<(?:\w+:)?sheetView\b[^>]*?)\s+tabSelected\s*=\s*("[^"]*"|'[^']*')/g, "$1"),
            "latin1",
          );
    for (const name of kept) {
      const out = output.get(name);
      const same = out !== undefined && Buffer.from(out).equals(Buffer.from(input.get(name) as Uint8Array));
      expect([name, same ? out : unselected(out)]).toEqual([
        name,
        same ? input.get(name) : unselected(input.get(name)),
      ]);
      if (!same)
        expect([name, Buffer.from(out ?? []).toString("latin1")]).not.toEqual([
          name,
          expect.stringMatching(/tabSelected/),
        ]);
    }
  });

  it("keeps every row of Indicator history that this run does not write, byte for byte", () => {
    const before = rowElements(historyPart(readFixture(file)).xml);
    const after = rowElements(historyPart(outputs.get(file) as Uint8Array).xml);
    // The input's one row of this run (Quito OCL) is replaced in place; the others are added below.
    const [replaced, ...more] = thisRunsRows(readFixture(file)).keys();
    expect(more).toEqual([]);
    const written = thisRunsRows(outputs.get(file) as Uint8Array);
    expect(written.get(replaced)).toBe("Quito OCL");
    expect([...written.values()]).toEqual(expect.arrayContaining(["Lima OCL", "Consolidated OCL"]));
    expect(Math.min(...written.keys())).toBe(replaced);
    const kept = [...before.keys()].filter((r) => !written.has(r));
    expect(kept.length).toBeGreaterThanOrEqual(5);
    for (const r of kept) expect([r, after.get(r)]).toEqual([r, before.get(r)]);
  });
});

describe("Indicator history kept whole", () => {
  it("openpyxl: formulas without cached values, hidden, tall and outlined rows and pre-formatted cells stay", () => {
    const before = rowElements(historyPart(readFixture("openpyxl.xlsx")).xml);
    const after = rowElements(historyPart(outputs.get("openpyxl.xlsx") as Uint8Array).xml);
    expect(after.get(3)).toMatch(/^<row r="3" hidden="1">/);
    expect(after.get(2)).toMatch(/^<row r="2" ht="24" customHeight="1">/);
    expect(after.get(4)).toContain('outlineLevel="1"');
    // The replaced row keeps its formula cell (no cached value) and its date cell; only D6 changes.
    const row6 = after.get(6) as string;
    expect(row6).toContain('<c r="E6"><f>D6*100</f><v></v></c>');
    expect(row6).toContain((before.get(6) as string).match(/<c r="A6"[^>]*>.*?<\/c>/)?.[0]);
    expect(row6).not.toContain('<c r="D6" t="n"><v>0.5</v></c>');
    // New rows take the formats the user gave those cells ahead of time (s="3" date, s="4" percent).
    expect(after.get(7)).toMatch(/<c r="A7" s="3"><v>46326<\/v><\/c>/);
    expect(after.get(7)).toMatch(/<c r="D7" s="4"><v>[\d.]+<\/v><\/c>/);
    // Rows formatted ahead of time and not written stay as they were.
    expect(after.get(12)).toBe(before.get(12));
  });

  it("Open XML SDK prefixes: shared formulas with cached values kept, new cells written with the prefix", () => {
    const after = historyPart(outputs.get("openxml-sdk-prefix.xlsx") as Uint8Array).xml;
    expect(after).toContain('<x:c r="E2"><x:f t="shared" ref="E2:E6" si="0">D2*100</x:f><x:v>41</x:v></x:c>');
    expect(after).toContain('<x:c r="E6"><x:f t="shared" si="0"/><x:v>50</x:v></x:c>');
    const rows = rowElements(after);
    expect(rows.get(7)).toMatch(/^<x:row r="7"><x:c r="A7" s="1"><x:v>46326<\/x:v><\/x:c>.*<\/x:row>$/);
    expect(after).not.toMatch(/<(c|row|v|is|t)[\s>]/);
  });

  it("LibreOffice: every row attribute LibreOffice writes is kept on the rows this run leaves", () => {
    const after = rowElements(historyPart(outputs.get("libreoffice.xlsx") as Uint8Array).xml);
    expect(after.get(3)).toContain('hidden="true"');
    expect(after.get(2)).toContain('ht="24"');
    expect(after.get(6)).toMatch(/<c r="E6" s="0" t="n"><f aca="false">D6\*100<\/f><v>50<\/v><\/c>/);
  });
});

describe("an Excel table under a title row (XlsxWriter)", () => {
  it("is read from the table's own range, and Indicator history's table grows with its new rows", () => {
    const input = readWorkbook(readFixture("xlsxwriter-table.xlsx"));
    const controls = input.sheets.find((s) => s.name === "Controls") as SheetGrid;
    expect(controls.firstRow).toBe(3);
    expect(controls.rows[0]).toEqual(["Control ID", "Office", "Clause", "Status", "Weight"]);
    const pkg = ZipPackage.open(outputs.get("xlsxwriter-table.xlsx") as Uint8Array);
    const part = historyPart(outputs.get("xlsxwriter-table.xlsx") as Uint8Array).name;
    const [table] = sheetTables(pkg, part);
    const last = Math.max(...rowElements(pkg.getText(part) as string).keys());
    expect(last).toBeGreaterThan(8);
    expect(pkg.getText(table)).toMatch(new RegExp(`<table [^>]*ref="A3:E${last}"`));
    expect(pkg.getText(table)).toMatch(new RegExp(`<autoFilter ref="A3:E${last}"`));
    // The title stays where it was.
    expect(rowElements(historyPart(outputs.get("xlsxwriter-table.xlsx") as Uint8Array).xml).get(1)).toContain('r="A1"');
  });
});

describe("1904 date system (XlsxWriter date_1904, General-formatted serials)", () => {
  it("reads serials in date columns as days of 1904, and writes this run's dates in it", async () => {
    const { document, output } = await compute(readFixture("xlsxwriter-1904.xlsx"));
    expect(document.asOf).toBe("2026-10-31");
    expect(indicators(document)).toEqual(indicators(reference));
    const rows = rowElements(historyPart(output).xml);
    // 2026-10-31 is 44864 in the 1904 system (46326 in 1900's).
    expect(rows.get(8)).toMatch(/<c r="A8"[^>]*><v>44864<\/v><\/c>/);
  });
});

describe("macro-enabled workbooks (XlsxWriter .xlsm)", () => {
  it("compute writes book.scorecard.xlsm, a macro-enabled package with its VBA project as it was", async () => {
    const folder = tempFolder();
    const input = path.join(folder, "book.xlsm");
    fs.copyFileSync(path.join(DIR, "xlsxwriter.xlsm"), input);
    const run = await cli(["compute", input]);
    expect(run.code).toBe(0);
    const output = path.join(folder, "book.scorecard.xlsm");
    const entries = new Map(unzipEntries(new Uint8Array(fs.readFileSync(output))));
    expect(text(entries.get("[Content_Types].xml"))).toContain(
      'ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"',
    );
    expect(entries.get("xl/vbaProject.bin")).toEqual(new Uint8Array(fs.readFileSync(path.join(DIR, "vbaProject.bin"))));
  });

  it("refuses an -o whose extension contradicts the package, naming the extension to use", async () => {
    const folder = tempFolder();
    const input = path.join(folder, "book.xlsm");
    fs.copyFileSync(path.join(DIR, "xlsxwriter.xlsm"), input);
    const run = await cli(["compute", input, "-o", path.join(folder, "out.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.err).toContain("name the output with .xlsm");
    expect(fs.existsSync(path.join(folder, "out.xlsx"))).toBe(false);
    const plain = await cli(["compute", path.join(DIR, "openpyxl.xlsx"), "-o", path.join(folder, "out.xlsm")]);
    expect(plain.code).toBe(2);
    expect(plain.err).toContain("name the output with .xlsx");
  });
});

describe("macro-enabled workbooks in a folder", () => {
  it("consolidates a folder's .xlsm workbook to the figures it has alone (Excel's lock file and an old .xls left out)", async () => {
    const folder = tempFolder();
    const offices = path.join(folder, "offices");
    fs.mkdirSync(offices);
    fs.copyFileSync(path.join(DIR, "xlsxwriter.xlsm"), path.join(offices, "macros.xlsm"));
    fs.writeFileSync(path.join(offices, "~$macros.xlsm"), "Excel's lock file");
    fs.writeFileSync(path.join(offices, "old.xls"), "not a package");
    const run = await cli([
      "compute",
      offices,
      "-o",
      path.join(folder, "all.xlsx"),
      "--json",
      path.join(folder, "all.json"),
    ]);
    expect(run.code).toBe(0);
    expect(run.err).toContain("Skipped");
    expect(run.err).toContain("old.xls");
    expect(run.err).not.toContain("~$macros.xlsm");
    const alone = await cli([
      "compute",
      path.join(offices, "macros.xlsm"),
      "-o",
      path.join(folder, "one.xlsm"),
      "--json",
      path.join(folder, "one.json"),
    ]);
    expect(alone.code).toBe(0);
    const together = JSON.parse(fs.readFileSync(path.join(folder, "all.json"), "utf8")) as ResultDocument;
    const single = JSON.parse(fs.readFileSync(path.join(folder, "one.json"), "utf8")) as ResultDocument;
    expect(together.consolidated).toEqual(single.consolidated);
    expect(together.consolidated.ocl).not.toBeNull();
    // The output is a plain workbook: no macro project was copied into it.
    const entries = new Map(unzipEntries(new Uint8Array(fs.readFileSync(path.join(folder, "all.xlsx")))));
    expect(entries.has("xl/vbaProject.bin")).toBe(false);
  });
});

describe("Strict Open XML (hand-made)", () => {
  it("writes the results in the package's Strict namespaces", () => {
    const output = outputs.get("strict.xlsx") as Uint8Array;
    const pkg = ZipPackage.open(output);
    const wb = readWorkbookPart(pkg);
    const scorecard = wb.sheets.find((s) => s.name === "Scorecard");
    expect(scorecard?.part).toBeTruthy();
    const sheet = pkg.getText(scorecard?.part as string) as string;
    expect(sheet).toContain('xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"');
    // Every part written or changed: no Transitional namespace of the ones this product writes.
    const input = new Map(unzipEntries(readFixture("strict.xlsx")));
    const written = [...unzipEntries(output)].filter(([name, bytes]) => text(input.get(name)) !== text(bytes));
    expect(written.length).toBeGreaterThan(10);
    for (const [name, bytes] of written) {
      const transitional =
        /schemas\.openxmlformats\.org\/(spreadsheetml|drawingml|officeDocument\/2006\/relationships)/;
      expect([name, transitional.test(text(bytes))]).toEqual([name, false]);
    }
    const drawings = readRels(pkg, scorecard?.part as string)?.relationships ?? [];
    expect(drawings.map((r) => r.type)).toEqual(["http://purl.oclc.org/ooxml/officeDocument/relationships/drawing"]);
  });
});

describe("ownership survives a re-save by ExcelJS", () => {
  async function resaveWithExcelJS(bytes: Uint8Array): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it("knows its result sheets by their footer when ExcelJS dropped the hidden names, and marks them again", async () => {
    const resaved = await resaveWithExcelJS(outputs.get("openpyxl.xlsx") as Uint8Array);
    const before = readWorkbook(resaved);
    expect(before.definedNames.some((d) => d.name === OWNED_SHEET_MARKER)).toBe(false);
    expect(before.ownedSheets.has("Scorecard")).toBe(true);
    const { output } = await compute(resaved);
    const after = readWorkbook(output);
    expect(after.sheetInfo.filter((s) => s.name === "Scorecard")).toHaveLength(1);
    expect(after.sheetInfo.map((s) => s.name)).toEqual(before.sheetInfo.map((s) => s.name));
    expect(after.definedNames.filter((d) => d.name === OWNED_SHEET_MARKER).map((d) => d.sheet)).toContain("Scorecard");
  });

  it("still never takes a user's sheet of a result sheet's name", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(readFixture("exceljs.xlsx")) as unknown as ExcelJS.Buffer);
    const mine = wb.addWorksheet("Scorecard");
    mine.getCell("A1").value = "My own scorecard";
    mine.headerFooter.oddFooter = "&8ITSM Scorecard, by hand";
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    // The application layer refuses before any write (SheetConflictError); the file host would too.
    await expect(compute(bytes)).rejects.toThrow(/"Scorecard" that (ITSM Scorecard did not create|was not created)/);
  });
});

const describeWithOpenpyxl = python ? describe : describe.skip;
describeWithOpenpyxl("outputs read by openpyxl", () => {
  it("opens every output and reads the result sheets and the upserted history", () => {
    const script = `
import json, sys, warnings
warnings.simplefilter("ignore")
import openpyxl
out = {}
for path in sys.argv[1:]:
    try:
        wb = openpyxl.load_workbook(path)
        ws = wb["${HISTORY}"]
        rows = [[c.value for c in r][:4] for r in ws.iter_rows() if r[1].value is not None]
        footer = wb["Scorecard"].evenFooter.center.text
        out[path.split("/")[-1]] = {"sheets": wb.sheetnames, "offices": sorted(set(r[1] for r in rows[1:])), "footer": footer}
    except Exception as e:
        out[path.split("/")[-1]] = {"error": repr(e)}
print(json.dumps(out, default=str))
`;
    // openpyxl (3.0) cannot read Strict Open XML at all: it drops every sheet of strict.xlsx itself.
    const readable = FIXTURES.filter((f) => f !== "strict.xlsx");
    const files = readable.map((f) => path.join(outDir, f));
    const run = spawnSync(python as string, ["-c", script, ...files], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    const read = JSON.parse(run.stdout) as Record<
      string,
      { sheets?: string[]; offices?: string[]; footer?: string; error?: string }
    >;
    for (const file of readable) {
      expect([file, read[file].error]).toEqual([file, undefined]);
      expect(read[file].sheets).toEqual(expect.arrayContaining(["Scorecard", "Issues", HISTORY]));
      expect(read[file].offices).toEqual(["Consolidated", "Lima", "Quito"]);
      // The ownership mark is a footer openpyxl understands (centre section), so it keeps it too.
      expect(read[file].footer).toContain("ITSM Scorecard result sheet");
    }
  });
});

const describeWithLibreOffice = soffice ? describe : describe.skip;
describeWithLibreOffice("outputs opened by LibreOffice", () => {
  it("converts every output, with its result sheets and the upserted history", () => {
    const converted = path.join(outDir, "fods");
    const run = convertWithLibreOffice(
      FIXTURES.map((f) => path.join(outDir, f)),
      "fods",
      converted,
      path.join(outDir, "profile"),
      240_000,
    );
    expect(run.status).toBe(0);
    for (const file of FIXTURES) {
      const fods = path.join(converted, file.replace(/\.xls[xm]$/, ".fods"));
      expect([file, fs.existsSync(fods)]).toEqual([file, true]);
      const xml = fs.readFileSync(fods, "utf8");
      expect([file, xml.includes('table:name="Scorecard"')]).toEqual([file, true]);
      expect([file, xml.includes(`table:name="${HISTORY}"`)]).toEqual([file, true]);
      expect([file, xml.includes("<text:p>Consolidated</text:p>")]).toEqual([file, true]);
    }
  }, 300_000);
});
