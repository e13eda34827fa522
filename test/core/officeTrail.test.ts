/**
 * The audit trail of an office's task completion, as the engine hands it to the Calculation
 * sheet (framework.md section 3: task completion = tasks due by asOf and Done by then / tasks due
 * by asOf): the counts an auditor recomputes and every task row behind them. An office with no
 * task of its own lists none; a consolidation (rowTrail false) keeps the counts without the rows.
 * The Calculation sheet's own tests are in test/audit, outside the suites the mutation run takes.
 */
import { computeScorecard } from "../../src/core/engine/computeScorecard";
import type { Task } from "../../src/core/model/records";
import { control, day, evidence, historyPoint, records, task } from "../helpers/records";

const asOf = day("2026-06-30");
const tasks: Task[] = [
  task({ id: "T1", office: "A", process: "4", owner: "Ana", due: day("2026-03-01"), doneOn: day("2026-02-20") }),
  task({ id: "T2", office: "A", process: "5", due: asOf, status: "In progress" }),
  task({ id: "T3", office: "A", process: "4", due: day("2026-09-01"), status: "Not started" }),
];
const run = (rowTrail?: boolean) =>
  computeScorecard(
    records({ controls: [control({ id: "C1", office: "A" }), control({ id: "C2", office: "B" })], tasks }),
    { asOf, today: asOf, ...(rowTrail === undefined ? {} : { rowTrail }) },
  ).trail.offices;

describe("an office's task trail", () => {
  it("is its tasks due by the as-of date, those done by then, and every task's row", () => {
    const a = run().find((o) => o.office === "A");
    // T1 and T2 are due by the as-of date (T2 on it); only T1 is done: 1 of 2.
    expect([a?.tasks?.done, a?.tasks?.due]).toEqual([1, 2]);
    expect(a?.tasks?.rows.map((r) => [r.id, r.process, r.owner, r.due, r.done, r.source])).toEqual([
      ["T1", "4", "Ana", true, true, tasks[0].source],
      ["T2", "5", "", true, false, tasks[1].source],
      ["T3", "4", "", false, false, tasks[2].source],
    ]);
  });

  it("lists no task for an office with none of its own, in a workbook with a Tasks sheet", () => {
    const offices = run();
    // One trail per office of the scorecard, in its order (Controls first).
    expect(offices.map((o) => o.office)).toEqual(["A", "B"]);
    const b = offices.find((o) => o.office === "B");
    expect(b?.tasks).toEqual({ done: 0, due: 0, rows: [] });
  });

  it("keeps the counts without the rows when the trail keeps no rows, and the rows by default", () => {
    const a = (rowTrail?: boolean) => run(rowTrail).find((o) => o.office === "A")?.tasks;
    expect(a(false)).toEqual({ done: 1, due: 2, rows: [] });
    expect(a(true)?.rows).toHaveLength(3);
    expect(a()?.rows).toHaveLength(3);
  });
});

describe("the rows a trail keeps", () => {
  it("are every control by default and none when the trail keeps no rows; without a Tasks sheet, no task trail", () => {
    const controls = [control({ id: "C1", office: "A" }), control({ id: "C2", office: "A" })];
    const trail = (rowTrail?: boolean, withTasks = true) =>
      computeScorecard(
        records({
          controls,
          tasks: withTasks ? tasks : [],
          sheetsPresent: new Set(withTasks ? ["controls", "tasks"] : ["controls"]),
        }),
        { asOf, today: asOf, ...(rowTrail === undefined ? {} : { rowTrail }) },
      ).trail;
    expect(trail().controls.map((c) => c.control.id)).toEqual(["C1", "C2"]);
    expect(trail(true).controls).toHaveLength(2);
    expect(trail(false).controls).toEqual([]);
    expect(trail(false, false).offices.map((o) => o.tasks)).toEqual([null]);
    expect(trail(undefined, false).offices.map((o) => o.tasks)).toEqual([null]);
  });
});

describe("an office's OCLT trail", () => {
  it("uses the last 6 points, leaving out a history row after the as-of date and the older ones, each with why", () => {
    const points = [1, 2, 3, 4, 5, 6].map((m) =>
      historyPoint({ office: "A", asOf: day(`2026-0${m}-01`), value: 0.5 + m / 100 }),
    );
    const later = historyPoint({ office: "A", asOf: day("2026-08-01"), value: 0.9 });
    const a = computeScorecard(
      records({ controls: [control({ id: "C1", office: "A" })], history: [...points, later] }),
      {
        asOf,
        today: asOf,
      },
    ).trail.offices[0];
    // Six history points and this run's: the oldest (January) falls out of the last 6.
    expect(a.oclt.used.map((p) => p.day)).toEqual([...points.slice(1).map((p) => p.asOf), asOf]);
    expect(a.oclt.leftOut.map(({ point, reason }) => [point.day, point.value, reason])).toEqual([
      [later.asOf, 0.9, "afterAsOf"],
      [points[0].asOf, 0.51, "older"],
    ]);
  });
});

describe("an office's CCL and evidence coverage trail", () => {
  it("is per process Σ weight × score over Σ weight of its applicable controls, and the controls with valid evidence", () => {
    // Process 4: weights 2 (Compliant, 1), 1 (Partially compliant, 0.5), 3 (Not applicable: left out).
    // Process 5: one control of weight 0 (applicable, adds nothing). Process 6.1: no control.
    const controls = [
      control({ id: "C1", process: "4", weight: 2, status: "Compliant" }),
      control({ id: "C2", process: "4", weight: 1, status: "Partially compliant" }),
      control({ id: "C3", process: "4", weight: 3, status: "Not applicable" }),
      control({ id: "C4", process: "5", weight: 0, status: "Not compliant" }),
    ];
    const result = computeScorecard(
      records({
        settings: { ...records().settings, requireEvidence: false },
        controls,
        evidence: [evidence({ controlId: "C1" }), evidence({ controlId: "C3" })],
      }),
      { asOf, today: asOf },
    );
    const a = result.trail.offices[0];
    expect(a.ccl["4"]).toEqual({ numerator: 2.5, denominator: 3, applicable: 2 });
    expect(a.ccl["5"]).toEqual({ numerator: 0, denominator: 0, applicable: 1 });
    expect(a.ccl["6.1"]).toEqual({ numerator: 0, denominator: 0, applicable: 0 });
    // The trail's figures give the CCL the scorecard shows: 2.5 / 3.
    expect(result.byOffice.get("A")?.ccl["4"]).toBeCloseTo(2.5 / 3, 12);
    // Applicable controls with valid evidence: C1 of C1, C2, C4 (C3 is not applicable).
    expect(a.coverage).toEqual({ withEvidence: 1, applicable: 3 });
  });
});
