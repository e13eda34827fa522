import { assessProjects, exposureLevel, projectRisk, scheduleLevel } from "../../src/core/engine/projectRisk";
import { day, project, risk } from "../helpers/records";

const asOf = day("2026-07-01");

describe("exposure", () => {
  it.each([
    [1, "LOW"],
    [6, "LOW"],
    [8, "MEDIUM"],
    [12, "MEDIUM"],
    [15, "HIGH"],
    [25, "HIGH"],
  ])("likelihood x impact %i is %s", (exposure, level) => {
    expect(exposureLevel(exposure)).toBe(level);
  });

  it("takes the largest product over Open risks only, 0 with none", () => {
    const p = project({ id: "P", progress: 1 });
    const [assessed] = assessProjects(
      [p],
      [
        risk({ id: "r1", projectId: "P", likelihood: 2, impact: 3 }),
        risk({ id: "r2", projectId: "P", likelihood: 4, impact: 4 }),
        risk({ id: "r3", projectId: "P", likelihood: 5, impact: 5, status: "Closed" }),
      ],
      asOf,
    );
    expect(assessed.exposure).toBe(16);
    expect(assessed.exposureLevel).toBe("HIGH");
    expect(assessProjects([p], [], asOf)[0].exposure).toBe(0);
  });
});

describe("schedule", () => {
  // 2026-01-01 .. 2026-12-31 is 364 days; on 2026-07-01 (day 181) planned = 181/364.
  const start = day("2026-01-01");
  const due = day("2026-12-31");
  const planned = 181 / 364;

  it("computes planned progress and gap", () => {
    const s = scheduleLevel({ start, due, progress: 0.3 }, asOf);
    expect(s.plannedProgress).toBeCloseTo(planned, 12);
    expect(s.gap).toBeCloseTo(planned - 0.3, 12);
    expect(s.level).toBe("MEDIUM"); // gap 0.197
  });

  it("LOW at a gap of exactly 0.10, MEDIUM just above, HIGH above 0.25", () => {
    const at = (gap: number) =>
      scheduleLevel({ start: day("2026-01-01"), due: day("2026-01-11"), progress: 0.6 - gap }, day("2026-01-07")).level;
    expect(at(0.1)).toBe("LOW");
    expect(at(0.11)).toBe("MEDIUM");
    expect(at(0.25)).toBe("MEDIUM");
    expect(at(0.26)).toBe("HIGH");
  });

  it("is HIGH when past due and not finished, whatever the gap", () => {
    expect(scheduleLevel({ start, due: day("2026-06-30"), progress: 0.99 }, asOf).level).toBe("HIGH");
    expect(scheduleLevel({ start, due: day("2026-06-30"), progress: 1 }, asOf).level).toBe("LOW");
  });

  it("clamps planned progress to [0, 1]", () => {
    expect(scheduleLevel({ start: day("2026-09-01"), due, progress: 0 }, asOf).plannedProgress).toBe(0);
    expect(scheduleLevel({ start, due: day("2026-06-01"), progress: 1 }, asOf).plannedProgress).toBe(1);
  });
});

describe("PRK", () => {
  it("assesses Planned and Active projects only", () => {
    const ps = ["Planned", "Active", "Completed", "Cancelled"].map((status, i) =>
      project({ id: `P${i}`, status: status as "Planned" | "Active" | "Completed" | "Cancelled" }),
    );
    expect(assessProjects(ps, [], asOf).map((p) => p.id)).toEqual(["P0", "P1"]);
  });

  it("is the higher of exposure and schedule", () => {
    const [p] = assessProjects(
      [project({ id: "P", progress: 1 })],
      [risk({ id: "r", projectId: "P", likelihood: 3, impact: 4 })],
      asOf,
    );
    expect(p.scheduleLevel).toBe("LOW");
    expect(p.level).toBe("MEDIUM");
    // The other way round: exposure 2 x 2 = 4 is LOW, the schedule past due and half done is HIGH.
    const [late] = assessProjects(
      [project({ id: "L", start: day("2026-01-01"), due: day("2026-06-30"), progress: 0.5 })],
      [risk({ id: "r", projectId: "L", likelihood: 2, impact: 2 })],
      asOf,
    );
    expect([late.exposureLevel, late.scheduleLevel, late.level]).toEqual(["LOW", "HIGH", "HIGH"]);
  });

  it("rounds the mean half up: 1.5 -> MEDIUM, 1.49 -> LOW", () => {
    const lvl = (levels: ("LOW" | "MEDIUM" | "HIGH")[]) =>
      projectRisk(levels.map((level) => ({ level }) as Parameters<typeof projectRisk>[0][number]));
    expect(lvl(["LOW", "MEDIUM"])).toEqual({ value: 1.5, level: "MEDIUM" });
    const many = lvl([...Array<"LOW">(51).fill("LOW"), ...Array<"MEDIUM">(49).fill("MEDIUM")]);
    expect(many.value).toBeCloseTo(1.49, 12);
    expect(many.level).toBe("LOW");
    expect(lvl(["HIGH", "HIGH", "MEDIUM"]).level).toBe("HIGH"); // 2.67
    expect(lvl([])).toEqual({ value: null, level: null });
  });
});
