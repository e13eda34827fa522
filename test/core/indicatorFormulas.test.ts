/**
 * framework.md section 3 worked by hand on one small organisation: every expected value
 * below was computed on paper from the formulas, not read from the engine's output.
 * The OCL weights are unequal (0.5 / 0.3 / 0.2) so that exchanging any two of them,
 * or feeding one component with another's value, changes OCL.
 */
import { computeScorecard } from "../../src/core/engine/computeScorecard";
import { isDoneBy, isValidEvidence, oclComponents, officeComplianceLevel } from "../../src/core/engine/compliance";
import { weightedMeanDefined } from "../../src/core/engine/stats";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/model/records";
import { control, day, evidence, records, task } from "../helpers/records";

const asOf = day("2026-06-30");
const settings: Settings = { ...DEFAULT_SETTINGS, asOf, oclWeights: { controls: 0.5, evidence: 0.3, tasks: 0.2 } };

/**
 * Quito (controls, evidence, tasks):
 *   Q1 4   Compliant            w1  evidence      score 1
 *   Q2 6.1 Compliant            w2  evidence      score 1
 *   Q3 6.1 Partially compliant  w2  none          score 0 (claim without evidence: warning)
 *   Q4 6.2 Partially compliant  w1  evidence      score 0.5
 *   Q5 8.1 Not compliant        w1  evidence      score 0
 *   Q6 8.1 Compliant            w3  evidence      score 1
 *   Q7 9.1 Not applicable       w1  evidence      left out
 *   Q8 5   Compliant            w0  evidence      score 1, weight 0: out of CCL, in coverage
 *   Q9 9.2 Compliant            w1  evidence      score 1
 * CCL: 4 = 1; 6.1 = (2*1 + 2*0)/4 = 0.5; 6.2 = 0.5; 8.1 = (1*0 + 3*1)/4 = 0.75; 9.2 = 1;
 *      5 = undefined (its only control weighs 0); 9.1 = undefined (only Not applicable).
 * CLS: 4 = 1; 6 = mean(0.5, 0.5) = 0.5; 8 = 0.75; 9 = 1; 5 and 7 undefined.
 * mean(CLS) = (1 + 0.5 + 0.75 + 1) / 4 = 0.8125.
 * Evidence coverage: applicable Q1-Q6, Q8, Q9 = 8; with valid evidence all but Q3 = 7: 0.875.
 * Task completion: T1-T4 due by asOf, T1-T3 done by then: 3/4 = 0.75 (T5 not due yet).
 * OCL = 0.5 * 0.8125 + 0.3 * 0.875 + 0.2 * 0.75 = 0.40625 + 0.2625 + 0.15 = 0.81875.
 * PLC: SMR = CCL(4) = 1; S&C = mean(6.1, 6.2) = 0.5; O&R = mean(8.1, 9.2) = 0.875; D&T undefined.
 *
 * Loja: one Compliant control of 4 with evidence, one task due and done:
 *   CCL(4) = 1, coverage 1, completion 1, OCL = 1.
 */
