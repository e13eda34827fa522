/**
 * Typed records of the input sheets (workbook.md "Input sheets"). Each record keeps
 * the Excel row it came from so every later warning can point back at it.
 */
// @ts-nocheck

import type { Activity, Catalog, TeamCode } from "./catalog";
import type { Day } from "./days";
import type { Edition } from "./editions";

export type ControlStatus = "Compliant" | "Partially compliant" | "Not compliant" | "Not applicable";
export type EvidenceStatus = "Accepted" | "Pending" | "Rejected";
export type TaskStatus = "Not started" | "In progress" | "Done";
export type ProjectStatus = "Planned" | "Active" | "Completed" | "Cancelled";
export type RiskStatus = "Open" | "Closed";
export const FINDING_TYPES = ["FGP", "FOP", "FOB", "FNC", "FCC"] as const;
export type FindingType = (typeof FINDING_TYPES)[number];
export type FindingStatus = "Open" | "Closed";
export type ActionKind = "Corrective" | "Preventive";
export type ActionStatus = "Open" | "In progress" | "Closed";
export type ImprovementStatus = "Planned" | "In progress" | "Done";
export type Language = "en" | "es";
/** The process attributes of ISO/IEC 33020's capability levels 1-5, in level order. */
export const PROCESS_ATTRIBUTES = [
  "PA 1.1",
  "PA 2.1",
  "PA 2.2",
  "PA 3.1",
  "PA 3.2",
  "PA 4.1",
  "PA 4.2",
  "PA 5.1",
  "PA 5.2",
] as const;
export type ProcessAttribute = (typeof PROCESS_ATTRIBUTES)[number];
/** ISO/IEC 33020's rating scale, lowest first: Not, Partially, Largely, Fully achieved. */
export const ATTRIBUTE_RATINGS = ["N", "P", "L", "F"] as const;
export type AttributeRating = (typeof ATTRIBUTE_RATINGS)[number];

/** Where a record came from: its sheet and 1-based Excel row. */
export interface Source {
  readonly sheet: string;
  readonly row: number;
  /**
   * The row's columns as its sheet writes them, by column key (one object per sheet, shared by
   * its rows): a problem the engine finds later names the column by the user's header ("Estado")
   * and its cell. Absent for records not read from a sheet.
   */
  readonly columns?: SourceColumns;
}

export type SourceColumns = Readonly<Partial<Record<string, { readonly header: string; readonly letter: string }>>>;

/** The header and cell of a source's column `key`, or `fallback` (the English header) and no cell when unknown. */
export function sourceCell(source: Source, key: string, fallback: string): { column: string; cell: string | null } {
  const c = source.columns?.[key];
  return c === undefined ? { column: fallback, cell: null } : { column: c.header, cell: `${c.letter}${source.row}` };
}

export interface Control {
  readonly source: Source;
  readonly office: string;
  readonly id: string;
  readonly clause: string;
  /** Catalog code of the process the clause maps to. */
  readonly process: string;
  readonly requirement: string;
  readonly owner: string;
  readonly status: ControlStatus;
  /** The status as the sheet writes it ("Cumple"), for messages that quote the user's cell. */
  readonly statusText?: string;
  readonly weight: number;
}

export interface Evidence {
  readonly source: Source;
  readonly id: string;
  readonly office: string;
  readonly controlId: string;
  readonly status: EvidenceStatus;
  readonly collectedOn: Day | null;
  readonly validUntil: Day | null;
}

export interface Task {
  readonly source: Source;
  readonly id: string;
  readonly office: string;
  readonly process: string;
  readonly activity: Activity;
  readonly projectId: string;
  readonly owner: string;
  readonly due: Day;
  readonly doneOn: Day | null;
  readonly status: TaskStatus;
}

export interface Project {
  readonly source: Source;
  readonly id: string;
  readonly office: string;
  readonly name: string;
  readonly start: Day;
  readonly due: Day;
  /** Fraction complete, 0-1. */
  readonly progress: number;
  readonly status: ProjectStatus;
}

export interface Risk {
  readonly source: Source;
  readonly id: string;
  readonly projectId: string;
  readonly likelihood: number;
  readonly impact: number;
  readonly status: RiskStatus;
}

export interface Audit {
  readonly source: Source;
  readonly id: string;
  readonly office: string;
  readonly campaign: string;
  readonly levelAchieved: number | null;
}

export interface MaturityRating {
  readonly source: Source;
  readonly auditId: string;
  readonly process: string;
  readonly serviceGroup: string;
  readonly level: number;
}

