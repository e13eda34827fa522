/**
 * The audit trail: what went into each indicator, what was left out and why, and the input rows
 * it came from. The engine records it while computing; the Calculation sheet and `explain`
 * only lay it out, so that an auditor can recompute every number from it alone.
 */
import type { Catalog } from "../model/catalog";
import type { Day } from "../model/days";
import { type AuditCapability, auditCapabilities } from "./capability";
import {
  type AttributeRatingRow,
  type Audit,
  type Control,
  FINDING_TYPES,
  type FindingType,
  type MaturityRating,
  type OclWeights,
  type Records,
  type Risk,
  type Settings,
  type Source,
  type Task,
} from "../model/records";
import {
  type EvidenceFinding,
  type OclComponent,
  STATUS_SCORE,
  type ScoredControl,
  evidenceFindings,
  isDoneBy,
  oclComponents,
} from "./compliance";
import { type Rung, derivedRungs } from "./maturity";
import type { AssessedProject, OfficeTraining } from "./results";
import type { FromFile } from "./scorecardParts";
import { groupBy, recordOf } from "./stats";
import type { TrendPoint } from "./trend";

/** One control as scored: its status score, the evidence decision and the score counted. */
export interface ControlTrail {
  readonly control: Control;
  /** The status's score (1, 0.5, 0); null for Not applicable. */
  readonly statusScore: number | null;
  readonly evidence: EvidenceFinding;
  /** score(c): the status score, or 0 for a claim without evidence; null for Not applicable. */
  readonly score: number | null;
  /** Counted in CCL: applicable, with a weight above 0. */
  readonly inCcl: boolean;
}

/** CCL(N) of one office as sum(weight * score) / sum(weight). */
export interface CclTrail {
  readonly numerator: number;
  readonly denominator: number;
  /** Applicable controls mapped to N (weight 0 included). */
  readonly applicable: number;
}

/** Why a trend point is left out. */
export type PointLeftOut = "afterAsOf" | "older";

export interface TrendTrail {
  /** The points the slope was fitted on, oldest first. */
  readonly used: readonly TrendPoint[];
  readonly leftOut: readonly { readonly point: TrendPoint; readonly reason: PointLeftOut }[];
}

/** One task of an office, as task completion counts it. */
export interface TaskTrail {
  readonly id: string;
  readonly process: string;
  readonly owner: string;
  /** Due on or before the as-of date: counted. */
  readonly due: boolean;
  /** Done by the as-of date. */
  readonly done: boolean;
  readonly source: Source;
}

export interface OfficeTrail {
  readonly office: string;
  /** Per process code. */
  readonly ccl: Readonly<Record<string, CclTrail>>;
  /** Applicable controls with valid evidence / applicable controls. */
  readonly coverage: { readonly withEvidence: number; readonly applicable: number };
  /** Tasks due by asOf done by then / tasks due by asOf, and every task; null without a Tasks sheet. */
  readonly tasks: { readonly done: number; readonly due: number; readonly rows: readonly TaskTrail[] } | null;
  readonly oclComponents: readonly OclComponent[];
  readonly oclt: TrendTrail;
  /** Per process code: the ladder's five rungs (empty without a Tasks sheet). */
  readonly rungs: Readonly<Record<string, readonly Rung[]>>;
}

/** The risk that set a project's exposure (the largest likelihood x impact over its Open risks). */
export interface ProjectTrail {
  readonly office: string;
  readonly projectId: string;
  readonly source: Source;
  readonly exposureRisk: Risk | null;
}

export interface AuditTrail {
  readonly audit: Audit;
  readonly findings: Readonly<Record<FindingType, number>>;
}

/** One process as one audit rated its attributes: the level and the rows it came from. */
export interface CapabilityTrail extends AuditCapability {
  readonly office: string;
  readonly rows: readonly AttributeRatingRow[];
}

export interface CampaignTrail {
  readonly name: string;
  readonly ratings: readonly MaturityRating[];
  readonly audits: readonly AuditTrail[];
  /** Each (audit, process) with attribute ratings, in Audits order then the order of its first row. */
  readonly capabilities: readonly CapabilityTrail[];
}

