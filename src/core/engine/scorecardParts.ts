/**
 * The scorecard in two steps, so that offices read from many workbooks need not all be held at once:
 * - `scorecardPart`: records of some offices -> everything the result needs of them (each office's
 *   indicator components, warnings and CPA/CIP figures, the projects, leaders, overdue items,
 *   unactioned findings, and per-campaign tallies). Each office is computed from its own records.
 * - `assembleScorecard`: parts of disjoint offices (plus every Indicator history point) -> the result.
 *
 * Parts add up exactly to the whole: the consolidated view is a mean over offices, taken over the
 * same per-office values in the same order; campaign figures are sums of whole numbers; every
 * list keeps the order the records of one merged workbook would give, because each item carries
 * the index of the workbook it came from (`file`) and lists are merged by it (a stable sort).
 */
import { type Text, engineWarning, say } from "../text/messages";
import { type Catalog, clausesOf } from "../model/catalog";
import type { Day } from "../model/days";
import {
  CONSOLIDATED,
  type HistoryPoint,
  type Issue,
  type Records,
  type Settings,
  type Source,
  type Task,
  sourceCell,
  type TrainingRecord,
} from "../model/records";
import { trainingByOffice } from "./training";
import { trainingResult } from "./trainingResult";
import {
  type CampaignTally,
  addTally,
  campaignResult,
  campaignTallies,
  copyCapability,
  correctiveFigures,
  isOverdueAction,
  isOverduePlan,
  oldestFirst,
  overdueActions,
  overduePlans,
  unactionedFindings,
} from "./audits";
import {
  type OfficeCompliance,
  complianceByProcess,
  controlsWithValidEvidence,
  evidenceCoverage,
  leaderCompliance,
  officeComplianceLevel,
  scoreControls,
  taskCompletion,
} from "./compliance";
import { improvementView } from "./improvement";
import { derivedMaturity, maturityView } from "./maturity";
import { assessProjects, isAssessed, projectRisk } from "./projectRisk";
import type {
  AssessedProject,
  CorrectiveFigures,
  Indicators,
  LeaderCompliance,
  MaturityView,
  OfficeTraining,
  OverdueItem,
  ProjectRisk,
  ScorecardResult,
  StagePanelRow,
  Trend,
  UnactionedFinding,
} from "./results";
import { type Thresholds, maturityLevelStatus, percentStatus, riskStatus, trendStatus } from "./status";
import { groupBy, meanDefined, recordOf } from "./stats";
import { type TrendPoint, oclTrend } from "./trend";
import { type HistoryPoints, historyPoints } from "./historyPoints";
import { auditLevelGapWarnings, capabilityWarnings } from "./capability";
import {
  type OfficeTrail,
  type PartTrail,
  type TrendTrail,
  buildTrail,
  officeTrailOf,
  partTrail,
  trendTrail,
} from "./trail";

export interface ComputeOptions {
  /** Overrides the Settings sheet's as-of date. */
  readonly asOf?: Day;
  /** Used when neither the option nor the Settings sheet gives an as-of date. */
  readonly today: Day;
  /**
   * False in a consolidation of several workbooks: the audit trail keeps each office's counts (a
   * CCL's numerator and denominator, tasks done of due, each rung) but not its controls, tasks or
   * maturity and attribute ratings, so that memory does not grow with the rows of every file; an
   * office's own compute trails those rows.
   */
  readonly rowTrail?: boolean;
}

/** The as-of date of a run: the option, else the Settings sheet's, else today. */
export const asOfOf = (settings: Settings, options: ComputeOptions): Day =>
  options.asOf ?? settings.asOf ?? options.today;

/** An item with the index of the workbook it was read from (0 for a single workbook). */
export interface FromFile<T> {
  readonly file: number;
  readonly item: T;
}

/** One office's (or the organisation's) compliance, maturity and project risk, before statuses. */
export interface Components extends OfficeCompliance {
  readonly derivedMaturity: MaturityView;
  readonly prk: ProjectRisk;
}

export interface OfficePart {
  readonly office: string;
  /** Where the office first appears: which record list (Controls first, as officesOf) and which file. */
  readonly list: number;
  readonly file: number;
  readonly components: Components;
  /** Indicators the office's records leave undefined. */
  readonly warnings: readonly Issue[];
  readonly corrective: CorrectiveFigures;
  /** What went into the office's numbers, but for its trend (which needs the history). */
  readonly trail: Omit<OfficeTrail, "office" | "oclt">;
}

