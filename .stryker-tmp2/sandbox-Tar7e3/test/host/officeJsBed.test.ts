/**
 * The test bed itself: the real Office.js client over the simulated workbook behaves as Excel
 * does where the Excel host's tests rely on it (so that those tests could fail).
 */
// @ts-nocheck

import { ExcelBed, cellOf } from "../helpers/officeJsBed/bed";
import { typedAsExcel } from "../helpers/officeJsBed/workbook";

/** The Office.js error code a call throws, or undefined. */
function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
}

describe("the Office.js test bed", () => {
  it("refuses a property read before it is loaded and synced (the client's own PropertyNotLoaded)", async () => {
    const book = new ExcelBed();
    book.addSheet("A");
    const worksheets = book.context.workbook.worksheets;
    worksheets.load("items/name");
    expect(codeOf(() => worksheets.items)).toBe("PropertyNotLoaded");
    await book.context.sync();
    expect(worksheets.items[0].name).toBe("A");
    expect(codeOf(() => worksheets.items[0].position)).toBe("PropertyNotLoaded");
    const added = worksheets.add("B");
    expect(codeOf(() => added.name)).toBe("PropertyNotLoaded");
    const found = worksheets.getItemOrNullObject("A");
    found.load("name");
    await book.context.sync();
    expect(found.isNullObject).toBe(false);
    expect(codeOf(() => found.position)).toBe("PropertyNotLoaded");
    const missing = worksheets.getItemOrNullObject("Nope");
    missing.load("name");
    await book.context.sync();
    expect(missing.isNullObject).toBe(true);
  });

  it("measures each request as the client serializes it, and refuses one over 5 MB", async () => {
    const book = new ExcelBed();
    book.addSheet("A");
    const sheet = book.context.workbook.worksheets.getItem("A");
    sheet.getRange("A1:B1").values = [["é", 1]];
    await book.context.sync();
    const [small] = book.requests;
    expect(small.actions).toBeGreaterThanOrEqual(3); // instantiate the sheet and the range, then set the values
    const big = Array.from({ length: 1_000 }, () => ["x".repeat(5_100)]);
    sheet.getRange("A1:A1000").values = big;
    await expect(book.context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(book.requests[1].bytes).toBeGreaterThan(5_000_000);
    expect(book.sheet("A")?.stored(0, 0)).toBe("é");
  });

  it("stops a batch at the failing action and keeps what ran before it, as Excel does", async () => {
    const book = new ExcelBed();
    book.addSheet("A");
    const sheet = book.context.workbook.worksheets.getItem("A");
    sheet.getRange("A1").values = [["kept"]];
    book.context.workbook.worksheets.getItem("Missing").getRange("A1").values = [["x"]];
    sheet.getRange("A2").values = [["never"]];
    await expect(book.context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(book.sheet("A")?.grid()).toEqual([["kept"]]);
  });

  it("refuses an API above the supported requirement sets, as an older Excel does (ApiNotFound)", async () => {
    const book = new ExcelBed();
    book.addSheet("A");
    const table = book.context.workbook.worksheets.getItem("A").tables.add("A1:B2", true);
    // Table.resize is ExcelApi 1.13 (the client says so); the bed is the oldest Excel the manifest admits, 1.9.
    table.resize("A1:B3");
    await expect(book.context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    book.client.supported.set("ExcelApi", 1.13);
    try {
      expect(book.client.memberSets.get("Table.resize")).toBe("1.13");
      expect(book.client.memberSets.get("RangeFormat.rowHeight")).toBe("1.2");
      expect(book.client.memberSets.get("Worksheet.getUsedRangeOrNullObject")).toBe("1.4");
    } finally {
      book.client.supported.set("ExcelApi", 1.9);
    }
  });

  it("types text as Excel does: an apostrophe keeps text, '=', '+', '-', '@' start formulas, '#N/A' is an error", async () => {
    expect(typedAsExcel("=1+1")).toBeInstanceOf(Object);
    const book = new ExcelBed();
    book.addSheet("A");
    const inputs = [
      "=1+1",
      "+A1",
      "-A1",
      "@SUM(1)",
      "0012",
      "-2",
      "45%",
      "TRUE",
      "'=1+1",
      "'0012",
      "Quito",
      "#N/A",
      "'#N/A",
    ];
    book.context.workbook.worksheets.getItem("A").getRange(`A1:A${inputs.length}`).values = inputs.map((v) => [v]);
    await book.context.sync();
    const sheet = book.sheet("A");
    const cells = inputs.map((_, r) => (sheet ? cellOf(sheet, r, 0) : undefined));
    expect(cells.map((c) => c?.formula)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(cells.map((c) => c?.value)).toEqual([
      "=1+1",
      "+A1",
      "-A1",
      "@SUM(1)",
      12,
      -2,
      0.45,
      true,
      "=1+1",
      "0012",
      "Quito",
      "#N/A",
      "#N/A",
    ]);
    expect(cells.map((c) => c?.error)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      true,
      false,
    ]);
    const range = book.context.workbook.worksheets.getItem("A").getRange("A12:A13");
    range.load("values,valueTypes");
    await book.context.sync();
    expect(range.values).toEqual([["#N/A"], ["#N/A"]]);
    expect(range.valueTypes).toEqual([["Error"], ["String"]]);
  });
});
