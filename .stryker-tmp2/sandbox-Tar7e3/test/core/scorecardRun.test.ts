/**
 * What computeScorecard adds around the formulas: the OCL trend from Indicator history,
 * the rows it records there, the warnings for undefined components, and the claims
 * without evidence. Expected numbers are worked by hand from framework.md section 3.
 */
// @ts-nocheck

import { computeScorecard, historyRows } from "../../src/core/engine/computeScorecard";
import { scoreControls } from "../../src/core/engine/compliance";
import { ScopedIds } from "../../src/core/model/scopedIds";
import { DEFAULT_SETTINGS, type Issue, type SheetKey } from "../../src/core/model/records";
import { control, day, evidence, historyPoint, project, records, risk, task } from "../helpers/records";

const asOf = day("2026-06-30");
const settings = { ...DEFAULT_SETTINGS, asOf };
const allSheets = (): Set<SheetKey> =>
  new Set<SheetKey>(["controls", "evidence", "tasks", "projects", "risks", "audits", "maturity", "findings"]);

/** One Compliant control of process 4 with evidence and one task done: CCL(4) = 1, coverage 1, completion 1, OCL 1. */
const fullMarks = (office: string) => ({
  controls: [control({ office, id: `${office}-1`, process: "4", status: "Compliant" })],
  evidence: [evidence({ office, controlId: `${office}-1` })],
  tasks: [task({ office, id: `${office}-T`, due: day("2026-06-01"), status: "Done", doneOn: day("2026-06-01") })],
});

describe("OCLT from Indicator history", () => {
  it("fits earlier runs' OCL of the office and this run's: (96, 98, 100) 30 days apart is +2 pp per 30 days", () => {
    const history = [
      historyPoint({ office: "Quito", asOf: day("2026-05-01"), value: 0.96, indicator: "OCL" }),
      // read whatever the case and the surrounding spaces
      historyPoint({ office: "Quito", asOf: day("2026-05-31"), value: 0.98, indicator: " ocl " }),
      // another indicator, another office, and a row of this very as-of date: all left out
      historyPoint({ office: "Quito", asOf: day("2026-04-01"), value: 0.1, indicator: "PRK" }),
      historyPoint({ office: "Loja", asOf: day("2026-04-01"), value: 0.1, indicator: "OCL" }),
      historyPoint({ office: "Quito", asOf, value: 0.1, indicator: "OCL" }),
    ];
    const r = computeScorecard(records({ settings, ...fullMarks("Quito"), history }), { today: asOf });
    const oclt = r.byOffice.get("Quito")!.oclt;
    expect(oclt.points).toBe(3);
    expect(oclt.series.map(({ day, value }) => ({ day, value }))).toEqual([
      { day: day("2026-05-01"), value: 0.96 },
      { day: day("2026-05-31"), value: 0.98 },
      { day: asOf, value: 1 },
    ]);
    expect(oclt.slope).toBeCloseTo(2, 12);
    expect(oclt.direction).toBe("Positive");
    expect(r.byOffice.get("Quito")!.status.oclt).toBe("Success");
  });

  it("has no trend with this run's point alone, and none when this run's OCL is undefined", () => {
    const alone = computeScorecard(records({ settings, ...fullMarks("Quito") }), { today: asOf });
    expect(alone.byOffice.get("Quito")!.oclt).toEqual({
      slope: null,
      direction: null,
      points: 1,
      series: [{ day: asOf, value: 1 }],
    });
    // Only a Not applicable control and no task due: CLS, coverage and completion all undefined.
    const undefinedOcl = computeScorecard(
      records({
        settings,
        controls: [control({ office: "Quito", id: "N", status: "Not applicable" })],
        history: [historyPoint({ office: "Quito", asOf: day("2026-05-31"), value: 0.5 })],
      }),
      { today: asOf },
    );
    const quito = undefinedOcl.byOffice.get("Quito")!;
    expect(quito.ocl).toBeNull();
    expect(quito.oclt.points).toBe(1);
    expect(quito.oclt.slope).toBeNull();
  });

  it("the consolidated trend reads the history rows of the office named Consolidated", () => {
    const history = [
      historyPoint({ office: "Consolidated", asOf: day("2026-05-31"), value: 0.97 }),
      historyPoint({ office: "Quito", asOf: day("2026-05-31"), value: 0.5 }),
    ];
    const r = computeScorecard(records({ settings, ...fullMarks("Quito"), history }), { today: asOf });
    // (97 -> 100) in 30 days: +3 pp per 30 days
    expect(r.consolidated.oclt.series.map(({ day, value }) => ({ day, value }))).toEqual([
      { day: day("2026-05-31"), value: 0.97 },
      { day: asOf, value: 1 },
    ]);
    expect(r.consolidated.oclt.slope).toBeCloseTo(3, 12);
  });
});