export interface ScorecardPart {
  /** Offices in order of first appearance. */
  readonly offices: readonly OfficePart[];
  /** Controls claimed compliant without valid evidence, in Controls order. */
  readonly controlWarnings: readonly FromFile<Issue>[];
  /** Maturity rows whose typed level is 2 or more from their audit's capability level, in Maturity order. */
  readonly auditLevelGaps: readonly FromFile<Issue>[];
  readonly projects: readonly FromFile<AssessedProject>[];
  /** Each office's control owners (offices in order of their first owned control). */
  readonly leaders: readonly FromFile<readonly LeaderCompliance[]>[];
  readonly overdueActions: readonly FromFile<OverdueItem>[];
  readonly overduePlans: readonly FromFile<OverdueItem>[];
  readonly unactioned: readonly FromFile<{ readonly finding: UnactionedFinding; readonly warning: Issue }>[];
  /** Campaigns in order of their first audit, with that audit's file. */
  readonly campaigns: readonly FromFile<CampaignTally>[];
  /** Each office's training (Training sheet), offices in order of their first row. */
  readonly training: readonly FromFile<OfficeTraining>[];
  /** The part's controls, projects and audits for the audit trail. */
  readonly trail: PartTrail;
}

/** What a part is computed with: the organisation's catalog and settings, the same for every part. */
export interface PartContext {
  readonly catalog: Catalog;
  readonly settings: Settings;
  /** Whether any workbook of the run has a Tasks sheet (without one, task-based indicators are undefined). */
  readonly hasTasks: boolean;
  readonly options: ComputeOptions;
  /** The file (index) a sheet, as records and issues name it, belongs to. */
  readonly fileOf: (sheet: string) => number;
}

const OFFICE_LISTS = ["controls", "evidence", "tasks", "projects", "audits", "actions", "improvements"] as const;

/** Offices in order of first appearance, Controls first, with where each first appears. */
function officesOf(
  records: Records,
  fileOf: (sheet: string) => number,
): { office: string; list: number; file: number }[] {
  const seen = new Set<string>();
  const offices: { office: string; list: number; file: number }[] = [];
  OFFICE_LISTS.forEach((key, list) => {
    const items: readonly { readonly office: string; readonly source: Source }[] = records[key];
    for (const item of items) {
      if (seen.has(item.office)) continue;
      seen.add(item.office);
      offices.push({ office: item.office, list, file: fileOf(item.source.sheet) });
    }
  });
  return offices;
}

function undefinedWarnings(
  office: string,
  c: Components,
  settings: Settings,
  hasTasks: boolean,
  applicableProcesses: ReadonlySet<string>,
): Issue[] {
  const warn = (sheet: string, message: Text): Issue => ({
    severity: "warning",
    sheet,
    row: null,
    column: null,
    cell: null,
    value: null,
    message: say(message, settings.language),
  });
  const out: Issue[] = [];
  for (const [process, v] of Object.entries(c.ccl)) {
    if (v !== null) continue;
    // Applicable controls but no CCL: they all weigh 0, and the message says so.
    const why = applicableProcesses.has(process)
      ? engineWarning.allWeightsZero(office, process)
      : engineWarning.noControlForProcess(office, process);
    out.push(warn("Controls", why));
  }
  if (c.evidenceCoverage === null && settings.oclWeights.evidence > 0) {
    out.push(warn("Evidence", engineWarning.noEvidenceBase(office)));
  }
  if (c.taskCompletion === null && settings.oclWeights.tasks > 0) {
    out.push(warn("Tasks", hasTasks ? engineWarning.noTaskDue(office) : engineWarning.noTasksSheet(office)));
  }
  return out;
}

