/**
 * Lossless and idempotent (docs/security.md, guarantee 2), in memory: a rerun on the product's own Indicator history changes
 * nothing, and the history sheet never stacks rows or tables, whatever it held before.
 * Bugs the fuzzing found are pinned here as plain examples.
 */
import { dayFromParts } from "../../src/core/model/days";
import type { Cell, SheetGrid, WorkbookGrids } from "../../src/core/model/grid";
import { upsertHistory } from "../../src/core/render/historyUpsert";
import { runScorecard } from "../../src/core/pipeline";
import { date, sheet } from "../helpers/grids";

const TODAY = dayFromParts(2026, 11, 1) as number;
const controls = sheet("Controls", [
  ["Control ID", "Office", "Clause", "Status"],
  ["C-1", "Quito", "4.1", "C"],
  ["C-2", "Lima", "8.1", "NC"],
]);

function rerun(grids: WorkbookGrids, times: number): ReturnType<typeof runScorecard>[] {
  const runs: ReturnType<typeof runScorecard>[] = [];
  let current = grids;
  for (let i = 0; i < times; i++) {
    const run = runScorecard(current, { today: TODAY });
    runs.push(run);
    current = {
      sheets: [...current.sheets.filter((s) => s.name !== run.history.name), sheet(run.history.name, run.history.rows)],
    };
  }
  return runs;
}

describe("Indicator history across reruns", () => {
  it("replaces this run's rows where they are: no row moves, so issue rows stay the same", () => {
    const history = sheet("Indicator history", [
      ["As-of date", "Office", "Indicator", "Value", "Comment"],
      [date("2026-11-01"), "Quito", "OCL", 0.1, "first try"],
      [date("2026-11-01"), "Quito", "PRK", 2, ""],
      [date("2026-10-01"), "Quito", "OCL", "high", "typo, reported"],
      [date("2026-09-01"), "Lima", "OCL", 0.5, ""],
    ]);
    const [first, second, third] = rerun({ sheets: [controls, history] }, 3);
    const rows = first.history.rows;
    // Same-day OCL replaced in place (its comment kept); PRK of that day is no longer written: its
    // history columns are emptied (the row is not removed), the user's own Comment cell stays.
    expect(rows[1]).toEqual([date("2026-11-01"), "Quito", "OCL", first.document.byOffice.Quito.ocl, "first try"]);
    expect(rows[2]).toEqual([null, null, null, null, ""]);
    expect(rows[3]).toEqual(history.rows[3]);
    expect(rows[4]).toEqual(history.rows[4]);
    expect(rows.slice(5).map((r) => `${r[1]} ${r[2]}`)).toEqual(["Lima OCL", "Consolidated OCL"]);
    expect(second.history.rows).toEqual(rows);
    expect(third.history.rows).toEqual(rows);
    // The unusable row is reported on the same row every time.
    for (const run of [first, second, third]) {
      expect(run.document.issues.filter((i) => i.sheet === "Indicator history")).toEqual([
        expect.objectContaining({ row: 4, column: "Value" }),
      ]);
    }
    expect(second.document).toEqual(first.document);
  });

  it("keeps a row it cannot read even when it has this run's date and office", () => {
    const history = sheet("Indicator history", [
      ["As-of date", "Office", "Indicator", "Value"],
      [date("2026-11-01"), "Quito", "OCL", "#N/A?"],
    ]);
    const [first, second] = rerun({ sheets: [controls, history] }, 2);
    expect(first.history.rows[1]).toEqual(history.rows[1]);
    expect(second.document.issues).toEqual(first.document.issues);
  });

  it("writes one clean table under a history sheet it cannot use, and reuses it on every rerun", () => {
    const broken = sheet("Indicator history", [
      ["Indicator", "As-of date", "Value"],
      ["OCL", date("2026-01-01"), 0.4],
    ]);
    const [first, second, third] = rerun({ sheets: [controls, broken] }, 3);
    expect(first.history.rows.slice(0, 2)).toEqual(broken.rows);
    expect(first.history.rows[2]).toEqual([]);
    expect(first.history.rows[3]).toEqual(["As-of date", "Office", "Indicator", "Value"]);
    expect(second.history.rows).toEqual(first.history.rows);
    expect(third.history.rows).toEqual(first.history.rows);
    expect(second.document).toEqual(first.document);
  });

  it("upserts below a blank-leading, offset table and keeps what is above and left of it", () => {
    const grid: SheetGrid = {
      name: "Indicator history",
      firstRow: 3,
      firstColumn: 2,
      rows: [
        ["As-of date", "Office", "Indicator", "Value"],
        [date("2026-11-01"), "Quito", "OCL", 0.3],
      ],
    };
    const rows = upsertHistory(grid, [{ asOf: "2026-11-01", office: "Quito", indicator: "OCL", value: 0.9 }]);
    expect(rows).toEqual([
      [],
      [],
      [null, "As-of date", "Office", "Indicator", "Value"],
      [null, date("2026-11-01"), "Quito", "OCL", 0.9],
    ]);
  });
});

