/**
 * The key of each input sheet (sheetRecords.ts): unique within an office where rows belong to
 * an office, unique in the workbook where other sheets name them without one (projects, risks,
 * audits, findings). A row repeating a key is skipped, and its issue names the first row, or the
 * first row's sheet too when it came from another workbook.
 */
// @ts-nocheck

import type { Cell } from "../../src/core/model/grid";
import type { Issue } from "../../src/core/model/records";
import { parseWorkbook } from "../../src/core/parse/parseWorkbook";
import { parseWorkbooks } from "../../src/core/parse/parseWorkbooks";
import { type KeyKind, dueBeforeStart, duplicateKey, keyLabel } from "../../src/core/text/messages";
import { sheet, workbook } from "../helpers/grids";

const controls = sheet("Controls", [
  ["Control ID", "Office", "Clause", "Status"],
  ["C-1", "A", "4.1", "Compliant"],
  ["C-1", "B", "4.1", "Compliant"],
]);
const audits = (...rows: Cell[][]) => sheet("Audits", [["Audit ID", "Office", "Campaign"], ...rows]);

/** The issues of repeated keys: sheet, row, column, and the message in English. */
const repeated = (issues: readonly Issue[]) =>
  issues.filter((i) => /is used again/.test(i.message)).map((i) => [i.sheet, i.row, i.column, i.message]);
const again = (kind: KeyKind, id: string, office: string | null, first: number, sheetName: string | null = null) =>
  duplicateKey(keyLabel(kind, id, office), first, sheetName).en;

describe("keys unique within an office", () => {
  it("keep the same Evidence, Task, Action and Plan ID in two offices and skip it repeated in one", () => {
    const { records, issues } = parseWorkbook(
      workbook(
        controls,
        sheet("Evidence", [
          ["Evidence ID", "Office", "Control ID", "Status"],
          ["E-1", "A", "C-1", "Accepted"],
          ["E-1", "B", "C-1", "Accepted"],
          ["E-1", "A", "C-1", "Pending"],
        ]),
        sheet("Tasks", [
          ["Task ID", "Office", "Clause", "Activity", "Due date", "Status"],
          ["T-1", "A", "4.1", "Define", "2026-03-01", "Not started"],
          ["T-1", "B", "4.1", "Define", "2026-03-01", "Not started"],
          ["T-1", "A", "4.1", "GAP", "2026-03-01", "Not started"],
        ]),
        sheet("Actions", [
          ["Action ID", "Office", "Kind", "Due date", "Status"],
          ["ACT-1", "A", "Corrective", "2026-06-30", "Open"],
          ["ACT-1", "B", "Corrective", "2026-06-30", "Open"],
          ["ACT-1", "A", "Preventive", "2026-06-30", "Open"],
        ]),
        sheet("Improvements", [
          ["Plan ID", "Office", "Due date", "Status"],
          ["PL-1", "A", "2026-06-30", "Planned"],
          ["PL-1", "B", "2026-06-30", "Planned"],
          ["PL-1", "A", "2026-06-30", "Done"],
        ]),
      ),
    );
    const keys = (rows: readonly { office: string; id: string }[]) => rows.map((r) => `${r.office}/${r.id}`);
    expect(keys(records.evidence)).toEqual(["A/E-1", "B/E-1"]);
    expect(keys(records.tasks)).toEqual(["A/T-1", "B/T-1"]);
    expect(keys(records.actions)).toEqual(["A/ACT-1", "B/ACT-1"]);
    expect(keys(records.improvements)).toEqual(["A/PL-1", "B/PL-1"]);
    expect(records.evidence.map((e) => e.status)).toEqual(["Accepted", "Accepted"]);
    expect(repeated(issues)).toEqual([
      ["Evidence", 4, "Evidence ID", again("evidence", "E-1", "A", 2)],
      ["Tasks", 4, "Task ID", again("task", "T-1", "A", 2)],
      ["Actions", 4, "Action ID", again("action", "ACT-1", "A", 2)],
      ["Improvements", 4, "Plan ID", again("plan", "PL-1", "A", 2)],
    ]);
  });
});