/** Everything the result needs of the offices of `records` (which hold each of their offices whole). */
export function scorecardPart(records: Records, context: PartContext): ScorecardPart {
  const { catalog, settings, hasTasks, fileOf } = context;
  const asOf = asOfOf(settings, context.options);
  const fromSource = <T>(source: Source, item: T): FromFile<T> => ({ file: fileOf(source.sheet), item });

  const controlWarnings: FromFile<Issue>[] = [];
  const validEvidence = controlsWithValidEvidence(records.evidence, asOf);
  const scored = scoreControls(
    records.controls,
    validEvidence,
    settings.requireEvidence,
    (i) => controlWarnings.push({ file: fileOf(i.sheet), item: i }),
    settings.language,
  );
  const projects = assessProjects(records.projects, records.risks, asOf);
  const projectSources = records.projects.filter(isAssessed).map((p) => p.source);

  const scoredByOffice = groupBy(scored, (s) => s.control.office);
  const tasksByOffice = groupBy(records.tasks, (t) => t.office);
  const projectsByOffice = groupBy(projects, (p) => p.office);
  const actionsByOffice = groupBy(records.actions, (a) => a.office);
  const plansByOffice = groupBy(records.improvements, (p) => p.office);
  const noTasks: readonly Task[] = [];
  const nullByProcess = () => recordOf(catalog.processes.map((p) => [p.code, null] as const));

  const offices = officesOf(records, fileOf).map(({ office, list, file }): OfficePart => {
    const officeScored = scoredByOffice.get(office) ?? [];
    const officeTasks = tasksByOffice.get(office) ?? noTasks;
    const { ccl, cls, plc } = complianceByProcess(catalog, officeScored);
    const coverage = evidenceCoverage(officeScored);
    const completion = hasTasks ? taskCompletion(officeTasks, asOf) : null;
    const components: Components = {
      ccl,
      cls,
      plc,
      evidenceCoverage: coverage,
      taskCompletion: completion,
      ocl: officeComplianceLevel(cls, coverage, completion, settings.oclWeights),
      derivedMaturity: hasTasks
        ? derivedMaturity(catalog, officeTasks, asOf, ccl, settings.successThreshold)
        : maturityView(catalog, nullByProcess()),
      prk: projectRisk(projectsByOffice.get(office) ?? []),
    };
    return {
      office,
      list,
      file,
      components,
      warnings: undefinedWarnings(
        office,
        components,
        settings,
        hasTasks,
        new Set(officeScored.filter((x) => x.score !== null).map((x) => x.control.process)),
      ),
      corrective: correctiveFigures(office, actionsByOffice.get(office) ?? [], plansByOffice.get(office) ?? [], asOf),
      trail: withoutTaskRows(
        officeTrailOf(catalog, officeScored, hasTasks ? officeTasks : null, asOf, components, settings),
        context.options.rowTrail === false,
      ),
    };
  });

  // Leaders come grouped by office, offices in order of their first owned control.
  const firstOwned = new Map<string, Source>();
  for (const s of scored) {
    if (s.control.owner !== "" && !firstOwned.has(s.control.office)) firstOwned.set(s.control.office, s.control.source);
  }
  const leaders = [...groupBy(leaderCompliance(scored, records.tasks, asOf), (l) => l.office)].map(([office, rows]) =>
    fromSource(firstOwned.get(office) ?? { sheet: "", row: 0 }, rows),
  );

  const findingById = new Map(records.findings.map((f) => [f.id, f]));
  const unactioned = unactionedFindings(records.audits, records.findings, records.actions).map((u) => {
    const f = findingById.get(u.findingId);
    const warning: Issue = {
      severity: "warning",
      sheet: f?.source.sheet ?? "Findings",
      row: f?.source.row ?? null,
      ...(f ? sourceCell(f.source, "actionId", "Action ID") : { column: "Action ID", cell: null }),
      value: null,
      message: say(engineWarning.unactionedFinding(u.type, u.findingId, u.auditId), settings.language),
    };
    return { file: fileOf(warning.sheet), item: { finding: u, warning } };
  });

  const firstAudit = new Map<string, Source>();
  for (const a of records.audits) if (!firstAudit.has(a.campaign)) firstAudit.set(a.campaign, a.source);
  const lateActions = records.actions.filter((a) => isOverdueAction(a, asOf));
  const latePlans = records.improvements.filter((p) => isOverduePlan(p, asOf));

  const projectsFrom = projects.map((p, i) => fromSource(projectSources[i], p));
  const trail = partTrail(records, asOf, scored, projectsFrom, fileOf, context.options.rowTrail !== false);
  return {
    offices,
    controlWarnings,
    auditLevelGaps: auditLevelGapWarnings(records.maturity, records.processAttributes, settings.language).map((i) => ({
      file: fileOf(i.sheet),
      item: i,
    })),
    projects: projectsFrom,
    leaders,
    overdueActions: overdueActions(lateActions, asOf).map((item, i) => fromSource(lateActions[i].source, item)),
    overduePlans: overduePlans(latePlans, asOf).map((item, i) => fromSource(latePlans[i].source, item)),
    unactioned,
    campaigns: campaignTallies(records.audits, records.maturity, records.findings, records.processAttributes).map((t) =>
      fromSource(firstAudit.get(t.name) ?? { sheet: "", row: 0 }, t),
    ),
    training: trainingByOffice(catalog, records.training, asOf).map((t) =>
      fromSource(t.gaps[0]?.source ?? firstTrainingRow(records.training, t.office), t),
    ),
    trail,
  };
}