export interface Trail {
  /** The catalog the processes, clauses and teams come from. */
  readonly catalog: Catalog;
  readonly asOf: Day;
  readonly requireEvidence: boolean;
  readonly successThreshold: number;
  readonly failThreshold: number;
  readonly oclWeights: OclWeights;
  /** Every control, in the order of the Controls sheet. */
  readonly controls: readonly ControlTrail[];
  readonly offices: readonly OfficeTrail[];
  /** The consolidated OCL's trend (Indicator history rows of "Consolidated" plus this run). */
  readonly consolidatedOclt: TrendTrail;
  /** In the order of the result's projects. */
  readonly projects: readonly ProjectTrail[];
  readonly campaigns: readonly CampaignTrail[];
  /** Each office's required courses (Training sheet), offices in any order. */
  readonly training: readonly OfficeTraining[];
}

/** The used and left-out points of a trend, given every candidate and the points the slope used. */
export function trendTrail(
  candidates: readonly TrendPoint[],
  used: readonly TrendPoint[],
  excluded: readonly { readonly point: TrendPoint; readonly reason: PointLeftOut }[],
): TrendTrail {
  const usedSet = new Set(used);
  const older = candidates.filter((p) => !usedSet.has(p)).map((point) => ({ point, reason: "older" as const }));
  return { used, leftOut: [...excluded, ...older] };
}

/** The values of one office that its trail explains. */
interface OfficeValues {
  readonly ccl: Readonly<Record<string, number | null>>;
  readonly cls: Readonly<Record<string, number | null>>;
  readonly evidenceCoverage: number | null;
  readonly taskCompletion: number | null;
}

/** One office's trail, but for its trend (which needs the history). `tasks` null: no Tasks sheet. */
export function officeTrailOf(
  catalog: Catalog,
  scored: readonly ScoredControl[],
  tasks: readonly Task[] | null,
  asOf: Day,
  values: OfficeValues,
  settings: Settings,
): Omit<OfficeTrail, "office" | "oclt"> {
  const byProcess = groupBy(scored, (s) => s.control.process);
  const ccl = recordOf(
    catalog.processes.map((p) => {
      let numerator = 0;
      let denominator = 0;
      let applicable = 0;
      for (const { control, score } of byProcess.get(p.code) ?? []) {
        if (score === null) continue;
        applicable++;
        numerator += control.weight * score;
        denominator += control.weight;
      }
      return [p.code, { numerator, denominator, applicable }] as const;
    }),
  );
  const applicable = scored.filter((s) => s.score !== null);
  const due = tasks?.filter((t) => t.due <= asOf) ?? [];
  const tasksByProcess = groupBy(tasks ?? [], (t) => t.process);
  return {
    ccl,
    coverage: { withEvidence: applicable.filter((s) => s.hasValidEvidence).length, applicable: applicable.length },
    tasks:
      tasks === null
        ? null
        : {
            done: due.filter((t) => isDoneBy(t, asOf)).length,
            due: due.length,
            rows: tasks.map((t) => ({
              id: t.id,
              process: t.process,
              owner: t.owner,
              due: t.due <= asOf,
              done: isDoneBy(t, asOf),
              source: t.source,
            })),
          },
    oclComponents: oclComponents(values.cls, values.evidenceCoverage, values.taskCompletion, settings.oclWeights),
    rungs: recordOf(
      catalog.processes.map(
        (p) =>
          [
            p.code,
            tasks === null
              ? []
              : derivedRungs(tasksByProcess.get(p.code) ?? [], asOf, values.ccl[p.code], settings.successThreshold),
          ] as const,
      ),
    ),
  };
}

/** What one part of the offices (scorecardParts.ts) adds to the trail, each item with its file. */
export interface PartTrail {
  readonly controls: readonly FromFile<ControlTrail>[];
  /** In the order of the part's projects. */
  readonly projects: readonly FromFile<ProjectTrail>[];
  /** Each audit with its campaign, its maturity ratings and its finding counts, in Audits order. */
  readonly audits: readonly FromFile<{
    readonly campaign: string;
    readonly ratings: readonly MaturityRating[];
    readonly attributes: readonly AttributeRatingRow[];
    readonly audit: AuditTrail;
  }>[];
}

