import { parseWorkbook } from "../../src/core/parse/parseWorkbook";
import { parseDate, parsePercent } from "../../src/core/parse/cellValues";
import { day } from "../helpers/records";
import { date, sheet, workbook } from "../helpers/grids";
import type { Issue } from "../../src/core/model/records";

const controlsHeader = ["Control ID", "Office", "Clause", "Requirement", "Owner", "Status", "Weight"];
const controls = (...rows: (string | number | null)[][]) => sheet("Controls", [controlsHeader, ...rows]);
const issueAt = (issues: readonly Issue[], sheetName: string, row: number) =>
  issues.filter((i) => i.sheet === sheetName && i.row === row);

describe("headers and sheet names", () => {
  it("finds sheets and columns whatever their case, spacing, punctuation, order or language", () => {
    const { records, issues } = parseWorkbook(
      workbook(
        sheet("  controles ", [
          ["ESTADO", "cláusula", "control-id", "OFICINA"],
          ["Cumple", "6.1.2", "C-1", "Quito"],
          ["No aplica", "4.1", "C-2", "Quito"],
          ["cumple parcialmente", "9.2", "C-3", "Quito"],
        ]),
      ),
    );
    expect(issues).toEqual([]);
    expect(records.controls.map((c) => [c.id, c.process, c.status])).toEqual([
      ["C-1", "6.1", "Compliant"],
      ["C-2", "4", "Not applicable"],
      ["C-3", "9.2", "Partially compliant"],
    ]);
  });

  it("reads a table whose header is not on row 1 and reports Excel row numbers", () => {
    const grid = sheet(
      "Controls",
      [
        [null, null],
        ["Control ID", "Clause", "Status"],
        ["C-1", "8.1", "Sideways"],
      ],
      3,
      2,
    );
    const { records, issues } = parseWorkbook(workbook(grid));
    expect(records.controls).toHaveLength(0);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      severity: "error",
      sheet: "Controls",
      row: 5,
      column: "Status",
      cell: "D5",
      value: "Sideways",
    });
    expect(issues[0].message).toContain("Compliant");
  });

  it("reports a missing required column once and ignores the sheet", () => {
    const { records, issues } = parseWorkbook(
      workbook(
        sheet("Controls", [
          ["Control ID", "Status"],
          ["C-1", "C"],
        ]),
      ),
    );
    expect(records.controls).toHaveLength(0);
    expect(issues).toEqual([
      expect.objectContaining({ severity: "error", sheet: "Controls", row: 1, column: "Clause" }),
    ]);
  });

  it("defaults a blank Office to the Organization setting", () => {
    const { records } = parseWorkbook(
      workbook(
        sheet("Settings", [
          ["Setting", "Value"],
          ["Organization", "Ministerio"],
        ]),
        controls(["C-1", null, "4.1", "", "", "C", 1]),
      ),
    );
    expect(records.controls[0].office).toBe("Ministerio");
    expect(records.settings.organization).toBe("Ministerio");
  });
});

