/**
 * Calendar days as integers (days since 1970-01-01, UTC). The framework compares
 * dates only, so whole days avoid every time-zone and time-of-day pitfall.
 */
// @ts-nocheck

export type Day = number;

const MS_PER_DAY = 86_400_000;

export function dayFromDate(date: Date): Day {
  return Math.floor(date.getTime() / MS_PER_DAY);
}

export function dayFromParts(year: number, month: number, day: number): Day | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 9999) return null;
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null; // 31 February
  return ms / MS_PER_DAY;
}

/** Excel 1900-system serial (with its fictitious 29 Feb 1900) to a day. */
export function dayFromExcelSerial(serial: number): Day {
  const whole = Math.floor(serial);
  // Serial 25569 is 1970-01-01; serials before 61 precede the phantom leap day.
  return whole < 61 ? whole - 25568 : whole - 25569;
}

export function isoFromDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function dateFromDay(day: Day): Date {
  return new Date(day * MS_PER_DAY);
}

export function todayDay(now: Date = new Date()): Day {
  return dayFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate()) ?? dayFromDate(now);
}
