/**
 * The Excel host's fixes from the audit against Microsoft's documentation, each shown through
 * the real Office.js client on the simulated workbook (test/helpers/officeJsBed).
 */
// @ts-nocheck

import { RESULT_SHEETS, RESULT_SHEET_NAMES } from "../../src/core/text/labels";
import { OWNED_SHEET_FOOTER, OWNED_SHEET_FOOTER_CENTER, OWNED_SHEET_MARKER } from "../../src/core/render/resultSheet";
import { hasFooterMark } from "../../src/host/file/parts/ownerMark";
import { upsertSettings } from "../../src/core/settingsSheet";
import { templateSheets } from "../../src/core/template";
import { compute, isInputSheet } from "../../src/app";
import { plainExcelError } from "../../src/host/excel/excelErrors";
import {
  CLI_SURFACE,
  OFFICE_ERROR_UNKNOWN,
  OFFICE_ERROR_WORDS,
  errorText as wordError,
} from "../../src/core/text/messages";
import { ScorecardError } from "../../src/core/text/scorecardError";
import { ExcelHost } from "../../src/host/excel/excelHost";
import { runInExcel } from "../../src/host/excel/excelRun";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { errorText } from "../../src/taskpane/components/ErrorBar";
import { STRINGS } from "../../src/taskpane/i18n";
import { ExcelBed, cellOf, nameOf, tablesOf } from "../helpers/officeJsBed/bed";
import { FormulaCell } from "../helpers/officeJsBed/workbook";
import { day } from "../helpers/records";

const today = day("2026-11-01");

async function computedSample(): Promise<{ book: ExcelBed; host: ExcelHost }> {
  const book = new ExcelBed();
  const host = new ExcelHost(book.context);
  await host.addSheets(sampleWorkbook().sheets.map((s) => ({ name: s.name, rows: s.rows })));
  await compute(host, { today });
  return { book, host };
}

/** Every sheet's values, for "nothing was written" checks. */
const snapshot = (book: ExcelBed) => book.sheets.map((s) => [s.name, s.grid(), s.charts.length] as const);

describe("freeze panes", () => {
  it("freezes rows only where only rows are asked, rows and columns where both are", async () => {
    const book = new ExcelBed();
    const host = new ExcelHost(book.context);
    await host.addSheets(sampleWorkbook().sheets.map((s) => ({ name: s.name, rows: s.rows })));
    const run = await compute(host, { today });
    const issues = run.sheets.find((s) => s.name === RESULT_SHEETS.issues);
    expect(issues?.freeze).toEqual({ rows: expect.any(Number), columns: 0 });
    for (const sheet of run.sheets)
      expect([sheet.name, book.sheet(sheet.name)?.frozen]).toEqual([sheet.name, sheet.freeze ?? null]);
    // The template's sheets freeze their header row, not column A.
    expect(book.sheet("Controls")?.frozen).toEqual({ rows: 1, columns: 0 });
  });

  it("the bed freezes as Excel does: freezeAt of A1:A4 freezes column A too", async () => {
    const book = new ExcelBed();
    book.addSheet("A");
    book.context.workbook.worksheets.getItem("A").freezePanes.freezeAt("A1:A4");
    await book.context.sync();
    expect(book.sheet("A")?.frozen).toEqual({ rows: 4, columns: 1 });
  });
});