describe("a national consolidation's history", () => {
  it("upserts into a history of 200,000 rows (10,000 offices' rows), more than a call takes arguments", () => {
    const offices = 10_000;
    const old: Cell[][] = [["As-of date", "Office", "Indicator", "Value"]];
    for (let k = 0; k < offices * 20; k++) old.push([date("2026-10-01"), `Office ${k % offices}`, "OCL", k % 7]);
    const grid: SheetGrid = { name: "Indicator history", firstRow: 1, firstColumn: 1, rows: old };
    const rows = upsertHistory(grid, [{ asOf: "2026-11-01", office: "Office 3", indicator: "OCL", value: 0.9 }]);
    // Every row kept where it was, this run's row added below them.
    expect(rows).toHaveLength(old.length + 1);
    expect(rows.slice(0, old.length)).toEqual(old);
    expect(rows[old.length]).toEqual([date("2026-11-01"), "Office 3", "OCL", 0.9]);
  });
});

describe('an office named "Consolidated"', () => {
  const grids: WorkbookGrids = {
    sheets: [
      sheet("Controls", [
        ["Control ID", "Office", "Clause", "Status"],
        ["C-1", "Consolidated", "4.1", "C"],
        ["C-2", "consolidated", "6.1", "C"],
        ["C-1", "Quito", "4.1", "NC"],
      ]),
    ],
  };

  it("is counted under another name, so its values never mix with the organisation's", () => {
    const [first, second] = rerun(grids, 2);
    expect(first.document.offices).toEqual(["Consolidated (office)", "consolidated (office)", "Quito"]);
    expect(first.document.issues.filter((i) => i.message.includes("consolidated values"))).toEqual([
      expect.objectContaining({ severity: "warning", sheet: "Controls", row: 2, column: "Office", cell: "B2" }),
    ]);
    const keys = first.history.rows.slice(1).map((r) => `${String(r[1])}/${String(r[2])}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((k) => k === "Consolidated/OCL")).toHaveLength(1);
    expect(second.history.rows).toEqual(first.history.rows);
  });
});

describe("dates Excel cannot hold", () => {
  it("refuses a Date cell outside the years 1900-9999 instead of writing a wrong as-of date", () => {
    const settings = sheet("Settings", [
      ["Setting", "Value"],
      ["As-of date", new Date("+010000-01-01T00:00:00Z") as Cell],
    ]);
    const run = runScorecard({ sheets: [controls, settings] }, { today: TODAY });
    expect(run.document.asOf).toBe("2026-11-01");
    expect(run.document.issues).toContainEqual(
      expect.objectContaining({
        sheet: "Settings",
        row: 2,
        column: "Value",
        message: expect.stringContaining("1900 to 9999"),
      }),
    );
  });
});
