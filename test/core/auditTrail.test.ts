/**
 * The audit trail the engine hands to the Calculation sheet and `explain` (trail.ts), beyond each
 * office's counts (officeTrail.test.ts): each control as scored, the risk that set each project's
 * exposure, each campaign's ratings, audits with their finding counts and capability levels, the
 * ladder's rungs per process, and the Settings the run used. An auditor recomputes every number
 * from it alone (framework.md sections 3 to 6), so each figure is worked by hand here. The
 * Calculation sheet's own tests are in test/audit, outside the suites the mutation run takes.
 */
import { computeScorecard } from "../../src/core/engine/computeScorecard";
import { DEFAULT_SETTINGS, type AttributeRatingRow } from "../../src/core/model/records";
import { audit, control, day, evidence, finding, project, rating, records, risk, task } from "../helpers/records";

const asOf = day("2026-06-30");

describe("the controls' trail", () => {
  it("is each control's status score, evidence decision, score and whether CCL counts it", () => {
    const controls = [
      control({ id: "C1", weight: 2, status: "Compliant" }),
      control({ id: "C2", weight: 1, status: "Partially compliant" }),
      control({ id: "C3", weight: 0, status: "Compliant" }),
      control({ id: "C4", weight: 3, status: "Not applicable" }),
    ];
    const valid = evidence({ controlId: "C1" });
    const pending = evidence({ controlId: "C2", status: "Pending" });
    const evidenceOf = [valid, pending, evidence({ controlId: "C3" })];
    const trail = computeScorecard(records({ controls, evidence: evidenceOf }), { asOf, today: asOf }).trail;
    expect(trail.controls.map((c) => [c.control.id, c.statusScore, c.evidence.kind, c.score, c.inCcl])).toEqual([
      ["C1", 1, "valid", 1, true],
      // Evidence is required (the default): a claim without valid evidence scores 0.
      ["C2", 0.5, "notAccepted", 0, true],
      // A weight of 0: scored, but CCL does not count it.
      ["C3", 1, "valid", 1, false],
      ["C4", null, "none", null, false],
    ]);
    expect(trail.controls[0].evidence).toEqual({ kind: "valid", evidence: valid });
    expect(trail.controls[1].evidence).toEqual({ kind: "notAccepted", evidence: pending });
  });

  it("carries the Settings the run used", () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      requireEvidence: false,
      successThreshold: 0.8,
      failThreshold: 0.6,
      oclWeights: { controls: 0.5, evidence: 0.3, tasks: 0.2 },
    };
    const trail = computeScorecard(records({ settings, controls: [control({ id: "C1" })] }), {
      asOf,
      today: asOf,
    }).trail;
    expect([trail.asOf, trail.requireEvidence, trail.successThreshold, trail.failThreshold, trail.oclWeights]).toEqual([
      asOf,
      false,
      0.8,
      0.6,
      { controls: 0.5, evidence: 0.3, tasks: 0.2 },
    ]);
    expect(trail.catalog.id).toBe(records().catalog.id);
  });
});

describe("the projects' trail", () => {
  it("names the Open risk of the largest likelihood × impact as the one that set the exposure", () => {
    const projects = [project({ id: "P1" }), project({ id: "P2" })];
    const risks = [
      risk({ id: "R1", projectId: "P1", likelihood: 2, impact: 3 }),
      risk({ id: "R2", projectId: "P1", likelihood: 5, impact: 5, status: "Closed" }),
      risk({ id: "R3", projectId: "P1", likelihood: 4, impact: 2 }),
      risk({ id: "R4", projectId: "P1", likelihood: 1, impact: 6 }),
    ];
    const trail = computeScorecard(records({ controls: [control({ id: "C1" })], projects, risks }), {
      asOf,
      today: asOf,
    }).trail;
    // R3 (8) beats R1 (6) and R4 (6); R2 is Closed. P2 has no Open risk.
    expect(trail.projects.map((p) => [p.projectId, p.office, p.source, p.exposureRisk])).toEqual([
      ["P1", "A", projects[0].source, risks[2]],
      ["P2", "A", projects[1].source, null],
    ]);
  });
});