/** An office's trail without its tasks' rows when the trail keeps no rows (the counts stay). */
function withoutTaskRows(trail: OfficePart["trail"], drop: boolean): OfficePart["trail"] {
  return drop && trail.tasks !== null ? { ...trail, tasks: { ...trail.tasks, rows: [] } } : trail;
}

function firstTrainingRow(rows: readonly TrainingRecord[], office: string): Source {
  return rows.find((r) => r.office === office)?.source ?? { sheet: "", row: 0 };
}

/** This run's OCL joined to earlier runs' OCL of the same office, and the trail of its points. */
function trendOf(
  history: HistoryPoints,
  office: string,
  asOf: Day,
  ocl: number | null,
): { trend: Trend; trail: TrendTrail } {
  const points: TrendPoint[] = [...(history.points.get(office) ?? [])];
  if (ocl !== null) points.push({ day: asOf, value: ocl });
  const trend = oclTrend(points);
  const later = (history.later.get(office) ?? []).map((point) => ({ point, reason: "afterAsOf" as const }));
  return { trend, trail: trendTrail(points, trend.series, later) };
}

function indicators(catalog: Catalog, c: Components, oclt: Trend, t: Thresholds): Indicators {
  const statusesOf = (values: Record<string, number | null>) =>
    recordOf(Object.entries(values).map(([k, v]) => [k, percentStatus(v, t)] as const));
  const doValue = meanDefined(Object.values(c.plc));
  const checkValue = meanDefined(Object.values(c.ccl));
  const team = (stage: StagePanelRow["stage"]) => catalog.teams.find((x) => x.stage === stage)?.code ?? "SMR";
  const stages: StagePanelRow[] = [
    { stage: "PLAN", team: team("PLAN"), indicator: "OCL", value: c.ocl, label: null, status: percentStatus(c.ocl, t) },
    { stage: "DO", team: team("DO"), indicator: "PLC", value: doValue, label: null, status: percentStatus(doValue, t) },
    {
      stage: "CHECK",
      team: team("CHECK"),
      indicator: "CCL",
      value: checkValue,
      label: null,
      status: percentStatus(checkValue, t),
    },
    {
      stage: "ACT",
      team: team("ACT"),
      indicator: "PRK",
      value: c.prk.value,
      label: c.prk.level,
      status: riskStatus(c.prk.level),
    },
  ];
  return {
    ocl: c.ocl,
    cls: c.cls,
    ccl: c.ccl,
    plc: c.plc,
    prk: c.prk,
    oclt,
    derivedMaturity: c.derivedMaturity,
    evidenceCoverage: c.evidenceCoverage,
    taskCompletion: c.taskCompletion,
    stages,
    status: {
      ocl: percentStatus(c.ocl, t),
      oclt: trendStatus(oclt.direction, c.ocl, t),
      prk: riskStatus(c.prk.level),
      derivedMaturity: maturityLevelStatus(c.derivedMaturity.level),
      cls: statusesOf(c.cls),
      ccl: statusesOf(c.ccl),
      plc: statusesOf(c.plc),
    },
  };
}

/** Mean over offices of each key of a per-office record. */
function meanOfRecords(
  keys: readonly string[],
  records: readonly Readonly<Record<string, number | null>>[],
): Record<string, number | null> {
  return recordOf(keys.map((k) => [k, meanDefined(records.map((r) => r[k]))] as const));
}

/** Items of several parts in the order of one merged workbook: by file, each part's own order kept. */
export function byFile<T>(lists: readonly (readonly FromFile<T>[])[]): FromFile<T>[] {
  const all = lists.flat();
  // Each part's list is already in file order; a stable sort interleaves the parts.
  if (lists.filter((l) => l.length > 0).length > 1) all.sort((a, b) => a.file - b.file);
  return all;
}

