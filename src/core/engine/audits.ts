/** Audits and findings per campaign; corrective actions and improvement plans (framework.md section 6). */
import type { Catalog } from "../model/catalog";
import type { Day } from "../model/days";
import {
  type Action,
  type Audit,
  FINDING_TYPES,
  type Finding,
  type FindingType,
  type Improvement,
  type MaturityRating,
} from "../model/records";
import { assessedMaturity } from "./maturity";
import type { CampaignResult, CorrectiveFigures, OverdueItem, UnactionedFinding } from "./results";
import { findingStatus, levelObjectiveStatus, maturityLevelStatus } from "./status";
import { groupBy, meanDefined, recordOf } from "./stats";

/** Campaigns in the order their first audit appears on the Audits sheet. */
export function campaignResults(
  catalog: Catalog,
  audits: readonly Audit[],
  ratings: readonly MaturityRating[],
  findings: readonly Finding[],
): CampaignResult[] {
  const ratingsByAudit = groupBy(ratings, (r) => r.auditId);
  const findingsByAudit = groupBy(findings, (f) => f.auditId);
  return [...groupBy(audits, (a) => a.campaign)].map(([name, campaignAudits]) => {
    const maturity = assessedMaturity(
      catalog,
      campaignAudits.flatMap((a) => ratingsByAudit.get(a.id) ?? []),
    );
    // Mean count per audit: an audit with no finding of a type counts 0.
    const counts = recordOf(FINDING_TYPES.map((t) => [t, 0] as const)) as Record<FindingType, number>;
    for (const a of campaignAudits) for (const f of findingsByAudit.get(a.id) ?? []) counts[f.type]++;
    const means = recordOf(FINDING_TYPES.map((t) => [t, counts[t] / campaignAudits.length] as const)) as Record<
      FindingType,
      number
    >;
    const auditLevel = meanDefined(campaignAudits.map((a) => a.levelAchieved));
    return {
      name,
      audits: campaignAudits.length,
      maturity,
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
  });
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
const isOverdueAction = (a: Action, asOf: Day): boolean => a.status !== "Closed" && a.due < asOf;
const isOverduePlan = (p: Improvement, asOf: Day): boolean => p.status !== "Done" && p.due < asOf;

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

/** Actions and plans past their due date and still open, oldest first. */
export function overdueItems(actions: readonly Action[], plans: readonly Improvement[], asOf: Day): OverdueItem[] {
  const items: OverdueItem[] = [
    ...actions
      .filter((a) => isOverdueAction(a, asOf))
      .map((a) => ({ office: a.office, kind: "Action" as const, id: a.id, due: a.due })),
    ...plans
      .filter((p) => isOverduePlan(p, asOf))
      .map((p) => ({ office: p.office, kind: "Improvement plan" as const, id: p.id, due: p.due })),
  ];
  return items.sort((x, y) => x.due - y.due || x.office.localeCompare(y.office) || x.id.localeCompare(y.id));
}
