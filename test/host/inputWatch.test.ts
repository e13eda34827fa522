/**
 * The input-sheet watch on Microsoft's Office.js client: handlers registered through the client
 * (RegisterEvent actions in its requests), events delivered by the bed as Excel delivers them,
 * after the batch that caused them (test/helpers/officeJsBed/events.ts).
 */
import { compute, isInputSheet } from "../../src/app";
import { inputSheetKey } from "../../src/core/parse/parseWorkbook";
import { ExcelHost } from "../../src/host/excel/excelHost";
import { runInExcel } from "../../src/host/excel/excelRun";
import { type ExcelRunner, type InputChange, InputWatch } from "../../src/host/excel/inputWatch";
import { RESULT_SHEETS } from "../../src/core/text/labels";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { ExcelBed } from "../helpers/officeJsBed/bed";
import { EVENT_TYPE } from "../helpers/officeJsBed/events";
import { day } from "../helpers/records";

const today = day("2026-11-01");

async function computedSample() {
  const book = new ExcelBed();
  const host = new ExcelHost(book.context);
  await host.addSheets(sampleWorkbook().sheets.map((s) => ({ name: s.name, rows: s.rows })));
  await compute(host, { today });
  await book.events.settled();
  return { book, host };
}

function runner(book: ExcelBed): ExcelRunner {
  return {
    run: (batch) => book.withSession(() => runInExcel(book.Excel, batch)),
    runOn: (context, batch) => book.Excel.run(context, batch),
  };
}

async function watching(book: ExcelBed, settleMs = 2000) {
  const changes: InputChange[] = [];
  const watch = await InputWatch.start(runner(book), {
    isInput: isInputSheet,
    isOwnWritten: (name) => inputSheetKey(name) === "history",
    onChange: (c) => changes.push(c),
    settleMs,
  });
  return { watch, changes };
}

const idOf = (book: ExcelBed, name: string) => book.sheet(name)!.id;

// Each test computes the sample through the real client first: seconds on a loaded machine, past jest's 5 s guard.
jest.setTimeout(60_000);