describe("the campaigns' trail", () => {
  it("is each campaign's maturity ratings, its audits with their finding counts, and each audit's capability levels", () => {
    const audits = [
      audit({ id: "AU1", campaign: "H1", office: "A" }),
      audit({ id: "AU2", campaign: "H2", office: "A" }),
      audit({ id: "AU3", campaign: "H1", office: "B" }),
      // No rating, finding or attribute of its own.
      audit({ id: "AU4", campaign: "H2", office: "B" }),
    ];
    const ratings = [
      rating({ auditId: "AU1", process: "4", level: 3 }),
      rating({ auditId: "AU3", process: "4", level: 2 }),
      rating({ auditId: "AU2", process: "5", level: 1 }),
    ];
    const findings = [
      finding({ id: "F1", auditId: "AU1", type: "FNC", actionId: "X" }),
      finding({ id: "F2", auditId: "AU1", type: "FNC", actionId: "X" }),
      finding({ id: "F3", auditId: "AU1", type: "FOP" }),
      finding({ id: "F4", auditId: "AU3", type: "FGP" }),
    ];
    let n = 2;
    const pa = (auditId: string, process: string, attribute: AttributeRatingRow["attribute"], r: "F" | "L" | "P") =>
      ({ source: { sheet: "Process attributes", row: n++ }, auditId, process, attribute, rating: r }) as const;
    const attributes = [pa("AU3", "4", "PA 1.1", "F"), pa("AU3", "4", "PA 2.1", "L"), pa("AU3", "4", "PA 2.2", "L")];
    const trail = computeScorecard(
      records({
        controls: [control({ id: "C1", office: "A" }), control({ id: "C1", office: "B" })],
        audits,
        maturity: ratings,
        findings,
        processAttributes: attributes,
      }),
      { asOf, today: asOf },
    ).trail;
    expect(trail.campaigns.map((c) => c.name)).toEqual(["H1", "H2"]);
    const [h1, h2] = trail.campaigns;
    expect(h1.ratings).toEqual([ratings[0], ratings[1]]);
    expect(h2.ratings).toEqual([ratings[2]]);
    expect(h1.audits.map((a) => [a.audit.id, a.findings])).toEqual([
      ["AU1", { FGP: 0, FOP: 1, FOB: 0, FNC: 2, FCC: 0 }],
      ["AU3", { FGP: 1, FOP: 0, FOB: 0, FNC: 0, FCC: 0 }],
    ]);
    const none = { FGP: 0, FOP: 0, FOB: 0, FNC: 0, FCC: 0 };
    expect(h2.audits.map((a) => [a.audit.id, a.findings])).toEqual([
      ["AU2", none],
      ["AU4", none],
    ]);
    // AU3's process 4: PA 1.1 F and level 2's attributes L: capability level 2, from its three rows.
    expect(h1.capabilities.map((c) => [c.auditId, c.process, c.office, c.level, c.rows])).toEqual([
      ["AU3", "4", "B", 2, attributes],
    ]);
    expect(h2.capabilities).toEqual([]);
  });
});

describe("the ladder's rungs in the trail", () => {
  it("are each process's five rungs from its own tasks, and none without a Tasks sheet", () => {
    const tasks = [
      task({ id: "T1", process: "4", activity: "Define" }),
      task({ id: "T2", process: "5", activity: "Define", status: "In progress", doneOn: null }),
    ];
    const run = (withTasks: boolean) =>
      computeScorecard(
        records({
          controls: [control({ id: "C1" })],
          tasks: withTasks ? tasks : [],
          sheetsPresent: new Set(withTasks ? ["controls", "tasks"] : ["controls"]),
        }),
        { asOf, today: asOf },
      ).trail.offices[0].rungs;
    const rungs = run(true);
    expect(rungs["4"].map((r) => [r.level, r.tasks, r.done, r.holds])).toEqual([
      [1, 1, 1, true],
      [2, 0, 0, false],
      [3, 0, 0, false],
      [4, 0, 0, false],
      [5, 0, 0, false],
    ]);
    expect(rungs["5"][0]).toMatchObject({ level: 1, tasks: 1, done: 0, holds: false, shortfall: "notAllDone" });
    expect(rungs["6.1"].map((r) => r.tasks)).toEqual([0, 0, 0, 0, 0]);
    expect(run(false)["4"]).toEqual([]);
  });
});
