/**
 * The sample's two optional sheets. Process attributes: six processes rated in every audit, their
 * ratings chosen so that the capability level matches the level the auditors typed on Maturity,
 * except change management (9.2) in the historical campaign, whose attributes show it barely
 * performed (the Maturity levels sheet flags it); some ratings typed as percentages, 85 % and
 * 15 % among them, and the level-5 attributes of weak processes left unrated. Training: each
 * office's four process leaders with their required courses, Quito nearly all current, Guayaquil
 * with one expired course and one ending on the 90th day, Cuenca with courses missing.
 */
// @ts-nocheck

import type { TeamCode } from "../core/model/catalog";
import { PROCESS_ATTRIBUTES } from "../core/model/records";
import { SheetBuilder, day } from "./sheets";

/** The processes the auditors rated attribute by attribute. */
export const SAMPLE_RATED_PROCESSES = ["4", "6.1", "7.1", "8.1", "9.1", "9.2"] as const;
/** The process whose attributes disagree with its typed level in the historical campaign. */
export const SAMPLE_FLAGGED_PROCESS = "9.2";

/** Each attribute's rating for a process at level `target`: F below, L and F at it, P and L above, N beyond. */
function ratingsFor(target: number): ReadonlyMap<string, string> {
  const ratings = new Map<string, string>();
  for (const attribute of PROCESS_ATTRIBUTES) {
    const level = Number(attribute.slice(3, 4));
    const second = attribute.endsWith(".2");
    if (level < target) ratings.set(attribute, "F");
    else if (level === target) ratings.set(attribute, second ? "F" : "L");
    else if (level === target + 1) ratings.set(attribute, second ? "L" : "P");
    // Assessors stop rating the top level of a weak process: not rated is not achieved.
    else if (level < 5 || target >= 3) ratings.set(attribute, "N");
  }
  if (target === 0) ratings.set("PA 1.1", "P");
  return ratings;
}

/** Some ratings are typed as the percentage achieved, as assessors' tools export them. */
const AS_PERCENT: Readonly<Record<string, string>> = { F: "90 %", L: "85 %", P: "40 %", N: "15 %" };

export interface SampleAudit {
  readonly auditId: string;
  readonly historical: boolean;
  /** The levels typed on Maturity for each process (one per service group). */
  readonly typed: ReadonlyMap<string, readonly number[]>;
}

export function processAttributesSheet(audits: readonly SampleAudit[]): SheetBuilder<"Process attributes"> {
  const sheet = new SheetBuilder("Process attributes");
  let cell = 0;
  for (const audit of audits) {
    for (const process of SAMPLE_RATED_PROCESSES) {
      const levels = audit.typed.get(process) ?? [];
      const typed = levels.length === 0 ? 0 : Math.round(levels.reduce((a, b) => a + b, 0) / levels.length);
      const flagged = audit.historical && process === SAMPLE_FLAGGED_PROCESS;
      for (const [attribute, rating] of ratingsFor(flagged ? 0 : typed)) {
        cell++;
        sheet.add({
          "Audit ID": audit.auditId,
          Process: process,
          Attribute: attribute,
          Rating: cell % 7 === 0 ? AS_PERCENT[rating] : rating,
          Notes: flagged && attribute === "PA 1.1" ? "Changes implemented without recorded approval" : null,
        });
      }
    }
  }
  return sheet;
}

interface LeaderCourse {
  readonly team: TeamCode;
  readonly course: string;
  readonly required?: "No";
  readonly completed: Date | null;
  readonly validUntil: Date | null;
  /** Written as a process code instead of the team. */
  readonly asProcess?: string;
}

const FOUNDATION = "ISO/IEC 20000 Foundation";
const ITIL = "ITIL 4 Foundation";
const TEAM_COURSE: Readonly<Record<TeamCode, string>> = {
  SMR: "ISO/IEC 20000-1 internal auditor",
  "D&T": "Change and release management",
  "S&C": "Service level management",
  "O&R": "Incident and problem management",
};
const TEAMS: readonly TeamCode[] = ["SMR", "D&T", "S&C", "O&R"];

/** Every leader's three required courses, held from `completed` for two years, then the office's exceptions. */
function courses(completed: Date, exceptions: Readonly<Record<string, Partial<LeaderCourse>>>): LeaderCourse[] {
  const twoYears = new Date(Date.UTC(completed.getUTCFullYear() + 2, completed.getUTCMonth(), completed.getUTCDate()));
  return TEAMS.flatMap((team) =>
    [FOUNDATION, ITIL, TEAM_COURSE[team]].map((course) => ({
      team,
      course,
      completed,
      validUntil: twoYears,
      ...exceptions[`${team}|${course}`],
    })),
  );
}

const TRAINING: Readonly<Record<string, readonly LeaderCourse[]>> = {
  Quito: [
    ...courses(day(2025, 6, 20), {
      // Ends 45 days after the as-of date: listed as expiring.
      [`S&C|${ITIL}`]: { validUntil: day(2026, 12, 15) },
    }),
    { team: "D&T", course: "Agile service management", required: "No", completed: null, validUntil: null },
  ],
  Guayaquil: courses(day(2025, 3, 12), {
    [`D&T|${TEAM_COURSE["D&T"]}`]: { completed: day(2024, 8, 31), validUntil: day(2026, 8, 31) },
    [`O&R|${ITIL}`]: { completed: null, validUntil: null },
    // The 90th day after the as-of date (2026-10-31): still listed as expiring.
    [`SMR|${FOUNDATION}`]: { validUntil: day(2027, 1, 29) },
  }),
  Cuenca: [
    ...courses(day(2025, 9, 8), {
      [`S&C|${TEAM_COURSE["S&C"]}`]: { completed: null, validUntil: null, asProcess: "6.1" },
      [`O&R|${FOUNDATION}`]: { completed: null, validUntil: null },
      // Completed after the as-of date: not held on it.
      [`D&T|${ITIL}`]: { completed: day(2026, 11, 15), validUntil: day(2028, 11, 15) },
      [`SMR|${FOUNDATION}`]: { completed: day(2024, 5, 2), validUntil: day(2026, 5, 2) },
    }),
    // The renewal of the SMR leader's expired course: held again.
    { team: "SMR", course: FOUNDATION, completed: day(2026, 6, 1), validUntil: day(2028, 6, 1) },
  ],
};

export function trainingSheet(
  offices: readonly { readonly name: string; readonly owners: Readonly<Record<TeamCode, string>> }[],
): SheetBuilder<"Training"> {
  const sheet = new SheetBuilder("Training");
  for (const office of offices)
    for (const c of TRAINING[office.name] ?? [])
      sheet.add({
        Person: office.owners[c.team],
        Office: office.name,
        "Team or Process": c.asProcess ?? c.team,
        Course: c.course,
        Required: c.required ?? "Yes",
        "Completed on": c.completed,
        "Valid until": c.validUntil,
      });
  return sheet;
}
