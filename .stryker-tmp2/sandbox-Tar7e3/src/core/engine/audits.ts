/** Audits and findings per campaign; corrective actions and improvement plans (framework.md section 6). */
// @ts-nocheck

import type { Catalog } from "../model/catalog";
import type { Day } from "../model/days";
import {
  type Action,
  type AttributeRating,
  type AttributeRatingRow,
  type Audit,
  FINDING_TYPES,
  type Finding,
  type FindingType,
  type Improvement,
  type MaturityRating,
  PROCESS_ATTRIBUTES,
  type ProcessAttribute,
} from "../model/records";
import { auditCapabilities, levelsDisagree, lowerRating } from "./capability";
import { maturityView } from "./maturity";
import type { MaturityView } from "./results";
import type { CampaignResult, CapabilityView, CorrectiveFigures, OverdueItem, UnactionedFinding } from "./results";
import { findingStatus, levelObjectiveStatus, maturityLevelStatus } from "./status";
import { groupBy, recordOf } from "./stats";

/**
 * What one campaign's audits add up to: counts and sums of whole numbers (levels 0-5), so the
 * tallies of a campaign's audits read from several workbooks add up exactly.
 */
export interface CampaignTally {
  readonly name: string;
  audits: number;
  /** Per process code as rated: the sum and count of the levels. */
  readonly ratings: Map<string, { sum: number; count: number }>;
  readonly findings: Record<FindingType, number>;
  levelSum: number;
  levelCount: number;
  /** The campaign's process attributes, when some audit of it has any (whole numbers and minima: parts add up exactly). */
  capability?: CapabilityTally;
}

export interface CapabilityTally {
  audits: number;
  /** The sheet of the campaign's first rating (warnings name it; in a consolidation, with its file). */
  readonly sheet: string;
  /** Per process: the sum and count of its capability levels over the audits that rated it. */
  readonly levels: Map<string, { sum: number; count: number }>;
  /** Per process and attribute: the lowest rating of the campaign. */
  readonly profile: Map<string, Map<ProcessAttribute, AttributeRating>>;
}

/** Campaigns in the order their first audit appears on the Audits sheet, tallied. */
export function campaignTallies(
  audits: readonly Audit[],
  ratings: readonly MaturityRating[],
  findings: readonly Finding[],
  attributes: readonly AttributeRatingRow[] = [],
): CampaignTally[] {
  const ratingsByAudit = groupBy(ratings, (r) => r.auditId);
  const capabilityByAudit = groupBy(auditCapabilities(attributes), (c) => c.auditId);
  const findingsByAudit = groupBy(findings, (f) => f.auditId);
  return [...groupBy(audits, (a) => a.campaign)].map(([name, campaignAudits]) => {
    const tally: CampaignTally = {
      name,
      audits: 0,
      ratings: new Map(),
      findings: recordOf(FINDING_TYPES.map((t) => [t, 0] as const)) as Record<FindingType, number>,
      levelSum: 0,
      levelCount: 0,
    };
    for (const a of campaignAudits) {
      tally.audits++;
      if (a.levelAchieved !== null) {
        tally.levelSum += a.levelAchieved;
        tally.levelCount++;
      }
      for (const r of ratingsByAudit.get(a.id) ?? []) {
        const sums = tally.ratings.get(r.process);
        if (sums === undefined) tally.ratings.set(r.process, { sum: r.level, count: 1 });
        else {
          sums.sum += r.level;
          sums.count++;
        }
      }
      for (const f of findingsByAudit.get(a.id) ?? []) tally.findings[f.type]++;
      const capabilities = capabilityByAudit.get(a.id);
      if (capabilities !== undefined) {
        const into = (tally.capability ??= {
          audits: 0,
          sheet: capabilities[0].sheet,
          levels: new Map(),
          profile: new Map(),
        });
        into.audits++;
        for (const c of capabilities) addCapability(into, c.process, { sum: c.level, count: 1 }, c.ratings);
      }
    }
    return tally;
  });
}