describe("bad rows", () => {
  it("skips a clause that maps to no process, naming sheet, row and column", () => {
    const { records, issues } = parseWorkbook(
      workbook(controls(["C-1", "A", "8", "", "", "C", 1], ["C-2", "A", "8.1", "", "", "C", 1])),
    );
    expect(records.controls.map((c) => c.id)).toEqual(["C-2"]);
    expect(issueAt(issues, "Controls", 2)).toEqual([
      expect.objectContaining({ severity: "error", column: "Clause", cell: "C2", value: "8" }),
    ]);
  });

  it("skips a duplicate Control ID within an office but not across offices", () => {
    const { records, issues } = parseWorkbook(
      workbook(
        controls(
          ["C-1", "A", "4.1", "", "", "C", 1],
          ["C-1", "B", "4.1", "", "", "C", 1],
          ["C-1", "A", "5.1", "", "", "NC", 1],
        ),
      ),
    );
    expect(records.controls.map((c) => `${c.office}/${c.id}`)).toEqual(["A/C-1", "B/C-1"]);
    expect(issueAt(issues, "Controls", 4)).toEqual([
      // An error: the row is skipped, as every row that cannot be used.
      expect.objectContaining({
        severity: "error",
        column: "Control ID",
        message: expect.stringContaining("first on row 2"),
      }),
    ]);
  });

  it("uses a row with a bad optional value and reports it as a warning", () => {
    const { records, issues } = parseWorkbook(workbook(controls(["C-1", "A", "4.1", "", "", "C", "heavy"])));
    expect(records.controls[0].weight).toBe(1);
    expect(issues).toEqual([
      expect.objectContaining({ severity: "warning", row: 2, column: "Weight", value: "heavy" }),
    ]);
  });

  it("skips evidence for an unknown control", () => {
    const { records, issues } = parseWorkbook(
      workbook(
        controls(["C-1", "A", "4.1", "", "", "C", 1]),
        sheet("Evidence", [
          ["Evidence ID", "Office", "Control ID", "Status"],
          ["E-1", "A", "C-1", "Aceptada"],
          ["E-2", "A", "C-9", "Accepted"],
        ]),
      ),
    );
    expect(records.evidence.map((e) => e.id)).toEqual(["E-1"]);
    expect(issueAt(issues, "Evidence", 3)).toEqual([expect.objectContaining({ column: "Control ID", value: "C-9" })]);
  });

  it("skips maturity rows of an unknown audit or process, and levels outside 0-5", () => {
    const { records, issues } = parseWorkbook(
      workbook(
        controls(["C-1", "A", "4.1", "", "", "C", 1]),
        sheet("Audits", [
          ["Audit ID", "Office", "Campaign"],
          ["AU-1", "A", "HA"],
        ]),
        sheet("Maturity", [
          ["Audit ID", "Process", "Level"],
          ["AU-1", 6.1, 3],
          ["AU-9", "6.1", 3],
          ["AU-1", "6.9", 3],
          ["AU-1", "4", 7],
          ["AU-1", "4", 2.5],
        ]),
      ),
    );
    expect(records.maturity.map((m) => [m.process, m.level])).toEqual([["6.1", 3]]);
    expect(issueAt(issues, "Maturity", 3)[0]).toMatchObject({ column: "Audit ID", value: "AU-9" });
    expect(issueAt(issues, "Maturity", 4)[0]).toMatchObject({ column: "Process", value: "6.9" });
    expect(issueAt(issues, "Maturity", 5)[0]).toMatchObject({
      column: "Level",
      message: expect.stringContaining("from 0 to 5"),
    });
    expect(issueAt(issues, "Maturity", 6)[0]).toMatchObject({
      column: "Level",
      message: expect.stringContaining("whole number"),
    });
  });

  it("skips risks of an unknown project and likelihoods outside 1-5", () => {
    const { records, issues } = parseWorkbook(
      workbook(
        controls(["C-1", "A", "4.1", "", "", "C", 1]),
        sheet("Projects", [
          ["Project ID", "Start date", "Due date", "Progress", "Status"],
          ["P-1", date("2026-01-01"), "2026-12-31", "45 %", "Activo"],
        ]),
        sheet("Risks", [
          ["Risk ID", "Project ID", "Likelihood", "Impact", "Status"],
          ["R-1", "P-1", 3, 4, "Open"],
          ["R-2", "P-9", 3, 4, "Open"],
          ["R-3", "P-1", 7, 4, "Open"],
        ]),
      ),
    );
    expect(records.projects[0]).toMatchObject({ progress: 0.45, status: "Active", due: day("2026-12-31") });
    expect(records.risks.map((r) => r.id)).toEqual(["R-1"]);
    expect(issueAt(issues, "Risks", 3)[0]).toMatchObject({ column: "Project ID", value: "P-9" });
    expect(issueAt(issues, "Risks", 4)[0]).toMatchObject({ column: "Likelihood", value: "7", cell: "C4" });
  });

  it("skips a row with an unreadable required date and a blank required cell", () => {
    const { records, issues } = parseWorkbook(
      workbook(
        controls(["C-1", "A", "4.1", "", "", "C", 1]),
        sheet("Tasks", [
          ["Task ID", "Clause", "Activity", "Due date", "Status"],
          ["T-1", "4.1", "Definir", "31/03/2026", "Hecha"],
          ["T-2", "4.1", "GAP", "March the 3rd", "Done"],
          ["T-3", "4.1", "GAP", null, "Done"],
        ]),
      ),
    );
    expect(records.tasks.map((t) => [t.id, t.activity, t.due, t.status])).toEqual([
      ["T-1", "Define", day("2026-03-31"), "Done"],
    ]);
    expect(issueAt(issues, "Tasks", 3)[0]).toMatchObject({
      severity: "error",
      column: "Due date",
      message: expect.stringContaining("YYYY-MM-DD"),
    });
    expect(issueAt(issues, "Tasks", 4)[0]).toMatchObject({
      severity: "error",
      column: "Due date",
      message: expect.stringContaining("empty"),
    });
  });

  it("reads Excel error values as problems, not as text", () => {
    const { records, issues } = parseWorkbook(
      workbook(
        sheet("Controls", [
          ["Control ID", "Clause", "Status"],
          ["C-1", "4.1", { error: "#N/A" }],
        ]),
      ),
    );
    expect(records.controls).toHaveLength(0);
    expect(issues[0].message).toContain("#N/A");
  });

  it("treats finding types by code, English and Spanish words", () => {
    const { records } = parseWorkbook(
      workbook(
        controls(["C-1", "A", "4.1", "", "", "C", 1]),
        sheet("Audits", [
          ["Audit ID", "Campaign"],
          ["AU-1", "HA"],
        ]),
        sheet("Findings", [
          ["Finding ID", "Audit ID", "Type"],
          ["F1", "AU-1", "fnc"],
          ["F2", "AU-1", "No conformidad crítica"],
          ["F3", "AU-1", "Opportunity for improvement"],
          ["F4", "AU-1", "Buena práctica"],
          ["F5", "AU-1", "Observación"],
        ]),
      ),
    );
    expect(records.findings.map((f) => f.type)).toEqual(["FNC", "FCC", "FOP", "FGP", "FOB"]);
  });
});