describe("the rows a run records in Indicator history", () => {
  it("OCL, PRK and ML of each office, then of the organisation; undefined values are not recorded", () => {
    const quito = fullMarks("Quito");
    // Loja: one Partially compliant control with evidence, no task: OCL = (0.6 * 0.5 + 0.2 * 1) / 0.8 = 0.625.
    const lojaControl = control({ office: "Loja", id: "L1", process: "4", status: "Partially compliant" });
    const r = computeScorecard(
      records({
        settings,
        sheetsPresent: allSheets(),
        controls: [...quito.controls, lojaControl],
        evidence: [...quito.evidence, evidence({ office: "Loja", controlId: "L1" })],
        tasks: quito.tasks,
        // Quito's one project: on schedule, one Open risk of 3 x 4 = 12: MEDIUM, PRK value 2.
        projects: [project({ office: "Quito", id: "P1", progress: 1 })],
        risks: [risk({ id: "R1", projectId: "P1", likelihood: 3, impact: 4 })],
      }),
      { today: asOf },
    );
    const rows = historyRows(r);
    const at = (office: string, indicator: string) =>
      rows.filter((h) => h.office === office && h.indicator === indicator).map((h) => h.value);
    expect(rows.every((h) => h.asOf === "2026-06-30")).toBe(true);
    expect(at("Quito", "OCL")).toEqual([1]);
    expect(at("Quito", "PRK")).toEqual([2]);
    // Quito's derived ML: process 4 has its Define task done (level 1), the other 14 processes level 0.
    expect(at("Quito", "ML")).toHaveLength(1);
    expect(at("Quito", "ML")[0]).toBeCloseTo(1 / 15, 12);
    expect(at("Loja", "OCL")[0]).toBeCloseTo(0.625, 12);
    expect(at("Loja", "PRK")).toEqual([]); // no project: PRK undefined, not recorded
    expect(at("Consolidated", "OCL")[0]).toBeCloseTo(0.8125, 12); // mean(1, 0.625)
    expect(at("Consolidated", "PRK")).toEqual([2]);
    expect(rows.map((h) => h.office)).toEqual([
      "Quito",
      "Quito",
      "Quito",
      "Loja",
      "Loja",
      "Consolidated",
      "Consolidated",
      "Consolidated",
    ]);
  });
});

