/**
 * Guarantee 3 (docs/security.md): broken, disguised and oversized files are refused with one line
 * that says what is wrong and what to do, naming the limit, through the command line (exit 1, no
 * stack, nothing written) and through the file host the standalone page uses (same message).
 * Awkward but valid layouts (merged header cells, hidden rows, a header below row 1, a sheet
 * 16,384 columns wide) are read and computed.
 */
// @ts-nocheck

import * as fs from "node:fs";
import * as path from "node:path";
import { dayFromParts } from "../../src/core/model/days";
import type { ResultDocument } from "../../src/core/render/resultDocument";
import { compute } from "../../src/app";
import { ScorecardError } from "../../src/core/text/scorecardError";
import { MAX_SHEET_CELLS, MAX_SHEET_ROWS } from "../../src/host/file/limits";
import { readWorkbook } from "../../src/host/file/readWorkbook";
import { createWorkbook } from "../../src/host/file/writeWorkbook";
import { XlsxFileHost } from "../../src/host/file/xlsxFileHost";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { FileSession } from "../../src/taskpane/fileSession";
import { cli, tempFolder } from "../helpers/cli";
import {
  type RawEntry,
  lazyWorkbook,
  repeatedDeflate,
  repeatedEntry,
  row,
  t,
  v,
  workbookParts,
  zipRaw,
} from "./hugeWorkbooks";

const today = dayFromParts(2026, 11, 1) as number;
const dir = tempFolder();
const MB = 1024 * 1024;

/** The sample workbook as Excel would save it. */
const sample = createWorkbook(sampleWorkbook().sheets.map((s) => ({ name: s.name, rows: s.rows })));

const CONTROLS = ["Control ID", "Office", "Clause", "Requirement", "Owner", "Status", "Weight", "Notes"];
const headerRow = (r: number, headers: readonly string[] = CONTROLS, column = 0) =>
  row(r, headers.map((h, i) => t(`${String.fromCharCode(65 + column + i)}${r}`, h)).join(""));
const controlRow = (r: number, id: string, office = "Lima", column = 0) => {
  const c = (i: number) => `${String.fromCharCode(65 + column + i)}${r}`;
  return row(
    r,
    t(c(0), id) +
      t(c(1), office) +
      t(c(2), "6.1") +
      t(c(3), "Catalogue kept") +
      t(c(4), "Ana") +
      t(c(5), "Compliant") +
      v(c(6), 1),
  );
};

/** A zip whose only sheet part declares (and truly inflates to) `bytes` of repeated rows. */
function bombPart(index: number, bytes: number): RawEntry {
  const chunk = new TextEncoder().encode(
    `<row><c t="inlineStr"><is><t>${"x".repeat(1000)}</t></is></c></row>`.repeat(1024),
  );
  return { name: `xl/worksheets/sheet${index}.xml`, ...repeatedDeflate(chunk, Math.ceil(bytes / chunk.length)) };
}

/** Runs `compute` on the bytes saved as `name`: exit 1, one line, no stack, nothing written. */
async function refusedByCli(name: string, bytes: Uint8Array): Promise<string> {
  const folder = fs.mkdtempSync(path.join(dir, "case-"));
  const input = path.join(folder, name);
  fs.writeFileSync(input, bytes);
  const run = await cli(["compute", input, "--json", path.join(folder, "result.json")]);
  expect(run.code).toBe(1);
  expect(run.out).toBe("");
  expect(run.err.split("\n")).toHaveLength(1);
  expect(run.err).toMatch(/^itsm-scorecard: [A-Z]/);
  expect(run.err).not.toMatch(/\bat .+\(.*:\d+:\d+\)|Error:/);
  expect(fs.readdirSync(folder)).toEqual([name]);
  const validate = await cli(["validate", input]);
  expect(validate.code).toBe(1);
  expect(validate.err).toBe(run.err);
  return run.err.slice("itsm-scorecard: ".length);
}

