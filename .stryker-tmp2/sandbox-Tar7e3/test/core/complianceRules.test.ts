/**
 * framework.md section 3's rules on what is left out: OCLT points after the as-of date, OCL
 * history values read as percentages, the evidence warning only where it lowers a score, and
 * weight-0 controls (out of CCL, in evidence coverage; all of them weight 0: CCL undefined).
 */
// @ts-nocheck

import { computeScorecard } from "../../src/core/engine/computeScorecard";
import { runScorecard } from "../../src/core/pipeline";
import { control, day, evidence, historyPoint, records } from "../helpers/records";
import { date, sheet, workbook } from "../helpers/grids";

const asOf = day("2026-06-30");
const run = (r: ReturnType<typeof records>) => computeScorecard(r, { today: asOf, asOf });

describe("OCLT points after the as-of date", () => {
  it("are left out of the trend, each with a warning naming its row", () => {
    const c = control({ id: "c1" });
    const later = historyPoint({ asOf: day("2026-09-30"), value: 0.1 });
    const r = run(
      records({
        controls: [c],
        evidence: [evidence({ controlId: "c1" })],
        history: [historyPoint({ asOf: day("2026-05-31"), value: 0.5 }), later],
      }),
    );
    const oclt = r.byOffice.get("A")?.oclt;
    expect(oclt?.series.map((p) => p.day)).toEqual([day("2026-05-31"), asOf]);
    expect(oclt?.direction).toBe("Positive"); // the later 10 % would have made it Negative
    const warning = r.issues.find((i) => i.row === later.source.row);
    expect(warning).toMatchObject({ severity: "warning", sheet: "Indicator history", value: "2026-09-30" });
    expect(warning?.message).toContain("after the as-of date 2026-06-30");
  });
});

describe("OCL history values are percentages", () => {
  it("reads 0.45, 45 % and 45 alike; PRK stays a plain number", () => {
    const grids = workbook(
      sheet("Settings", [
        ["Setting", "Value"],
        ["As-of date", "2026-06-30"],
      ]),
      sheet("Controls", [
        ["Control ID", "Clause", "Status"],
        ["c1", "4.1", "Compliant"],
      ]),
      sheet("Indicator history", [
        ["As-of date", "Office", "Indicator", "Value"],
        [date("2026-01-31"), "Office", "OCL", 0.45],
        [date("2026-02-28"), "Office", "OCL", "45 %"],
        [date("2026-03-31"), "Office", "OCL", 45],
        [date("2026-04-30"), "Office", "PRK", 2.5],
      ]),
    );
    const { records: r } = runScorecard(grids, { today: asOf });
    expect(r.history.map((h) => h.value)).toEqual([0.45, 0.45, 0.45, 2.5]);
  });
});

describe("the evidence warning", () => {
  it("is given only where missing evidence lowers the score", () => {
    const controls = [
      control({ id: "c1", status: "Compliant" }),
      control({ id: "c2", status: "Partially compliant" }),
      control({ id: "c3", status: "Not compliant" }),
      control({ id: "c4", status: "Not applicable" }),
      control({ id: "c5", status: "Compliant" }),
    ];
    const r = run(records({ controls, evidence: [evidence({ controlId: "c5" })] }));
    const warned = r.issues.filter((i) => i.sheet === "Controls" && i.row !== null).map((i) => i.row);
    expect(warned).toEqual([controls[0].source.row, controls[1].source.row]);
  });
});

describe("weight-0 controls", () => {
  it("stay out of CCL but count for evidence coverage", () => {
    const controls = [
      control({ id: "c1", status: "Compliant", weight: 1 }),
      control({ id: "c2", status: "Not compliant", weight: 0 }),
    ];
    const r = run(records({ controls, evidence: [evidence({ controlId: "c1" })] }));
    const a = r.byOffice.get("A");
    expect(a?.ccl["4"]).toBe(1);
    expect(a?.evidenceCoverage).toBe(0.5);
  });
  it("all of them weight 0: CCL undefined, and the message says why", () => {
    const controls = [
      control({ id: "c1", status: "Compliant", weight: 0 }),
      control({ id: "c2", status: "Compliant", weight: 0 }),
    ];
    const r = run(records({ controls, evidence: controls.map((c) => evidence({ controlId: c.id })) }));
    const a = r.byOffice.get("A");
    expect(a?.ccl["4"]).toBeNull();
    expect(a?.evidenceCoverage).toBe(1);
    const messages = r.issues.map((i) => i.message);
    expect(messages.some((m) => m.includes("process 4 has weight 0"))).toBe(true);
    // A process with no control at all keeps the other message.
    expect(messages.some((m) => m.includes("no applicable control for process 5"))).toBe(true);
    expect(messages.some((m) => m.includes("no applicable control for process 4"))).toBe(false);
  });
  it("says so in Spanish too", () => {
    const controls = [control({ id: "c1", status: "Compliant", weight: 0 })];
    const base = records({ controls, evidence: [evidence({ controlId: "c1" })] });
    const r = run({ ...base, settings: { ...base.settings, language: "es" } });
    expect(r.issues.some((i) => i.message.includes("para el proceso 4 tienen peso 0"))).toBe(true);
  });
});
