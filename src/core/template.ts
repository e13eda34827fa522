/** The input sheets of a new workbook, with the headers of workbook.md in its order. */
import { ACTIVITIES, ISO20000_2011 } from "./catalog";
import type { Cell } from "./grid";
import type { SheetKey } from "./records";
import {
  ACTION_KIND,
  ACTION_STATUS,
  CONTROL_STATUS,
  EVIDENCE_STATUS,
  FINDING_STATUS,
  FINDING_TYPE,
  IMPROVEMENT_STATUS,
  PROJECT_STATUS,
  RISK_STATUS,
  SHEET_NAMES,
  TASK_STATUS,
} from "./parse/vocabulary";

export const TEMPLATE_COLUMNS = {
  settings: ["Setting", "Value"],
  controls: ["Control ID", "Office", "Clause", "Requirement", "Owner", "Status", "Weight", "Notes"],
  evidence: ["Evidence ID", "Office", "Control ID", "Description", "Link", "Status", "Collected on", "Valid until", "Reviewer"],
  tasks: ["Task ID", "Office", "Clause", "Activity", "Project ID", "Owner", "Due date", "Done on", "Status"],
  projects: ["Project ID", "Office", "Name", "Type", "Owner", "Start date", "Due date", "Progress", "Status"],
  risks: ["Risk ID", "Project ID", "Description", "Likelihood", "Impact", "Status", "Mitigation"],
  audits: ["Audit ID", "Office", "Campaign", "Type", "Start date", "End date", "Level achieved", "Lead auditor"],
  maturity: ["Audit ID", "Process", "Service group", "Level", "Notes"],
  findings: ["Finding ID", "Audit ID", "Clause", "Type", "Description", "Status", "Action ID"],
  actions: ["Action ID", "Office", "Finding ID", "Kind", "Description", "Owner", "Due date", "Closed on", "Status", "Effective"],
  improvements: ["Plan ID", "Office", "Clause", "Title", "Owner", "Due date", "Completed on", "Status"],
  history: ["As-of date", "Office", "Indicator", "Value"],
} as const satisfies Readonly<Record<SheetKey, readonly string[]>>;

/** Default Settings rows, so a new workbook shows every setting it can change. */
export const DEFAULT_SETTING_ROWS: readonly (readonly Cell[])[] = [
  ["Organization", ""],
  ["As-of date", ""],
  ["Success threshold", 0.9],
  ["Fail threshold", 0.7],
  ["Require evidence", "Yes"],
  ["OCL weight controls", 0.6],
  ["OCL weight evidence", 0.2],
  ["OCL weight tasks", 0.2],
  ["Language", "en"],
];

export interface TemplateSheet {
  readonly key: SheetKey | "instructions";
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
  /** Input rules by header, for the columns that have one. */
  readonly inputs?: Readonly<Record<string, ColumnInput>>;
}

const INSTRUCTIONS: readonly string[] = [
  "ITSM Scorecard: how to fill this workbook",
  "",
  "1. Settings: the organisation, the as-of date (blank = today), thresholds, whether controls need evidence, and the OCL weights.",
  "2. Controls (required): one row per ISO/IEC 20000-1 requirement and office, with its clause (e.g. 6.1.2) and status.",
  "3. Evidence: what proves each control; only Accepted evidence that is current on the as-of date counts.",
  "4. Tasks: the framework activities (Define, GAP, Risk, Compliance, Record) per clause; they give the derived maturity.",
  "5. Projects and Risks: planned and active projects, their progress and their open risks (likelihood and impact 1-5).",
  "6. Audits, Maturity and Findings: each audit of a campaign, its maturity ratings per process (0-5) and its findings.",
  "7. Actions and Improvements: corrective and preventive actions, and continual improvement plans.",
  "8. Indicator history: written by each run; keep it to see the OCL trend.",
  "",
  "Words may be written in English or Spanish (e.g. Compliant or Cumple); dates as dates or YYYY-MM-DD; percentages as 45 %, 0.45 or 45.",
  "Then run: itsm-scorecard compute this-file.xlsx (or Compute in the Excel task pane).",
];

/** Every input sheet, empty but for its header (and the default settings), plus Instructions. */
export function templateSheets(): TemplateSheet[] {
  const keys = Object.keys(TEMPLATE_COLUMNS) as SheetKey[];
  return [
    { key: "instructions", name: "Instructions", rows: INSTRUCTIONS.map((line) => [line]) },
    ...keys.map((key) => ({
      key,
      name: SHEET_NAMES[key][0],
      rows: [TEMPLATE_COLUMNS[key], ...(key === "settings" ? DEFAULT_SETTING_ROWS : [])],
      inputs: TEMPLATE_INPUTS[key],
    })),
  ];
}

/** How a template column is typed in: a drop-down list, a date, a percentage or a whole number. */
export type ColumnInput =
  | { readonly kind: "list"; readonly values: readonly string[] }
  | { readonly kind: "date" }
  | { readonly kind: "percent" }
  | { readonly kind: "whole"; readonly min: number; readonly max: number }
  | { readonly kind: "number" };

const list = (values: readonly string[]): ColumnInput => ({ kind: "list", values });
const DATE: ColumnInput = { kind: "date" };
const PERCENT: ColumnInput = { kind: "percent" };
const processCodes = ISO20000_2011.processes.map((p) => p.code);

/** Input rules of the template's columns, by sheet and header (the enumerations of workbook.md). */
export const TEMPLATE_INPUTS: Readonly<Partial<Record<SheetKey, Readonly<Record<string, ColumnInput>>>>> = {
  controls: { Status: list(Object.keys(CONTROL_STATUS)), Weight: { kind: "number" } },
  evidence: { Status: list(Object.keys(EVIDENCE_STATUS)), "Collected on": DATE, "Valid until": DATE },
  tasks: { Activity: list(ACTIVITIES), "Due date": DATE, "Done on": DATE, Status: list(Object.keys(TASK_STATUS)) },
  projects: { "Start date": DATE, "Due date": DATE, Progress: PERCENT, Status: list(Object.keys(PROJECT_STATUS)) },
  risks: { Likelihood: { kind: "whole", min: 1, max: 5 }, Impact: { kind: "whole", min: 1, max: 5 }, Status: list(Object.keys(RISK_STATUS)) },
  audits: { "Start date": DATE, "End date": DATE, "Level achieved": { kind: "whole", min: 0, max: 5 } },
  maturity: { Process: list(processCodes), Level: { kind: "whole", min: 0, max: 5 } },
  findings: { Type: list(Object.keys(FINDING_TYPE)), Status: list(Object.keys(FINDING_STATUS)) },
  actions: {
    Kind: list(Object.keys(ACTION_KIND)),
    "Due date": DATE,
    "Closed on": DATE,
    Status: list(Object.keys(ACTION_STATUS)),
    Effective: list(["Yes", "No"]),
  },
  improvements: { "Due date": DATE, "Completed on": DATE, Status: list(Object.keys(IMPROVEMENT_STATUS)) },
  history: { "As-of date": DATE },
};