describe("settings", () => {
  it("reads the as-of date, thresholds in any percent form, evidence flag and weights", () => {
    const { records, issues } = parseWorkbook(
      workbook(
        sheet("Settings", [
          ["Setting", "Value"],
          ["As-of date", "2026-10-31"],
          ["Success threshold", "85 %"],
          ["Fail threshold", 60],
          ["Require evidence", "No"],
          ["OCL weights", "Controls 0.5, Evidence 0.3, Tasks 0.2"],
          ["Idioma", "Español"],
        ]),
        controls(),
      ),
    );
    expect(issues).toEqual([]);
    expect(records.settings).toMatchObject({
      asOf: day("2026-10-31"),
      successThreshold: 0.85,
      failThreshold: 0.6,
      requireEvidence: false,
      oclWeights: { controls: 0.5, evidence: 0.3, tasks: 0.2 },
      language: "es",
    });
  });
});

describe("cell values", () => {
  it("reads percentages as 0.45, 45 % and 45", () => {
    expect([0.45, "45 %", "45%", 45, "45", "0,45", "12,5 %"].map((v) => parsePercent(v))).toEqual([
      { ok: true, value: 0.45 },
      { ok: true, value: 0.45 },
      { ok: true, value: 0.45 },
      { ok: true, value: 0.45 },
      { ok: true, value: 0.45 },
      { ok: true, value: 0.45 },
      { ok: true, value: 0.125 },
    ]);
    expect(parsePercent(150).ok).toBe(false);
    expect(parsePercent("-5 %").ok).toBe(false);
  });

  it("reads Excel dates, serials, ISO and day-first strings, and refuses impossible dates", () => {
    expect(parseDate(date("2026-02-28"))).toEqual({ ok: true, value: day("2026-02-28") });
    expect(parseDate(46081)).toEqual({ ok: true, value: day("2026-02-28") }); // Excel serial
    expect(parseDate("2026-02-28T10:00:00")).toEqual({ ok: true, value: day("2026-02-28") });
    expect(parseDate("28/02/2026")).toEqual({ ok: true, value: day("2026-02-28") });
    expect(parseDate("2026-02-30").ok).toBe(false);
    expect(parseDate("yesterday").ok).toBe(false);
  });
});