describe("warnings for what is undefined", () => {
  const warningsOf = (issues: readonly Issue[], sheet: string) =>
    issues.filter((i) => i.severity === "warning" && i.sheet === sheet);

  it("one per process without an applicable control, naming the office and the process", () => {
    const r = computeScorecard(records({ settings, ...fullMarks("Quito") }), { today: asOf });
    const ccl = warningsOf(r.issues, "Controls");
    // 15 processes in the 2011 catalog, one (4) has a control.
    expect(ccl).toHaveLength(14);
    expect(ccl.every((i) => i.row === null && i.column === null && i.message.includes("Quito"))).toBe(true);
    expect(ccl.some((i) => i.message.includes("9.3"))).toBe(true);
    expect(ccl.some((i) => / 4\b/.test(i.message))).toBe(false);
    // coverage and completion are defined: nothing to say of them
    expect(warningsOf(r.issues, "Evidence")).toEqual([]);
    expect(warningsOf(r.issues, "Tasks")).toEqual([]);
  });

  it("evidence coverage undefined: a warning while evidence weighs in OCL, none when its weight is 0", () => {
    const na = { controls: [control({ office: "Quito", id: "N", status: "Not applicable" })] };
    const warned = computeScorecard(records({ settings, ...na }), { today: asOf });
    expect(warningsOf(warned.issues, "Evidence")).toHaveLength(1);
    expect(warningsOf(warned.issues, "Evidence")[0].message).toContain("Quito");
    const weightless = { ...settings, oclWeights: { controls: 0.6, evidence: 0, tasks: 0.4 } };
    const silent = computeScorecard(records({ settings: weightless, ...na }), { today: asOf });
    expect(warningsOf(silent.issues, "Evidence")).toEqual([]);
  });

  it("task completion undefined: one message without a Tasks sheet, another with no task due, none at weight 0", () => {
    const quito = fullMarks("Quito");
    const noSheet = computeScorecard(
      records({ settings, controls: quito.controls, evidence: quito.evidence, sheetsPresent: new Set(["controls"]) }),
      { today: asOf },
    );
    const notDue = computeScorecard(
      records({
        settings,
        controls: quito.controls,
        evidence: quito.evidence,
        tasks: [task({ office: "Quito", id: "T", due: day("2026-07-01"), status: "Not started" })],
      }),
      { today: asOf },
    );
    const [sheetMissing] = warningsOf(noSheet.issues, "Tasks");
    const [noneDue] = warningsOf(notDue.issues, "Tasks");
    expect(warningsOf(noSheet.issues, "Tasks")).toHaveLength(1);
    expect(warningsOf(notDue.issues, "Tasks")).toHaveLength(1);
    expect(sheetMissing.message).not.toBe(noneDue.message);
    expect(noSheet.byOffice.get("Quito")!.taskCompletion).toBeNull();
    // Without a Tasks sheet, no derived maturity either, even though a task-less office would score 0.
    expect(noSheet.byOffice.get("Quito")!.derivedMaturity.average).toBeNull();
    expect(notDue.byOffice.get("Quito")!.derivedMaturity.average).toBe(0);
    const weightless = { ...settings, oclWeights: { controls: 0.6, evidence: 0.4, tasks: 0 } };
    const silent = computeScorecard(
      records({ settings: weightless, controls: quito.controls, evidence: quito.evidence }),
      { today: asOf },
    );
    expect(warningsOf(silent.issues, "Tasks")).toEqual([]);
  });
});

describe("a claim without evidence", () => {
  const warn = (status: Parameters<typeof control>[0]["status"], requireEvidence = true) => {
    const issues: Issue[] = [];
    const c = control({ office: "Quito", id: "C7", status });
    const scored = scoreControls([c], new ScopedIds(), requireEvidence, (i) => issues.push(i));
    return { scored, issues, c };
  };

  it("is reported at the control's Status cell with its status as the value", () => {
    const { scored, issues, c } = warn("Partially compliant");
    expect(scored[0].score).toBe(0);
    expect(scored[0].hasValidEvidence).toBe(false);
    expect(issues).toEqual([
      {
        severity: "warning",
        sheet: "Controls",
        row: c.source.row,
        column: "Status",
        cell: null,
        value: "Partially compliant",
        message: expect.stringContaining('"C7"'),
      },
    ]);
    expect(issues[0].message).toContain("Quito");
  });

  it("says nothing of a Not compliant or Not applicable control: its score is not lowered", () => {
    expect(warn("Not compliant").issues).toEqual([]);
    expect(warn("Not compliant").scored[0].score).toBe(0);
    expect(warn("Not applicable").issues).toEqual([]);
    expect(warn("Not applicable").scored[0].score).toBeNull();
  });

  it("keeps its status score when evidence is not required, without evidence", () => {
    const { scored, issues } = warn("Compliant", false);
    expect(scored[0]).toMatchObject({ score: 1, hasValidEvidence: false });
    expect(issues).toEqual([]);
  });

  it("is worded in Spanish for a Spanish workbook", () => {
    const issues: Issue[] = [];
    scoreControls(
      [control({ office: "Quito", id: "C7", status: "Compliant" })],
      new ScopedIds(),
      true,
      (i) => issues.push(i),
      "es",
    );
    expect(issues[0].message).toContain("«C7»");
  });
});

