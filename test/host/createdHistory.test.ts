/**
 * A consolidation's new workbook is created holding the Indicator history, then handed the same
 * history with the results: the file host does not write it a second time (no read-back, no
 * splice), so the sheet stays as created, byte for byte. Handed a history that is not the one it
 * was created with, or after the workbook changed since, it writes it as it always does.
 */
import { unzipSync } from "fflate";
import { runScorecard } from "../../src/core/pipeline";
import type { Cell } from "../../src/core/model/grid";
import { readWorkbook } from "../../src/host/file/readWorkbook";
import { XlsxFileHost } from "../../src/host/file/xlsxFileHost";
import { type DeflateCodec, FFLATE_CODEC } from "../../src/host/file/zip/zipPackage";
import type { PlainSheet } from "../../src/host/workbookHost";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { day } from "../helpers/records";

const run = runScorecard(sampleWorkbook(), { today: day("2026-11-01") });
const history: PlainSheet = run.history;

/** The workbook's sheets by name, with the history sheet's part as unzipped. */
function readBack(bytes: Uint8Array): {
  rows: (name: string) => readonly (readonly Cell[])[];
  names: string[];
  parts: Record<string, Uint8Array>;
} {
  const read = readWorkbook(bytes, { includeSheet: () => true });
  return {
    rows: (name) => read.sheets.find((s) => s.name === name)?.rows ?? [],
    names: read.sheetInfo.map((s) => s.name),
    parts: unzipSync(bytes),
  };
}

const worksheetParts = (parts: Record<string, Uint8Array>) =>
  Object.keys(parts).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));

describe("the history a new workbook was created with", () => {
  it("is not written again with the results: its part stays as created, and is not read back", async () => {
    // Counts what the host inflates: splicing the history would read its part back first.
    const inflated: number[] = [];
    const counting: DeflateCodec = {
      ...FFLATE_CODEC,
      inflateRaw: (data, size) => {
        inflated.push(size);
        return FFLATE_CODEC.inflateRaw(data, size);
      },
    };
    const host = XlsxFileHost.create([history], counting);
    const created = readBack(host.bytes);
    const [historyPart] = worksheetParts(created.parts);
    const historySize = created.parts[historyPart].length;
    await host.writeResults(run.sheets, history);
    expect(inflated).not.toContain(historySize);
    const after = readBack(host.bytes);
    expect(after.names).toEqual([history.name, ...run.sheets.map((s) => s.name)]);
    expect(after.parts[historyPart]).toEqual(created.parts[historyPart]);
    expect(after.rows(history.name)).toEqual(created.rows(history.name));
    expect(after.rows(history.name).length).toBe(history.rows.length);
  });

  it("is written when the history handed is another one", async () => {
    const host = XlsxFileHost.create([history]);
    const extra: Cell[] = [...history.rows[1]];
    extra[0] = "Another office";
    const longer: PlainSheet = { name: history.name, rows: [...history.rows, extra] };
    await host.writeResults(run.sheets, longer);
    const rows = readBack(host.bytes).rows(history.name);
    expect(rows.length).toBe(history.rows.length + 1);
    expect(rows[rows.length - 1][0]).toBe("Another office");
  });

  it("is written again when the workbook changed since it was created", async () => {
    const host = XlsxFileHost.create([history]);
    const emptied: PlainSheet = { name: history.name, rows: [history.rows[0]] };
    await host.writeSheet(emptied);
    expect(readBack(host.bytes).rows(history.name).length).toBe(1);
    await host.writeResults(run.sheets, history);
    expect(readBack(host.bytes).rows(history.name)).toEqual(
      readBack(XlsxFileHost.create([history]).bytes).rows(history.name),
    );
  });
});
