/**
 * Boundaries are decimal (framework.md section 2): each threshold, level boundary and trend limit
 * is met at its exact decimal value, whatever binary floating point makes of the arithmetic.
 * Each case below is a value that is on the boundary by hand but off it in binary.
 */
// @ts-nocheck

import { computeScorecard } from "../../src/core/engine/computeScorecard";
import { above, atLeast, atMost, below, compareDecimal, decimalValue } from "../../src/core/engine/decimal";
import { derivedLevel } from "../../src/core/engine/maturity";
import { exposureLevel, projectRisk, scheduleLevel } from "../../src/core/engine/projectRisk";
import {
  findingStatus,
  levelObjectiveStatus,
  maturityLevelStatus,
  percentStatus,
  trendStatus,
} from "../../src/core/engine/status";
import { levelDown, meanDefined, roundHalfUp } from "../../src/core/engine/stats";
import { oclTrend } from "../../src/core/engine/trend";
import type { AssessedProject } from "../../src/core/engine/results";
import { control, day, evidence, records, task } from "../helpers/records";

const t = { success: 0.9, fail: 0.7 };

describe("compareDecimal", () => {
  it("reads both sides as 9-decimal values", () => {
    expect(0.1 + 0.2).not.toBe(0.3); // the premise: binary is off
    expect(compareDecimal(0.1 + 0.2, 0.3)).toBe(0);
    expect(compareDecimal((0.85 + 0.95) / 2, 0.9)).toBe(0);
    expect(compareDecimal(0.9000000011, 0.9)).toBe(1);
    expect(compareDecimal(0.8999999989, 0.9)).toBe(-1);
    expect(compareDecimal(-0.5000000000000012, -0.5)).toBe(0);
    expect(decimalValue(-1e-12)).toBe(0);
    expect(Object.is(decimalValue(-1e-12), -0)).toBe(false);
  });
  it("gives the four comparisons", () => {
    const v = 0.4 - 0.3; // 0.10000000000000003
    expect([atLeast(v, 0.1), atMost(v, 0.1), above(v, 0.1), below(v, 0.1)]).toEqual([true, true, false, false]);
  });
});

describe("percent indicators (OCL, CLS, CCL, PLC): >= 90 % Success, < 70 % Fail", () => {
  it("CLS(9) = mean(0.85, 0.95) = 0.90 meets >= 90 % (the engine's own CLS)", () => {
    const asOf = day("2026-06-30");
    // 9.1: 17 of 20 compliant = 0.85; 9.2: 19 of 20 = 0.95; 9.3 has none, so CLS(9) is their mean.
    const controls = [
      ...Array.from({ length: 20 }, (_, k) =>
        control({ id: `a${k}`, clause: "9.1", process: "9.1", status: k < 17 ? "Compliant" : "Not compliant" }),
      ),
      ...Array.from({ length: 20 }, (_, k) =>
        control({ id: `b${k}`, clause: "9.2", process: "9.2", status: k < 19 ? "Compliant" : "Not compliant" }),
      ),
    ];
    const r = computeScorecard(records({ controls, evidence: controls.map((c) => evidence({ controlId: c.id })) }), {
      today: asOf,
      asOf,
    });
    const office = r.byOffice.get("A");
    expect(office?.cls["9"]).not.toBe(0.9); // binary: 0.8999999999999999
    expect(office?.cls["9"]).toBeCloseTo(0.9, 12);
    expect(office?.status.cls["9"]).toBe("Success");
  });
  it("meets 70 % exactly as Warning, not Fail; just below is Fail", () => {
    expect(percentStatus((0.65 + 0.75) / 2, t)).toBe("Warning");
    expect(percentStatus(0.1 * 7, t)).toBe("Warning"); // 0.7000000000000001
    expect(percentStatus(0.6999999, t)).toBe("Fail");
    expect(percentStatus(0.8999999, t)).toBe("Warning");
  });
});

describe("OCLT: Positive above +0.5 pp per 30 days, Negative below -0.5, otherwise Flat", () => {
  const series = (base: number, step: number) =>
    [0, 1, 2, 3, 4, 5].map((k) => ({ day: k * 30, value: base + k * step }));
  it("a slope of exactly +0.5 is Flat", () => {
    const r = oclTrend(series(0.81, 0.005));
    expect(r.slope).not.toBe(0.5); // binary: 0.5000000000000021
    expect(r.slope).toBeCloseTo(0.5, 12);
    expect(r.direction).toBe("Flat");
  });
  it("a slope of exactly -0.5 is Flat", () => {
    const r = oclTrend(series(0.41, -0.005));
    expect(r.slope).not.toBe(-0.5); // binary: -0.5000000000000019
    expect(r.direction).toBe("Flat");
  });
  it("just beyond the limits is Positive or Negative", () => {
    expect(oclTrend(series(0.5, 0.00501)).direction).toBe("Positive");
    expect(oclTrend(series(0.5, -0.00501)).direction).toBe("Negative");
  });
  it("Flat with OCL exactly at 90 % is Success", () => {
    expect(trendStatus("Flat", (0.85 + 0.95) / 2, t)).toBe("Success");
    expect(trendStatus("Flat", 0.8999999, t)).toBe("Warning");
  });
});