describe("keys unique in the workbook", () => {
  it("skip a Project, Risk, Audit or Finding ID repeated in another office or none", () => {
    const { records, issues } = parseWorkbook(
      workbook(
        controls,
        sheet("Projects", [
          ["Project ID", "Office", "Start date", "Due date", "Progress", "Status"],
          ["P-1", "A", "2026-01-01", "2026-06-30", "50 %", "Active"],
          ["P-1", "B", "2026-01-01", "2026-06-30", "20 %", "Active"],
        ]),
        sheet("Risks", [
          ["Risk ID", "Project ID", "Likelihood", "Impact", "Status"],
          ["R-1", "P-1", 3, 4, "Open"],
          ["R-1", "P-1", 2, 2, "Open"],
        ]),
        audits(["AUD-1", "A", "C1"], ["AUD-1", "B", "C1"]),
        sheet("Findings", [
          ["Finding ID", "Audit ID", "Type"],
          ["F-1", "AUD-1", "FGP"],
          ["F-1", "AUD-1", "FOP"],
        ]),
      ),
    );
    expect(records.projects.map((p) => [p.id, p.office, p.progress])).toEqual([["P-1", "A", 0.5]]);
    expect(records.risks.map((r) => [r.id, r.likelihood])).toEqual([["R-1", 3]]);
    expect(records.audits.map((a) => [a.id, a.office])).toEqual([["AUD-1", "A"]]);
    expect(records.findings.map((f) => [f.id, f.type])).toEqual([["F-1", "FGP"]]);
    expect(repeated(issues)).toEqual([
      ["Projects", 3, "Project ID", again("project", "P-1", null, 2)],
      ["Risks", 3, "Risk ID", again("risk", "R-1", null, 2)],
      ["Audits", 3, "Audit ID", again("audit", "AUD-1", null, 2)],
      ["Findings", 3, "Finding ID", again("finding", "F-1", null, 2)],
    ]);
  });

  it("name the first row's sheet and file when it is in another workbook being consolidated", () => {
    const book = (file: string, ...rows: Cell[][]) => ({ file, grids: workbook(controls, audits(...rows)) });
    const { records, issues } = parseWorkbooks([
      book("quito.xlsx", ["AUD-1", "A", "C1"], ["AUD-2", "A", "C1"]),
      book("cuenca.xlsx", ["AUD-3", "B", "C1"], ["AUD-2", "B", "C1"], ["AUD-3", "B", "C1"]),
    ]);
    expect(records.audits.map((a) => [a.id, a.office])).toEqual([
      ["AUD-1", "A"],
      ["AUD-2", "A"],
      ["AUD-3", "B"],
    ]);
    expect(repeated(issues).filter(([s]) => String(s).endsWith("Audits"))).toEqual([
      ["[cuenca.xlsx]Audits", 3, "Audit ID", again("audit", "AUD-2", null, 3, "[quito.xlsx]Audits")],
      ["[cuenca.xlsx]Audits", 4, "Audit ID", again("audit", "AUD-3", null, 2)],
    ]);
  });
});

describe("a project due before it starts", () => {
  it("is kept, with a warning on its Due date cell; one due the day it starts is not", () => {
    const { records, issues } = parseWorkbook(
      workbook(
        controls,
        sheet("Projects", [
          ["Project ID", "Start date", "Due date", "Progress", "Status"],
          ["P-1", "2026-06-30", "2026-01-01", "10 %", "Active"],
          ["P-2", "2026-06-30", "2026-06-30", "10 %", "Active"],
        ]),
      ),
    );
    expect(records.projects.map((p) => p.id)).toEqual(["P-1", "P-2"]);
    expect(issues.map((i) => [i.severity, i.sheet, i.row, i.column, i.cell, i.message])).toEqual([
      ["warning", "Projects", 2, "Due date", "C2", dueBeforeStart("P-1").en],
    ]);
  });
});
