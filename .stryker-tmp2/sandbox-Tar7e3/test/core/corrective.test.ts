/** CPA and CIP figures, the overdue list and FNC/FCC without a corrective action (framework.md section 6). */
// @ts-nocheck

import { correctiveFigures, overdueItems, unactionedFindings } from "../../src/core/engine/audits";
import type { Improvement } from "../../src/core/model/records";
import { action, audit, day, finding } from "../helpers/records";

const asOf = day("2026-06-30");
const plan = (p: Partial<Improvement> & Pick<Improvement, "id">): Improvement => ({
  source: { sheet: "Improvements", row: 2 },
  office: "A",
  due: day("2026-06-30"),
  completedOn: null,
  status: "Planned",
  ...p,
});

describe("corrective actions and improvement plans", () => {
  const actions = [
    action({ id: "A1", status: "Open", due: day("2026-06-29") }), // overdue
    action({ id: "A2", status: "In progress", due: asOf }), // due today: not overdue
    action({ id: "A3", status: "Closed", due: day("2026-06-01"), closedOn: day("2026-05-30"), effective: true }),
    action({ id: "A4", status: "Closed", due: day("2026-06-01"), closedOn: day("2026-06-02"), effective: false }),
    action({ id: "A5", status: "Closed", due: day("2026-01-01"), closedOn: null }), // closed long ago, no verdict
  ];
  const plans = [
    plan({ id: "P1", status: "Planned", due: day("2026-06-01") }), // overdue
    plan({ id: "P2", status: "In progress", due: day("2026-07-01") }),
    plan({ id: "P3", status: "Done", due: day("2026-01-01") }), // done: never overdue
  ];

  it("counts open, overdue and closed actions, on-time and effective rates, and plans by status", () => {
    expect(correctiveFigures("A", actions, plans, asOf)).toEqual({
      office: "A",
      open: 2,
      overdue: 1,
      closed: 3,
      closedOnTime: 1,
      onTimeRate: 1 / 3,
      withVerdict: 2,
      effective: 1,
      effectiveRate: 0.5,
      plans: { Planned: 1, "In progress": 1, Done: 1 },
      overduePlans: 1,
    });
  });

  it("leaves the rates undefined when nothing is closed or judged", () => {
    const figures = correctiveFigures("A", [action({ id: "A1" })], [], asOf);
    expect(figures.onTimeRate).toBeNull();
    expect(figures.effectiveRate).toBeNull();
  });

  it("lists the overdue actions and plans, oldest first", () => {
    const items = overdueItems([...actions, action({ id: "A0", office: "B", due: day("2026-05-01") })], plans, asOf);
    expect(items.map((i) => [i.kind, i.id])).toEqual([
      ["Action", "A0"],
      ["Improvement plan", "P1"],
      ["Action", "A1"],
    ]);
  });

  it("finds each FNC and FCC with no corrective action linked from either side", () => {
    const audits = [audit({ id: "AU1", campaign: "HA", office: "Quito" })];
    const findings = [
      finding({ id: "F1", auditId: "AU1", type: "FNC" }), // linked from the action
      finding({ id: "F2", auditId: "AU1", type: "FCC", actionId: "A9" }), // linked from the finding
      finding({ id: "F3", auditId: "AU1", type: "FCC", actionId: "missing" }), // links to no action
      finding({ id: "F4", auditId: "AU1", type: "FOB" }), // needs none
    ];
    const linked = [action({ id: "A8", findingId: "F1" }), action({ id: "A9" })];
    expect(unactionedFindings(audits, findings, linked)).toEqual([
      { office: "Quito", findingId: "F3", auditId: "AU1", type: "FCC" },
    ]);
  });
});
