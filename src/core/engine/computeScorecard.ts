/**
 * Records -> every indicator of framework.md, per office and consolidated, per campaign.
 * Pure: the same records and as-of date always give the same result.
 */
import { type Text, engineWarning, say } from "../text/messages";
import { type Catalog, clausesOf } from "../model/catalog";
import { type Day, isoFromDay } from "../model/days";
import {
  CONSOLIDATED,
  type HistoryPoint,
  type HistoryRow,
  type Issue,
  type Records,
  type Settings,
  type Task,
} from "../model/records";
import { campaignResults, correctiveFigures, overdueItems, unactionedFindings } from "./audits";
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
import { derivedMaturity, maturityView } from "./maturity";
import { assessProjects, projectRisk } from "./projectRisk";
import type { Indicators, MaturityView, ProjectRisk, ScorecardResult, StagePanelRow, Trend } from "./results";
import { type Thresholds, maturityLevelStatus, percentStatus, riskStatus, trendStatus } from "./status";
import { groupBy, meanDefined, recordOf } from "./stats";
import { type TrendPoint, oclTrend } from "./trend";

/** Indicators that each run records in Indicator history. */
export const HISTORY_INDICATORS = ["OCL", "PRK", "ML"] as const;

export interface ComputeOptions {
  /** Overrides the Settings sheet's as-of date. */
  readonly asOf?: Day;
  /** Used when neither the option nor the Settings sheet gives an as-of date. */
  readonly today: Day;
}

/** One office's (or the organisation's) compliance, maturity and project risk, before statuses. */
interface Components extends OfficeCompliance {
  readonly derivedMaturity: MaturityView;
  readonly prk: ProjectRisk;
}

/** Offices in order of first appearance, Controls first. */
function officesOf(records: Records): string[] {
  const offices = new Set<string>();
  for (const list of [
    records.controls,
    records.evidence,
    records.tasks,
    records.projects,
    records.audits,
    records.actions,
    records.improvements,
  ]) {
    for (const item of list) offices.add(item.office);
  }
  return [...offices];
}

/**
 * Earlier runs' OCL points of each office, indexed once. The same as-of date is this run's own
 * point; a later date is left out with a warning (an assessment as of a date knows nothing later).
 */
function oclHistory(
  history: readonly HistoryPoint[],
  asOf: Day,
  warn: (issue: Issue) => void,
  language: Settings["language"],
): Map<string, TrendPoint[]> {
  const byOffice = new Map<string, TrendPoint[]>();
  for (const h of history) {
    if (h.asOf === asOf || h.indicator.trim().toUpperCase() !== "OCL") continue;
    if (h.asOf > asOf) {
      warn({
        severity: "warning",
        sheet: h.source.sheet,
        row: h.source.row,
        column: "As-of date",
        cell: null,
        value: isoFromDay(h.asOf),
        message: say(engineWarning.historyAfterAsOf(h.office, isoFromDay(h.asOf), isoFromDay(asOf)), language),
      });
      continue;
    }
    const point: TrendPoint = { day: h.asOf, value: h.value, source: h.source };
    const points = byOffice.get(h.office);
    if (points) points.push(point);
    else byOffice.set(h.office, [point]);
  }
  return byOffice;
}

