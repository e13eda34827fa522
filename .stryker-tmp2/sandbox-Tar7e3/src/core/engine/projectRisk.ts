/** Project risk: exposure, schedule and PRK (framework.md section 4). */
// @ts-nocheck

import type { Day } from "../model/days";
import type { Project, Risk } from "../model/records";
import type { AssessedProject, ProjectRisk } from "./results";
import type { RiskLevel } from "./status";
import { groupBy, roundHalfUp } from "./stats";
import { above, atMost, below } from "./decimal";

export const RISK_VALUE: Readonly<Record<RiskLevel, number>> = { LOW: 1, MEDIUM: 2, HIGH: 3 };
const LEVEL_OF_VALUE: readonly RiskLevel[] = ["LOW", "MEDIUM", "HIGH"];

/** LOW <= 6, MEDIUM 8-12, HIGH >= 15 (likelihood x impact never gives 7, 13 or 14). */
export function exposureLevel(exposure: number): RiskLevel {
  if (atMost(exposure, 6)) return "LOW";
  if (atMost(exposure, 12)) return "MEDIUM";
  return "HIGH";
}

/** Schedule gap limits: LOW up to 0.10, MEDIUM up to 0.25, HIGH above. */
export const GAP_LOW = 0.1;
export const GAP_MEDIUM = 0.25;

export interface Schedule {
  readonly plannedProgress: number;
  readonly gap: number;
  readonly overdue: boolean;
  readonly level: RiskLevel;
}

/** Planned progress p = clamp((asOf - start) / (due - start), 0, 1); gap = p - progress. */
export function scheduleLevel(project: Pick<Project, "start" | "due" | "progress">, asOf: Day): Schedule {
  const span = project.due - project.start;
  const planned = span <= 0 ? (asOf >= project.due ? 1 : 0) : Math.min(1, Math.max(0, (asOf - project.start) / span));
  const gap = planned - project.progress;
  // Progress fractions such as 0.6 - 0.5 are not exact in binary: the limits are met as decimals.
  const overdue = asOf > project.due && below(project.progress, 1);
  let level: RiskLevel;
  if (overdue || above(gap, GAP_MEDIUM)) level = "HIGH";
  else if (above(gap, GAP_LOW)) level = "MEDIUM";
  else level = "LOW";
  return { plannedProgress: planned, gap, overdue, level };
}

export function isAssessed(project: Project): boolean {
  return project.status === "Planned" || project.status === "Active";
}

/** Every Planned or Active project with its exposure, schedule and PRK level. */
export function assessProjects(projects: readonly Project[], risks: readonly Risk[], asOf: Day): AssessedProject[] {
  const openRisks = groupBy(
    risks.filter((r) => r.status === "Open"),
    (r) => r.projectId,
  );
  return projects.filter(isAssessed).map((p) => {
    const exposure = (openRisks.get(p.id) ?? []).reduce((max, r) => Math.max(max, r.likelihood * r.impact), 0);
    const expLevel = exposureLevel(exposure);
    const schedule = scheduleLevel(p, asOf);
    const level = RISK_VALUE[expLevel] >= RISK_VALUE[schedule.level] ? expLevel : schedule.level;
    return {
      office: p.office,
      id: p.id,
      name: p.name,
      status: p.status,
      exposure,
      exposureLevel: expLevel,
      plannedProgress: schedule.plannedProgress,
      progress: p.progress,
      gap: schedule.gap,
      overdue: schedule.overdue,
      scheduleLevel: schedule.level,
      level,
    };
  });
}

/** Mean PRK value of the projects; its level is the mean rounded half up (1.5 -> MEDIUM). */
export function projectRisk(projects: readonly AssessedProject[]): ProjectRisk {
  if (projects.length === 0) return { value: null, level: null };
  const value = projects.reduce((sum, p) => sum + RISK_VALUE[p.level], 0) / projects.length;
  return { value, level: LEVEL_OF_VALUE[roundHalfUp(value) - 1] };
}