/** The file host (the standalone page's) refuses with a ScorecardError and returns its message. */
async function refusedByFileHost(bytes: Uint8Array): Promise<string> {
  const failure = await compute(new XlsxFileHost(bytes), { today }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(failure).toBeInstanceOf(ScorecardError);
  return (failure as Error).message;
}

async function expectRefused(name: string, bytes: Uint8Array, what: RegExp, todo: RegExp): Promise<void> {
  const message = await refusedByCli(name, bytes);
  expect(message).toMatch(what);
  expect(message).toMatch(todo);
  expect(await refusedByFileHost(bytes)).toBe(message);
}

describe("files that are not usable workbooks get one line saying what is wrong and what to do", () => {
  it("a file that is not a zip at all", async () => {
    const bytes = new Uint8Array(3000).map((_, i) => (i * 7919) % 256);
    await expectRefused(
      "random.xlsx",
      bytes,
      /is not an \.xlsx workbook/,
      /choose a workbook saved by Excel as \.xlsx/,
    );
    await expectRefused("empty.xlsx", new Uint8Array(0), /The file is empty/, /choose an \.xlsx workbook/);
  });

  it("a .csv file named .xlsx", async () => {
    const csv = new TextEncoder().encode("Control ID,Office,Clause,Status\r\nC-1,Lima,6.1,Compliant\r\n");
    await expectRefused(
      "controls.xlsx",
      csv,
      /not an \.xlsx workbook but text \(for example CSV\)/,
      /save it as an Excel Workbook \(\.xlsx\)/,
    );
  });

  it("an old .xls workbook and an encrypted workbook (both OLE compound files, D0 CF 11 E0)", async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    // Excel saves a password-protected .xlsx as a compound file holding EncryptionInfo and EncryptedPackage.
    ole.set(new TextEncoder().encode("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0"), 1024);
    for (const name of ["old.xlsx", "protected.xlsx"]) {
      await expectRefused(
        name,
        ole,
        /old \.xls workbook or a password-protected workbook/,
        /save it as an unprotected Excel Workbook \(\.xlsx\)/,
      );
    }
  });

  it("a truncated .xlsx (a partial download or copy)", async () => {
    for (const cut of [sample.length - 30, Math.floor(sample.length / 2), 100]) {
      await expectRefused(
        "partial.xlsx",
        sample.subarray(0, cut),
        /damaged or incomplete/,
        /save the workbook again from Excel/,
      );
    }
  });

  it("a zip bomb: one part that would expand past the per-part limit, refused before inflating", async () => {
    const bytes = zipRaw([...workbookParts(["Controls"]), bombPart(1, 300 * MB)]);
    expect(bytes.length).toBeLessThan(2 * MB);
    await expectRefused(
      "bomb.xlsx",
      bytes,
      /part xl\/worksheets\/sheet1\.xml expands past the 256 MB limit per part/,
      /split it into smaller workbooks/,
    );
  });

  it("a zip bomb: parts under the per-part limit that together expand past the total limit", async () => {
    const names = ["Controls", "Evidence", "Tasks", "Findings", "Projects"];
    const bytes = zipRaw([...workbookParts(names), ...names.map((_n, i) => bombPart(i + 1, 250 * MB))]);
    expect(bytes.length).toBeLessThan(5 * MB);
    await expectRefused(
      "bombs.xlsx",
      bytes,
      /contents expand past the 1,024 MB limit \(uncompressed\)/,
      /split it into smaller workbooks/,
    );
  });

  it("a zip whose declared sizes lie: inflating stops at the declared size (both deflate codecs)", async () => {
    // Declares 2 KB but inflates to 200 MB: refused as damaged after at most one step of inflating.
    const real = bombPart(1, 200 * MB);
    const lying: RawEntry = { ...real, size: 2048 };
    const bytes = zipRaw([...workbookParts(["Controls"]), lying]);
    await expectRefused("liar.xlsx", bytes, /damaged or incomplete/, /save the workbook again from Excel/);
  });

  it(`a sheet with a million rows: refused past ${MAX_SHEET_ROWS.toLocaleString("en-US")} rows with data, while reading`, async () => {
    // Rows without numbers, from a repeated deflate chunk: a million rows in a small file.
    const part = repeatedEntry(
      "xl/worksheets/sheet1.xml",
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${headerRow(1)}`,
      "<row><c><v>1</v></c><c><v>2</v></c><c><v>3</v></c></row>".repeat(1000),
      1000,
      "</sheetData></worksheet>",
    );
    const bytes = zipRaw([...workbookParts(["Controls"]), part]);
    expect(bytes.length).toBeLessThan(MB);
    await expectRefused(
      "million.xlsx",
      bytes,
      /The sheet "Controls" has more than 250,000 rows with data, the limit per sheet/,
      /split the data into several workbooks/,
    );
  });

  it(`a sheet whose data spreads to column XFD over many rows: refused past ${MAX_SHEET_CELLS.toLocaleString("en-US")} cells`, async () => {
    const rows = function* (): Generator<string> {
      yield row(1, CONTROLS.map((h, i) => t(`${String.fromCharCode(65 + i)}1`, h)).join("") + t("XFD1", "Stray note"));
      for (let r = 2; r <= 300; r++) yield controlRow(r, `C-${r}`);
    };
    const bytes = lazyWorkbook([{ name: "Controls", rows: rows() }]);
    await expectRefused(
      "wide.xlsx",
      bytes,
      /"Controls" has data spread over a very large range \(A1:XFD300\), past the limit of 4,000,000 cells per sheet/,
      /delete stray cells far from the data/,
    );
  });

  it("the standalone page refuses a file past 256 MB before reading it into memory", async () => {
    const read = jest.fn(async () => new ArrayBuffer(0));
    const huge = { name: "huge.xlsx", size: 300 * MB, arrayBuffer: read };
    await expect(FileSession.open(huge)).rejects.toThrow(
      /The file is 300 MB, past the 256 MB limit for a workbook; save it again from Excel/,
    );
    expect(read).not.toHaveBeenCalled();
    const small = { name: "sample.xlsx", size: sample.length, arrayBuffer: async () => sample.slice().buffer };
    expect((await FileSession.open(small)).fileName).toBe("sample.xlsx");
  });
});

describe("awkward but valid layouts are read as Excel shows them", () => {
  /** Computes through the command line and returns the JSON result document and the output path. */
  async function computed(name: string, bytes: Uint8Array): Promise<{ doc: ResultDocument; output: string }> {
    const folder = fs.mkdtempSync(path.join(dir, "ok-"));
    const input = path.join(folder, name);
    const json = path.join(folder, "result.json");
    const output = path.join(folder, "out.xlsx");
    fs.writeFileSync(input, bytes);
    const run = await cli(["compute", input, "-o", output, "--json", json, "--as-of", "2026-10-31"]);
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    return { doc: JSON.parse(fs.readFileSync(json, "utf8")) as ResultDocument, output };
  }

  it("a header row below row 1, after empty rows and starting in column C", async () => {
    const rows = [
      headerRow(4, CONTROLS, 2),
      controlRow(5, "C-1", "Lima", 2),
      controlRow(6, "C-2", "Quito", 2),
      row(7, t("C7", "C-3") + t("D7", "Lima")),
    ];
    const { doc } = await computed("low-header.xlsx", lazyWorkbook([{ name: "Controls", rows }]));
    expect(Object.keys(doc.byOffice).sort()).toEqual(["Lima", "Quito"]);
    // Problems name the cell where Excel shows it.
    expect(doc.issues).toContainEqual(
      expect.objectContaining({ sheet: "Controls", row: 7, column: "Clause", cell: "E7" }),
    );
  });

  it("hidden rows are data like any other (a filter does not change the result)", async () => {
    const rows = [
      headerRow(1),
      controlRow(2, "C-1"),
      row(3, controlRow(3, "C-2", "Quito").slice('<row r="3">'.length, -"</row>".length), ' hidden="1"'),
    ];
    const { doc } = await computed("hidden.xlsx", lazyWorkbook([{ name: "Controls", rows }]));
    expect(Object.keys(doc.byOffice).sort()).toEqual(["Lima", "Quito"]);
  });

  it("merged header cells: the merged-over columns are reported missing, with what to do", async () => {
    // "Office" merged over B1:C1, so the Clause header C1 is empty, as Excel keeps merged cells.
    const header = CONTROLS.map((h, i) => (h === "Clause" ? "" : t(`${String.fromCharCode(65 + i)}1`, h))).join("");
    const rows = [row(1, header), controlRow(2, "C-1")];
    const bytes = lazyWorkbook([
      { name: "Controls", rows, extra: '<mergeCells count="1"><mergeCell ref="B1:C1"/></mergeCells>' },
    ]);
    const { doc } = await computed("merged.xlsx", bytes);
    expect(doc.issues).toContainEqual(
      expect.objectContaining({
        severity: "error",
        sheet: "Controls",
        row: 1,
        column: "Clause",
        message: expect.stringMatching(/no "Clause" column\. Add it to the header row/),
      }),
    );
  });

  it("a title row above the header row: the issue points to the row that looks like the header", async () => {
    const rows = [row(1, t("A1", "Controls of the 2026 audit")), headerRow(3), controlRow(4, "C-1")];
    const { doc } = await computed("titled.xlsx", lazyWorkbook([{ name: "Controls", rows }]));
    expect(doc.issues).toContainEqual(
      expect.objectContaining({
        severity: "error",
        sheet: "Controls",
        row: 1,
        column: "Control ID",
        message: expect.stringMatching(/row 3 looks like the header row: delete the rows above it/),
      }),
    );
  });

  it("a sheet 16,384 columns wide (a stray value in XFD) is read; the extra columns are ignored", async () => {
    const rows = [
      row(1, CONTROLS.map((h, i) => t(`${String.fromCharCode(65 + i)}1`, h)).join("") + t("XFD1", "Stray note")),
      controlRow(2, "C-1"),
      controlRow(3, "C-2", "Quito"),
    ];
    const { doc, output } = await computed("xfd.xlsx", lazyWorkbook([{ name: "Controls", rows }]));
    expect(Object.keys(doc.byOffice).sort()).toEqual(["Lima", "Quito"]);
    const controls = readWorkbook(fs.readFileSync(output)).sheets.find((s) => s.name === "Controls");
    expect(controls?.rows[0]).toHaveLength(16384);
    expect(controls?.rows[0][16383]).toBe("Stray note");
  });
});