/** This run's OCL joined to earlier runs' OCL of the same office. */
function trendOf(
  history: ReadonlyMap<string, readonly TrendPoint[]>,
  office: string,
  asOf: Day,
  ocl: number | null,
): Trend {
  const points: TrendPoint[] = [...(history.get(office) ?? [])];
  if (ocl !== null) points.push({ day: asOf, value: ocl });
  return oclTrend(points);
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

export function computeScorecard(records: Records, options: ComputeOptions): ScorecardResult {
  const { catalog, settings } = records;
  const asOf = options.asOf ?? settings.asOf ?? options.today;
  const thresholds: Thresholds = { success: settings.successThreshold, fail: settings.failThreshold };
  const issues: Issue[] = [];
  const hasTasks = records.sheetsPresent.has("tasks");

  const validEvidence = controlsWithValidEvidence(records.evidence, asOf);
  const scored = scoreControls(
    records.controls,
    validEvidence,
    settings.requireEvidence,
    (i) => issues.push(i),
    settings.language,
  );
  const projects = assessProjects(records.projects, records.risks, asOf);

  const scoredByOffice = groupBy(scored, (s) => s.control.office);
  const tasksByOffice = groupBy(records.tasks, (t) => t.office);
  const projectsByOffice = groupBy(projects, (p) => p.office);
  const actionsByOffice = groupBy(records.actions, (a) => a.office);
  const plansByOffice = groupBy(records.improvements, (p) => p.office);
  const offices = officesOf(records);
  const noTasks: readonly Task[] = [];
  const nullByProcess = () => recordOf(catalog.processes.map((p) => [p.code, null] as const));

  const components = new Map<string, Components>();
  for (const office of offices) {
    const officeScored = scoredByOffice.get(office) ?? [];
    const officeTasks = tasksByOffice.get(office) ?? noTasks;
    const { ccl, cls, plc } = complianceByProcess(catalog, officeScored);
    const coverage = evidenceCoverage(officeScored);
    const completion = hasTasks ? taskCompletion(officeTasks, asOf) : null;
    const c: Components = {
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
    components.set(office, c);
    const applicable = new Set(officeScored.filter((x) => x.score !== null).map((x) => x.control.process));
    issues.push(...undefinedWarnings(office, c, settings, hasTasks, applicable));
  }

  const history = oclHistory(records.history, asOf, (i) => issues.push(i), settings.language);
  const byOffice = new Map<string, Indicators>();
  for (const [office, c] of components)
    byOffice.set(office, indicators(catalog, c, trendOf(history, office, asOf, c.ocl), thresholds));

  const all = [...components.values()];
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
  const consolidated = indicators(
    catalog,
    consolidatedComponents,
    trendOf(history, CONSOLIDATED, asOf, consolidatedComponents.ocl),
    thresholds,
  );

  const unactioned = unactionedFindings(records.audits, records.findings, records.actions);
  const findingById = new Map(records.findings.map((f) => [f.id, f]));
  for (const u of unactioned) {
    const f = findingById.get(u.findingId);
    issues.push({
      severity: "warning",
      sheet: f?.source.sheet ?? "Findings",
      row: f?.source.row ?? null,
      column: "Action ID",
      cell: null,
      value: null,
      message: say(engineWarning.unactionedFinding(u.type, u.findingId, u.auditId), settings.language),
    });
  }

  return {
    asOf,
    catalogId: catalog.id,
    language: settings.language,
    offices,
    consolidated,
    byOffice,
    campaigns: campaignResults(catalog, records.audits, records.maturity, records.findings),
    projects,
    leaders: leaderCompliance(scored, records.tasks, asOf),
    corrective: offices.map((o) =>
      correctiveFigures(o, actionsByOffice.get(o) ?? [], plansByOffice.get(o) ?? [], asOf),
    ),
    overdue: overdueItems(records.actions, records.improvements, asOf),
    unactionedFindings: unactioned,
    issues,
  };
}

/** This run's rows for Indicator history: OCL, PRK and ML for each office and the consolidated view. */
export function historyRows(result: ScorecardResult): HistoryRow[] {
  const rows: HistoryRow[] = [];
  const asOf = isoFromDay(result.asOf);
  const add = (office: string, i: Indicators) => {
    const values: Record<(typeof HISTORY_INDICATORS)[number], number | null> = {
      OCL: i.ocl,
      PRK: i.prk.value,
      ML: i.derivedMaturity.average,
    };
    for (const indicator of HISTORY_INDICATORS) {
      const value = values[indicator];
      if (value !== null) rows.push({ asOf, office, indicator, value });
    }
  };
  for (const [office, i] of result.byOffice) add(office, i);
  add(CONSOLIDATED, result.consolidated);
  return rows;
}
