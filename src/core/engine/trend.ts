/** OCLT: the least-squares slope of OCL over time (framework.md section 3). */
import type { Day } from "../model/days";
import type { Source } from "../model/records";
import type { Trend } from "./results";
import type { TrendDirection } from "./status";
import { above, below } from "./decimal";

export const TREND_POINTS = 6;
/** Percentage points per 30 days: a slope of exactly ±0.5 is Flat. */
export const FLAT_BAND = 0.5;

export interface TrendPoint {
  readonly day: Day;
  /** OCL as a fraction. */
  readonly value: number;
  /** The Indicator history row it came from; absent for this run's own value. */
  readonly source?: Source;
}

/**
 * Slope over the last six points, in percentage points per 30 days.
 * Positive above +0.5, Negative below -0.5, else Flat; undefined with fewer than 2 points.
 */
export function oclTrend(points: readonly TrendPoint[]): Trend {
  const last = [...points].sort((a, b) => a.day - b.day).slice(-TREND_POINTS);
  if (last.length < 2) return { slope: null, direction: null, points: last.length, series: last };
  const meanX = last.reduce((s, p) => s + p.day, 0) / last.length;
  const meanY = last.reduce((s, p) => s + p.value * 100, 0) / last.length;
  let sxy = 0;
  let sxx = 0;
  for (const p of last) {
    sxy += (p.day - meanX) * (p.value * 100 - meanY);
    sxx += (p.day - meanX) ** 2;
  }
  // All points on one day: no time passed, so no trend can be read.
  if (sxx === 0) return { slope: null, direction: null, points: last.length, series: last };
  const slope = (sxy / sxx) * 30;
  const direction: TrendDirection = above(slope, FLAT_BAND)
    ? "Positive"
    : below(slope, -FLAT_BAND)
      ? "Negative"
      : "Flat";
  return { slope, direction, points: last.length, series: last };
}
