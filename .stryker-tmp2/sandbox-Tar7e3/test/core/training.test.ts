/**
 * Training coverage at its boundaries: completed on the as-of date, valid until the as-of date,
 * expiring at day 90 (listed) and 91 (not), rows not required left out, renewals, and the
 * per-office, per-team and consolidated figures.
 */
// @ts-nocheck

import { computeScorecard } from "../../src/core/engine/computeScorecard";
import { EXPIRY_WINDOW_DAYS, courseState } from "../../src/core/engine/training";
import type { TeamCode } from "../../src/core/model/catalog";
import type { TrainingRecord } from "../../src/core/model/records";
import { control, day, records } from "../helpers/records";

const asOf = day("2026-06-30");
let n = 2;
const course = (p: Partial<TrainingRecord> & Pick<TrainingRecord, "course">): TrainingRecord => ({
  source: { sheet: "Training", row: n++ },
  person: "Ana",
  office: "A",
  team: "S&C" as TeamCode,
  required: true,
  completedOn: day("2026-01-10"),
  validUntil: null,
  ...p,
});
const state = (rows: TrainingRecord[]) => courseState(rows, asOf).kind;

describe("one required course on the as-of date", () => {
  it("is held when completed on the as-of date itself, missing when completed the day after", () => {
    expect(state([course({ course: "x", completedOn: asOf })])).toBe("Held");
    expect(state([course({ course: "x", completedOn: asOf + 1 })])).toBe("Missing");
    expect(state([course({ course: "x", completedOn: null })])).toBe("Missing");
  });

  it("is still held when valid until the as-of date (and then expiring), expired when valid until the day before", () => {
    expect(state([course({ course: "x", validUntil: asOf })])).toBe("Expiring");
    expect(state([course({ course: "x", validUntil: asOf - 1 })])).toBe("Expired");
    expect(courseState([course({ course: "x", validUntil: asOf - 1 })], asOf).validUntil).toBe(asOf - 1);
  });

  it("is expiring when it ends on day 90 after the as-of date, not on day 91", () => {
    expect(EXPIRY_WINDOW_DAYS).toBe(90);
    expect(state([course({ course: "x", validUntil: asOf + 90 })])).toBe("Expiring");
    expect(state([course({ course: "x", validUntil: asOf + 91 })])).toBe("Held");
    expect(state([course({ course: "x", validUntil: null })])).toBe("Held");
  });

  it("counts a renewal: the longest-lasting row held decides", () => {
    const old = course({ course: "x", completedOn: day("2024-01-01"), validUntil: day("2026-01-01") });
    const renewed = course({ course: "x", completedOn: day("2026-01-05"), validUntil: day("2028-01-05") });
    expect(state([old, renewed])).toBe("Held");
    expect(state([old, course({ course: "x", completedOn: day("2026-01-05"), validUntil: asOf + 30 })])).toBe(
      "Expiring",
    );
  });
});

describe("training coverage in a run", () => {
  const run = (training: TrainingRecord[], offices = ["A"]) =>
    computeScorecard(
      records({
        controls: offices.map((office, i) => control({ id: `C${i}`, office })),
        training,
      }),
      { asOf, today: asOf },
    );

  it("is held / required per office and team, leaving rows not required out entirely", () => {
    const result = run([
      course({ course: "ITIL", validUntil: asOf + 200 }),
      course({ course: "ISO", completedOn: null }),
      course({ course: "Optional", completedOn: null, required: false }),
      course({ course: "Change", person: "Luis", team: "D&T", validUntil: asOf - 1 }),
      course({ course: "Release", person: "Luis", team: "D&T", validUntil: asOf + 90 }),
    ]);
    const a = result.training?.byOffice.get("A");
    expect(a?.byTeam["S&C"]).toBe(0.5);
    expect(a?.byTeam["D&T"]).toBe(0.5);
    expect(a?.byTeam.SMR).toBeNull();
    expect(a?.coverage).toBe(0.5);
    expect(a?.status).toBe("Fail");
    expect(result.training?.gaps.map((g) => [g.person, g.course, g.kind])).toEqual([
      ["Ana", "ISO", "Missing"],
      ["Luis", "Change", "Expired"],
      ["Luis", "Release", "Expiring"],
    ]);
  });

  it("is n/a where nothing is required, and consolidates as the mean over offices", () => {
    const result = run(
      [
        course({ course: "ITIL", office: "A" }),
        course({ course: "ISO", office: "A", completedOn: null }),
        course({ course: "ITIL", office: "B" }),
        course({ course: "Optional", office: "C", required: false }),
      ],
      ["A", "B", "C"],
    );
    expect(result.training?.byOffice.get("C")?.coverage).toBeNull();
    // (0.5 + 1) / 2: office C has nothing required and is left out.
    expect(result.training?.consolidated.coverage).toBe(0.75);
    expect(result.training?.consolidated.byTeam["S&C"]).toBe(0.75);
    expect(result.training?.consolidated.status).toBe("Warning");
  });

  it("is absent from a run without Training rows", () => {
    expect(run([]).training).toBeUndefined();
  });

  it("puts offices in scorecard order, an office known only from Training last", () => {
    const result = run([course({ course: "x", office: "Z" }), course({ course: "x", office: "B" })], ["A", "B"]);
    expect([...(result.training?.byOffice.keys() ?? [])]).toEqual(["B", "Z"]);
  });
});
