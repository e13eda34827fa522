/**
 * The Excel host at the benchmark's scales 1 and 100 (2,325 and 232,005 input rows) through the
 * real Office.js client on the simulated workbook (test/helpers/officeJsBed), which records each
 * request's serialized bytes, actions and response bytes. What must hold (not timed):
 * - the syncs spent on the workbook's shape and on planning the write are the same at every scale;
 * - reading the cells takes one sync per ~3.5 MB of values, writing one per ~4 MB: never one per
 *   row, sheet or range;
 * - no request or response passes the 4 MB cap, as the client serializes them;
 * - a Compute at 100 offices sends at most 2,500 actions, besides the least the client needs for the
 *   Calculation sheet's values (its line per control and per input makes it grow with the input:
 *   2 million cells at 100 offices, three actions per range of 1,500 cells).
 * The same Compute at 300 offices (about 700,000 input rows and 6 million Calculation cells) takes
 * the client seven minutes to serialize, so it is measured by `npm run bench` (its Excel host
 * table and the target "Excel: no request or response over 4 MB") rather than in every test run;
 * the request planning is the same code at every scale, and these tests pin it at 100.
 */
import { dayFromDate } from "../../src/core/model/days";
import { runScorecard } from "../../src/core/pipeline";
import { isInputSheet } from "../../src/app";
import { ExcelHost, READ_CHUNK_CELLS, READ_RESPONSE_BYTES, readChunks } from "../../src/host/excel/excelHost";
import { PAYLOAD_LIMIT_BYTES, arrayWriteActions, rowChunks } from "../../src/host/excel/syncBatcher";
import { WRITE_CHUNK_CELLS, widthOf } from "../../src/host/excel/resultSheetWriter";
import { RESULT_SHEETS } from "../../src/core/text/labels";
import { runInExcel } from "../../src/host/excel/excelRun";
import { benchWorkbook } from "../bench/excelFigures";
import type { RequestRecord } from "../helpers/officeJsBed/bed";
import { BENCH_AS_OF, cellCount, scaleSheets } from "../bench/workload";

interface Syncs {
  /** Read requests that loaded no cell values: the workbook's sheets, used ranges and markers. */
  readonly shape: number;
  /** Read requests that loaded cell values, with their response bytes. */
  readonly data: readonly number[];
  readonly write: number;
  /** Write requests that only loaded what the write needs to know (sheets, markers, protection). */
  readonly plan: number;
  /** The other write requests' bytes. */
  readonly written: readonly number[];
  /** Actions of the read and the write together. */
  readonly actions: number;
  /** For each write request: the bytes the host accounted for it, and its real size. */
  readonly accounting: readonly { accounted: number; real: number }[];
  readonly largestRequest: number;
  readonly largestResponse: number;
  readonly cells: number;
  /** The fewest actions the client can write the Calculation sheet's values in (ranges of 1,500 cells). */
  readonly calculationValueActions: number;
}

/** A Compute as the task pane runs it: one Excel.run around the read, the core and the write. */
async function syncsAt(scale: number): Promise<Syncs> {
  const sheets = scaleSheets(scale);
  const book = benchWorkbook(sheets);
  let read: RequestRecord[] = [];
  let write: RequestRecord[] = [];
  let accounted: readonly number[] = [];
  let calculationValueActions = 0;
  await book.withSession(() =>
    runInExcel(book.Excel, async (context) => {
      const host = new ExcelHost(context);
      const input = await host.readInputs(isInputSheet);
      read = book.requests.slice();
      const run = runScorecard(input, { today: dayFromDate(BENCH_AS_OF) });
      // Every input cell came back as it was put in.
      expect(input.sheets.map((s) => s.rows.length)).toEqual(sheets.map((s) => s.rows.length));
      const calculation = run.sheets.find((s) => s.name === RESULT_SHEETS.calculation)?.rows ?? [];
      for (const chunk of rowChunks(calculation.length, widthOf(calculation), WRITE_CHUNK_CELLS))
        calculationValueActions += arrayWriteActions(chunk.count * widthOf(calculation));
      await host.writeResults(run.sheets, run.history);
      write = book.requests.slice(read.length);
      accounted = host.stats.accounted;
    }),
  );
  const loadsValues = (r: { loads: readonly string[] }) => r.loads.includes("values");
  const plan = write.filter((r) => r.bytes < 20_000 && r.loads.length > 0 && r.actions < 100);
  const data = write.slice(plan.length);
  return {
    shape: read.filter((r) => !loadsValues(r)).length,
    data: read.filter(loadsValues).map((r) => r.responseBytes),
    write: write.length,
    plan: plan.length,
    written: data.map((r) => r.bytes),
    // The run's closing request (the client releasing the ranges it tracked) counts too.
    actions: book.requests.reduce((n, r) => n + r.actions, 0),
    accounting: data.map((r, i) => ({ accounted: accounted[i] ?? 0, real: r.bytes })),
    largestRequest: Math.max(...book.requests.map((r) => r.bytes)),
    largestResponse: Math.max(...book.requests.map((r) => r.responseBytes)),
    cells: cellCount(sheets),
    calculationValueActions,
  };
}

describe("Excel host syncs at scale 1 and scale 100", () => {
  let small: Syncs;
  let large: Syncs;
  beforeAll(async () => {
    small = await syncsAt(1);
    large = await syncsAt(100);
  }, 240_000);

  it("spends the same syncs on the workbook's shape and on planning the write at both scales", () => {
    expect(large.cells).toBeGreaterThan(90 * small.cells);
    expect(small.shape).toBe(2);
    expect(large.shape).toBe(small.shape);
    expect(small.plan).toBe(2);
    expect(large.plan).toBe(small.plan);
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

  it("writes in one request per ~4 MB, as the client serializes them", () => {
    expect(small.written).toHaveLength(1);
    const bytes = large.written.reduce((a, b) => a + b, 0);
    expect(bytes).toBeGreaterThan(2_000_000);
    expect(large.written.length).toBeLessThanOrEqual(Math.ceil(bytes / (PAYLOAD_LIMIT_BYTES / 2)) + 1);
  });

  it("accounts each write request at no less than its real size (it measures, and the per-action bound holds)", () => {
    for (const s of [small, large])
      for (const { accounted, real } of s.accounting) expect(real).toBeLessThanOrEqual(accounted);
  });

  it("sends at most 2,500 actions per Compute at 100 offices, besides the Calculation values' least", () => {
    expect(large.calculationValueActions).toBeGreaterThan(1_000);
    expect(large.actions - large.calculationValueActions).toBeLessThanOrEqual(2_500);
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
