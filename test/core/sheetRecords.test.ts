/**
 * Each input sheet's rows -> its records (sheetRecords.ts): every column lands in its field, and
 * each check a sheet's rows need (defaults, references, dates in order) says what it does.
 */
import type { Cell, SheetGrid } from "../../src/core/model/grid";
import type { Issue } from "../../src/core/model/records";
import { builtInCatalog } from "../../src/core/model/editions";
import { parseWorkbook } from "../../src/core/parse/parseWorkbook";
import { capabilityProblem } from "../../src/core/text/capabilityMessages";
import {
  doneWithoutDate,
  missingReference,
  negativeWeightUsesOne,
  reservedOffice,
  unknownProcessCode,
} from "../../src/core/text/messages";
import { date, sheet, workbook } from "../helpers/grids";
import { day } from "../helpers/records";

const controls = (...rows: Cell[][]) =>
  sheet("Controls", [["Control ID", "Office", "Clause", "Requirement", "Owner", "Status", "Weight"], ...rows]);
const control = controls(["C-1", "A", "6.1", "SLAs reviewed", "Ana", "Cumple", null]);
const audits = sheet("Audits", [
  ["Audit ID", "Office", "Campaign", "Level achieved", "Start date", "End date"],
  ["AUD-1", "A", "2026-H1", 3, "2026-03-02", "2026-03-06"],
]);
const read = (...sheets: SheetGrid[]) => parseWorkbook(workbook(...sheets));
const said = (issues: readonly Issue[]) => issues.map((i) => [i.severity, i.sheet, i.row, i.column, i.message]);

describe("Controls", () => {
  it("keep every column: requirement, owner, the status as written and its weight", () => {
    const { records, issues } = read(control);
    expect(issues).toEqual([]);
    expect(records.controls).toEqual([
      expect.objectContaining({
        id: "C-1",
        office: "A",
        clause: "6.1",
        process: "6.1",
        requirement: "SLAs reviewed",
        owner: "Ana",
        status: "Compliant",
        statusText: "Cumple",
        weight: 1,
        source: expect.objectContaining({ sheet: "Controls", row: 2 }),
      }),
    ]);
  });

  it("weigh 1 when blank or negative (with a warning), and keep a weight of 0 or 2.5", () => {
    const { records, issues } = read(
      controls(
        ["C-1", "A", "6.1", null, null, "C", 0],
        ["C-2", "A", "6.1", null, null, "C", 2.5],
        ["C-3", "A", "6.1", null, null, "C", -2],
        ["C-4", "A", "6.1", null, null, "C", null],
      ),
    );
    expect(records.controls.map((c) => c.weight)).toEqual([0, 2.5, 1, 1]);
    expect(said(issues)).toEqual([["warning", "Controls", 4, "Weight", negativeWeightUsesOne().en]]);
    // The warning names the weight written (the Issues sheet's Value).
    expect(issues.map((i) => i.value)).toEqual(["-2"]);
  });
});

describe("the office a row belongs to", () => {
  it("is renamed when it is Consolidated, warned once on each sheet; a name of the same length is not", () => {
    const { records, issues } = read(
      controls(
        ["C-1", "Consolidated", "6.1", null, null, "C", 1],
        ["C-2", "Consolidated", "6.1", null, null, "C", 1],
        ["C-3", "Puerto Ayora", "6.1", null, null, "C", 1],
      ),
      sheet("Tasks", [
        ["Task ID", "Office", "Clause", "Activity", "Due date", "Status"],
        ["T-1", "Consolidated", "6.1", "Define", "2026-03-01", "Not started"],
      ]),
    );
    expect(records.controls.map((c) => c.office)).toEqual([
      "Consolidated (office)",
      "Consolidated (office)",
      "Puerto Ayora",
    ]);
    expect(records.tasks.map((t) => t.office)).toEqual(["Consolidated (office)"]);
    const warning = reservedOffice("Consolidated", "Consolidated (office)").en;
    expect(said(issues)).toEqual([
      ["warning", "Controls", 2, "Office", warning],
      ["warning", "Tasks", 2, "Office", warning],
    ]);
    // Each names the office as the cell writes it (the Issues sheet's Value).
    expect(issues.map((i) => i.value)).toEqual(["Consolidated", "Consolidated"]);
  });
});

