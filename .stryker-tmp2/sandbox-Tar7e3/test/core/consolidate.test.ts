/** consolidateScorecard on grids: which workbook's Settings and Consolidated history are used, and what is said about the others. */
// @ts-nocheck

import { consolidateScorecard } from "../../src/core/pipeline";
import type { Cell, SheetGrid } from "../../src/core/model/grid";

import { day } from "../helpers/records";

const grid = (name: string, rows: Cell[][]): SheetGrid => ({ name, rows, firstRow: 1, firstColumn: 1 });
const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
const controls = (office: string) =>
  grid("Controls", [
    ["Control ID", "Office", "Clause", "Status"],
    ["C-1", office, "6.1", "Compliant"],
  ]);
const history = (office: string, value: number) =>
  grid("Indicator history", [
    ["As-of date", "Office", "Indicator", "Value"],
    [date("2026-06-30"), office, "OCL", value],
  ]);
const settings = (asOf: string) =>
  grid("Settings", [
    ["Setting", "Value"],
    ["As-of date", date(asOf)],
    ["Require evidence", "No"],
  ]);

describe("consolidateScorecard", () => {
  // Computed in each test, not once at load, so mutation testing sees which test reaches which line.
  let run: ReturnType<typeof consolidateScorecard>;
  beforeEach(() => {
    run = consolidateScorecard(
      [
        { file: "head.xlsx", grids: { sheets: [settings("2026-10-31"), history("Consolidated", 0.5)] } },
        {
          file: "quito.xlsx",
          grids: { sheets: [settings("2026-09-30"), controls("Quito"), history("Consolidated", 0.9)] },
        },
        { file: "cuenca.xlsx", grids: { sheets: [controls("Cuenca"), history("Cuenca", 0.8)] } },
      ],
      { today: day("2026-11-01") },
    );
  });

  it("uses the first workbook's Settings and says so of a different one", () => {
    expect(run.result.asOf).toBe(day("2026-10-31"));
    expect(run.settingsSheet?.rows).toEqual(settings("2026-10-31").rows);
    expect(run.result.issues).toContainEqual(
      expect.objectContaining({
        severity: "warning",
        sheet: "[quito.xlsx]Settings",
        message: expect.stringContaining("head.xlsx"),
      }),
    );
  });

  it("keeps the Consolidated history of the first workbook only, and every office's own rows", () => {
    const consolidated = run.records.history.filter((h) => h.office === "Consolidated");
    expect(consolidated.map((h) => h.value)).toEqual([0.5]);
    expect(run.records.history.some((h) => h.office === "Cuenca")).toBe(true);
    expect(run.result.issues).toContainEqual(
      expect.objectContaining({
        severity: "warning",
        sheet: "[quito.xlsx]Indicator history",
        message: expect.stringContaining('1 "Consolidated" row(s) are ignored'),
      }),
    );
    // The written history holds the kept rows and this run's rows.
    const written = run.history.rows.slice(1);
    expect(written.filter((r) => r[1] === "Consolidated" && r[3] === 0.9)).toHaveLength(0);
    expect(written.some((r) => r[1] === "Consolidated" && r[3] === 0.5)).toBe(true);
  });

  it("computes every office of every workbook", () => {
    expect(run.result.offices).toEqual(["Quito", "Cuenca"]);
    expect(run.result.byOffice.get("Cuenca")?.ccl["6.1"]).toBe(1);
  });

  it("refuses when no workbook has a Controls sheet", () => {
    expect(() =>
      consolidateScorecard([{ file: "a.xlsx", grids: { sheets: [settings("2026-10-31")] } }], {
        today: day("2026-11-01"),
      }),
    ).toThrow(expect.objectContaining({ code: "noControlsInAny" }));
  });
});
