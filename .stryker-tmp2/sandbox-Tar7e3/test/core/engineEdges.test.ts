/** Edges of the engine that ordinary workbooks rarely reach, each worked by hand. */
// @ts-nocheck

import { computeScorecard } from "../../src/core/engine/computeScorecard";
import { derivedLevel } from "../../src/core/engine/maturity";
import { scheduleLevel } from "../../src/core/engine/projectRisk";
import { oclTrend } from "../../src/core/engine/trend";
import { ISO20000_2011 } from "../../src/core/model/catalog";
import { DEFAULT_SETTINGS } from "../../src/core/model/records";
import { control, day, evidence, records, task } from "../helpers/records";

const asOf = day("2026-06-30");
const settings = { ...DEFAULT_SETTINGS, asOf };

describe("a project that starts and ends on the same day", () => {
  it("is planned 0 % before that day and 100 % from it", () => {
    const oneDay = { start: asOf, due: asOf, progress: 0.5 };
    expect(scheduleLevel(oneDay, day("2026-06-29"))).toMatchObject({ plannedProgress: 0, gap: -0.5, level: "LOW" });
    expect(scheduleLevel(oneDay, asOf)).toMatchObject({ plannedProgress: 1, gap: 0.5, overdue: false, level: "HIGH" });
  });
});

describe("OCLT with every point on one day", () => {
  it("has no slope: no time passed", () => {
    expect(
      oclTrend([
        { day: asOf, value: 0.5 },
        { day: asOf, value: 0.9 },
      ]),
    ).toMatchObject({ slope: null, direction: null, points: 2 });
  });
});

describe("an office that has tasks but no control", () => {
  it("has every CCL undefined and its OCL from task completion alone", () => {
    const r = computeScorecard(
      records({
        settings,
        controls: [control({ id: "C1", office: "Quito" })],
        evidence: [evidence({ controlId: "C1", office: "Quito" })],
        tasks: [
          task({ office: "Loja", id: "T1", due: day("2026-06-01"), status: "Done", doneOn: day("2026-06-01") }),
          task({ office: "Loja", id: "T2", due: day("2026-06-01"), status: "In progress" }),
        ],
      }),
      { today: asOf },
    );
    const loja = r.byOffice.get("Loja")!;
    expect(Object.values(loja.ccl).every((v) => v === null)).toBe(true);
    expect(loja.evidenceCoverage).toBeNull();
    expect(loja.taskCompletion).toBe(0.5);
    expect(loja.ocl).toBe(0.5); // 0.2 * 0.5 / 0.2
  });
});

describe("a catalog without a team for a stage", () => {
  it("still shows each PDCA stage, naming the framework's team for it", () => {
    const catalog = { ...ISO20000_2011, teams: ISO20000_2011.teams.filter((t) => t.stage !== "PLAN") };
    const r = computeScorecard(
      records({
        catalog,
        settings,
        controls: [control({ id: "C1", office: "Quito" })],
        evidence: [evidence({ controlId: "C1", office: "Quito" })],
      }),
      { today: asOf },
    );
    expect(r.consolidated.stages.map((s) => [s.stage, s.team])).toEqual([
      ["PLAN", "SMR"],
      ["DO", "D&T"],
      ["CHECK", "S&C"],
      ["ACT", "O&R"],
    ]);
  });
});

describe("the ladder's rung 4 with CCL(N) undefined", () => {
  it("does not hold even at a success threshold of 0", () => {
    const done = (activity: "Define" | "GAP" | "Risk" | "Compliance" | "Record") =>
      task({ id: activity, activity, status: "Done", doneOn: day("2026-06-01") });
    const all = [done("Define"), done("GAP"), done("Risk"), done("Compliance"), done("Record")];
    expect(derivedLevel(all, asOf, null, 0)).toBe(3);
    expect(derivedLevel(all, asOf, 0, 0)).toBe(5);
  });
});
