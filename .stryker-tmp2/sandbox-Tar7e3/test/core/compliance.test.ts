// @ts-nocheck
import { ISO20000_2011 } from "../../src/core/model/catalog";
import { computeScorecard } from "../../src/core/engine/computeScorecard";
import {
  complianceByProcess,
  controlsWithValidEvidence,
  evidenceCoverage,
  leaderCompliance,
  officeComplianceLevel,
  scoreControls,
  taskCompletion,
  weightedCompliance,
} from "../../src/core/engine/compliance";
import { DEFAULT_SETTINGS, type Issue } from "../../src/core/model/records";
import { control, day, evidence, records, task } from "../helpers/records";

const asOf = day("2026-06-30");

function score(
  controls: Parameters<typeof scoreControls>[0],
  ev: Parameters<typeof controlsWithValidEvidence>[0],
  requireEvidence = true,
) {
  const warnings: Issue[] = [];
  const scored = scoreControls(controls, controlsWithValidEvidence(ev, asOf), requireEvidence, (i) => warnings.push(i));
  return { scored, warnings };
}

describe("control score and CCL", () => {
  it("scores Compliant 1, Partially 0.5, Not compliant 0 and leaves Not applicable out", () => {
    const cs = [
      control({ id: "c1", status: "Compliant" }),
      control({ id: "c2", status: "Partially compliant" }),
      control({ id: "c3", status: "Not compliant" }),
      control({ id: "c4", status: "Not applicable" }),
    ];
    const { scored } = score(
      cs,
      cs.map((c) => evidence({ controlId: c.id })),
    );
    expect(scored.map((s) => s.score)).toEqual([1, 0.5, 0, null]);
    expect(weightedCompliance(scored)).toBeCloseTo(0.5, 12);
  });

  it("weights controls: sum(w*s)/sum(w)", () => {
    const cs = [
      control({ id: "c1", status: "Compliant", weight: 3 }),
      control({ id: "c2", status: "Not compliant", weight: 1 }),
    ];
    const { scored } = score(
      cs,
      cs.map((c) => evidence({ controlId: c.id })),
    );
    expect(weightedCompliance(scored)).toBeCloseTo(0.75, 12);
  });

  it("is undefined (null) when every control of the process is Not applicable", () => {
    const cs = [control({ id: "c1", status: "Not applicable" })];
    const { scored } = score(cs, []);
    expect(weightedCompliance(scored)).toBeNull();
  });

  it.each([
    ["expired evidence", evidence({ controlId: "c1", validUntil: day("2026-06-29") })],
    ["pending evidence", evidence({ controlId: "c1", status: "Pending" })],
    ["rejected evidence", evidence({ controlId: "c1", status: "Rejected" })],
    ["evidence collected after the as-of date", evidence({ controlId: "c1", collectedOn: day("2026-07-01") })],
    ["evidence of another office", evidence({ controlId: "c1", office: "B" })],
  ])("scores 0 with a warning under Require evidence Yes: %s", (_label, ev) => {
    const { scored, warnings } = score([control({ id: "c1", status: "Compliant" })], [ev]);
    expect(scored[0].score).toBe(0);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toContain('"c1"');
    expect(warnings[0].row).toBe(scored[0].control.source.row);
  });

  it("keeps the status score under Require evidence No, with no warning", () => {
    const { scored, warnings } = score([control({ id: "c1", status: "Partially compliant" })], [], false);
    expect(scored[0].score).toBe(0.5);
    expect(warnings).toHaveLength(0);
  });

  it("accepts evidence valid exactly on the as-of date and evidence with no dates", () => {
    const cs = [control({ id: "c1" }), control({ id: "c2" })];
    const { scored } = score(cs, [
      evidence({ controlId: "c1", collectedOn: asOf, validUntil: asOf }),
      evidence({ controlId: "c2" }),
    ]);
    expect(scored.map((s) => s.score)).toEqual([1, 1]);
  });
});

