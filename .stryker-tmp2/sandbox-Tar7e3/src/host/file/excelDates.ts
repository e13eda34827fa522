/**
 * Excel date serials and date-looking number formats.
 *
 * Excel stores dates as numbers of days. In the 1900 system day 1 is 1900-01-01 and day 60 is
 * the non-existent 1900-02-29 (Lotus 1-2-3's leap-year bug, kept for compatibility), so from
 * day 61 (1900-03-01) on, serial = days since 1899-12-30. In the 1904 system day 0 is 1904-01-01.
 */
// @ts-nocheck


const MS_PER_DAY = 86400000;
// Module constants rather than globals: cheaper in hot loops run inside a vm context (jest).
const round = Math.round;
const finite = Number.isFinite;
const JsDate = Date;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** 9999-12-31, the last date Excel shows. */
const MAX_SERIAL_1900 = 2958465;

/** A JS Date (UTC) for an Excel serial, or null when the number is no date Excel could show. */
export function serialToDate(serial: number, date1904: boolean): Date | null {
  if (!finite(serial) || serial < 0) return null;
  if (date1904) {
    if (serial > MAX_SERIAL_1900 - 1462) return null;
    return new JsDate(EPOCH_1904 + round(serial * MS_PER_DAY));
  }
  if (serial > MAX_SERIAL_1900) return null;
  // Before 1900-03-01 the serials are one day ahead of the real calendar; day 60 (the phantom
  // 1900-02-29) reads as 1900-02-28, and day 0 (shown by Excel as 1900-01-00) as 1899-12-31.
  const adjusted = serial < 60 ? serial + 1 : serial;
  return new JsDate(EPOCH_1900 + round(adjusted * MS_PER_DAY));
}

/** The Excel serial of a JS Date (its UTC fields), or null before the first day Excel can show. */
export function dateToSerial(date: Date, date1904: boolean): number | null {
  const t = date.getTime();
  if (!finite(t)) return null;
  if (date1904) {
    const serial = (t - EPOCH_1904) / MS_PER_DAY;
    return serial >= 0 && serial <= MAX_SERIAL_1900 - 1462 ? serial : null;
  }
  let serial = (t - EPOCH_1900) / MS_PER_DAY;
  if (serial < 61) serial -= 1; // Jan and Feb 1900 sit before the phantom leap day.
  return serial >= 0 && serial < MAX_SERIAL_1900 + 1 ? serial : null;
}

/**
 * Built-in number formats that show dates or times: 14-22 and 45-47 everywhere, 27-36 and 50-58
 * in East Asian locales (Excel stores only the id for them).
 */
export function isBuiltInDateFormat(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

/**
 * Whether a custom format code shows a date or time: it has d, m, y, h or s outside quoted
 * literals, bracketed parts (colours, conditions, locales), escaped and padding characters.
 * Only the first section counts (the one for positive numbers).
 */
export function isDateFormatCode(code: string): boolean {
  let i = 0;
  const n = code.length;
  while (i < n) {
    const c = code[i];
    if (c === '"') {
      const close = code.indexOf('"', i + 1);
      i = close < 0 ? n : close + 1;
    } else if (c === "[") {
      const close = code.indexOf("]", i + 1);
      const inner = code.slice(i + 1, close < 0 ? n : close).toLowerCase();
      // Elapsed time ([h], [mm], [ss]) is a time format; colours and conditions are not.
      if (/^(h+|m+|s+)$/.test(inner)) return true;
      i = close < 0 ? n : close + 1;
    } else if (c === "\\" || c === "_" || c === "*") {
      i += 2;
    } else if (c === ";") {
      return false;
    } else {
      const lower = c.toLowerCase();
      if (lower === "d" || lower === "m" || lower === "y" || lower === "h" || lower === "s") return true;
      i++;
    }
  }
  return false;
}
