/**
 * A result sheet's cell as Excel shows it: its value through the sheet's number format
 * (FORMAT_CODES) and its fill's colours. The page draws result sheets with these, so what it
 * shows is what the downloaded workbook shows.
 */
// @ts-nocheck

import { type Cell, isCellError } from "../core/model/grid";
import { type CellStyle, FILL_COLORS, type NumberFormat } from "../core/render/resultSheet";

/** Excel's General format, near enough: ten significant digits, no trailing zeros. */
const general = (n: number): string => String(Number(n.toPrecision(10)));

const isoDate = (d: Date) => (Number.isNaN(d.getTime()) ? "" : d.toISOString().slice(0, 10));

/** Excel's "+0.00;-0.00;0.00": a plus before a positive number, the minus of a negative one, none for zero. */
const signed = (digits: string, value: number): string => (value > 0 ? `+${digits}` : digits);

/** The text Excel shows for `value` in a cell of `format` (absent: General). */
export function formatCell(value: Cell, format: NumberFormat | undefined): string {
  if (value === null) return "";
  if (isCellError(value)) return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return isoDate(value);
  if (typeof value === "string") return value;
  if (!Number.isFinite(value)) return String(value);
  switch (format) {
    // The template's Settings thresholds (0%); 15 significant digits first, as Excel rounds what it stores.
    case "percent0":
      return `${Math.round(Number((value * 100).toPrecision(15)))}%`;
    case "percent1":
      return `${(value * 100).toFixed(1)}%`;
    case "level2":
    case "decimal2":
      return value.toFixed(2);
    case "integer":
      return Math.round(value).toFixed(0);
    case "signedPercent1":
      return signed((value * 100).toFixed(1), value) + "%";
    case "signed2":
      return signed(value.toFixed(2), value);
    case "date":
    case "text":
    case undefined:
      return general(value);
  }
}

/** Inline CSS for a cell's style: fill colours, bold, title size, alignment and wrapping. */
export function cellCss(style: CellStyle | undefined, value: Cell): Record<string, string> {
  const css: Record<string, string> = {};
  if (style?.fill !== undefined) {
    const colors = FILL_COLORS[style.fill];
    css.backgroundColor = `#${colors.background}`;
    css.color = `#${colors.font}`;
  }
  if (style?.bold === true || style?.title === true) css.fontWeight = "600";
  if (style?.title === true) css.fontSize = "1.25em";
  // Excel's General alignment: numbers (and dates) to the right, text to the left.
  const numeric = typeof value === "number" || value instanceof Date;
  css.textAlign = style?.align ?? (numeric ? "right" : typeof value === "boolean" ? "center" : "left");
  css.verticalAlign = style?.verticalAlign === "center" ? "middle" : (style?.verticalAlign ?? "bottom");
  css.whiteSpace = style?.wrap === true ? "normal" : "nowrap";
  return css;
}

/** A column width in Excel character units as CSS pixels (Calibri 11: 7 px a character plus padding). */
export const columnPixels = (characters: number): number => Math.round(characters * 7 + 5);
