/**
 * The Excel host on the benchmark's workload, through Microsoft's Office.js client (Excel.run, as
 * the task pane calls it) on the simulated workbook (test/helpers/officeJsBed): every request is the client's own, measured as
 * it serializes it (bytes and actions), with Excel's response.
 */
// @ts-nocheck

import type { Day } from "../../src/core/model/days";
import { runScorecard } from "../../src/core/pipeline";
import { isInputSheet } from "../../src/app";
import { toExcelValue } from "../../src/host/excel/cellValues";
import { ExcelHost } from "../../src/host/excel/excelHost";
import { runInExcel } from "../../src/host/excel/excelRun";
import { ExcelBed, type RequestRecord } from "../helpers/officeJsBed/bed";
import type { BenchSheets } from "./workload";

export interface ExcelPhase {
  /** Requests Excel received (a sync with nothing queued sends none). */
  readonly requests: number;
  /** Largest request body, in bytes, as the client serialized it. */
  readonly largestRequest: number;
  /** Largest response body, in bytes. */
  readonly largestResponse: number;
  /** Actions of every request together (the client's Instantiate actions included). */
  readonly actions: number;
  /** Bytes of every request and response together. */
  readonly totalBytes: number;
}

export interface ExcelFigures {
  readonly read: ExcelPhase;
  readonly write: ExcelPhase;
}

/** A simulated Excel workbook holding `sheets` as a person would have typed them. */
export function benchWorkbook(sheets: BenchSheets): ExcelBed {
  const book = new ExcelBed();
  for (const sheet of sheets)
    book.addSheet(
      sheet.name,
      sheet.rows.map((row) => row.map(toExcelValue)),
    );
  return book;
}

export function phase(requests: readonly RequestRecord[]): ExcelPhase {
  return {
    requests: requests.length,
    largestRequest: Math.max(0, ...requests.map((r) => r.bytes)),
    largestResponse: Math.max(0, ...requests.map((r) => r.responseBytes)),
    actions: requests.reduce((n, r) => n + r.actions, 0),
    totalBytes: requests.reduce((n, r) => n + r.bytes + r.responseBytes, 0),
  };
}

/**
 * Computes `sheets` in the Excel host as the task pane does: one Excel.run (runInExcel) around the
 * read, the core and the write. The read's and the write's requests; the write's include the
 * run's closing request, in which the client releases the ranges Excel.run tracked.
 */
export async function excelFigures(sheets: BenchSheets, today: Day): Promise<ExcelFigures> {
  const book = benchWorkbook(sheets);
  let afterRead = 0;
  await book.withSession(() =>
    runInExcel(book.Excel, async (context) => {
      const host = new ExcelHost(context);
      const input = await host.readInputs(isInputSheet);
      afterRead = book.requests.length;
      const run = runScorecard(input, { today });
      await host.writeResults(run.sheets, run.history);
    }),
  );
  return { read: phase(book.requests.slice(0, afterRead)), write: phase(book.requests.slice(afterRead)) };
}
