/**
 * What the audit trail says of each control's evidence (framework.md section 3: valid evidence is
 * Accepted, collected on or before asOf or undated, valid until asOf or later or without expiry):
 * the row that made it valid, or the first row and why it is not valid.
 */
import { evidenceFindings, evidenceVerdict, scoreControls } from "../../src/core/engine/compliance";
import type { Issue } from "../../src/core/model/records";
import { ScopedIds } from "../../src/core/model/scopedIds";
import { control, day, evidence } from "../helpers/records";

const asOf = day("2026-06-30");

describe("one evidence row's verdict", () => {
  it("names why a row is not valid, each boundary day included", () => {
    const verdict = (p: Omit<Parameters<typeof evidence>[0], "controlId">) =>
      evidenceVerdict(evidence({ controlId: "c", ...p }), asOf);
    expect(verdict({})).toBe("valid");
    expect(verdict({ status: "Pending" })).toBe("notAccepted");
    expect(verdict({ status: "Rejected", collectedOn: day("2026-07-01") })).toBe("notAccepted");
    expect(verdict({ collectedOn: asOf, validUntil: asOf })).toBe("valid");
    expect(verdict({ collectedOn: day("2026-07-01") })).toBe("notYetCollected");
    expect(verdict({ validUntil: day("2026-06-29") })).toBe("expired");
  });
});

describe("each control's evidence finding", () => {
  it("is the first valid row, else the first row and its reason; offices apart; no row, no entry", () => {
    const pendingA = evidence({ controlId: "c1", status: "Pending" });
    const expiredA = evidence({ controlId: "c1", validUntil: day("2026-01-01") });
    const validA = evidence({ controlId: "c1" });
    const laterValidA = evidence({ controlId: "c1", collectedOn: day("2026-01-01") });
    const lateB = evidence({ controlId: "c1", office: "B", collectedOn: day("2026-12-01") });
    const rejectedB = evidence({ controlId: "c1", office: "B", status: "Rejected" });
    const onlyValid = evidence({ controlId: "c2" });
    const found = evidenceFindings([pendingA, expiredA, validA, laterValidA, lateB, rejectedB, onlyValid], asOf);

    expect([...found.keys()]).toEqual(["A", "B"]);
    expect(found.get("A")?.get("c1")).toEqual({ kind: "valid", evidence: validA });
    expect(found.get("A")?.get("c2")).toEqual({ kind: "valid", evidence: onlyValid });
    expect(found.get("B")?.get("c1")).toEqual({ kind: "notYetCollected", evidence: lateB });
    expect(found.get("B")?.get("c2")).toBeUndefined();
    expect(evidenceFindings([expiredA], asOf).get("A")?.get("c1")).toEqual({ kind: "expired", evidence: expiredA });
    expect(evidenceFindings([], asOf).size).toBe(0);
  });
});

describe("the claim-without-evidence warning", () => {
  it("points at the control's Status cell under the sheet's own header (a Spanish sheet's Estado)", () => {
    const warnings: Issue[] = [];
    const columns = {
      id: { header: "ID de control", letter: "A" },
      office: { header: "Oficina", letter: "B" },
      status: { header: "Estado", letter: "E" },
    };
    const c = control({
      id: "c1",
      office: "A",
      status: "Partially compliant",
      source: { sheet: "Controles", row: 9, columns },
    });
    scoreControls([c], new ScopedIds(), true, (i) => warnings.push(i), "es");
    expect(warnings.map((w) => [w.sheet, w.row, w.column, w.cell])).toEqual([["Controles", 9, "Estado", "E9"]]);
  });

  it("names the Status column when the control's source does not know its header", () => {
    const warnings: Issue[] = [];
    const c = control({ id: "c1", office: "A", status: "Compliant", source: { sheet: "Controls", row: 7 } });
    scoreControls([c], new ScopedIds(), true, (i) => warnings.push(i));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ sheet: "Controls", row: 7, column: "Status", cell: null, value: "Compliant" });
    expect(warnings[0].message).toBe(
      'Control "c1" of office A is marked Compliant but has no accepted, current evidence; it counts as not compliant.',
    );
  });
});