function organisation() {
  const withEvidence = (office: string, id: string) => evidence({ office, controlId: id });
  const controls = [
    control({ office: "Quito", id: "Q1", process: "4", status: "Compliant", weight: 1 }),
    control({ office: "Quito", id: "Q2", process: "6.1", status: "Compliant", weight: 2 }),
    control({ office: "Quito", id: "Q3", process: "6.1", status: "Partially compliant", weight: 2 }),
    control({ office: "Quito", id: "Q4", process: "6.2", status: "Partially compliant", weight: 1 }),
    control({ office: "Quito", id: "Q5", process: "8.1", status: "Not compliant", weight: 1 }),
    control({ office: "Quito", id: "Q6", process: "8.1", status: "Compliant", weight: 3 }),
    control({ office: "Quito", id: "Q7", process: "9.1", status: "Not applicable", weight: 1 }),
    control({ office: "Quito", id: "Q8", process: "5", status: "Compliant", weight: 0 }),
    control({ office: "Quito", id: "Q9", process: "9.2", status: "Compliant", weight: 1 }),
    control({ office: "Loja", id: "L1", process: "4", status: "Compliant", weight: 1 }),
  ];
  const ev = [
    ...["Q1", "Q2", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9"].map((id) => withEvidence("Quito", id)),
    withEvidence("Loja", "L1"),
  ];
  const tasks = [
    task({ office: "Quito", id: "T1", due: day("2026-03-31"), status: "Done", doneOn: day("2026-03-15") }),
    task({ office: "Quito", id: "T2", due: day("2026-05-31"), status: "Done", doneOn: day("2026-06-30") }),
    task({ office: "Quito", id: "T3", due: asOf, status: "Done", doneOn: null }),
    task({ office: "Quito", id: "T4", due: day("2026-06-01"), status: "In progress" }),
    task({ office: "Quito", id: "T5", due: day("2026-07-01"), status: "Not started" }),
    task({ office: "Loja", id: "T1", due: day("2026-01-31"), status: "Done", doneOn: day("2026-01-31") }),
  ];
  return computeScorecard(records({ settings, controls, evidence: ev, tasks }), { today: day("2026-11-01") });
}

const exact = (value: number | null | undefined, expected: number) => {
  expect(value).not.toBeNull();
  expect(value).toBeCloseTo(expected, 12);
};

describe("one office's compliance, worked by hand", () => {
  it("CCL per process: weighted scores, weight 0 and Not applicable left out", () => {
    const quito = organisation().byOffice.get("Quito")!;
    exact(quito.ccl["4"], 1);
    exact(quito.ccl["6.1"], 0.5);
    exact(quito.ccl["6.2"], 0.5);
    exact(quito.ccl["8.1"], 0.75);
    exact(quito.ccl["9.2"], 1);
    expect(quito.ccl["5"]).toBeNull();
    expect(quito.ccl["9.1"]).toBeNull();
    expect(quito.ccl["7.1"]).toBeNull();
  });

  it("CLS per clause: the mean of its defined CCL", () => {
    const quito = organisation().byOffice.get("Quito")!;
    expect(quito.cls).toEqual({ "4": 1, "5": null, "6": 0.5, "7": null, "8": 0.75, "9": 1 });
  });

  it("evidence coverage 7/8 and task completion 3/4", () => {
    const quito = organisation().byOffice.get("Quito")!;
    exact(quito.evidenceCoverage, 0.875);
    exact(quito.taskCompletion, 0.75);
  });

  it("OCL = 0.5 * 0.8125 + 0.3 * 0.875 + 0.2 * 0.75 = 0.81875, a Warning", () => {
    const quito = organisation().byOffice.get("Quito")!;
    exact(quito.ocl, 0.81875);
    expect(quito.status.ocl).toBe("Warning");
  });

  it("PLC per team: the mean of the CCL of the processes it owns", () => {
    const quito = organisation().byOffice.get("Quito")!;
    exact(quito.plc["SMR"], 1);
    exact(quito.plc["S&C"], 0.5);
    exact(quito.plc["O&R"], 0.875);
    expect(quito.plc["D&T"]).toBeNull();
    expect(quito.status.plc).toEqual({ SMR: "Success", "D&T": null, "S&C": "Fail", "O&R": "Warning" });
  });

  it("statuses of CLS: 1 Success, 0.75 Warning, 0.5 Fail", () => {
    const quito = organisation().byOffice.get("Quito")!;
    expect(quito.status.cls).toEqual({
      "4": "Success",
      "5": null,
      "6": "Fail",
      "7": null,
      "8": "Warning",
      "9": "Success",
    });
  });

  it("the stage panel: PLAN = OCL, DO = mean PLC, CHECK = mean CCL", () => {
    const quito = organisation().byOffice.get("Quito")!;
    const [plan, doStage, check, act] = quito.stages;
    expect([plan.stage, plan.team, plan.indicator, plan.status]).toEqual(["PLAN", "SMR", "OCL", "Warning"]);
    exact(plan.value, 0.81875);
    // DO: mean(1, 0.5, 0.875) = 2.375 / 3 = 19/24
    expect([doStage.stage, doStage.team, doStage.indicator, doStage.status]).toEqual(["DO", "D&T", "PLC", "Warning"]);
    exact(doStage.value, 19 / 24);
    // CHECK: mean(1, 0.5, 0.5, 0.75, 1) = 3.75 / 5 = 0.75
    expect([check.stage, check.team, check.indicator, check.status]).toEqual(["CHECK", "S&C", "CCL", "Warning"]);
    exact(check.value, 0.75);
    // ACT: no project, so no PRK
    expect([act.stage, act.team, act.indicator, act.value, act.label, act.status]).toEqual([
      "ACT",
      "O&R",
      "PRK",
      null,
      null,
      null,
    ]);
  });

  it("warns of the claims without evidence (Q3), not of the weighted-out or Not applicable ones", () => {
    const warned = organisation()
      .issues.filter((i) => i.sheet === "Controls" && i.column === "Status")
      .map((i) => i.value);
    // Q8 weighs 0 but its score still drops from 1 to 0 without evidence: here it has evidence, so no warning.
    expect(warned).toEqual(["Partially compliant"]);
  });
});

describe("the organisation: each office weighs the same", () => {
  it("consolidated OCL = mean(0.81875, 1) = 0.909375, a Success", () => {
    const c = organisation().consolidated;
    exact(c.ocl, 0.909375);
    expect(c.status.ocl).toBe("Success");
  });

  it("consolidated components are the offices' means, undefined values left out", () => {
    const c = organisation().consolidated;
    exact(c.ccl["4"], 1); // mean(1, 1)
    exact(c.ccl["6.1"], 0.5); // Loja has none
    exact(c.evidenceCoverage, 0.9375); // mean(0.875, 1)
    exact(c.taskCompletion, 0.875); // mean(0.75, 1)
    exact(c.cls["8"], 0.75);
    exact(c.plc["SMR"], 1);
    expect(c.plc["D&T"]).toBeNull();
  });
});

describe("OCL's weights are each component's own", () => {
  const w = { controls: 0.5, evidence: 0.3, tasks: 0.2 };
  it.each([
    // mean(CLS), coverage, completion -> OCL by hand
    [1, 0, 0, 0.5],
    [0, 1, 0, 0.3],
    [0, 0, 1, 0.2],
    [0.8125, 0.875, 0.75, 0.81875],
  ])("mean(CLS) %p, coverage %p, completion %p give %p", (cls, coverage, completion, expected) => {
    expect(officeComplianceLevel({ "4": cls }, coverage, completion, w)).toBeCloseTo(expected, 12);
  });

  it.each([
    // one component undefined: its weight shared out over the others in proportion
    [null, 1, 0, 0.6], // 0.3 / (0.3 + 0.2)
    [1, null, 0, 0.5 / 0.7], // 0.5 / (0.5 + 0.2)
    [1, 0, null, 0.625], // 0.5 / (0.5 + 0.3)
  ])("mean(CLS) %p, coverage %p, completion %p give %p", (cls, coverage, completion, expected) => {
    expect(officeComplianceLevel({ "4": cls }, coverage, completion, w)).toBeCloseTo(expected, 12);
  });

  it("a component whose weight is 0 is left out, not shared a negative or zero weight", () => {
    expect(officeComplianceLevel({ "4": 0.5 }, 1, 1, { controls: 1, evidence: 0, tasks: 0 })).toBeCloseTo(0.5, 12);
    expect(officeComplianceLevel({ "4": 0.5 }, 1, 0, { controls: 0, evidence: 0, tasks: 0 })).toBeNull();
  });
});

describe("the weights OCL uses, as the Calculation sheet shows them", () => {
  const used = (...args: Parameters<typeof oclComponents>) =>
    oclComponents(...args).map((c) => [c.name, c.value, c.setWeight, c.weight]);

  it("shares an undefined component's weight out over the others in proportion to theirs", () => {
    // mean(CLS) = mean(1, 0.5) = 0.75; completion undefined: 0.6 and 0.2 of 0.8 are 0.75 and 0.25.
    const w = { controls: 0.6, evidence: 0.2, tasks: 0.2 };
    const components = used({ "4": 1, "6": 0.5, "7": null }, 0.5, null, w);
    expect(components).toEqual([
      ["controls", 0.75, 0.6, expect.closeTo(0.75, 12)],
      ["evidence", 0.5, 0.2, expect.closeTo(0.25, 12)],
      ["tasks", null, 0.2, 0],
    ]);
    // The shares used give OCL: 0.75 * 0.75 + 0.25 * 0.5 = 0.6875.
    expect(officeComplianceLevel({ "4": 1, "6": 0.5, "7": null }, 0.5, null, w)).toBeCloseTo(0.6875, 12);
  });

  it("gives each its own weight when all are defined, none to a weight below or at 0, and none when nothing is defined", () => {
    expect(used({ "4": 0.5 }, 1, 0, { controls: 0.5, evidence: 0.3, tasks: 0.2 })).toEqual([
      ["controls", 0.5, 0.5, expect.closeTo(0.5, 12)],
      ["evidence", 1, 0.3, expect.closeTo(0.3, 12)],
      ["tasks", 0, 0.2, expect.closeTo(0.2, 12)],
    ]);
    // A weight of -0.5 is left out like 0: the 0.5 of controls is all there is.
    expect(used({ "4": 0.5 }, 1, 0, { controls: 0.5, evidence: 0, tasks: -0.5 }).map((c) => c[3])).toEqual([1, 0, 0]);
    expect(used({}, null, null, { controls: 0.6, evidence: 0.2, tasks: 0.2 })).toEqual([
      ["controls", null, 0.6, 0],
      ["evidence", null, 0.2, 0],
      ["tasks", null, 0.2, 0],
    ]);
    // Every defined component weighing 0: no share at all, not 0 / 0.
    expect(used({ "4": 0.5 }, 1, 1, { controls: 0, evidence: 0, tasks: 0 }).map((c) => c[3])).toEqual([0, 0, 0]);
  });
});

describe("undated evidence and tasks", () => {
  // Days count from 1970-01-01, so an as-of date before it is a negative day: "no date" must
  // mean "no limit", not "day 0".
  const early = day("1965-03-31");

  it("an accepted evidence row with no dates is valid at any as-of date a workbook can hold", () => {
    expect(isValidEvidence(evidence({ controlId: "c1" }), early)).toBe(true);
    expect(isValidEvidence(evidence({ controlId: "c1", collectedOn: day("1965-04-01") }), early)).toBe(false);
  });

  it("a Done task with no date is done at any as-of date", () => {
    expect(isDoneBy(task({ id: "t", status: "Done", doneOn: null }), early)).toBe(true);
    expect(isDoneBy(task({ id: "t", status: "Done", doneOn: day("1965-04-01") }), early)).toBe(false);
  });
});

describe("the weighted mean behind OCL", () => {
  it("leaves out a part whose weight is not positive, as it leaves out an undefined one", () => {
    // (0.5 * 1 + 0.5 * 0.5) / (0.5 + 0.5); counting the part weighing -1 would bring the weights to 0: n/a
    expect(
      weightedMeanDefined([
        { value: 1, weight: 0.5 },
        { value: 0.5, weight: 0.5 },
        { value: 0, weight: -1 },
      ]),
    ).toBeCloseTo(0.75, 12);
    expect(weightedMeanDefined([{ value: 1, weight: -1 }])).toBeNull();
  });
});
