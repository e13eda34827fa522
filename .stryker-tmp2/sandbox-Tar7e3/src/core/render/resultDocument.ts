/** The `--json` result document, spelled as workbook.md "The result document" says. */
// @ts-nocheck

import { isoFromDay } from "../model/days";
import type {
  CapabilityView,
  Indicators,
  MaturityView,
  ProjectRisk,
  ScorecardResult,
  Trend,
  TrainingCoverage,
  TrainingGapKind,
} from "../engine/results";
import { recordOf } from "../engine/stats";
import type { FindingType, Severity } from "../model/records";
import type { Status } from "../engine/status";
import type {
  CampaignImprovement,
  Change,
  ImprovementView,
  OclChange,
  PrkSeries,
  PrkTrendDirection,
} from "../engine/improvement";

export interface PrkSeriesDocument {
  readonly points: { asOf: string; value: number }[];
  readonly slope: number | null;
  readonly direction: PrkTrendDirection | null;
}

export interface OclChangeDocument extends Change {
  readonly previousAsOf: string | null;
}

/** The improvement view: null campaigns when fewer than two campaigns exist. */
export interface ImprovementDocument {
  readonly campaigns: CampaignImprovement | null;
  readonly prk: { consolidated: PrkSeriesDocument; byOffice: Record<string, PrkSeriesDocument> };
  readonly ocl: { consolidated: OclChangeDocument; byOffice: Record<string, OclChangeDocument> };
}

export interface IndicatorsDocument {
  readonly ocl: number | null;
  readonly cls: Record<string, number | null>;
  readonly ccl: Record<string, number | null>;
  readonly plc: Record<string, number | null>;
  readonly prk: ProjectRisk;
  readonly oclt: Pick<Trend, "slope" | "direction">;
  readonly derivedMaturity: MaturityView;
  readonly evidenceCoverage: number | null;
  readonly taskCompletion: number | null;
  readonly status: Indicators["status"];
}

export interface ResultDocument {
  readonly asOf: string;
  readonly catalog: string;
  readonly offices: string[];
  readonly consolidated: IndicatorsDocument;
  readonly byOffice: Record<string, IndicatorsDocument>;
  readonly campaigns: {
    name: string;
    audits: number;
    maturity: MaturityView;
    findings: Record<FindingType, number>;
    auditLevel: number | null;
    status: Record<string, Status | null | Record<string, Status | null>>;
    /** Present when some audit of the campaign has process attribute ratings. */
    capability?: Omit<CapabilityView, "sheet">;
  }[];
  readonly improvement: ImprovementDocument;
  /** Present when the workbook has Training rows. */
  readonly training?: {
    consolidated: TrainingCoverage;
    byOffice: Record<string, TrainingCoverage>;
    gaps: {
      office: string;
      person: string;
      team: string;
      course: string;
      kind: TrainingGapKind;
      validUntil: string | null;
      /** The course's first row on the Training sheet. */
      row: number;
    }[];
  };
  /** The workbooks a consolidation read, as named on the command line (absent for one workbook). */
  readonly inputs?: readonly string[];
  readonly issues: {
    severity: Severity;
    sheet: string;
    row: number | null;
    column: string | null;
    cell: string | null;
    value: string | null;
    message: string;
  }[];
}

function indicatorsDocument(i: Indicators): IndicatorsDocument {
  return {
    ocl: i.ocl,
    cls: i.cls,
    ccl: i.ccl,
    plc: i.plc,
    prk: { value: i.prk.value, level: i.prk.level },
    oclt: { slope: i.oclt.slope, direction: i.oclt.direction },
    derivedMaturity: i.derivedMaturity,
    evidenceCoverage: i.evidenceCoverage,
    taskCompletion: i.taskCompletion,
    status: i.status,
  };
}

const prkDocument = (p: PrkSeries): PrkSeriesDocument => ({
  points: p.points.map((x) => ({ asOf: isoFromDay(x.day), value: x.value })),
  slope: p.slope,
  direction: p.direction,
});

const oclDocument = (o: OclChange): OclChangeDocument => ({
  previous: o.previous,
  latest: o.latest,
  change: o.change,
  direction: o.direction,
  previousAsOf: o.previousAsOf === null ? null : isoFromDay(o.previousAsOf),
});

function improvementDocument(v: ImprovementView): ImprovementDocument {
  return {
    campaigns: v.campaigns,
    prk: {
      consolidated: prkDocument(v.prk.consolidated),
      byOffice: recordOf([...v.prk.byOffice].map(([office, p]) => [office, prkDocument(p)] as const)),
    },
    ocl: {
      consolidated: oclDocument(v.ocl.consolidated),
      byOffice: recordOf([...v.ocl.byOffice].map(([office, o]) => [office, oclDocument(o)] as const)),
    },
  };
}

function capabilityDocument({ sheet: _sheet, ...capability }: CapabilityView): Omit<CapabilityView, "sheet"> {
  return capability;
}

export function resultDocument(result: ScorecardResult): ResultDocument {
  return {
    asOf: isoFromDay(result.asOf),
    catalog: result.catalogId,
    offices: [...result.offices],
    consolidated: indicatorsDocument(result.consolidated),
    byOffice: recordOf([...result.byOffice].map(([office, i]) => [office, indicatorsDocument(i)] as const)),
    campaigns: result.campaigns.map((c) => ({
      name: c.name,
      audits: c.audits,
      maturity: c.maturity,
      findings: { ...c.findings },
      auditLevel: c.auditLevel,
      status: { ...c.status },
      ...(c.capability === undefined ? {} : { capability: capabilityDocument(c.capability) }),
    })),
    improvement: improvementDocument(result.improvement),
    ...(result.training === undefined
      ? {}
      : {
          training: {
            consolidated: result.training.consolidated,
            byOffice: recordOf([...result.training.byOffice]),
            gaps: result.training.gaps.map((g) => ({
              office: g.office,
              person: g.person,
              team: g.team,
              course: g.course,
              kind: g.kind,
              validUntil: g.validUntil === null ? null : isoFromDay(g.validUntil),
              row: g.source.row,
            })),
          },
        }),
    issues: result.issues.map((i) => ({ ...i })),
  };
}