describe("a history row dated after the as-of date", () => {
  it("is reported at its As-of date cell", () => {
    const later = historyPoint({ office: "Quito", asOf: day("2026-07-31"), value: 0.5 });
    const r = computeScorecard(records({ settings, ...fullMarks("Quito"), history: [later] }), { today: asOf });
    expect(r.issues.filter((i) => i.sheet === "Indicator history")).toEqual([
      {
        severity: "warning",
        sheet: "Indicator history",
        row: later.source.row,
        column: "As-of date",
        cell: null,
        value: "2026-07-31",
        message: expect.stringContaining("2026-07-31"),
      },
    ]);
  });
});

describe("overdue tasks per control owner", () => {
  it("counts each owner's tasks past due and not done; due today is not overdue", () => {
    const c = (office: string, id: string, owner: string) => control({ office, id, owner, status: "Compliant" });
    const r = computeScorecard(
      records({
        settings,
        controls: [c("Quito", "Q1", "Ana"), c("Quito", "Q2", "Ben"), c("Loja", "L1", "Ana")],
        evidence: [evidence({ office: "Quito", controlId: "Q1" })],
        tasks: [
          task({ office: "Quito", id: "T1", owner: "Ana", due: day("2026-06-01"), status: "In progress" }),
          task({ office: "Quito", id: "T2", owner: "Ana", due: day("2026-06-29"), status: "Not started" }),
          task({ office: "Quito", id: "T3", owner: "Ana", due: asOf, status: "In progress" }), // due today
          task({ office: "Quito", id: "T4", owner: "Ana", due: day("2026-06-01"), status: "Done", doneOn: null }),
          task({
            office: "Quito",
            id: "T5",
            owner: "Ben",
            due: day("2026-05-01"),
            status: "Done",
            doneOn: day("2026-07-01"),
          }), // done too late
        ],
      }),
      { today: asOf },
    );
    // Loja has no task at all: its owners have 0 overdue.
    expect(r.leaders).toEqual([
      { office: "Quito", owner: "Ana", controls: 1, compliance: 1, overdueTasks: 2 },
      { office: "Quito", owner: "Ben", controls: 1, compliance: 0, overdueTasks: 1 },
      { office: "Loja", owner: "Ana", controls: 1, compliance: 0, overdueTasks: 0 },
    ]);
  });
});

describe("why a process has no CCL", () => {
  it("says its controls all weigh 0, or that it has no applicable control (Not applicable ones do not count)", () => {
    const r = computeScorecard(
      records({
        settings,
        controls: [
          control({ office: "Quito", id: "W", process: "5", status: "Compliant", weight: 0 }),
          control({ office: "Quito", id: "N", process: "9.1", status: "Not applicable" }),
        ],
        evidence: [evidence({ office: "Quito", controlId: "W" })],
      }),
      { today: asOf },
    );
    const about = (process: string) =>
      r.issues.filter((i) => i.sheet === "Controls" && i.message.includes(`process ${process}`)).map((i) => i.message);
    expect(about("5")).toEqual([expect.stringContaining("weight 0")]);
    expect(about("9.1")).toEqual([expect.stringContaining("no applicable control")]);
  });
});
