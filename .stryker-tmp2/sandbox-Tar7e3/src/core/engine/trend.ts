/** OCLT: the least-squares slope of OCL over time (framework.md section 3). */
// @ts-nocheck

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
  const slope = slopePer30Days(last.map((p) => ({ day: p.day, value: p.value * 100 })));
  // Fewer than 2 points, or all on one day (no time passed): no trend can be read.
  if (slope === null) return { slope: null, direction: null, points: last.length, series: last };
  const direction: TrendDirection = above(slope, FLAT_BAND)
    ? "Positive"
    : below(slope, -FLAT_BAND)
      ? "Negative"
      : "Flat";
  return { slope, direction, points: last.length, series: last };
}

/** Least-squares slope of value against day, per 30 days; null with fewer than 2 points or all on one day. */
export function slopePer30Days(points: readonly { readonly day: Day; readonly value: number }[]): number | null {
  if (points.length < 2) return null;
  const meanX = points.reduce((s, p) => s + p.day, 0) / points.length;
  const meanY = points.reduce((s, p) => s + p.value, 0) / points.length;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.day - meanX) * (p.value - meanY);
    sxx += (p.day - meanX) ** 2;
  }
  return sxx === 0 ? null : (sxy / sxx) * 30;
}