/** The trail of the controls, projects and audits of `records` (a part's records). */
export function partTrail(
  records: Records,
  asOf: Day,
  scored: readonly ScoredControl[],
  projects: readonly FromFile<AssessedProject>[],
  fileOf: (sheet: string) => number,
  /** False: no controls, maturity or attribute ratings (ComputeOptions.rowTrail). */
  rows = true,
): PartTrail {
  // Evidence decisions are only needed for the controls the trail keeps.
  const findings = rows ? evidenceFindings(records.evidence, asOf) : new Map<string, never>();
  const controls = (rows ? scored : []).map(({ control, score }): FromFile<ControlTrail> => ({
    file: fileOf(control.source.sheet),
    item: {
      control,
      statusScore: STATUS_SCORE[control.status],
      evidence: findings.get(control.office)?.get(control.id) ?? { kind: "none" },
      score,
      inCcl: score !== null && control.weight > 0,
    },
  }));

  const openRisks = groupBy(
    records.risks.filter((r) => r.status === "Open"),
    (r) => r.projectId,
  );
  const projectSource = new Map(records.projects.map((p) => [p.id, p.source]));
  const projectTrails = projects.map(({ file, item: p }): FromFile<ProjectTrail> => {
    let exposureRisk: Risk | null = null;
    for (const r of openRisks.get(p.id) ?? []) {
      if (exposureRisk === null || r.likelihood * r.impact > exposureRisk.likelihood * exposureRisk.impact)
        exposureRisk = r;
    }
    const source = projectSource.get(p.id) ?? { sheet: "Projects", row: 0 };
    return { file, item: { office: p.office, projectId: p.id, source, exposureRisk } };
  });

  const ratingsByAudit = groupBy(rows ? records.maturity : [], (r) => r.auditId);
  const attributesByAudit = groupBy(rows ? records.processAttributes : [], (r) => r.auditId);
  const findingsByAudit = groupBy(records.findings, (f) => f.auditId);
  const audits = records.audits.map((audit): PartTrail["audits"][number] => {
    const counts = recordOf(FINDING_TYPES.map((t) => [t, 0] as const)) as Record<FindingType, number>;
    for (const f of findingsByAudit.get(audit.id) ?? []) counts[f.type]++;
    return {
      file: fileOf(audit.source.sheet),
      item: {
        campaign: audit.campaign,
        ratings: ratingsByAudit.get(audit.id) ?? [],
        attributes: attributesByAudit.get(audit.id) ?? [],
        audit: { audit, findings: counts },
      },
    };
  });
  return { controls, projects: projectTrails, audits };
}

export interface TrailInput {
  readonly catalog: Catalog;
  readonly settings: Settings;
  readonly asOf: Day;
  /** The parts' controls, projects and audits, each list merged in file order (byFile). */
  readonly controls: readonly ControlTrail[];
  readonly projects: readonly ProjectTrail[];
  readonly audits: readonly PartTrail["audits"][number]["item"][];
  readonly offices: readonly OfficeTrail[];
  readonly consolidatedOclt: TrendTrail;
  readonly training: readonly OfficeTraining[];
}

/** Each audit's capability levels per process, with the rows each came from. */
function capabilityTrails(audits: readonly PartTrail["audits"][number]["item"][]): CapabilityTrail[] {
  return audits.flatMap(({ attributes, audit }) => {
    const rows = groupBy(attributes, (r) => r.process);
    return auditCapabilities(attributes).map((c) => ({
      ...c,
      office: audit.audit.office,
      rows: rows.get(c.process) ?? [],
    }));
  });
}

export function buildTrail(input: TrailInput): Trail {
  const { catalog, settings, asOf, controls, projects, audits, offices, consolidatedOclt, training } = input;
  const campaigns = [...groupBy(audits, (a) => a.campaign)].map(([name, list]): CampaignTrail => ({
    name,
    ratings: list.flatMap((a) => a.ratings),
    audits: list.map((a) => a.audit),
    capabilities: capabilityTrails(list),
  }));
  return {
    catalog,
    asOf,
    requireEvidence: settings.requireEvidence,
    successThreshold: settings.successThreshold,
    failThreshold: settings.failThreshold,
    oclWeights: settings.oclWeights,
    controls,
    offices,
    consolidatedOclt,
    projects,
    campaigns,
    training,
  };
}
