/** The bundled demo workbook: shape, variety, determinism, and the planted problems. */
// @ts-nocheck

import type { Cell } from "../../src/core/model/grid";
import { ISO20000_2011 } from "../../src/core/model/catalog";
import {
  SAMPLE_ACCEPTED_VARIANTS,
  SAMPLE_AS_OF,
  SAMPLE_CAMPAIGNS,
  SAMPLE_DELIBERATE_PROBLEMS,
  SAMPLE_FINDING_WITHOUT_ACTION,
  SAMPLE_OFFICES,
  sampleWorkbook,
} from "../../src/sample/sampleWorkbook";
import { INPUT_SHEET_HEADERS, INPUT_SHEET_NAMES } from "../../src/sample/sheets";
import { cellAt, recordsOf, sheetOf, text } from "./gridRecords";

const wb = sampleWorkbook();
const asOf = SAMPLE_AS_OF.getTime();
const PROCESS_CODES = ISO20000_2011.processes.map((p) => p.code);

function processOf(clause: string): string | null {
  let best: string | null = null;
  for (const code of PROCESS_CODES) {
    if ((clause === code || clause.startsWith(code + ".")) && (best === null || code.length > best.length)) best = code;
  }
  return best;
}

const isDate = (c: Cell): c is Date => c instanceof Date;
const num = (c: Cell): number => (typeof c === "number" ? c : Number.NaN);

describe("sample workbook: shape", () => {
  test("every input sheet of workbook.md, in order, with exact header texts, non-empty, at A1", () => {
    expect(wb.sheets.map((s) => s.name)).toEqual(INPUT_SHEET_NAMES);
    for (const s of wb.sheets) {
      expect(s.firstRow).toBe(1);
      expect(s.firstColumn).toBe(1);
      const header = INPUT_SHEET_HEADERS[s.name as keyof typeof INPUT_SHEET_HEADERS];
      expect(s.rows[0]).toEqual([...header]);
      expect(s.rows.length).toBeGreaterThan(1);
      for (const row of s.rows) expect(row).toHaveLength(header.length);
    }
  });

  test("moderate size", () => {
    const total = wb.sheets.reduce((n, s) => n + s.rows.length - 1, 0);
    expect(total).toBeGreaterThanOrEqual(300);
    expect(total).toBeLessThanOrEqual(1500);
  });

  test("dates are UTC midnight; no NaN numbers", () => {
    for (const s of wb.sheets)
      for (const row of s.rows)
        for (const c of row) {
          if (isDate(c)) expect(c.getTime() % 86_400_000).toBe(0);
          if (typeof c === "number") expect(Number.isFinite(c)).toBe(true);
        }
  });

  test("deterministic: two calls are deep-equal but not the same objects", () => {
    const again = sampleWorkbook();
    expect(again).toEqual(wb);
    expect(again.sheets[0]).not.toBe(wb.sheets[0]);
  });

  test("settings as the brief fixes them", () => {
    const settings = new Map(recordsOf(wb, "Settings").map((r) => [text(r.Setting), r.Value]));
    expect(text(settings.get("Organization") ?? null)).not.toBe("");
    expect(settings.get("As-of date")).toEqual(new Date(Date.UTC(2026, 9, 31)));
    expect(settings.get("Success threshold")).toBe(0.9);
    expect(settings.get("Fail threshold")).toBe(0.7);
    expect(settings.get("Require evidence")).toBe("Yes");
    expect(settings.get("OCL weight controls")).toBe(0.6);
    expect(settings.get("OCL weight evidence")).toBe(0.2);
    expect(settings.get("OCL weight tasks")).toBe(0.2);
    expect(settings.get("Language")).toBe("en");
  });
});