describe("Evidence and Tasks", () => {
  it("keep their dates, and evidence must name a control of its own office", () => {
    const { records, issues } = read(
      control,
      sheet("Evidence", [
        ["Evidence ID", "Office", "Control ID", "Status", "Collected on", "Valid until"],
        ["E-1", "A", "C-1", "Accepted", "2026-02-10", "2027-02-10"],
        ["E-2", "B", "C-1", "Accepted", null, null],
      ]),
    );
    expect(records.evidence.map((e) => [e.id, e.office, e.controlId, e.status, e.collectedOn, e.validUntil])).toEqual([
      ["E-1", "A", "C-1", "Accepted", day("2026-02-10"), day("2027-02-10")],
    ]);
    expect(said(issues)).toEqual([["error", "Evidence", 3, "Control ID", missingReference.control("C-1", "B").en]]);
  });

  it("keep a task's project, owner and dates, warning of a Done task without its date", () => {
    const { records, issues } = read(
      control,
      sheet("Tasks", [
        ["Task ID", "Office", "Clause", "Activity", "Project ID", "Owner", "Due date", "Done on", "Status"],
        ["T-1", "A", "6.1", "GAP", "P-1", "Ana", "2026-03-01", "2026-02-20", "Done"],
        ["T-2", "A", "6.1", "Risk", null, null, "2026-04-01", null, "Done"],
        ["T-3", "A", "6.1", "Record", null, null, "2026-05-01", null, "In progress"],
      ]),
    );
    expect(
      records.tasks.map((t) => [t.id, t.process, t.activity, t.projectId, t.owner, t.due, t.doneOn, t.status]),
    ).toEqual([
      ["T-1", "6.1", "GAP", "P-1", "Ana", day("2026-03-01"), day("2026-02-20"), "Done"],
      ["T-2", "6.1", "Risk", "", "", day("2026-04-01"), null, "Done"],
      ["T-3", "6.1", "Record", "", "", day("2026-05-01"), null, "In progress"],
    ]);
    expect(said(issues)).toEqual([["warning", "Tasks", 3, "Done on", doneWithoutDate("T-2").en]]);
  });
});

describe("Projects and Risks", () => {
  it("keep a project's name and a risk's scales, and a risk must name a known project", () => {
    const { records, issues } = read(
      control,
      sheet("Projects", [
        ["Project ID", "Name", "Start date", "Due date", "Progress", "Status"],
        ["P-1", "Catalogue", "2026-01-15", "2026-06-30", "45 %", "Activo"],
      ]),
      sheet("Risks", [
        ["Risk ID", "Project ID", "Likelihood", "Impact", "Status"],
        ["R-1", "P-1", 3, 4, "Abierto"],
        ["R-2", "P-9", 1, 1, "Open"],
      ]),
    );
    expect(records.projects.map((p) => [p.id, p.office, p.name, p.start, p.due, p.progress, p.status])).toEqual([
      ["P-1", "Office", "Catalogue", day("2026-01-15"), day("2026-06-30"), 0.45, "Active"],
    ]);
    expect(records.risks.map((r) => [r.id, r.projectId, r.likelihood, r.impact, r.status])).toEqual([
      ["R-1", "P-1", 3, 4, "Open"],
    ]);
    expect(said(issues)).toEqual([["error", "Risks", 3, "Project ID", missingReference.project("P-9").en]]);
  });
});

describe("Audits, Maturity and Findings", () => {
  it("keep an audit's level, and skip ratings and findings of an unknown audit", () => {
    const { records, issues } = read(
      control,
      audits,
      sheet("Maturity", [
        ["Audit ID", "Process", "Service group", "Level"],
        ["AUD-1", "6.1", "Desk", 4],
        ["AUD-9", "6.1", null, 4],
      ]),
      sheet("Findings", [
        ["Finding ID", "Audit ID", "Type", "Status", "Action ID"],
        ["F-1", "AUD-1", "NC", "Abierto", "ACT-1"],
        ["F-2", "AUD-9", "FGP", null, null],
      ]),
    );
    expect(records.audits.map((a) => [a.id, a.office, a.campaign, a.levelAchieved])).toEqual([
      ["AUD-1", "A", "2026-H1", 3],
    ]);
    expect(records.maturity.map((m) => [m.auditId, m.process, m.serviceGroup, m.level])).toEqual([
      ["AUD-1", "6.1", "Desk", 4],
    ]);
    expect(records.findings.map((f) => [f.id, f.auditId, f.type, f.status, f.actionId])).toEqual([
      ["F-1", "AUD-1", "FNC", "Open", "ACT-1"],
    ]);
    expect(said(issues)).toEqual([
      ["error", "Maturity", 3, "Audit ID", missingReference.audit("AUD-9", "maturity rating").en],
      ["error", "Findings", 3, "Audit ID", missingReference.audit("AUD-9", "finding").en],
    ]);
  });

  it("name the catalog's last two codes as examples when a process code is unknown", () => {
    const { records, issues } = read(
      control,
      audits,
      sheet("Maturity", [
        ["Audit ID", "Process", "Level"],
        ["AUD-1", "6.9", 4],
      ]),
    );
    expect(records.maturity).toEqual([]);
    const catalog = builtInCatalog("2011");
    expect(catalog.processes.slice(-2).map((p) => p.code)).toEqual(["9.2", "9.3"]);
    expect(said(issues)).toEqual([
      ["error", "Maturity", 2, "Process", unknownProcessCode("6.9", catalog.id, ["9.2", "9.3"]).en],
    ]);
  });
});

