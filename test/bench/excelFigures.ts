/**
 * The Excel host on the benchmark's workload: the fake Excel (test/helpers/fakeExcel.ts)
 * records every context.sync() with the bytes of its request and response.
 */
import type { Day } from "../../src/core/model/days";
import { runScorecard } from "../../src/core/pipeline";
import { isInputSheet } from "../../src/app";
import { toExcelValue } from "../../src/host/excel/cellValues";
import { ExcelHost } from "../../src/host/excel/excelHost";
import { FakeWorkbook } from "../helpers/fakeExcel";
import type { BenchSheets } from "./workload";

export interface ExcelPhase {
  readonly syncs: number;
  /** Largest request or response of one sync, in bytes (JSON, as Office.js sends it). */
  readonly largestPayload: number;
  /** Bytes of every request and response together. */
  readonly totalBytes: number;
}

export interface ExcelFigures {
  readonly read: ExcelPhase;
  readonly write: ExcelPhase;
}

/** A fake Excel workbook holding `sheets` as a person would have typed them. */
export function fakeExcelWorkbook(sheets: BenchSheets): FakeWorkbook {
  const book = new FakeWorkbook();
  for (const sheet of sheets)
    book.addSheet(
      sheet.name,
      sheet.rows.map((row) => row.map(toExcelValue)),
    );
  return book;
}

function phase(book: FakeWorkbook, from: number, to: number): ExcelPhase {
  const payloads = [...book.requests.slice(from, to), ...book.responses.slice(from, to)];
  return {
    syncs: to - from,
    largestPayload: Math.max(0, ...payloads),
    totalBytes: payloads.reduce((a, b) => a + b, 0),
  };
}

/** Computes `sheets` in the Excel host (as compute does); the syncs and payloads of its read and of its write. */
export async function excelFigures(sheets: BenchSheets, today: Day): Promise<ExcelFigures> {
  const book = fakeExcelWorkbook(sheets);
  const host = new ExcelHost(book.context);
  const input = await host.readInputs(isInputSheet);
  const afterRead = book.syncs;
  const run = runScorecard(input, { today });
  await host.writeResults(run.sheets, run.history);
  return { read: phase(book, 0, afterRead), write: phase(book, afterRead, book.syncs) };
}
