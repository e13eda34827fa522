/**
 * The audit trail of an office's task completion, as the engine hands it to the Calculation
 * sheet (framework.md section 3: task completion = tasks due by asOf and Done by then / tasks due
 * by asOf): the counts an auditor recomputes and every task row behind them. An office with no
 * task of its own lists none; a consolidation (rowTrail false) keeps the counts without the rows.
 * The Calculation sheet's own tests are in test/audit, outside the suites the mutation run takes.
 */
import { computeScorecard } from "../../src/core/engine/computeScorecard";
import type { Task } from "../../src/core/model/records";
import { control, day, records, task } from "../helpers/records";

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