describe("watching the input sheets", () => {
  it("registers on the input sheets only, through the client's requests", async () => {
    const { book } = await computedSample();
    const before = book.requests.length;
    const { watch } = await watching(book);
    const inputs = book.sheets.filter((s) => isInputSheet(s.name));
    expect(inputs.length).toBeGreaterThan(5);
    expect([...book.events.registered].sort()).toEqual(
      [
        ...inputs.map((s) => `${EVENT_TYPE.changed}:${s.id}`),
        `${EVENT_TYPE.added}:Workbook`,
        `${EVENT_TYPE.deleted}:Workbook`,
      ].sort(),
    );
    for (const name of Object.values(RESULT_SHEETS))
      expect(book.events.registered.has(`${EVENT_TYPE.changed}:${idOf(book, name)}`)).toBe(false);
    // Excel heard of each registration as a method action of a request.
    const kinds = book.since(before).flatMap((r) => Object.keys(r.kinds));
    expect(kinds).toContain("_RegisterDataChangedEvent");
    expect(kinds).toContain("_RegisterAddedEvent");
    expect(watch.sheets.sort()).toEqual(inputs.map((s) => s.name).sort());
  });

  it("reports a user's edit of Controls, naming the sheet", async () => {
    const { book } = await computedSample();
    const { changes } = await watching(book);
    book.userEdits("Controls", { row: 1, col: 3 }, [["Not compliant"]]);
    expect(changes).toEqual([]); // Excel's event comes after the edit, not during it
    await book.events.settled();
    expect(changes.map(({ sheet, kind }) => ({ sheet, kind }))).toEqual([{ sheet: "Controls", kind: "changed" }]);
    // What Excel sent for a one-cell edit: the address, the kind of change and the values before and after.
    expect(book.events.delivered.at(-1)?.payload).toMatchObject({
      address: "D2",
      changeType: "RangeEdited",
      source: "Local",
      worksheetId: idOf(book, "Controls"),
      valueAfter: "Not compliant",
    });
  });

  it("does not take Compute's own upsert of Indicator history for a change, though Excel raises events for it", async () => {
    const { book, host } = await computedSample();
    // Events reach the add-in after the batch: here, well after Compute's promise has resolved.
    book.events.delayMs = 30;
    const { watch, changes } = await watching(book);
    const delivered = book.events.delivered.length;
    await watch.ownWrites(() => compute(host, { today: day("2026-12-01"), asOf: day("2026-12-01") }));
    await book.events.settled();
    const own = book.events.delivered.slice(delivered);
    expect(own.some((e) => e.targetId === idOf(book, "Indicator history"))).toBe(true);
    expect(changes).toEqual([]);

    // The same Compute outside ownWrites is heard as a change of Indicator history: the guard is what keeps it out.
    const { changes: unguarded } = await watching(book);
    await compute(host, { today: day("2027-01-01"), asOf: day("2027-01-01") });
    await book.events.settled();
    expect(unguarded.map((c) => c.sheet)).toContain("Indicator history");
  });

  it("stops ignoring Indicator history once the settle time after Compute has passed", async () => {
    const { book, host } = await computedSample();
    let now = 1_000_000;
    const changes: InputChange[] = [];
    const watch = await InputWatch.start(runner(book), {
      isInput: isInputSheet,
      isOwnWritten: (name) => inputSheetKey(name) === "history",
      onChange: (c) => changes.push(c),
      settleMs: 2000,
      now: () => new Date(now),
    });
    await watch.ownWrites(() => compute(host, { today: day("2026-12-01"), asOf: day("2026-12-01") }));
    await book.events.settled();
    expect(changes).toEqual([]);
    now += 2001;
    book.userEdits("Indicator history", { row: 1, col: 3 }, [[0.5]]);
    await book.events.settled();
    expect(changes.map((c) => c.sheet)).toEqual(["Indicator history"]);
    // A user's edit of another input sheet during Compute is never the product's own.
    await watch.ownWrites(async () => {
      book.userEdits("Evidence", { row: 1, col: 1 }, [["Quito"]]);
      await book.events.settled();
    });
    expect(changes.map((c) => c.sheet)).toEqual(["Indicator history", "Evidence"]);
  });

  it("watches an input sheet added after it started, and reports input sheets added and deleted", async () => {
    const { book } = await computedSample();
    const { watch, changes } = await watching(book);
    // Another batch (the user's, or another add-in's) adds sheets and deletes one.
    const other = book.context;
    other.workbook.worksheets.add("Scratch");
    other.workbook.worksheets.add("Catalog");
    other.workbook.worksheets.getItem("Risks").delete();
    await other.sync();
    await book.events.settled();
    // The added sheet is looked up by its id first (a request of its own), so it may come second.
    expect(changes.map(({ sheet, kind }) => `${kind} ${sheet}`).sort()).toEqual(["added Catalog", "deleted Risks"]);
    expect(watch.sheets).toContain("Catalog");
    expect(watch.sheets).not.toContain("Risks");
    book.userEdits("Catalog", { row: 0, col: 0 }, [["Code"]]);
    book.userEdits("Scratch", { row: 0, col: 0 }, [["notes"]]);
    await book.events.settled();
    expect(changes).toHaveLength(3);
    expect(changes[2]).toMatchObject({ sheet: "Catalog", kind: "changed" });
  });

  it("unregisters every handler on stop, and hears nothing after", async () => {
    const { book } = await computedSample();
    const { watch, changes } = await watching(book);
    await watch.stop();
    expect([...book.events.registered]).toEqual([]);
    book.userEdits("Controls", { row: 1, col: 3 }, [["Compliant"]]);
    await book.events.settled();
    expect(changes).toEqual([]);
  });
});