describe("result sheets replaced in place", () => {
  it("keeps each result sheet's identity, so a user's formula pointing at the Scorecard is not #REF!", async () => {
    const { book, host } = await computedSample();
    const ids = new Map(book.sheets.map((s) => [s.name, s.id]));
    const notes = book.addSheet("Notes", [["OCL", "=Scorecard!C5"]]);
    const scorecardCharts = book.sheet(RESULT_SHEETS.scorecard)?.charts.length;
    await compute(host, { today });
    for (const name of Object.values(RESULT_SHEETS))
      expect([name, book.sheet(name)?.id]).toEqual([name, ids.get(name)]);
    expect(notes.stored(0, 1)).toEqual(new FormulaCell("=Scorecard!C5"));
    // The old charts went with the old content: one set, not two.
    expect(book.sheet(RESULT_SHEETS.scorecard)?.charts.length).toBe(scorecardCharts);
  });

  it("the bed turns references to a deleted sheet into #REF!, as Excel does", async () => {
    const book = new ExcelBed();
    book.addSheet("Data", [[1]]);
    book.addSheet("Other", [[2]]);
    const notes = book.addSheet("Notes", [["=Data!A1+1"]]);
    book.context.workbook.worksheets.getItem("Data").delete();
    await book.context.sync();
    expect(notes.stored(0, 0)).toEqual(new FormulaCell("=#REF!+1"));
  });

  it("clears what the previous run left beyond the new content", async () => {
    const { book, host } = await computedSample();
    const scorecard = book.sheet(RESULT_SHEETS.scorecard);
    if (!scorecard) throw new Error("no Scorecard");
    scorecard.put(500, 30, "left over");
    await compute(host, { today });
    expect(cellOf(scorecard, 500, 30).value).toBe("");
  });

  it("renames its own sheet in place when the language changes (the same sheet, Spanish name)", async () => {
    const { book, host } = await computedSample();
    const id = book.sheet(RESULT_SHEETS.scorecard)?.id;
    const settings = (await host.readInputs((n) => n === "Settings")).sheets[0] ?? null;
    await host.writeSheet({ name: "Settings", rows: upsertSettings(settings, { language: "es" }) });
    await compute(host, { today });
    expect(book.sheet(RESULT_SHEET_NAMES.es.scorecard)?.id).toBe(id);
    expect(book.sheet(RESULT_SHEETS.scorecard)).toBeUndefined();
  });
});

describe("the ownership marker", () => {
  it("does not take a workbook-scoped name for the marker (office-js #1011 lists it in every sheet's names)", async () => {
    const book = new ExcelBed();
    const host = new ExcelHost(book.context);
    await host.addSheets(sampleWorkbook().sheets.map((s) => ({ name: s.name, rows: s.rows })));
    book.addSheet(RESULT_SHEETS.scorecard, [["The director's own notes"]]);
    book.book.names.push({ name: OWNED_SHEET_MARKER, scope: "Workbook", sheet: null, formula: "=TRUE", comment: "" });
    expect(book.bugs.sheetNamesListWorkbookNames).toBe(true);
    const input = await host.readInputs(isInputSheet);
    expect(input.ownedSheets.size).toBe(0);
    const before = snapshot(book);
    await expect(compute(host, { today })).rejects.toMatchObject({ code: "sheetNotOwned" });
    expect(snapshot(book)).toEqual(before);
  });

  it("marks every result sheet a second time in its even-page footer, the mark the file host writes", async () => {
    const { book } = await computedSample();
    for (const name of Object.values(RESULT_SHEETS)) {
      const sheet = book.sheet(name)!;
      expect(sheet.headersFooters.evenPages.centerFooter).toBe(OWNED_SHEET_FOOTER_CENTER);
      // Never printed: the even footer only prints with different odd and even pages.
      expect(sheet.headerFooterState).toBe("Default");
      // Saved by Excel, the centre section is "&C" + its text: what the file host writes and recognises.
      const saved = `&C${sheet.headersFooters.evenPages.centerFooter}`;
      expect(saved).toBe(OWNED_SHEET_FOOTER);
      const xml = `<worksheet><sheetData/><headerFooter><evenFooter>${saved.replace(/&/g, "&amp;")}</evenFooter></headerFooter></worksheet>`;
      expect(hasFooterMark(xml)).toBe(true);
    }
  });

  it("knows its sheet by the footer when a re-save dropped the hidden name: rewritten in place and named again", async () => {
    const { book, host } = await computedSample();
    const scorecard = book.sheet(RESULT_SHEETS.scorecard)!;
    const id = scorecard.id;
    // What ExcelJS does to hidden names (test/host/otherWriters.test.ts shows it on a real re-save).
    book.book.names = book.book.names.filter((n) => n.name !== OWNED_SHEET_MARKER);
    expect(nameOf(scorecard, OWNED_SHEET_MARKER)).toBeUndefined();
    const input = await host.readInputs(isInputSheet);
    expect(input.ownedSheets.has(RESULT_SHEETS.scorecard)).toBe(true);
    await compute(host, { today });
    expect(book.sheet(RESULT_SHEETS.scorecard)?.id).toBe(id);
    expect(nameOf(book.sheet(RESULT_SHEETS.scorecard)!, OWNED_SHEET_MARKER)).toBe("=TRUE");
    // Named once per sheet: a sheet that kept its name is not named twice.
    expect(book.book.names.filter((n) => n.name === OWNED_SHEET_MARKER).length).toBe(
      Object.values(RESULT_SHEETS).length,
    );
  });

  it("takes no user's sheet for its footer: another footer text, or the mark on a sheet of another name", async () => {
    const book = new ExcelBed();
    const host = new ExcelHost(book.context);
    await host.addSheets(sampleWorkbook().sheets.map((s) => ({ name: s.name, rows: s.rows })));
    const mine = book.addSheet(RESULT_SHEETS.scorecard, [["The director's own notes"]]);
    mine.headersFooters.evenPages.centerFooter = "&8Printed for the director";
    const notes = book.addSheet("Notes", [["copied from a result sheet"]]);
    notes.headersFooters.evenPages.centerFooter = OWNED_SHEET_FOOTER_CENTER;
    const input = await host.readInputs(isInputSheet);
    expect(input.ownedSheets.size).toBe(0);
    const before = snapshot(book);
    await expect(compute(host, { today })).rejects.toMatchObject({ code: "sheetNotOwned" });
    expect(snapshot(book)).toEqual(before);
  });

  it("stops with a plain message when Excel cannot read the sheets' names while another workbook is in front (office-js #6365)", async () => {
    const { book, host } = await computedSample();
    book.bugs.userViewsAnotherWorkbook = true;
    const before = snapshot(book);
    const error: unknown = await compute(host, { today }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScorecardError);
    expect(error).toMatchObject({ code: "excelRefused", params: { office: "InvalidSelection" } });
    expect((error as ScorecardError).message).toMatch(/another workbook/);
    expect(errorText(error, STRINGS.es).detail).toMatch(/otra ventana de libro/);
    expect(snapshot(book)).toEqual(before);
    book.bugs.userViewsAnotherWorkbook = false;
    await compute(host, { today });
    expect(
      book.sheet(RESULT_SHEETS.scorecard) && nameOf(book.sheet(RESULT_SHEETS.scorecard)!, OWNED_SHEET_MARKER),
    ).toBe("=TRUE");
  });
});