describe("CLS, PLC, coverage, task completion", () => {
  it("CLS(6) is the mean of the defined CCL of clause 6's processes", () => {
    const cs = [
      control({ id: "a", process: "6.1", status: "Compliant" }),
      control({ id: "b", process: "6.2", status: "Not compliant" }),
      control({ id: "c", process: "6.3", status: "Partially compliant" }),
    ];
    const { scored } = score(
      cs,
      cs.map((c) => evidence({ controlId: c.id })),
    );
    const { ccl, cls, plc } = complianceByProcess(ISO20000_2011, scored);
    expect(ccl["6.4"]).toBeNull();
    expect(cls["6"]).toBeCloseTo(0.5, 12); // (1 + 0 + 0.5) / 3, undefined 6.4-6.6 left out
    expect(cls["4"]).toBeNull();
    expect(plc["S&C"]).toBeCloseTo(0.5, 12); // 6.1, 6.2, 6.3 are S&C
    expect(plc["D&T"]).toBeNull();
  });

  it("evidence coverage counts applicable controls with valid evidence", () => {
    const cs = [control({ id: "a" }), control({ id: "b" }), control({ id: "c", status: "Not applicable" })];
    const { scored } = score(cs, [evidence({ controlId: "a" }), evidence({ controlId: "c" })]);
    expect(evidenceCoverage(scored)).toBeCloseTo(0.5, 12);
  });

  it("task completion counts tasks due by the as-of date and done by then", () => {
    const ts = [
      task({ id: "1", due: day("2026-06-01"), status: "Done", doneOn: day("2026-06-15") }),
      task({ id: "2", due: day("2026-06-01"), status: "Done", doneOn: day("2026-07-15") }), // done after asOf
      task({ id: "3", due: day("2026-06-30"), status: "In progress" }),
      task({ id: "4", due: day("2026-07-01"), status: "Done" }), // not due yet: left out
    ];
    expect(taskCompletion(ts, asOf)).toBeCloseTo(1 / 3, 12);
    expect(taskCompletion([task({ id: "5", due: day("2026-12-01") })], asOf)).toBeNull();
  });
});

describe("OCL", () => {
  const w = DEFAULT_SETTINGS.oclWeights;
  it("is 0.6 mean(CLS) + 0.2 coverage + 0.2 completion", () => {
    expect(officeComplianceLevel({ "4": 1, "5": 0.5 }, 0.5, 0.25, w)).toBeCloseTo(
      0.6 * 0.75 + 0.2 * 0.5 + 0.2 * 0.25,
      12,
    );
  });
  it("shares an undefined component's weight out in proportion", () => {
    // tasks undefined: (0.6 * 0.75 + 0.2 * 0.5) / 0.8
    expect(officeComplianceLevel({ "4": 1, "5": 0.5 }, 0.5, null, w)).toBeCloseTo((0.45 + 0.1) / 0.8, 12);
    // only tasks defined
    expect(officeComplianceLevel({ "4": null }, null, 0.4, w)).toBeCloseTo(0.4, 12);
    expect(officeComplianceLevel({ "4": null }, null, null, w)).toBeNull();
  });
  it("uses the weights from Settings", () => {
    expect(officeComplianceLevel({ "4": 1 }, 0, 0, { controls: 1, evidence: 0, tasks: 0 })).toBe(1);
  });
});

describe("consolidation", () => {
  it("weighs each office the same, whatever its number of controls", () => {
    const cs = [
      control({ id: "a", office: "Big", status: "Compliant" }),
      control({ id: "b", office: "Big", status: "Compliant" }),
      control({ id: "c", office: "Big", status: "Compliant" }),
      control({ id: "a", office: "Small", status: "Not compliant" }),
    ];
    const r = computeScorecard(
      records({ controls: cs, evidence: cs.map((c) => evidence({ controlId: c.id, office: c.office })) }),
      { today: asOf },
    );
    expect(r.byOffice.get("Big")?.ccl["4"]).toBe(1);
    expect(r.byOffice.get("Small")?.ccl["4"]).toBe(0);
    expect(r.consolidated.ccl["4"]).toBeCloseTo(0.5, 12);
    expect(r.consolidated.cls["4"]).toBeCloseTo(0.5, 12);
  });
});

describe("per-leader table", () => {
  it("gives each owner of each office their controls' weighted compliance and overdue tasks", () => {
    const cs = [
      control({ id: "a", owner: "Ana", status: "Compliant" }),
      control({ id: "b", owner: "Ben", status: "Not compliant" }),
      control({ id: "c", owner: "Ana", status: "Partially compliant", weight: 3 }),
      control({ id: "d", owner: "", status: "Compliant" }), // no owner: left out
      control({ id: "a", owner: "Ana", office: "B", status: "Not compliant" }),
    ];
    const { scored } = score(
      cs,
      cs.map((c) => evidence({ controlId: c.id, office: c.office })),
    );
    const tasks = [
      task({ id: "1", owner: "Ana", due: day("2026-06-01"), status: "In progress" }), // overdue
      task({ id: "2", owner: "Ana", due: asOf, status: "In progress" }), // due today: not overdue
      task({ id: "3", owner: "Ana", due: day("2026-06-01"), status: "Done", doneOn: day("2026-06-15") }),
      task({ id: "4", owner: "Ben", office: "B", due: day("2026-06-01"), status: "In progress" }), // overdue, but Ben owns nothing in B
    ];
    expect(leaderCompliance(scored, tasks, asOf)).toEqual([
      { office: "A", owner: "Ana", controls: 2, compliance: (1 + 3 * 0.5) / 4, overdueTasks: 1 },
      { office: "A", owner: "Ben", controls: 1, compliance: 0, overdueTasks: 0 },
      { office: "B", owner: "Ana", controls: 1, compliance: 0, overdueTasks: 0 },
    ]);
  });
});
