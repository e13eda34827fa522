/** Control compliance: CCL, CLS, evidence coverage, task completion, OCL, PLC (framework.md section 3). */
// @ts-nocheck

import { type Catalog, clausesOf } from "../model/catalog";
import type { Day } from "../model/days";
import { engineWarning, say } from "../text/messages";
import {
  type Control,
  type ControlStatus,
  type Evidence,
  type Issue,
  type Language,
  type OclWeights,
  type Task,
  sourceCell,
} from "../model/records";
import type { LeaderCompliance } from "./results";
import { ScopedIds } from "../model/scopedIds";
import { groupBy, meanDefined, recordOf, weightedMeanDefined } from "./stats";

const STATUS_SCORE: Readonly<Record<ControlStatus, number | null>> = {
  Compliant: 1,
  "Partially compliant": 0.5,
  "Not compliant": 0,
  "Not applicable": null,
};

export function isValidEvidence(e: Evidence, asOf: Day): boolean {
  return (
    e.status === "Accepted" &&
    (e.collectedOn === null || e.collectedOn <= asOf) &&
    (e.validUntil === null || e.validUntil >= asOf)
  );
}

/** The controls that have valid evidence as of `asOf`. */
export function controlsWithValidEvidence(evidence: readonly Evidence[], asOf: Day): ScopedIds {
  const valid = new ScopedIds();
  for (const e of evidence) if (isValidEvidence(e, asOf)) valid.add(e.office, e.controlId);
  return valid;
}

export interface ScoredControl {
  readonly control: Control;
  /** null for Not applicable controls. */
  readonly score: number | null;
  readonly hasValidEvidence: boolean;
}

/**
 * score(c) = status score when the control has valid evidence or evidence is not required;
 * 0 otherwise (a claim without evidence is not compliance), with a warning naming the control.
 */
export function scoreControls(
  controls: readonly Control[],
  validEvidence: ScopedIds,
  requireEvidence: boolean,
  warn: (issue: Issue) => void,
  language: Language = "en",
): ScoredControl[] {
  return controls.map((control) => {
    const statusScore = STATUS_SCORE[control.status];
    const hasValidEvidence = validEvidence.has(control.office, control.id);
    if (statusScore === null) return { control, score: null, hasValidEvidence };
    if (hasValidEvidence || !requireEvidence) return { control, score: statusScore, hasValidEvidence };
    if (statusScore > 0) {
      warn({
        severity: "warning",
        sheet: control.source.sheet,
        row: control.source.row,
        ...sourceCell(control.source, "status", "Status"),
        value: control.statusText ?? control.status,
        message: say(engineWarning.claimWithoutEvidence(control.id, control.office, control.status), language),
      });
    }
    return { control, score: 0, hasValidEvidence };
  });
}

/** Weighted compliance of applicable scored controls: sum(w * s) / sum(w); null when none apply. */
export function weightedCompliance(scored: readonly ScoredControl[]): number | null {
  let sum = 0;
  let weights = 0;
  for (const { control, score } of scored) {
    if (score === null) continue;
    sum += control.weight * score;
    weights += control.weight;
  }
  return weights === 0 ? null : sum / weights;
}

/** The compliance indicators of one office (or, averaged, of the organisation). */
export interface OfficeCompliance {
  readonly ccl: Record<string, number | null>;
  readonly cls: Record<string, number | null>;
  readonly plc: Record<string, number | null>;
  readonly evidenceCoverage: number | null;
  readonly taskCompletion: number | null;
  readonly ocl: number | null;
}

/** CCL per process; CLS per clause (mean of CCL); PLC per team (mean of CCL). */
export function complianceByProcess(
  catalog: Catalog,
  scored: readonly ScoredControl[],
): Pick<OfficeCompliance, "ccl" | "cls" | "plc"> {
  const byProcess = groupBy(scored, (s) => s.control.process);
  const ccl = recordOf(
    catalog.processes.map((p) => [p.code, weightedCompliance(byProcess.get(p.code) ?? [])] as const),
  );
  const cls = recordOf(
    clausesOf(catalog).map(
      (clause) =>
        [clause, meanDefined(catalog.processes.filter((p) => p.clause === clause).map((p) => ccl[p.code]))] as const,
    ),
  );
  const plc = recordOf(
    catalog.teams.map(
      (t) => [t.code, meanDefined(catalog.processes.filter((p) => p.team === t.code).map((p) => ccl[p.code]))] as const,
    ),
  );
  return { ccl, cls, plc };
}

/** Applicable controls with valid evidence / applicable controls. */
export function evidenceCoverage(scored: readonly ScoredControl[]): number | null {
  const applicable = scored.filter((s) => s.score !== null);
  if (applicable.length === 0) return null;
  return applicable.filter((s) => s.hasValidEvidence).length / applicable.length;
}

/** A task is done as of `asOf` when Done with no date or a date on or before `asOf`. */
export function isDoneBy(task: Task, asOf: Day): boolean {
  return task.status === "Done" && (task.doneOn === null || task.doneOn <= asOf);
}

/** Tasks due on or before asOf that are done by then / tasks due on or before asOf. */
export function taskCompletion(tasks: readonly Task[], asOf: Day): number | null {
  const due = tasks.filter((t) => t.due <= asOf);
  if (due.length === 0) return null;
  return due.filter((t) => isDoneBy(t, asOf)).length / due.length;
}

/** OCL = weighted mean of mean(CLS), evidence coverage and task completion, undefined parts' weights shared out. */
export function officeComplianceLevel(
  cls: Readonly<Record<string, number | null>>,
  coverage: number | null,
  completion: number | null,
  weights: OclWeights,
): number | null {
  return weightedMeanDefined([
    { value: meanDefined(Object.values(cls)), weight: weights.controls },
    { value: coverage, weight: weights.evidence },
    { value: completion, weight: weights.tasks },
  ]);
}

/** Per control owner: weighted compliance of the controls they own, and their overdue tasks. */
export function leaderCompliance(
  scored: readonly ScoredControl[],
  tasks: readonly Task[],
  asOf: Day,
): LeaderCompliance[] {
  // Keyed office -> owner in nested maps: no composite key string built per row.
  const overdue = new Map<string, Map<string, number>>();
  for (const t of tasks) {
    if (t.owner === "" || t.due >= asOf || isDoneBy(t, asOf)) continue;
    const owners = overdue.get(t.office) ?? new Map<string, number>();
    overdue.set(t.office, owners.set(t.owner, (owners.get(t.owner) ?? 0) + 1));
  }
  const byOffice = groupBy(
    scored.filter((s) => s.control.owner !== ""),
    (s) => s.control.office,
  );
  return [...byOffice].flatMap(([office, officeScored]) =>
    [...groupBy(officeScored, (s) => s.control.owner)].map(([owner, owned]) => ({
      office,
      owner,
      controls: owned.length,
      compliance: weightedCompliance(owned),
      overdueTasks: overdue.get(office)?.get(owner) ?? 0,
    })),
  );
}