describe("cell-edit mode", () => {
  it("waits while the user edits a cell (Excel.run with delayForCellEdit), then writes", async () => {
    const book = new ExcelBed();
    await new ExcelHost(book.context).addSheets(sampleWorkbook().sheets.map((s) => ({ name: s.name, rows: s.rows })));
    const finish = book.editCell();
    let settled = false;
    const computing = book
      .withSession(() => runInExcel(book.Excel, (context) => compute(new ExcelHost(context), { today })))
      .finally(() => {
        settled = true;
      });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);
    expect(book.sheet(RESULT_SHEETS.scorecard)).toBeUndefined();
    finish();
    await computing;
    expect(book.sheet(RESULT_SHEETS.scorecard)).toBeDefined();
    expect(book.requests.some((r) => (r.flags & 64) !== 0)).toBe(true);
  });

  it("without delayForCellEdit the batch fails, and the message says to finish editing", async () => {
    const book = new ExcelBed();
    const host = new ExcelHost(book.context);
    await host.addSheets(sampleWorkbook().sheets.map((s) => ({ name: s.name, rows: s.rows })));
    const finish = book.editCell();
    const error: unknown = await compute(host, { today }).catch((e: unknown) => e);
    finish();
    expect(error).toMatchObject({ code: "excelRefused", params: { office: "InvalidOperationInCellEditMode" } });
    expect((error as Error).message).toMatch(/finish editing/);
  });
});

