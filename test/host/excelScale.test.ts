/**
 * The Excel host at the benchmark's scales 1 and 100 (2,325 and 232,500 input rows) on the fake
 * Excel, which records each sync's request and response bytes. What must hold (not timed):
 * - the syncs spent on the workbook's shape and on writing are the same at both scales;
 * - reading the cells takes one sync per ~3.5 MB of values: never one per row, sheet or range;
 * - no request or response passes the 4 MB cap.
 */
import { dayFromDate } from "../../src/core/model/days";
import { runScorecard } from "../../src/core/pipeline";
import { isInputSheet } from "../../src/app";
import { ExcelHost, READ_CHUNK_CELLS, READ_RESPONSE_BYTES, readChunks } from "../../src/host/excel/excelHost";
import { PAYLOAD_LIMIT_BYTES } from "../../src/host/excel/syncBatcher";
import { fakeExcelWorkbook } from "../bench/excelFigures";
import { BENCH_AS_OF, cellCount, scaleSheets } from "../bench/workload";

interface Syncs {
  /** Read syncs that carried no cell values: the workbook's sheets, used ranges and markers. */
  readonly shape: number;
  /** Read syncs that carried cell values, with their response bytes. */
  readonly data: readonly number[];
  readonly write: number;
  readonly largestRequest: number;
  readonly largestResponse: number;
  readonly cells: number;
}

async function syncsAt(scale: number): Promise<Syncs> {
  const sheets = scaleSheets(scale);
  const book = fakeExcelWorkbook(sheets);
  const host = new ExcelHost(book.context);
  const input = await host.readInputs(isInputSheet);
  const read = book.syncs;
  const run = runScorecard(input, { today: dayFromDate(BENCH_AS_OF) });
  // Every input cell came back as it was put in.
  expect(input.sheets.map((s) => s.rows.length)).toEqual(sheets.map((s) => s.rows.length));
  await host.writeResults(run.sheets, run.history);
  const responses = book.responses.slice(0, read);
  return {
    shape: responses.filter((b) => b === 0).length,
    data: responses.filter((b) => b > 0),
    write: book.syncs - read,
    largestRequest: Math.max(...book.requests),
    largestResponse: Math.max(...book.responses),
    cells: cellCount(sheets),
  };
}

describe("Excel host syncs at scale 1 and scale 100", () => {
  let small: Syncs;
  let large: Syncs;
  beforeAll(async () => {
    small = await syncsAt(1);
    large = await syncsAt(100);
  }, 120_000);

  it("spends the same syncs on the workbook's shape and on writing at both scales", () => {
    expect(large.cells).toBeGreaterThan(90 * small.cells);
    expect(small.shape).toBe(2);
    expect(large.shape).toBe(small.shape);
    expect(large.write).toBe(small.write);
    expect(small.write).toBeLessThanOrEqual(3);
  });

  it("reads the cells in one sync per ~3.5 MB of values, not per row, sheet or range", () => {
    expect(small.data).toHaveLength(1);
    const bytes = large.data.reduce((a, b) => a + b, 0);
    expect(bytes).toBeGreaterThan(20_000_000);
    // On average a sync carries at least half the cap (one more for the remainder): the count
    // follows the megabytes of values, whatever the rows, sheets and ranges they come in.
    expect(large.data.length).toBeLessThanOrEqual(Math.ceil(bytes / (PAYLOAD_LIMIT_BYTES / 2)) + 1);
    expect(large.data.length).toBeLessThan(large.cells / READ_CHUNK_CELLS);
  });

  it("never sends or receives more than 4 MB in one sync", () => {
    for (const s of [small, large]) {
      expect(s.largestRequest).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
      expect(s.largestResponse).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    }
  });
});

describe("readChunks", () => {
  it("plans consecutive rows of each sheet up to the byte budget, each range at most READ_CHUNK_CELLS", () => {
    const bytesPerCell = 10;
    const budgetCells = READ_RESPONSE_BYTES / bytesPerCell;
    const sheets = [
      { rowCount: 3, columnCount: 4 },
      { rowCount: 400_000, columnCount: 2 },
    ];
    const plans: { sheet: number; start: number; count: number }[][] = [];
    for (let plan = readChunks(sheets, bytesPerCell); plan.length > 0; plan = readChunks(sheets, bytesPerCell))
      plans.push(plan);
    const all = plans.flat();
    // Every row once, in order.
    for (const sheet of [0, 1]) {
      const chunks = all.filter((c) => c.sheet === sheet);
      chunks.forEach((c, i) => expect(c.start).toBe(i === 0 ? 0 : chunks[i - 1].start + chunks[i - 1].count));
      expect(chunks.reduce((n, c) => n + c.count, 0)).toBe(sheets[sheet].rowCount);
    }
    for (const c of all) expect(c.count * sheets[c.sheet].columnCount).toBeLessThanOrEqual(READ_CHUNK_CELLS);
    for (const plan of plans)
      expect(plan.reduce((n, c) => n + c.count * sheets[c.sheet].columnCount, 0)).toBeLessThanOrEqual(budgetCells);
    // 800,012 cells at 350,000 a sync: three syncs, not one per range or sheet.
    expect(plans).toHaveLength(3);
  });

  it("plans at least one row when a single row is over the budget", () => {
    const sheets = [{ rowCount: 2, columnCount: 16_384 }];
    expect(readChunks(sheets, 1_000)).toEqual([{ sheet: 0, start: 0, count: 1 }]);
    expect(readChunks(sheets, 1_000)).toEqual([{ sheet: 0, start: 1, count: 1 }]);
    expect(readChunks(sheets, 1_000)).toEqual([]);
  });
});
