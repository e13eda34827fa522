/**
 * The improvement view (the paper's Figures 8-10 show improvement, not only state): what changed
 * from the previous campaign to the latest, how PRK moved over the Indicator history, and each
 * office's change of OCL since the previous as-of date. docs/decisions.md gives the rules.
 */
// @ts-nocheck

import type { Day } from "../model/days";
import { FINDING_TYPES, type FindingType, type HistoryPoint, type Issue, type Settings } from "../model/records";
import type { BetterWhen, ChangeDirection, PrkTrendDirection } from "../model/statuses";
import { engineWarning } from "../text/messages";
import { above, below, compareDecimal, decimalValue, roundDecimal } from "./decimal";
import type { CampaignResult, Indicators } from "./results";
import { historyPoints } from "./historyPoints";
import { TREND_POINTS, type TrendPoint, slopePer30Days } from "./trend";

export type { BetterWhen, ChangeDirection, PrkTrendDirection };

/** Mean findings per audit: only good practices are better when there are more (Table 1's objectives). */
export const FINDING_BETTER: Readonly<Record<FindingType, BetterWhen>> = {
  FGP: "higher",
  FOP: "lower",
  FOB: "lower",
  FNC: "lower",
  FCC: "lower",
};

/**
 * Decimals a change is written and judged with: what its cell shows (signed2 for levels and means
 * per audit, signedPercent1 for OCL, a fraction's 3 decimals). Better, worse or unchanged is read
 * from that figure, so a change shown as 0.00 or 0.0% is Unchanged and never "-0.0%" in red.
 */
export const CHANGE_DECIMALS = { level: 2, percent: 3 } as const;

export interface Change {
  readonly previous: number | null;
  readonly latest: number | null;
  /** latest - previous as shown: the decimal difference rounded to the change's decimals; null when either is undefined. */
  readonly change: number | null;
  readonly direction: ChangeDirection | null;
}

/** The change between two values, rounded to `decimals` (CHANGE_DECIMALS); `better` says which way is an improvement. */
export function changeOf(previous: number | null, latest: number | null, better: BetterWhen, decimals: number): Change {
  if (previous === null || latest === null) return { previous, latest, change: null, direction: null };
  const change = roundDecimal(decimalValue(latest) - decimalValue(previous), decimals);
  const sign = compareDecimal(change, 0);
  const improved = better === "higher" ? sign > 0 : sign < 0;
  return { previous, latest, change, direction: sign === 0 ? "Unchanged" : improved ? "Better" : "Worse" };
}

/** The latest campaign against the one before it (in the order campaigns appear on the Audits sheet). */
export interface CampaignImprovement {
  readonly previous: string;
  readonly latest: string;
  readonly maturity: {
    readonly byProcess: Readonly<Record<string, Change>>;
    readonly average: Change;
    readonly level: Change;
  };
  readonly findings: Readonly<Record<FindingType, Change>>;
  readonly auditLevel: Change;
}

const LEVEL = CHANGE_DECIMALS.level;

export function campaignImprovement(campaigns: readonly CampaignResult[]): CampaignImprovement | null {
  if (campaigns.length < 2) return null;
  const before = campaigns[campaigns.length - 2];
  const after = campaigns[campaigns.length - 1];
  const processes = [...new Set([...Object.keys(before.maturity.byProcess), ...Object.keys(after.maturity.byProcess)])];
  return {
    previous: before.name,
    latest: after.name,
    maturity: {
      byProcess: Object.fromEntries(
        processes.map((p) => [
          p,
          changeOf(before.maturity.byProcess[p] ?? null, after.maturity.byProcess[p] ?? null, "higher", LEVEL),
        ]),
      ),
      average: changeOf(before.maturity.average, after.maturity.average, "higher", LEVEL),
      level: changeOf(before.maturity.level, after.maturity.level, "higher", LEVEL),
    },
    findings: Object.fromEntries(
      FINDING_TYPES.map((t) => [t, changeOf(before.findings[t], after.findings[t], FINDING_BETTER[t], LEVEL)]),
    ) as Record<FindingType, Change>,
    auditLevel: changeOf(before.auditLevel, after.auditLevel, "higher", LEVEL),
  };
}