describe("protection", () => {
  it("stops before writing anything when a result sheet to replace is protected, naming it", async () => {
    const { book, host } = await computedSample();
    const maturity = book.sheet(RESULT_SHEETS.maturity);
    if (!maturity) throw new Error("no maturity sheet");
    maturity.protected = true;
    const before = snapshot(book);
    const error: unknown = await compute(host, { today }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "sheetProtected", params: { sheet: RESULT_SHEETS.maturity } });
    expect((error as Error).message).toContain(`"${RESULT_SHEETS.maturity}"`);
    // In the workbook's language (English here), whatever the pane's; worded in Spanish too.
    expect(errorText(error, STRINGS.es).detail).toBe((error as Error).message);
    const { code, params } = error as ScorecardError<"sheetProtected">;
    expect(wordError(code, params, CLI_SURFACE).es).toContain(`La hoja "${RESULT_SHEETS.maturity}" está protegida`);
    expect(snapshot(book)).toEqual(before);
  });

  it("stops before writing anything when Indicator history is protected", async () => {
    const { book, host } = await computedSample();
    const history = book.sheet("Indicator history");
    if (!history) throw new Error("no history");
    history.protected = true;
    const before = snapshot(book);
    await expect(compute(host, { today })).rejects.toThrow(/"Indicator history" is protected/);
    expect(snapshot(book)).toEqual(before);
  });

  it("stops before writing anything when the workbook's structure is protected and a sheet must be added", async () => {
    const book = new ExcelBed();
    const host = new ExcelHost(book.context);
    await host.addSheets(sampleWorkbook().sheets.map((s) => ({ name: s.name, rows: s.rows })));
    book.book.structureProtected = true;
    const before = snapshot(book);
    await expect(compute(host, { today })).rejects.toMatchObject({ code: "workbookProtected" });
    expect(snapshot(book)).toEqual(before);
  });

  it("rewrites its sheets in place under a protected structure: nothing to add, nothing refused", async () => {
    const { book, host } = await computedSample();
    book.book.structureProtected = true;
    await compute(host, { today });
    expect(book.sheets.filter((s) => (Object.values(RESULT_SHEETS) as string[]).includes(s.name))).toHaveLength(
      Object.keys(RESULT_SHEETS).length,
    );
  });

  it("the bed refuses writes to a protected sheet, as Excel does (AccessDenied), and the host words it", async () => {
    const book = new ExcelBed();
    book.addSheet("A").protected = true;
    book.context.workbook.worksheets.getItem("A").getRange("A1").values = [["x"]];
    const error: unknown = await book.context.sync().catch((e: unknown) => e);
    expect((error as { code: string }).code).toBe("AccessDenied");
    const plain = plainExcelError(error) as ScorecardError;
    expect(plain.message).toBe(OFFICE_ERROR_WORDS.AccessDenied.en);
    expect(plain.message).not.toContain((error as Error).message);
  });
});

describe("Indicator history's table", () => {
  it("grows to the rows written, so every date keeps the table's date format", async () => {
    const book = new ExcelBed();
    const host = new ExcelHost(book.context);
    const template = templateSheets();
    await host.addSheets(
      sampleWorkbook().sheets.map((s) => ({
        name: s.name,
        rows: s.rows,
        inputs: template.find((t) => t.name === s.name)?.inputs,
      })),
    );
    const history = book.sheet("Indicator history");
    if (!history) throw new Error("no history");
    const before = history.tables[0].rect.r1;
    const run = await compute(host, { today });
    const rows = run.history.rows.length;
    expect(rows - 1).toBeGreaterThan(before);
    expect(tablesOf(history)[0].address).toBe(`'Indicator history'!A1:D${rows}`);
    expect(cellOf(history, rows - 1, 0).numberFormat).toBe("yyyy-mm-dd");
  });

  it("shrinks to the rows written", async () => {
    const book = new ExcelBed();
    const host = new ExcelHost(book.context);
    await host.addSheets(templateSheets());
    await host.addSheets(sampleWorkbook().sheets.map((s) => ({ name: s.name, rows: s.rows })));
    const history = book.sheet("Indicator history");
    if (!history) throw new Error("no history");
    history.tables[0].rect = { ...history.tables[0].rect, r1: 400 };
    const run = await compute(host, { today });
    expect(tablesOf(history)[0].address).toBe(`'Indicator history'!A1:D${Math.max(2, run.history.rows.length)}`);
  });
});

