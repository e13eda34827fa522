/**
 * Boundaries are decimal (framework.md section 2): a value meets a threshold, a level boundary
 * or a trend limit as the decimal an auditor computes by hand, not as binary floating point
 * leaves it (mean(0.85, 0.95) is 0.8999999999999999 in binary, 0.90 by hand). Every comparison
 * of a computed value with a boundary goes through `compareDecimal`, so the rule is the same
 * everywhere.
 */
// @ts-nocheck


/** The decimals both sides of a comparison are rounded to: far below any displayed digit, far above float noise. */
export const BOUNDARY_DECIMALS = 9;
const SCALE = 10 ** BOUNDARY_DECIMALS;

/** The value rounded half away from zero to BOUNDARY_DECIMALS places (what the comparisons see). */
export function decimalValue(value: number): number {
  const scaled = Math.round(Math.abs(value) * SCALE) / SCALE;
  // A value that rounds to zero is 0, never -0.
  return value < 0 && scaled !== 0 ? -scaled : scaled;
}

/**
 * The value rounded half away from zero to `digits` decimals (digits <= BOUNDARY_DECIMALS), read as
 * a decimal first: 1.005 is 1.01 here though binary holds 1.00499999999999989. A displayed figure
 * is this rounding (Excel's formats round half away from zero too), so whatever is decided on what
 * is shown (a change's sign and colour) compares this value.
 */
export function roundDecimal(value: number, digits: number): number {
  const scale = 10 ** digits;
  const scaled = Math.round(decimalValue(Math.abs(value) * scale)) / scale;
  return value < 0 && scaled !== 0 ? -scaled : scaled;
}

/** -1, 0 or 1 as `value` is below, at or above `boundary`, both read as decimals. */
export function compareDecimal(value: number, boundary: number): -1 | 0 | 1 {
  const a = decimalValue(value);
  const b = decimalValue(boundary);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** value >= boundary, decided on decimals. */
export const atLeast = (value: number, boundary: number): boolean => compareDecimal(value, boundary) >= 0;
/** value <= boundary, decided on decimals. */
export const atMost = (value: number, boundary: number): boolean => compareDecimal(value, boundary) <= 0;
/** value > boundary, decided on decimals. */
export const above = (value: number, boundary: number): boolean => compareDecimal(value, boundary) > 0;
/** value < boundary, decided on decimals. */
export const below = (value: number, boundary: number): boolean => compareDecimal(value, boundary) < 0;
/** value = boundary, decided on decimals. */
export const equalsDecimal = (value: number, boundary: number): boolean => compareDecimal(value, boundary) === 0;

/** Rounds down to a whole level as the paper reads its tables (2.81 -> 2), after reading the value as a decimal. */
export const floorDecimal = (value: number): number => Math.floor(decimalValue(value));
