/** Builders for records in unit tests: each fills what a test does not care about. */
// @ts-nocheck

import { ISO20000_2011 } from "../../src/core/model/catalog";
import { type Day, dayFromParts } from "../../src/core/model/days";
import {
  type Action,
  type Audit,
  type Control,
  DEFAULT_SETTINGS,
  type Evidence,
  type Finding,
  type HistoryPoint,
  type MaturityRating,
  type Project,
  type Records,
  type Risk,
  type SheetKey,
  type Task,
} from "../../src/core/model/records";

export function day(iso: string): Day {
  const [y, m, d] = iso.split("-").map(Number);
  const v = dayFromParts(y, m, d);
  if (v === null) throw new Error(`bad date ${iso}`);
  return v;
}

let row = 2;
const src = (sheet: string) => ({ sheet, row: row++ });

export const control = (p: Partial<Control> & Pick<Control, "id">): Control => ({
  source: src("Controls"),
  office: "A",
  clause: p.process ?? "4",
  process: "4",
  requirement: "",
  owner: "",
  status: "Compliant",
  weight: 1,
  ...p,
});

export const evidence = (p: Partial<Evidence> & Pick<Evidence, "controlId">): Evidence => ({
  source: src("Evidence"),
  id: `E-${p.controlId}-${row}`,
  office: "A",
  status: "Accepted",
  collectedOn: null,
  validUntil: null,
  ...p,
});

export const task = (p: Partial<Task> & Pick<Task, "id">): Task => ({
  source: src("Tasks"),
  office: "A",
  process: "4",
  activity: "Define",
  projectId: "",
  owner: "",
  due: day("2026-01-01"),
  doneOn: null,
  status: "Done",
  ...p,
});

export const project = (p: Partial<Project> & Pick<Project, "id">): Project => ({
  source: src("Projects"),
  office: "A",
  name: p.id,
  start: day("2026-01-01"),
  due: day("2026-12-31"),
  progress: 1,
  status: "Active",
  ...p,
});

export const risk = (p: Partial<Risk> & Pick<Risk, "id" | "projectId">): Risk => ({
  source: src("Risks"),
  likelihood: 1,
  impact: 1,
  status: "Open",
  ...p,
});

export const audit = (p: Partial<Audit> & Pick<Audit, "id" | "campaign">): Audit => ({
  source: src("Audits"),
  office: "A",
  levelAchieved: null,
  ...p,
});

export const rating = (
  p: Partial<MaturityRating> & Pick<MaturityRating, "auditId" | "process" | "level">,
): MaturityRating => ({
  source: src("Maturity"),
  serviceGroup: "",
  ...p,
});

export const finding = (p: Partial<Finding> & Pick<Finding, "id" | "auditId" | "type">): Finding => ({
  source: src("Findings"),
  status: "Open",
  actionId: "",
  ...p,
});

export const action = (p: Partial<Action> & Pick<Action, "id">): Action => ({
  source: src("Actions"),
  office: "A",
  findingId: "",
  kind: "Corrective",
  due: day("2026-06-30"),
  closedOn: null,
  status: "Open",
  effective: null,
  ...p,
});

export const historyPoint = (p: Partial<HistoryPoint> & Pick<HistoryPoint, "asOf" | "value">): HistoryPoint => ({
  source: src("Indicator history"),
  office: "A",
  indicator: "OCL",
  ...p,
});

export function records(p: Partial<Records> = {}): Records {
  const present = new Set<SheetKey>([
    "controls",
    "evidence",
    "tasks",
    "projects",
    "risks",
    "audits",
    "maturity",
    "findings",
    "actions",
    "improvements",
    "history",
  ]);
  return {
    catalog: ISO20000_2011,
    settings: DEFAULT_SETTINGS,
    controls: [],
    evidence: [],
    tasks: [],
    projects: [],
    risks: [],
    audits: [],
    maturity: [],
    findings: [],
    actions: [],
    improvements: [],
    history: [],
    processAttributes: [],
    training: [],
    sheetsPresent: present,
    ...p,
  };
}
