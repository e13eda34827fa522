import { ISO20000_2011 } from "../../src/core/model/catalog";
import { assessedMaturity, derivedLevel, derivedRungs } from "../../src/core/engine/maturity";
import { levelDown } from "../../src/core/engine/stats";
import type { Activity } from "../../src/core/model/catalog";
import { day, rating, task } from "../helpers/records";

const asOf = day("2026-06-30");
const done = (activity: Activity, n = 1) =>
  Array.from({ length: n }, (_, i) =>
    task({ id: `${activity}${i}`, activity, status: "Done", doneOn: day("2026-06-01") }),
  );

describe("assessed maturity", () => {
  it("averages levels per process over all ratings, and the processes that have one", () => {
    const v = assessedMaturity(ISO20000_2011, [
      rating({ auditId: "a", process: "4", level: 2 }),
      rating({ auditId: "b", process: "4", level: 3 }),
      rating({ auditId: "a", process: "5", level: 4 }),
    ]);
    expect(v.byProcess["4"]).toBe(2.5);
    expect(v.byProcess["5"]).toBe(4);
    expect(v.byProcess["6.1"]).toBeNull();
    expect(v.average).toBeCloseTo(3.25, 12);
    expect(v.level).toBe(3);
  });

  it("rounds the level down as the paper reads its tables", () => {
    expect(levelDown(2.81)).toBe(2);
    expect(levelDown(4.06)).toBe(4);
    expect(levelDown(60.9 / 15)).toBe(4);
    expect(levelDown(3.9999999999999996)).toBe(4); // a sum that drifted below an exact 4
    expect(levelDown(null)).toBeNull();
  });
});

describe("derived maturity ladder", () => {
  const all = [...done("Define"), ...done("GAP"), ...done("Risk"), ...done("Compliance"), ...done("Record")];

  it("is 0 when Define is not complete", () => {
    expect(derivedLevel([], asOf, 1, 0.9)).toBe(0);
    expect(
      derivedLevel([task({ id: "d", activity: "Define", status: "In progress" }), ...done("GAP")], asOf, 1, 0.9),
    ).toBe(0);
  });

  it("climbs only while every rung holds", () => {
    expect(derivedLevel(done("Define"), asOf, 1, 0.9)).toBe(1);
    expect(derivedLevel([...done("Define"), ...done("GAP")], asOf, 1, 0.9)).toBe(2);
    expect(derivedLevel([...done("Define"), ...done("Risk")], asOf, 1, 0.9)).toBe(1); // GAP missing
    expect(derivedLevel(all, asOf, 1, 0.9)).toBe(5);
  });

  it("needs every task of an activity done by the as-of date", () => {
    const late = task({ id: "late", activity: "GAP", status: "Done", doneOn: day("2026-07-02") });
    expect(derivedLevel([...done("Define"), ...done("GAP"), late], asOf, 1, 0.9)).toBe(1);
  });

  it("gates level 4 on CCL(N) reaching the success threshold", () => {
    expect(derivedLevel(all, asOf, 0.89, 0.9)).toBe(3);
    expect(derivedLevel(all, asOf, 0.9, 0.9)).toBe(5);
    expect(derivedLevel(all, asOf, null, 0.9)).toBe(3);
    // CCL(N) gates rung 4 only: the lower rungs hold without it or below the threshold.
    expect(derivedLevel([...done("Define"), ...done("GAP"), ...done("Risk")], asOf, null, 0.9)).toBe(3);
    expect(derivedLevel(done("Define"), asOf, 0.2, 0.9)).toBe(1);
  });

  it("shows each rung's tasks, those done and why it does not hold (the Calculation sheet's ladder)", () => {
    const gapOpen = task({ id: "g2", activity: "GAP", status: "In progress" });
    const rungs = (ccl: number | null) =>
      derivedRungs(
        [...done("Define"), ...done("GAP"), gapOpen, ...done("Compliance", 2), ...done("Record")],
        asOf,
        ccl,
        0.9,
      ).map((r) => [r.level, r.activity, r.tasks, r.done, r.holds, r.shortfall]);
    expect(rungs(0.5)).toEqual([
      [1, "Define", 1, 1, true, null],
      [2, "GAP", 2, 1, false, "notAllDone"],
      [3, "Risk", 0, 0, false, "noTask"],
      [4, "Compliance", 2, 2, false, "cclBelow"],
      [5, "Record", 1, 1, true, null],
    ]);
    expect(rungs(null)[3]).toEqual([4, "Compliance", 2, 2, false, "cclUndefined"]);
    expect(rungs(0.9)[3]).toEqual([4, "Compliance", 2, 2, true, null]);
  });

  it("says rung 4's tasks are not complete before judging CCL(N): its CCL reasons read 'tasks complete, but ...'", () => {
    const open = task({ id: "c9", activity: "Compliance", status: "In progress" });
    const rung4 = (tasks: ReturnType<typeof task>[], ccl: number | null) =>
      derivedRungs(tasks, asOf, ccl, 0.9).map((r) => [r.activity, r.tasks, r.done, r.holds, r.shortfall])[3];
    expect(rung4([...done("Compliance"), open], 0.5)).toEqual(["Compliance", 2, 1, false, "notAllDone"]);
    expect(rung4([...done("Compliance"), open], null)).toEqual(["Compliance", 2, 1, false, "notAllDone"]);
    expect(rung4(done("Define"), null)).toEqual(["Compliance", 0, 0, false, "noTask"]);
  });
});