/** Adds `from` (the same campaign's other audits) into `into`. */
export function addTally(into: CampaignTally, from: CampaignTally): void {
  into.audits += from.audits;
  into.levelSum += from.levelSum;
  into.levelCount += from.levelCount;
  for (const [process, { sum, count }] of from.ratings) {
    const sums = into.ratings.get(process);
    if (sums === undefined) into.ratings.set(process, { sum, count });
    else {
      sums.sum += sum;
      sums.count += count;
    }
  }
  for (const t of FINDING_TYPES) into.findings[t] += from.findings[t];
  if (from.capability !== undefined) {
    const capability = (into.capability ??= {
      audits: 0,
      sheet: from.capability.sheet,
      levels: new Map(),
      profile: new Map(),
    });
    capability.audits += from.capability.audits;
    for (const [process, sums] of from.capability.levels)
      addCapability(capability, process, sums, from.capability.profile.get(process) ?? new Map());
  }
}

/** Adds one process's levels and ratings into a campaign's capability tally. */
function addCapability(
  into: CapabilityTally,
  process: string,
  { sum, count }: { sum: number; count: number },
  ratings: ReadonlyMap<ProcessAttribute, AttributeRating>,
): void {
  const sums = into.levels.get(process);
  if (sums === undefined) into.levels.set(process, { sum, count });
  else {
    sums.sum += sum;
    sums.count += count;
  }
  const profile = into.profile.get(process) ?? new Map<ProcessAttribute, AttributeRating>();
  into.profile.set(process, profile);
  for (const [attribute, rating] of ratings) {
    const before = profile.get(attribute);
    profile.set(attribute, before === undefined ? rating : lowerRating(before, rating));
  }
}

/** A deep copy of a tally's capability (merging must not change a part's own tally). */
export function copyCapability(c: CapabilityTally): CapabilityTally {
  return {
    audits: c.audits,
    sheet: c.sheet,
    levels: new Map([...c.levels].map(([k, v]) => [k, { ...v }])),
    profile: new Map([...c.profile].map(([k, v]) => [k, new Map(v)])),
  };
}

/** The campaign's capability levels beside its assessed maturity, in catalog order. */
function capabilityView(catalog: Catalog, tally: CapabilityTally, maturity: MaturityView): CapabilityView {
  const view = maturityView(
    catalog,
    recordOf(
      catalog.processes.map((p) => {
        const sums = tally.levels.get(p.code);
        return [p.code, sums === undefined || sums.count === 0 ? null : sums.sum / sums.count] as const;
      }),
    ),
  );
  const rated = catalog.processes.filter((p) => tally.profile.has(p.code));
  return {
    ...view,
    audits: tally.audits,
    sheet: tally.sheet,
    profile: recordOf(
      rated.map((p) => {
        const ratings = tally.profile.get(p.code);
        return [
          p.code,
          Object.fromEntries(PROCESS_ATTRIBUTES.map((a) => [a, ratings?.get(a) ?? null] as const)) as Record<
            ProcessAttribute,
            AttributeRating | null
          >,
        ] as const;
      }),
    ),
    flagged: catalog.processes
      .filter((p) => levelsDisagree(maturity.byProcess[p.code], view.byProcess[p.code]))
      .map((p) => p.code),
  };
}

/** A campaign's results: assessed ML(N) = mean level, findings as mean count per audit (0 where none). */
export function campaignResult(catalog: Catalog, tally: CampaignTally): CampaignResult {
  const meanOf = (sums: { sum: number; count: number } | undefined) =>
    sums === undefined || sums.count === 0 ? null : sums.sum / sums.count;
  const maturity = maturityView(
    catalog,
    recordOf(catalog.processes.map((p) => [p.code, meanOf(tally.ratings.get(p.code))] as const)),
  );
  const means = recordOf(FINDING_TYPES.map((t) => [t, tally.findings[t] / tally.audits] as const)) as Record<
    FindingType,
    number
  >;
  const auditLevel = meanOf({ sum: tally.levelSum, count: tally.levelCount });
  return {
    name: tally.name,
    audits: tally.audits,
    maturity,
    ...(tally.capability === undefined ? {} : { capability: capabilityView(catalog, tally.capability, maturity) }),
    findings: means,
    auditLevel,
    status: {
      maturity: maturityLevelStatus(maturity.level),
      byProcess: recordOf(
        catalog.processes.map((p) => [p.code, levelObjectiveStatus(maturity.byProcess[p.code])] as const),
      ),
      auditLevel: levelObjectiveStatus(auditLevel),
      ...(recordOf(FINDING_TYPES.map((t) => [t, findingStatus(t, means[t])] as const)) as Record<
        FindingType,
        ReturnType<typeof findingStatus>
      >),
    },
  };
}