describe("sample workbook: content", () => {
  const controls = recordsOf(wb, "Controls");
  const evidence = recordsOf(wb, "Evidence");
  const tasks = recordsOf(wb, "Tasks");
  const projects = recordsOf(wb, "Projects");
  const risks = recordsOf(wb, "Risks");
  const audits = recordsOf(wb, "Audits");
  const maturity = recordsOf(wb, "Maturity");
  const findings = recordsOf(wb, "Findings");
  const actions = recordsOf(wb, "Actions");
  const improvements = recordsOf(wb, "Improvements");
  const history = recordsOf(wb, "Indicator history");

  test("at least 3 offices, each with several controls for every catalog process", () => {
    expect(SAMPLE_OFFICES.length).toBeGreaterThanOrEqual(3);
    expect(new Set(controls.map((c) => text(c.Office)))).toEqual(new Set(SAMPLE_OFFICES));
    for (const office of SAMPLE_OFFICES)
      for (const code of PROCESS_CODES) {
        const n = controls.filter((c) => c.Office === office && processOf(text(c.Clause)) === code).length;
        expect(n).toBeGreaterThanOrEqual(2);
      }
  });

  test("control statuses are mixed, some Not applicable, some weight 2", () => {
    const statuses = new Set(controls.map((c) => text(c.Status)));
    for (const s of ["Compliant", "Partially compliant", "Not compliant", "Not applicable"])
      expect(statuses).toContain(s);
    expect(controls.some((c) => c.Weight === 2)).toBe(true);
  });

  test("evidence: all three statuses, some expired, some claimed controls without evidence", () => {
    const statuses = new Set(evidence.map((e) => text(e.Status)));
    expect(statuses).toEqual(new Set(["Accepted", "Pending", "Rejected"]));
    expect(
      evidence.some((e) => e.Status === "Accepted" && isDate(e["Valid until"]) && e["Valid until"].getTime() < asOf),
    ).toBe(true);
    const withEvidence = new Set(evidence.map((e) => `${text(e.Office)}|${text(e["Control ID"])}`));
    const claimedWithout = controls.filter(
      (c) =>
        (c.Status === "Compliant" || c.Status === "Partially compliant") &&
        !withEvidence.has(`${text(c.Office)}|${text(c["Control ID"])}`),
    );
    expect(claimedWithout.length).toBeGreaterThan(0);
  });

  test("tasks: one per activity per process per office, with varied completion between offices", () => {
    const activities = ["Define", "GAP", "Risk", "Compliance", "Record"];
    const done: Record<string, number> = {};
    for (const office of SAMPLE_OFFICES) {
      for (const code of PROCESS_CODES)
        for (const a of activities)
          expect(tasks.filter((t) => t.Office === office && t.Clause === code && t.Activity === a)).toHaveLength(1);
      done[office] = tasks.filter((t) => t.Office === office && t.Status === "Done").length;
    }
    expect(new Set(Object.values(done)).size).toBe(SAMPLE_OFFICES.length);
    for (const t of tasks) {
      if (t.Status === "Done") {
        expect(isDate(t["Done on"])).toBe(true);
        expect((t["Done on"] as Date).getTime()).toBeLessThanOrEqual(asOf);
      } else expect(t["Done on"]).toBeNull();
    }
    expect(new Set(tasks.map((t) => text(t.Status)))).toEqual(new Set(["Done", "In progress", "Not started"]));
  });

  test("projects: all four statuses, and LOW, MEDIUM and HIGH project risk all occur (framework.md section 4)", () => {
    expect(new Set(projects.map((p) => text(p.Status)))).toEqual(
      new Set(["Planned", "Active", "Completed", "Cancelled"]),
    );
    const prk = new Set<number>();
    for (const p of projects.filter((q) => q.Status === "Planned" || q.Status === "Active")) {
      const open = risks.filter((r) => r["Project ID"] === p["Project ID"] && r.Status === "Open");
      const valid = open.filter(
        (r) => num(r.Likelihood) >= 1 && num(r.Likelihood) <= 5 && num(r.Impact) >= 1 && num(r.Impact) <= 5,
      );
      const exposure = Math.max(0, ...valid.map((r) => num(r.Likelihood) * num(r.Impact)));
      const exposureLevel = exposure >= 15 ? 3 : exposure >= 8 ? 2 : 1;
      const start = (p["Start date"] as Date).getTime();
      const due = (p["Due date"] as Date).getTime();
      const progress =
        typeof p.Progress === "number" ? p.Progress : Number(text(p.Progress).replace("%", "").trim()) / 100;
      const planned = Math.min(1, Math.max(0, (asOf - start) / (due - start)));
      const gap = planned - progress;
      const scheduleLevel = (asOf > due && progress < 1) || gap > 0.25 ? 3 : gap > 0.1 ? 2 : 1;
      prk.add(Math.max(exposureLevel, scheduleLevel)); // 1 LOW, 2 MEDIUM, 3 HIGH
    }
    expect(prk).toEqual(new Set([1, 2, 3]));
  });

  test("audits: both campaigns, one audit per office per campaign, varied levels", () => {
    for (const campaign of [SAMPLE_CAMPAIGNS.historical, SAMPLE_CAMPAIGNS.verification]) {
      const inCampaign = audits.filter((a) => a.Campaign === campaign);
      expect(inCampaign.map((a) => text(a.Office)).sort()).toEqual([...SAMPLE_OFFICES].sort());
      for (const a of inCampaign) expect(Number.isInteger(a["Level achieved"])).toBe(true);
    }
    expect(new Set(audits.map((a) => a["Level achieved"])).size).toBeGreaterThan(1);
  });

  test("maturity: every audit x process x at least 2 service groups", () => {
    for (const a of audits)
      for (const code of PROCESS_CODES) {
        const rows = maturity.filter((m) => m["Audit ID"] === a["Audit ID"] && m.Process === code);
        expect(new Set(rows.map((m) => text(m["Service group"]))).size).toBeGreaterThanOrEqual(2);
      }
  });

  test("findings of all five types; every FNC/FCC has an action except the one left out on purpose", () => {
    const auditIds = new Set(audits.map((a) => text(a["Audit ID"])));
    expect(new Set(findings.map((f) => text(f.Type)))).toEqual(new Set(["FGP", "FOP", "FOB", "FNC", "FCC"]));
    for (const f of findings) expect(auditIds).toContain(text(f["Audit ID"]));
    const actionFor = new Set(actions.map((a) => text(a["Finding ID"])));
    const unactioned = findings.filter(
      (f) => (f.Type === "FNC" || f.Type === "FCC") && !actionFor.has(text(f["Finding ID"])),
    );
    expect(unactioned.map((f) => f["Finding ID"])).toEqual([SAMPLE_FINDING_WITHOUT_ACTION]);
    expect(unactioned[0].Type).toBe("FNC");
    expect(unactioned[0]["Action ID"]).toBeNull();
    for (const f of findings.filter((x) => x["Action ID"] !== null)) {
      expect(actions.find((a) => a["Action ID"] === f["Action ID"])?.["Finding ID"]).toBe(f["Finding ID"]);
    }
  });

  test("actions and improvements: mixed statuses, some overdue", () => {
    expect(new Set(actions.map((a) => text(a.Status)))).toEqual(new Set(["Open", "In progress", "Closed"]));
    expect(new Set(actions.map((a) => text(a.Kind)))).toEqual(new Set(["Corrective", "Preventive"]));
    expect(actions.some((a) => a.Status !== "Closed" && (a["Due date"] as Date).getTime() < asOf)).toBe(true);
    expect(new Set(improvements.map((i) => text(i.Status)))).toEqual(new Set(["Planned", "In progress", "Done"]));
    expect(improvements.some((i) => i.Status !== "Done" && (i["Due date"] as Date).getTime() < asOf)).toBe(true);
  });

  test("indicator history: OCL of each office at 3-4 earlier monthly as-of dates", () => {
    for (const office of SAMPLE_OFFICES) {
      const points = history.filter((h) => h.Office === office && h.Indicator === "OCL");
      expect(points.length).toBeGreaterThanOrEqual(3);
      expect(points.length).toBeLessThanOrEqual(4);
      for (const p of points) {
        expect((p["As-of date"] as Date).getTime()).toBeLessThan(asOf);
        expect(num(p.Value)).toBeGreaterThanOrEqual(0);
        expect(num(p.Value)).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe("sample workbook: planted problems", () => {
  test("each problem is of a different kind, on its own row, and the row holds the bad value", () => {
    const kinds = SAMPLE_DELIBERATE_PROBLEMS.map((p) => p.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(new Set(kinds)).toEqual(
      new Set([
        "unknown-control",
        "clause-without-process",
        "duplicate-control-id",
        "out-of-range",
        "unknown-audit",
        "unparseable-date",
      ]),
    );
    for (const p of [...SAMPLE_DELIBERATE_PROBLEMS, ...SAMPLE_ACCEPTED_VARIANTS]) {
      const grid = sheetOf(wb, p.sheet);
      expect(cellAt(grid, p.excelRow, p.column)).toEqual(p.value);
      const col = grid.rows[0].indexOf(p.column);
      expect(p.cell).toBe(`${String.fromCharCode(65 + col)}${p.excelRow}`);
    }
  });

  const problem = (kind: string) => {
    const p = SAMPLE_DELIBERATE_PROBLEMS.find((x) => x.kind === kind);
    if (p === undefined) throw new Error(`no planted problem ${kind}`);
    const row = recordsOf(wb, p.sheet).find((r) => r.excelRow === p.excelRow);
    if (row === undefined) throw new Error(`row ${p.excelRow} missing on ${p.sheet}`);
    return { p, row };
  };

  test("unknown-control: the evidence's control does not exist for its office", () => {
    const { p, row } = problem("unknown-control");
    expect(p.sheet).toBe("Evidence");
    const ids = recordsOf(wb, "Controls")
      .filter((c) => c.Office === row.Office)
      .map((c) => c["Control ID"]);
    expect(ids).not.toContain(row["Control ID"]);
  });

  test("clause-without-process: clause 8 alone maps to no process", () => {
    const { p, row } = problem("clause-without-process");
    expect(p.sheet).toBe("Controls");
    expect(row.Clause).toBe("8");
    expect(processOf("8")).toBeNull();
  });

  test("duplicate-control-id: the same Control ID appears earlier for the same office", () => {
    const { p, row } = problem("duplicate-control-id");
    expect(p.sheet).toBe("Controls");
    const earlier = recordsOf(wb, "Controls").filter(
      (c) => c.Office === row.Office && c["Control ID"] === row["Control ID"] && c.excelRow < row.excelRow,
    );
    expect(earlier).toHaveLength(1);
  });

  test("out-of-range: a risk likelihood outside 1-5", () => {
    const { p, row } = problem("out-of-range");
    expect(p.sheet).toBe("Risks");
    expect(num(row.Likelihood)).toBe(7);
  });

  test("unknown-audit: a maturity row whose audit is not on Audits", () => {
    const { p, row } = problem("unknown-audit");
    expect(p.sheet).toBe("Maturity");
    expect(recordsOf(wb, "Audits").map((a) => a["Audit ID"])).not.toContain(row["Audit ID"]);
  });

  test("unparseable-date: a date typed as text in a format that is neither ISO nor day-first numeric", () => {
    const { row, p } = problem("unparseable-date");
    const value = row[p.column];
    expect(typeof value).toBe("string");
    expect(text(value)).not.toMatch(/^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/);
    expect(text(value)).not.toMatch(/^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$/);
  });

  test("accepted variants: a status in Spanish and a percentage typed as text", () => {
    const byKind = new Map(SAMPLE_ACCEPTED_VARIANTS.map((v) => [v.kind, v]));
    expect(byKind.get("spanish-status")).toMatchObject({ sheet: "Controls", column: "Status", value: "Cumple" });
    expect(byKind.get("percent-text")).toMatchObject({ sheet: "Projects", column: "Progress", value: "45 %" });
  });
});
