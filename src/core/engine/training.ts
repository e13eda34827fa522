/**
 * Training of process leaders, from the Training sheet: per office and team the share of
 * required courses held on the as-of date, and the leaders whose required training is missing,
 * expired or about to expire (docs/decisions.md "Training coverage").
 */
import type { Catalog, TeamCode } from "../model/catalog";
import type { Day } from "../model/days";
import type { TrainingRecord } from "../model/records";
import type { OfficeTraining, TrainingCourse, TrainingGap, TrainingGapKind } from "./results";
import { groupBy } from "./stats";

/** A course valid on the as-of date that ends within this many days (the 90th day included) is listed as expiring. */
export const EXPIRY_WINDOW_DAYS = 90;

/** A row's course is held on `asOf`: completed on or before it, and valid until it or later (or with no end). */
export function heldOn(row: TrainingRecord, asOf: Day): boolean {
  return row.completedOn !== null && row.completedOn <= asOf && (row.validUntil === null || row.validUntil >= asOf);
}

/** What one leader's required course is on `asOf`, from all its rows (a renewal is another row of the same course). */
export function courseState(
  rows: readonly TrainingRecord[],
  asOf: Day,
): { readonly kind: TrainingGapKind | "Held"; readonly validUntil: Day | null } {
  const held = rows.filter((r) => heldOn(r, asOf));
  if (held.length > 0) {
    // The longest-lasting row counts; no end outlasts every date.
    const validUntil = held.some((r) => r.validUntil === null) ? null : Math.max(...held.map((r) => r.validUntil ?? 0));
    const expiring = validUntil !== null && validUntil - asOf <= EXPIRY_WINDOW_DAYS;
    return { kind: expiring ? "Expiring" : "Held", validUntil };
  }
  const expired = rows.filter((r) => r.completedOn !== null && r.completedOn <= asOf && r.validUntil !== null);
  if (expired.length > 0) return { kind: "Expired", validUntil: Math.max(...expired.map((r) => r.validUntil ?? 0)) };
  return { kind: "Missing", validUntil: null };
}

/**
 * One office's training: per team, the required courses (one per leader, team and course; a
 * course no row of which is required is not counted) and those held on `asOf`; the gaps in
 * sheet order of their first row.
 */
export function officeTraining(
  catalog: Catalog,
  office: string,
  rows: readonly TrainingRecord[],
  asOf: Day,
): OfficeTraining {
  const byTeam = Object.fromEntries(catalog.teams.map((t) => [t.code, { required: 0, held: 0 }] as const)) as Record<
    TeamCode,
    { required: number; held: number }
  >;
  const gaps: TrainingGap[] = [];
  const courses: TrainingCourse[] = [];
  for (const course of groupBy(rows, (r) => `${r.person}\u0000${r.team}\u0000${r.course}`).values()) {
    if (!course.some((r) => r.required)) continue;
    const { person, team, course: name } = course[0];
    const state = courseState(course, asOf);
    const tally = byTeam[team];
    const held = state.kind === "Held" || state.kind === "Expiring";
    tally.required++;
    if (held) tally.held++;
    courses.push({ person, team, course: name, kind: state.kind, held, source: course[0].source });
    if (state.kind !== "Held")
      gaps.push({
        office,
        person,
        team,
        course: name,
        kind: state.kind,
        validUntil: state.validUntil,
        source: course[0].source,
      });
  }
  return { office, byTeam, gaps, courses };
}

/** Held / required, null when nothing is required. */
export const coverageOf = ({ required, held }: { required: number; held: number }): number | null =>
  required === 0 ? null : held / required;

/** Each office's training, offices in order of their first Training row. */
export function trainingByOffice(catalog: Catalog, rows: readonly TrainingRecord[], asOf: Day): OfficeTraining[] {
  return [...groupBy(rows, (r) => r.office)].map(([office, officeRows]) =>
    officeTraining(catalog, office, officeRows, asOf),
  );
}
