/** What the engine computes: the result document of workbook.md, plus the detail the result sheets show. */
// @ts-nocheck

import type { Stage, TeamCode } from "../model/catalog";
import type { Source, TrainingGapKind } from "../model/records";
import type { Day } from "../model/days";
import type { AttributeRating, FindingType, Issue, Language, ProcessAttribute, ProjectStatus } from "../model/records";
import type { OverdueKind, RiskLevel, Status, TrendDirection } from "../model/statuses";
import type { ImprovementView } from "./improvement";
import type { TrendPoint } from "./trend";

export interface MaturityView {
  readonly byProcess: Readonly<Record<string, number | null>>;
  readonly average: number | null;
  readonly level: number | null;
}

export interface ProjectRisk {
  readonly value: number | null;
  readonly level: RiskLevel | null;
}

export interface Trend {
  readonly slope: number | null;
  readonly direction: TrendDirection | null;
  /** How many points the slope was fitted on. */
  readonly points: number;
  /** The points themselves, oldest first (OCL as a fraction). */
  readonly series: readonly TrendPoint[];
}

export interface StagePanelRow {
  readonly stage: Stage;
  readonly team: TeamCode;
  readonly indicator: "OCL" | "PLC" | "CCL" | "PRK";
  /** The stage's value: a fraction for OCL/PLC/CCL, the mean PRK value (1-3) for PRK. */
  readonly value: number | null;
  /** The PRK level (the PRK row only). */
  readonly label: RiskLevel | null;
  readonly status: Status | null;
}

/** Control-owner view (PLC per leader). */
export interface LeaderCompliance {
  readonly office: string;
  readonly owner: string;
  readonly controls: number;
  readonly compliance: number | null;
  readonly overdueTasks: number;
}

/** The indicators of one office, or of the consolidated organisation. */
export interface Indicators {
  readonly ocl: number | null;
  readonly cls: Readonly<Record<string, number | null>>;
  readonly ccl: Readonly<Record<string, number | null>>;
  readonly plc: Readonly<Record<string, number | null>>;
  readonly prk: ProjectRisk;
  readonly oclt: Trend;
  readonly derivedMaturity: MaturityView;
  readonly evidenceCoverage: number | null;
  readonly taskCompletion: number | null;
  readonly stages: readonly StagePanelRow[];
  readonly status: IndicatorStatuses;
}

export interface IndicatorStatuses {
  readonly ocl: Status | null;
  readonly oclt: Status | null;
  readonly prk: Status | null;
  readonly derivedMaturity: Status | null;
  readonly cls: Readonly<Record<string, Status | null>>;
  readonly ccl: Readonly<Record<string, Status | null>>;
  readonly plc: Readonly<Record<string, Status | null>>;
}

/** A campaign's capability levels (Process attributes): mean level per process, as ML(N) is. */
export interface CapabilityView extends MaturityView {
  /** Audits of the campaign with attribute ratings. */
  readonly audits: number;
  /** The sheet of its first rating, as issues name it (not in the JSON). */
  readonly sheet: string;
  /** Per rated process, in catalog order: each attribute's lowest rating in the campaign (null: not rated). */
  readonly profile: Readonly<Record<string, Readonly<Record<ProcessAttribute, AttributeRating | null>>>>;
  /** Processes whose assessed ML(N) and capability level differ by 2 or more. */
  readonly flagged: readonly string[];
}

export interface CampaignResult {
  readonly name: string;
  readonly audits: number;
  readonly maturity: MaturityView;
  /** Present when some audit of the campaign has process attribute ratings. */
  readonly capability?: CapabilityView;
  readonly findings: Readonly<Record<FindingType, number>>;
  readonly auditLevel: number | null;
  readonly status: {
    readonly maturity: Status | null;
    readonly byProcess: Readonly<Record<string, Status | null>>;
    readonly auditLevel: Status | null;
  } & Readonly<Record<FindingType, Status | null>>;
}

export interface AssessedProject {
  readonly office: string;
  readonly id: string;
  readonly name: string;
  readonly status: ProjectStatus;
  readonly exposure: number;
  readonly exposureLevel: RiskLevel;
  readonly plannedProgress: number;
  readonly progress: number;
  readonly gap: number;
  readonly overdue: boolean;
  readonly scheduleLevel: RiskLevel;
  readonly level: RiskLevel;
}

export interface CorrectiveFigures {
  readonly office: string;
  readonly open: number;
  readonly overdue: number;
  readonly closed: number;
  readonly closedOnTime: number;
  readonly onTimeRate: number | null;
  readonly withVerdict: number;
  readonly effective: number;
  readonly effectiveRate: number | null;
  readonly plans: Readonly<Record<"Planned" | "In progress" | "Done", number>>;
  readonly overduePlans: number;
}

export interface OverdueItem {
  readonly office: string;
  readonly kind: OverdueKind;
  readonly id: string;
  readonly due: Day;
}

export interface UnactionedFinding {
  readonly office: string;
  readonly findingId: string;
  readonly auditId: string;
  readonly type: FindingType;
}

export type { TrainingGapKind };

export interface TrainingGap {
  readonly office: string;
  readonly person: string;
  readonly team: TeamCode;
  readonly course: string;
  readonly kind: TrainingGapKind;
  /** Expired: when it ended; Expiring: when it ends; Missing: null. */
  readonly validUntil: Day | null;
  /** The course's first row. */
  readonly source: Source;
}

/** One office's required courses and those held, per team, and its gaps. */
export interface OfficeTraining {
  readonly office: string;
  readonly byTeam: Readonly<Record<string, { readonly required: number; readonly held: number }>>;
  readonly gaps: readonly TrainingGap[];
}

/** Training coverage of an office (held / required) or of the organisation (mean over offices). */
export interface TrainingCoverage {
  readonly coverage: number | null;
  readonly byTeam: Readonly<Record<string, number | null>>;
  readonly status: Status | null;
  readonly teamStatus: Readonly<Record<string, Status | null>>;
}

export interface TrainingResult {
  readonly consolidated: TrainingCoverage;
  readonly byOffice: ReadonlyMap<string, TrainingCoverage>;
  /** Offices in scorecard order, each office's gaps in sheet order. */
  readonly gaps: readonly TrainingGap[];
}

export interface ScorecardResult {
  readonly asOf: Day;
  readonly catalogId: string;
  /** The language the result sheets are written in (where a host finds them by name). */
  readonly language: Language;
  readonly offices: readonly string[];
  readonly consolidated: Indicators;
  readonly byOffice: ReadonlyMap<string, Indicators>;
  readonly campaigns: readonly CampaignResult[];
  /** Changes from the previous campaign and the previous as-of date; PRK over Indicator history. */
  readonly improvement: ImprovementView;
  readonly projects: readonly AssessedProject[];
  readonly leaders: readonly LeaderCompliance[];
  readonly corrective: readonly CorrectiveFigures[];
  readonly overdue: readonly OverdueItem[];
  readonly unactionedFindings: readonly UnactionedFinding[];
  /** Present when the workbook has Training rows. */
  readonly training?: TrainingResult;
  readonly issues: readonly Issue[];
}
