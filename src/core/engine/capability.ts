/**
 * Process capability (ISO/IEC 33020, as TIPA for ITIL applies it) from the Process attributes
 * sheet: each attribute's rating, each process's capability level in an audit, and per campaign
 * the mean level, the profile of ratings and the processes whose typed ML(N) is 2 or more away
 * from their capability level (docs/decisions.md "Process capability").
 */
import {
  ATTRIBUTE_RATINGS,
  type AttributeRating,
  type AttributeRatingRow,
  PROCESS_ATTRIBUTES,
  type ProcessAttribute,
} from "../model/records";
import { type Issue, type Language, type MaturityRating, sourceCell } from "../model/records";
import { HEADERS, SHEET_NAMES } from "../parse/vocabulary";
import { capabilityWarning } from "../text/capabilityMessages";
import { say } from "../text/messages";
import { atLeast, atMost } from "./decimal";
import type { CampaignResult } from "./results";
import { groupBy } from "./stats";

/** The capability level each attribute belongs to. */
export const ATTRIBUTE_LEVEL: Readonly<Record<ProcessAttribute, number>> = {
  "PA 1.1": 1,
  "PA 2.1": 2,
  "PA 2.2": 2,
  "PA 3.1": 3,
  "PA 3.2": 3,
  "PA 4.1": 4,
  "PA 4.2": 4,
  "PA 5.1": 5,
  "PA 5.2": 5,
};

/** The highest capability level. */
export const TOP_CAPABILITY_LEVEL = 5;

/**
 * A percentage achieved rated on ISO/IEC 33020's scale: N 0-15 %, P >15-50 %, L >50-85 %,
 * F >85-100 %. Each boundary belongs to the lower rating, compared as decimals (15 % is N).
 */
export function ratingOfFraction(fraction: number): AttributeRating {
  if (atMost(fraction, 0.15)) return "N";
  if (atMost(fraction, 0.5)) return "P";
  if (atMost(fraction, 0.85)) return "L";
  return "F";
}

/** A rating as typed: its letter, or a percentage's. */
export const ratingOf = (rating: AttributeRating | number): AttributeRating =>
  typeof rating === "number" ? ratingOfFraction(rating) : rating;

/** Position on the scale, N = 0 to F = 3 (what the profile chart draws). */
export const ratingScore = (rating: AttributeRating): number => ATTRIBUTE_RATINGS.indexOf(rating);

const largely = (r: AttributeRating | undefined): boolean => r === "L" || r === "F";

/**
 * ISO/IEC 33020: the highest level k such that every attribute of level k is rated L or F and
 * every attribute of the levels below k is F; 0 when PA 1.1 is below L. An attribute not rated
 * is not achieved, so it stops the levels it belongs to and every level above.
 */
export function capabilityLevel(ratings: ReadonlyMap<ProcessAttribute, AttributeRating>): number {
  let level = 0;
  for (let k = 1; k <= TOP_CAPABILITY_LEVEL; k++) {
    const holds = PROCESS_ATTRIBUTES.every((a) => {
      const at = ATTRIBUTE_LEVEL[a];
      if (at < k) return ratings.get(a) === "F";
      if (at === k) return largely(ratings.get(a));
      return true;
    });
    // Level k+1 needs level k's attributes F, so once a level fails no higher one can hold.
    if (!holds) break;
    level = k;
  }
  return level;
}

/** One process as one audit rated its attributes. */
export interface AuditCapability {
  readonly auditId: string;
  readonly process: string;
  readonly ratings: ReadonlyMap<ProcessAttribute, AttributeRating>;
  readonly level: number;
  /** The sheet its rows were read from (as issues name it). */
  readonly sheet: string;
}

/** Each (audit, process) that has attribute ratings, in the order of their first row. */
export function auditCapabilities(rows: readonly AttributeRatingRow[]): AuditCapability[] {
  return [...groupBy(rows, (r) => `${r.auditId}\u0000${r.process}`).values()].map((group) => {
    const ratings = new Map(group.map((r) => [r.attribute, ratingOf(r.rating)] as const));
    const { auditId, process, source } = group[0];
    return { auditId, process, ratings, level: capabilityLevel(ratings), sheet: source.sheet };
  });
}

/** The lower of two ratings (a campaign's profile shows its weakest audit). */
export const lowerRating = (a: AttributeRating, b: AttributeRating): AttributeRating =>
  ratingScore(a) <= ratingScore(b) ? a : b;

/** How far typed ML(N) and the capability level may be apart before the process is flagged. */
export const LEVEL_GAP_FLAG = 2;

/** Whether a typed level and a capability level differ by LEVEL_GAP_FLAG or more (decimal comparison). */
export function levelsDisagree(typed: number | null, capability: number | null): boolean {
  return typed !== null && capability !== null && atLeast(Math.abs(typed - capability), LEVEL_GAP_FLAG);
}

const levelText = (value: number | null): string => (value === null ? "n/a" : String(Math.round(value * 100) / 100));

/** A warning for each process of a campaign whose typed ML(N) and capability level differ by 2 or more. */
export function capabilityWarnings(campaigns: readonly CampaignResult[], language: Language): Issue[] {
  return campaigns.flatMap((c) =>
    (c.capability?.flagged ?? []).map((process): Issue => ({
      severity: "warning",
      sheet: c.capability?.sheet ?? SHEET_NAMES.processAttributes[language === "es" ? 1 : 0],
      row: null,
      column: null,
      cell: null,
      value: null,
      message: say(
        capabilityWarning.levelGap(
          process,
          c.name,
          levelText(c.maturity.byProcess[process]),
          levelText(c.capability?.byProcess[process] ?? null),
        ),
        language,
      ),
    })),
  );
}

/**
 * A warning for each Maturity row whose typed level and the capability level of the same audit and
 * process differ by 2 or more: a campaign's means can agree while one audit's pair does not.
 * It points at the typed level's cell and names the audit, the process and both levels.
 */
export function auditLevelGapWarnings(
  ratings: readonly MaturityRating[],
  attributes: readonly AttributeRatingRow[],
  language: Language,
): Issue[] {
  const key = (auditId: string, process: string) => `${auditId}\u0000${process}`;
  const capabilities = new Map(auditCapabilities(attributes).map((c) => [key(c.auditId, c.process), c] as const));
  return ratings.flatMap((r): Issue[] => {
    const c = capabilities.get(key(r.auditId, r.process));
    if (c === undefined || !levelsDisagree(r.level, c.level)) return [];
    return [
      {
        severity: "warning",
        sheet: r.source.sheet,
        row: r.source.row,
        ...sourceCell(r.source, "level", HEADERS.level[language]),
        value: String(r.level),
        message: say(
          capabilityWarning.auditLevelGap(
            r.auditId,
            r.process,
            r.serviceGroup,
            levelText(r.level),
            levelText(c.level),
            c.sheet,
          ),
          language,
        ),
      },
    ];
  });
}