describe("Actions and Improvements", () => {
  it("keep a known finding's link, drop an unknown one with a warning, and read Effective as yes, no or unknown", () => {
    const { records, issues } = read(
      control,
      audits,
      sheet("Findings", [
        ["Finding ID", "Audit ID", "Type"],
        ["F-1", "AUD-1", "FNC"],
      ]),
      sheet("Actions", [
        ["Action ID", "Office", "Finding ID", "Kind", "Due date", "Closed on", "Status", "Effective"],
        ["ACT-1", "A", "F-1", "CA", "2026-06-30", "2026-06-01", "Cerrada", "Sí"],
        ["ACT-2", "A", "F-9", "Preventiva", "2026-06-30", null, "Open", "No"],
        ["ACT-3", "A", null, "C", "2026-06-30", null, "En curso", null],
      ]),
      sheet("Improvements", [
        ["Plan ID", "Office", "Due date", "Completed on", "Status"],
        ["PL-1", "A", "2026-06-30", "2026-06-15", "Hecho"],
      ]),
    );
    expect(
      records.actions.map((a) => [a.id, a.office, a.findingId, a.kind, a.due, a.closedOn, a.status, a.effective]),
    ).toEqual([
      ["ACT-1", "A", "F-1", "Corrective", day("2026-06-30"), day("2026-06-01"), "Closed", true],
      ["ACT-2", "A", "", "Preventive", day("2026-06-30"), null, "Open", false],
      ["ACT-3", "A", "", "Corrective", day("2026-06-30"), null, "In progress", null],
    ]);
    expect(records.improvements.map((p) => [p.id, p.office, p.due, p.completedOn, p.status])).toEqual([
      ["PL-1", "A", day("2026-06-30"), day("2026-06-15"), "Done"],
    ]);
    expect(said(issues)).toEqual([["warning", "Actions", 3, "Finding ID", missingReference.finding("F-9").en]]);
  });
});

describe("Indicator history", () => {
  it("reads OCL as a percentage in any form, whatever its spelling, and other indicators as plain numbers", () => {
    const { records, issues } = read(
      control,
      sheet("Indicator history", [
        ["As-of date", "Office", "Indicator", "Value"],
        [date("2026-05-31"), "A", " ocl ", "45 %"],
        [date("2026-05-31"), "A", "OCL", 45],
        [date("2026-05-31"), "A", "PRK", 2],
        [date("2026-05-31"), "A", "ML", "3,5"],
        [date("2026-05-31"), "A", "PRK", "2 %"],
      ]),
    );
    expect(records.history.map((h) => [h.asOf, h.office, h.indicator, h.value])).toEqual([
      [day("2026-05-31"), "A", "ocl", 0.45],
      [day("2026-05-31"), "A", "OCL", 0.45],
      [day("2026-05-31"), "A", "PRK", 2],
      [day("2026-05-31"), "A", "ML", 3.5],
    ]);
    expect(issues.map((i) => [i.severity, i.row, i.column])).toEqual([["error", 6, "Value"]]);
  });
});

describe("Process attributes and Training", () => {
  it("name the catalog's last two codes for an unknown process, and skip an attribute of an unknown audit", () => {
    const { records, issues } = read(
      control,
      audits,
      sheet("Process attributes", [
        ["Audit ID", "Process", "Attribute", "Rating"],
        ["AUD-1", "6.9", "PA 1.1", "F"],
        ["AUD-9", "6.1", "PA 1.1", "F"],
        ["AUD-1", "6.1", "PA 2.1", "45 %"],
      ]),
    );
    expect(records.processAttributes.map((r) => [r.auditId, r.process, r.attribute, r.rating])).toEqual([
      ["AUD-1", "6.1", "PA 2.1", 0.45],
    ]);
    expect(said(issues)).toEqual([
      [
        "error",
        "Process attributes",
        2,
        "Process",
        unknownProcessCode("6.9", "ISO/IEC 20000-1:2011", ["9.2", "9.3"]).en,
      ],
      ["error", "Process attributes", 3, "Audit ID", capabilityProblem.unknownAudit("AUD-9").en],
    ]);
  });

  it("keep a course valid until the day it was completed, and count Required blank or Yes as required", () => {
    const { records, issues } = read(
      control,
      sheet("Training", [
        ["Person", "Office", "Team or Process", "Course", "Required", "Completed on", "Valid until"],
        ["Ana", "A", "SMR", "ITIL", null, "2026-05-01", "2026-05-01"],
        ["Luis", "A", "Soporte y Control", "COBIT", "No", null, null],
        ["Eva", "A", "8.1", "ISO", "Yes", "2026-05-02", "2026-05-01"],
      ]),
    );
    expect(
      records.training.map((t) => [t.person, t.office, t.team, t.course, t.required, t.completedOn, t.validUntil]),
    ).toEqual([
      ["Ana", "A", "SMR", "ITIL", true, day("2026-05-01"), day("2026-05-01")],
      ["Luis", "A", "S&C", "COBIT", false, null, null],
      ["Eva", "A", "O&R", "ISO", true, day("2026-05-02"), day("2026-05-01")],
    ]);
    expect(said(issues)).toEqual([
      ["warning", "Training", 4, "Valid until", capabilityProblem.validBeforeCompleted("Eva", "ISO").en],
    ]);
  });
});