describe("PRK: exposure and schedule levels, office level rounded half up", () => {
  it("exposure LOW <= 6, MEDIUM 8-12, HIGH >= 15", () => {
    expect([4, 6, 8, 12, 15, 25].map(exposureLevel)).toEqual(["LOW", "LOW", "MEDIUM", "MEDIUM", "HIGH", "HIGH"]);
  });
  // Start day 0, due day 100: planned progress is asOf / 100.
  const schedule = (asOf: number, progress: number) => scheduleLevel({ start: 0, due: 100, progress }, asOf).level;
  it("a gap of exactly 0.10 is LOW, however binary subtracts", () => {
    expect(0.4 - 0.3).toBeGreaterThan(0.1);
    expect(schedule(40, 0.3)).toBe("LOW");
    expect(schedule(80, 0.7)).toBe("LOW"); // 0.10000000000000009
    expect(schedule(41, 0.3)).toBe("MEDIUM");
  });
  it("a gap of exactly 0.25 is MEDIUM, however binary subtracts", () => {
    expect(0.55 - 0.3).toBeGreaterThan(0.25);
    expect(schedule(55, 0.3)).toBe("MEDIUM");
    expect(schedule(56, 0.3)).toBe("HIGH");
  });
  it("past due with progress 100 % is not overdue; with less it is HIGH", () => {
    expect(scheduleLevel({ start: 0, due: 100, progress: 0.7 + 0.2 + 0.1 }, 120).level).toBe("LOW");
    expect(scheduleLevel({ start: 0, due: 100, progress: 0.99 }, 120).level).toBe("HIGH");
  });
  it("office level: mean 1.5 is MEDIUM, below it LOW, 2.5 HIGH", () => {
    const p = (level: AssessedProject["level"]) => ({ level }) as AssessedProject;
    expect(projectRisk([p("LOW"), p("MEDIUM")]).level).toBe("MEDIUM");
    expect(projectRisk([p("LOW"), p("LOW"), p("MEDIUM")]).level).toBe("LOW");
    expect(projectRisk([p("MEDIUM"), p("HIGH")]).level).toBe("HIGH");
    expect([roundHalfUp(1.49), roundHalfUp(1.5), roundHalfUp(1.4999999999999998)]).toEqual([1, 2, 2]);
  });
});

describe("ML: level rounded down; ML(N) and Audit LVL >= 4; ML level >= 4 / <= 2", () => {
  it("rounds the mean down as a decimal", () => {
    expect([levelDown(2.81), levelDown(4.06), levelDown(3.9999999999999996), levelDown(3.999999)]).toEqual([
      2, 4, 4, 3,
    ]);
    const mean = meanDefined([3.8, 4.6, 3.6]); // 3.9999999999999996 by binary: 4 by hand
    expect(mean).not.toBe(4);
    expect(levelDown(mean)).toBe(4);
  });
  it("ML(N) and Audit LVL meet 4 exactly", () => {
    expect(levelObjectiveStatus((0.1 + 0.7) * 5)).toBe("Success"); // 3.9999999999999996
    expect(levelObjectiveStatus(3.999999)).toBe("Fail");
  });
  it("the maturity level: 4 Success, 3 Warning, 2 Fail", () => {
    expect([4, 3, 2].map(maturityLevelStatus)).toEqual(["Success", "Warning", "Fail"]);
  });
  it("derived rung 4 holds when CCL(N) is at the threshold as a decimal", () => {
    const asOf = day("2026-06-30");
    const tasks = (["Define", "GAP", "Risk", "Compliance"] as const).map((activity, k) =>
      task({ id: `t${k}`, activity, due: day("2026-01-01") }),
    );
    expect(derivedLevel(tasks, asOf, (0.85 + 0.95) / 2, 0.9)).toBe(4);
    expect(derivedLevel(tasks, asOf, 0.8999999, 0.9)).toBe(3);
  });
});

describe("findings per audit against Table 1", () => {
  it("FGP >= 1, FOP/FOB/FNC <= 5, FCC 0, met as decimals", () => {
    expect(0.7 + 0.2 + 0.1).not.toBe(1);
    expect(findingStatus("FGP", 0.7 + 0.2 + 0.1)).toBe("Success"); // 0.9999999999999999 by binary
    expect(findingStatus("FGP", 0.999999)).toBe("Fail");
    expect(findingStatus("FOP", 5)).toBe("Success");
    expect(findingStatus("FOB", 5.2)).toBe("Fail");
    expect(findingStatus("FNC", 0.5 * 10 + 1e-15)).toBe("Success");
    expect(findingStatus("FCC", 0)).toBe("Success");
    expect(findingStatus("FCC", 0.2)).toBe("Fail");
  });
});