/** One process attribute rated in one audit (Process attributes sheet). */
export interface AttributeRatingRow {
  readonly source: Source;
  readonly auditId: string;
  readonly process: string;
  readonly attribute: ProcessAttribute;
  /** The letter as typed, or the fraction achieved (0-1) when a percentage was typed (the engine rates it). */
  readonly rating: AttributeRating | number;
}

/** Why a leader's required course is listed: not held, held no longer, or ending within 90 days. */
export type TrainingGapKind = "Missing" | "Expired" | "Expiring";

/** One course of one process leader (Training sheet). */
export interface TrainingRecord {
  readonly source: Source;
  readonly person: string;
  readonly office: string;
  /** The team the leader belongs to: named, or the team of the process named. */
  readonly team: TeamCode;
  readonly course: string;
  readonly required: boolean;
  readonly completedOn: Day | null;
  readonly validUntil: Day | null;
}

export interface Finding {
  readonly source: Source;
  readonly id: string;
  readonly auditId: string;
  readonly type: FindingType;
  readonly status: FindingStatus | null;
  readonly actionId: string;
}

export interface Action {
  readonly source: Source;
  readonly id: string;
  readonly office: string;
  readonly findingId: string;
  readonly kind: ActionKind;
  readonly due: Day;
  readonly closedOn: Day | null;
  readonly status: ActionStatus;
  readonly effective: boolean | null;
}

export interface Improvement {
  readonly source: Source;
  readonly id: string;
  readonly office: string;
  readonly due: Day;
  readonly completedOn: Day | null;
  readonly status: ImprovementStatus;
}

/** The office name under which organisation-wide values are kept in Indicator history. */
export const CONSOLIDATED = "Consolidated";

/** One row a run writes into Indicator history (the date as YYYY-MM-DD). */
export interface HistoryRow {
  readonly asOf: string;
  readonly office: string;
  readonly indicator: string;
  readonly value: number;
}

export interface HistoryPoint {
  readonly source: Source;
  readonly asOf: Day;
  readonly office: string;
  readonly indicator: string;
  readonly value: number;
}

export interface OclWeights {
  readonly controls: number;
  readonly evidence: number;
  readonly tasks: number;
}

export interface Settings {
  readonly organization: string;
  /** Assessment date; null means "today", decided by the caller. */
  readonly asOf: Day | null;
  readonly successThreshold: number;
  readonly failThreshold: number;
  readonly requireEvidence: boolean;
  readonly oclWeights: OclWeights;
  readonly language: Language;
  /** The built-in edition of ISO/IEC 20000-1 (a Catalog sheet replaces it). */
  readonly framework: Edition;
}

export const DEFAULT_SETTINGS: Settings = {
  organization: "",
  asOf: null,
  successThreshold: 0.9,
  failThreshold: 0.7,
  requireEvidence: true,
  oclWeights: { controls: 0.6, evidence: 0.2, tasks: 0.2 },
  language: "en",
  // The paper's edition: workbooks written before the setting existed keep their numbers.
  framework: "2011",
};

export type Severity = "error" | "warning";

/** A problem in the input, told to a person who fills spreadsheets, not to a programmer. */
export interface Issue {
  readonly severity: Severity;
  readonly sheet: string;
  /** 1-based Excel row, or null for a whole-sheet problem. */
  readonly row: number | null;
  /** Header text of the column, or null. */
  readonly column: string | null;
  /** A1 reference of the cell, when known, so a host can select it. */
  readonly cell: string | null;
  readonly value: string | null;
  readonly message: string;
}

/** Everything the parser makes of a workbook. */
export interface Records {
  readonly catalog: Catalog;
  readonly settings: Settings;
  readonly controls: readonly Control[];
  readonly evidence: readonly Evidence[];
  readonly tasks: readonly Task[];
  readonly projects: readonly Project[];
  readonly risks: readonly Risk[];
  readonly audits: readonly Audit[];
  readonly maturity: readonly MaturityRating[];
  readonly findings: readonly Finding[];
  readonly actions: readonly Action[];
  readonly improvements: readonly Improvement[];
  readonly history: readonly HistoryPoint[];
  /** Optional sheets: empty when the workbook has none. */
  readonly processAttributes: readonly AttributeRatingRow[];
  readonly training: readonly TrainingRecord[];
  /** Sheets found, by canonical name (for "optional sheet missing" decisions). */
  readonly sheetsPresent: ReadonlySet<SheetKey>;
}

export const SHEET_KEYS = [
  "settings",
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
  "processAttributes",
  "training",
] as const;
export type SheetKey = (typeof SHEET_KEYS)[number];
