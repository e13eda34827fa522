/** Small numeric helpers with the framework's conventions (framework.md section 2). */
// @ts-nocheck

import { decimalValue, floorDecimal } from "./decimal";

/** Plain arithmetic mean of the defined values; null when none is defined. */
export function meanDefined(values: Iterable<number | null>): number | null {
  let sum = 0;
  let count = 0;
  for (const v of values) {
    if (v === null) continue;
    sum += v;
    count++;
  }
  return count === 0 ? null : sum / count;
}

/**
 * Rounds down as the paper reads its tables (2.81 -> 2, 4.06 -> 4). Sums of decimals drift
 * (2.8 + ... may give 2.7999999999): the level is read from the decimal (decimal.ts).
 */
export function levelDown(mean: number | null): number | null {
  return mean === null ? null : floorDecimal(mean);
}

/** Rounds half up (1.49 -> 1, 1.5 -> 2), the half read as a decimal. */
export function roundHalfUp(value: number): number {
  // A value of at most 9 decimals plus 0.5 is whole only when it was exactly k.5, which binary holds exactly.
  return Math.floor(decimalValue(value) + 0.5);
}

/** Weighted mean with each undefined component's weight shared out over the others. */
export function weightedMeanDefined(parts: readonly { value: number | null; weight: number }[]): number | null {
  let sum = 0;
  let weights = 0;
  for (const { value, weight } of parts) {
    if (value === null || weight <= 0) continue;
    sum += value * weight;
    weights += weight;
  }
  return weights === 0 ? null : sum / weights;
}

/** A null-prototype record, so user-provided keys such as "__proto__" stay plain keys. */
export function recordOf<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  for (const [k, v] of entries) out[k] = v;
  return out;
}

/** Groups items by a key, preserving first-seen order. */
export function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