describe("table names", () => {
  it("stay unique: a renamed template sheet and a second Add template do not collide", async () => {
    const book = new ExcelBed();
    const host = new ExcelHost(book.context);
    await host.addSheets(templateSheets());
    const controls = book.sheet("Controls");
    if (!controls) throw new Error("no Controls");
    controls.name = "Controls 2025";
    const added = await host.addSheets(templateSheets());
    expect(added).toEqual(["Controls"]);
    const names = book.book.tables.map((t) => t.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    expect(book.sheet("Controls") && tablesOf(book.sheet("Controls")!)[0].name).toBe("tblControls2");
  });
});

describe("errors and text", () => {
  it('reads "#N/A" typed as text as text, and the #N/A error as an error (Range.valueTypes)', async () => {
    const book = new ExcelBed();
    book.addSheet("Controls", [
      ["Control ID", "Office", "Clause", "Status", "Notes"],
      ["C-1", "Quito", "4.1", "Compliant", "'#N/A"],
      ["C-2", "Quito", "4.2", "Compliant", "#N/A"],
    ]);
    const input = await new ExcelHost(book.context).readInputs(isInputSheet);
    const rows = input.sheets.find((s) => s.name === "Controls")?.rows ?? [];
    expect(rows[1][4]).toBe("#N/A");
    expect(rows[2][4]).toEqual({ error: "#N/A" });
  });

  it("words every Office.js error it knows in English and Spanish, never with Excel's own message", () => {
    for (const [code, words] of Object.entries(OFFICE_ERROR_WORDS)) {
      const raw = Object.assign(new Error(`raw ${code} text from Excel`), { name: "RichApi.Error", code });
      const plain = plainExcelError(raw) as ScorecardError;
      expect([code, plain.code, plain.message]).toEqual([code, "excelRefused", words.en]);
      expect(errorText(plain, STRINGS.es).detail).toBe(words.es);
      expect(errorText(plain, STRINGS.en).detail).toBe(words.en);
    }
    const unknown = plainExcelError(
      Object.assign(new Error("Kaboom 0x80004005"), { name: "RichApi.Error", code: "Weird" }),
    ) as ScorecardError;
    expect(unknown).toMatchObject({ code: "excelRefused", params: { office: "Weird" } });
    expect(unknown.message).toBe(OFFICE_ERROR_UNKNOWN.en);
    // A code named like an Object member is not mistaken for one of Excel's known codes.
    const inherited = plainExcelError(Object.assign(new Error("x"), { name: "RichApi.Error", code: "toString" }));
    expect((inherited as Error).message).toBe(OFFICE_ERROR_UNKNOWN.en);
    // Errors that are not Office.js's pass through unchanged.
    const other = new Error("disk");
    expect(plainExcelError(other)).toBe(other);
  });

  it("words a real payload refusal of the client (RequestPayloadSizeLimitExceeded)", async () => {
    const book = new ExcelBed();
    book.addSheet("A");
    book.context.workbook.worksheets.getItem("A").getRange("A1:A1000").values = Array.from({ length: 1_000 }, () => [
      "x".repeat(5_100),
    ]);
    const error = plainExcelError(await book.context.sync().catch((e: unknown) => e)) as ScorecardError;
    expect(error).toMatchObject({ code: "excelRefused", params: { office: "RequestPayloadSizeLimitExceeded" } });
    expect(errorText(error, STRINGS.es).detail).toBe(OFFICE_ERROR_WORDS.RequestPayloadSizeLimitExceeded.es);
  });
});

describe("fewer actions", () => {
  it("styles by cell properties, suspends screen updating for each write request and sends few actions", async () => {
    const book = new ExcelBed();
    const host = new ExcelHost(book.context);
    await host.addSheets(sampleWorkbook().sheets.map((s) => ({ name: s.name, rows: s.rows })));
    const from = book.requests.length;
    const suspensions = book.book.screenUpdatingSuspensions;
    await compute(host, { today });
    const writes = book.since(from).filter((r) => r.loads.length === 0);
    expect(writes.length).toBeGreaterThan(0);
    expect(book.book.screenUpdatingSuspensions - suspensions).toBe(writes.length);
    // The sample's seven result sheets with their charts: about forty actions a sheet, plus the charts.
    expect(book.since(from).reduce((n, r) => n + r.actions, 0)).toBeLessThan(1_000);
  });
});