/**
 * A PRK slope within ±0.01 points per 30 days is Flat: the same share of PRK's range (2 points,
 * 1 LOW to 3 HIGH) as OCLT's ±0.5 percentage points is of OCL's 100.
 */
export const PRK_FLAT_BAND = 0.01;
/** The slope is written (signed2) and judged against the band as shown, to 2 decimals. */
export const PRK_SLOPE_DECIMALS = 2;

export interface PrkSeries {
  /** Indicator history's PRK rows before the as-of date, then this run's PRK; oldest first. */
  readonly points: readonly TrendPoint[];
  /** Least-squares slope over the last TREND_POINTS points, PRK points per 30 days, to PRK_SLOPE_DECIMALS; null with fewer than 2. */
  readonly slope: number | null;
  readonly direction: PrkTrendDirection | null;
}

export function prkSeries(points: readonly TrendPoint[]): PrkSeries {
  const sorted = [...points].sort((a, b) => a.day - b.day);
  const fitted = slopePer30Days(sorted.slice(-TREND_POINTS));
  const slope = fitted === null ? null : roundDecimal(fitted, PRK_SLOPE_DECIMALS);
  const direction: PrkTrendDirection | null =
    slope === null ? null : above(slope, PRK_FLAT_BAND) ? "Rising" : below(slope, -PRK_FLAT_BAND) ? "Falling" : "Flat";
  return { points: sorted, slope, direction };
}

/** One office's OCL against its latest Indicator history value before the as-of date. */
export interface OclChange extends Change {
  /** The as-of date of that earlier value; null when history holds none. */
  readonly previousAsOf: Day | null;
}

/** From the OCLT series (history before the as-of date, then this run's point). */
export function oclChange(indicators: Indicators, asOf: Day): OclChange {
  const earlier = indicators.oclt.series.filter((p) => p.day < asOf);
  const previous = earlier.length > 0 ? earlier[earlier.length - 1] : null;
  return {
    ...changeOf(previous?.value ?? null, indicators.ocl, "higher", CHANGE_DECIMALS.percent),
    previousAsOf: previous?.day ?? null,
  };
}

export interface ImprovementView {
  readonly campaigns: CampaignImprovement | null;
  readonly prk: { readonly consolidated: PrkSeries; readonly byOffice: ReadonlyMap<string, PrkSeries> };
  readonly ocl: { readonly consolidated: OclChange; readonly byOffice: ReadonlyMap<string, OclChange> };
}

export function improvementView(input: {
  readonly asOf: Day;
  readonly campaigns: readonly CampaignResult[];
  readonly consolidated: Indicators;
  readonly byOffice: ReadonlyMap<string, Indicators>;
  /** The office name under which Indicator history keeps the consolidated values. */
  readonly consolidatedName: string;
  readonly history: readonly HistoryPoint[];
  readonly language: Settings["language"];
  readonly warn: (issue: Issue) => void;
}): ImprovementView {
  const { asOf } = input;
  const prk = historyPoints(input.history, "PRK", asOf, input.warn, input.language, engineWarning.prkHistoryAfterAsOf);
  const seriesOf = (office: string, i: Indicators) =>
    prkSeries([...(prk.get(office) ?? []), ...(i.prk.value === null ? [] : [{ day: asOf, value: i.prk.value }])]);
  return {
    campaigns: campaignImprovement(input.campaigns),
    prk: {
      consolidated: seriesOf(input.consolidatedName, input.consolidated),
      byOffice: new Map([...input.byOffice].map(([office, i]) => [office, seriesOf(office, i)])),
    },
    ocl: {
      consolidated: oclChange(input.consolidated, asOf),
      byOffice: new Map([...input.byOffice].map(([office, i]) => [office, oclChange(i, asOf)])),
    },
  };
}