/** Parts of disjoint offices, and every Indicator history point in sheet order -> the scorecard. */
export function assembleScorecard(
  catalog: Catalog,
  settings: Settings,
  options: ComputeOptions,
  parts: readonly ScorecardPart[],
  history: readonly HistoryPoint[],
): ScorecardResult {
  const asOf = asOfOf(settings, options);
  const thresholds: Thresholds = { success: settings.successThreshold, fail: settings.failThreshold };
  const offices = parts.flatMap((p) => p.offices);
  if (parts.length > 1) offices.sort((a, b) => a.list - b.list || a.file - b.file);
  const items = <T>(pick: (p: ScorecardPart) => readonly FromFile<T>[]) => byFile(parts.map(pick)).map((x) => x.item);

  const historyWarnings: Issue[] = [];
  const oclPoints = historyPoints(
    history,
    "OCL",
    asOf,
    (i) => historyWarnings.push(i),
    settings.language,
    engineWarning.historyAfterAsOf,
  );
  const byOffice = new Map<string, Indicators>();
  const officeTrails: OfficeTrail[] = [];
  for (const o of offices) {
    const { trend, trail } = trendOf(oclPoints, o.office, asOf, o.components.ocl);
    byOffice.set(o.office, indicators(catalog, o.components, trend, thresholds));
    officeTrails.push({ office: o.office, ...o.trail, oclt: trail });
  }

  const all = offices.map((o) => o.components);
  const projects = items((p) => p.projects);
  const processCodes = catalog.processes.map((p) => p.code);
  const consolidatedComponents: Components = {
    ccl: meanOfRecords(
      processCodes,
      all.map((c) => c.ccl),
    ),
    cls: meanOfRecords(
      clausesOf(catalog),
      all.map((c) => c.cls),
    ),
    plc: meanOfRecords(
      catalog.teams.map((t) => t.code),
      all.map((c) => c.plc),
    ),
    evidenceCoverage: meanDefined(all.map((c) => c.evidenceCoverage)),
    taskCompletion: meanDefined(all.map((c) => c.taskCompletion)),
    ocl: meanDefined(all.map((c) => c.ocl)),
    derivedMaturity: maturityView(
      catalog,
      meanOfRecords(
        processCodes,
        all.map((c) => c.derivedMaturity.byProcess),
      ),
    ),
    prk: projectRisk(projects),
  };
  const consolidatedTrend = trendOf(oclPoints, CONSOLIDATED, asOf, consolidatedComponents.ocl);
  const consolidated = indicators(catalog, consolidatedComponents, consolidatedTrend.trend, thresholds);

  // A campaign audited in several parts: its tallies added, in the order of its first audit.
  const campaigns = new Map<string, CampaignTally>();
  for (const { item } of byFile(parts.map((p) => p.campaigns))) {
    const into = campaigns.get(item.name);
    if (into === undefined) campaigns.set(item.name, parts.length > 1 ? copyTally(item) : item);
    else addTally(into, item);
  }
  const unactioned = items((p) => p.unactioned);
  const campaignResults = [...campaigns.values()].map((t) => campaignResult(catalog, t));
  const improvement = improvementView({
    asOf,
    campaigns: campaignResults,
    consolidated,
    byOffice,
    consolidatedName: CONSOLIDATED,
    history,
    language: settings.language,
    warn: (i) => historyWarnings.push(i),
  });
  const training = items((p) => p.training);

  return {
    asOf,
    catalogId: catalog.id,
    language: settings.language,
    offices: offices.map((o) => o.office),
    consolidated,
    byOffice,
    campaigns: campaignResults,
    improvement,
    trail: buildTrail({
      catalog,
      settings,
      asOf,
      controls: items((p) => p.trail.controls),
      projects: items((p) => p.trail.projects),
      audits: items((p) => p.trail.audits),
      offices: officeTrails,
      consolidatedOclt: consolidatedTrend.trail,
      training,
    }),
    projects,
    leaders: items((p) => p.leaders).flat(),
    corrective: offices.map((o) => o.corrective),
    overdue: oldestFirst([...items((p) => p.overdueActions), ...items((p) => p.overduePlans)]),
    unactionedFindings: unactioned.map((u) => u.finding),
    ...(training.length === 0
      ? {}
      : {
          training: trainingResult(
            catalog,
            offices.map((o) => o.office),
            training,
            thresholds,
          ),
        }),
    issues: [
      ...items((p) => p.controlWarnings),
      ...offices.flatMap((o) => o.warnings),
      ...historyWarnings,
      ...unactioned.map((u) => u.warning),
      ...capabilityWarnings(campaignResults, settings.language),
      ...items((p) => p.auditLevelGaps),
    ],
  };
}

function copyTally(t: CampaignTally): CampaignTally {
  return {
    ...t,
    ratings: new Map([...t.ratings].map(([k, v]) => [k, { ...v }])),
    findings: { ...t.findings },
    ...(t.capability === undefined ? {} : { capability: copyCapability(t.capability) }),
  };
}