/** Campaigns in the order their first audit appears on the Audits sheet. */
export function campaignResults(
  catalog: Catalog,
  audits: readonly Audit[],
  ratings: readonly MaturityRating[],
  findings: readonly Finding[],
): CampaignResult[] {
  return campaignTallies(audits, ratings, findings).map((t) => campaignResult(catalog, t));
}

/** Every FNC and FCC needs a corrective action, linked from either side. */
export function unactionedFindings(
  audits: readonly Audit[],
  findings: readonly Finding[],
  actions: readonly Action[],
): UnactionedFinding[] {
  const actionIds = new Set(actions.map((a) => a.id));
  const actioned = new Set(actions.map((a) => a.findingId).filter((id) => id !== ""));
  const officeOfAudit = new Map(audits.map((a) => [a.id, a.office]));
  return findings
    .filter(
      (f) =>
        (f.type === "FNC" || f.type === "FCC") &&
        !actioned.has(f.id) &&
        !(f.actionId !== "" && actionIds.has(f.actionId)),
    )
    .map((f) => ({ office: officeOfAudit.get(f.auditId) ?? "", findingId: f.id, auditId: f.auditId, type: f.type }));
}

/** An action still open past its due date; a plan not Done past its due date. */
export const isOverdueAction = (a: Action, asOf: Day): boolean => a.status !== "Closed" && a.due < asOf;
export const isOverduePlan = (p: Improvement, asOf: Day): boolean => p.status !== "Done" && p.due < asOf;

/** CPA and CIP figures of one office. */
export function correctiveFigures(
  office: string,
  actions: readonly Action[],
  plans: readonly Improvement[],
  asOf: Day,
): CorrectiveFigures {
  const closed = actions.filter((a) => a.status === "Closed");
  const closedOnTime = closed.filter((a) => a.closedOn !== null && a.closedOn <= a.due).length;
  const withVerdict = closed.filter((a) => a.effective !== null);
  const effective = withVerdict.filter((a) => a.effective === true).length;
  return {
    office,
    open: actions.length - closed.length,
    overdue: actions.filter((a) => isOverdueAction(a, asOf)).length,
    closed: closed.length,
    closedOnTime,
    onTimeRate: closed.length === 0 ? null : closedOnTime / closed.length,
    withVerdict: withVerdict.length,
    effective,
    effectiveRate: withVerdict.length === 0 ? null : effective / withVerdict.length,
    plans: {
      Planned: plans.filter((p) => p.status === "Planned").length,
      "In progress": plans.filter((p) => p.status === "In progress").length,
      Done: plans.filter((p) => p.status === "Done").length,
    },
    overduePlans: plans.filter((p) => isOverduePlan(p, asOf)).length,
  };
}

/** Actions still open past their due date, in sheet order. */
export function overdueActions(actions: readonly Action[], asOf: Day): OverdueItem[] {
  return actions
    .filter((a) => isOverdueAction(a, asOf))
    .map((a) => ({ office: a.office, kind: "Action" as const, id: a.id, due: a.due }));
}

/** Improvement plans not Done past their due date, in sheet order. */
export function overduePlans(plans: readonly Improvement[], asOf: Day): OverdueItem[] {
  return plans
    .filter((p) => isOverduePlan(p, asOf))
    .map((p) => ({ office: p.office, kind: "Improvement plan" as const, id: p.id, due: p.due }));
}

/** Overdue actions then plans, oldest first (a stable sort: ties keep that order). */
export function oldestFirst(items: OverdueItem[]): OverdueItem[] {
  return items.sort((x, y) => x.due - y.due || x.office.localeCompare(y.office) || x.id.localeCompare(y.id));
}

/** Actions and plans past their due date and still open, oldest first. */
export function overdueItems(actions: readonly Action[], plans: readonly Improvement[], asOf: Day): OverdueItem[] {
  return oldestFirst([...overdueActions(actions, asOf), ...overduePlans(plans, asOf)]);
}
