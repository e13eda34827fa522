/**
 * The limits of the file host, in one place (docs/security.md lists them for users).
 *
 * Why limits at all: a workbook may come from outside the office. A tiny file can declare or
 * inflate to gigabytes (a "zip bomb"), and a sheet can spread a few values over a million rows.
 * Each limit is checked before the work it bounds (sizes from the zip directory before inflating,
 * rows and cells while a sheet is read), so memory and time stay bounded, and each refusal is
 * one line naming the limit and saying what to do (worded in core/text/messages.ts). They sit far above any real auditor's
 * workbook: the benchmark's largest workbook (100 offices) has 120,000 rows and 1.1 million
 * cells in its largest sheet.
 */
// @ts-nocheck


const MB = 1024 * 1024;

/** Largest .xlsx file read (compressed, as on disk or as chosen in the browser). */
export const MAX_FILE_BYTES = 256 * MB;
/** Most parts in the zip package (the classic zip limit; the writer does not produce zip64). */
export const MAX_ZIP_ENTRIES = 65_535;
/** Largest uncompressed size of one part (one sheet's XML, the shared strings...). */
export const MAX_PART_BYTES = 256 * MB;
/** Largest uncompressed size of all parts together. */
export const MAX_UNCOMPRESSED_BYTES = 1024 * MB;
/** Most rows holding data in one sheet. */
export const MAX_SHEET_ROWS = 250_000;
/** Most cells in one sheet: cells with a value, and the rows with data times the used width. */
export const MAX_SHEET_CELLS = 4_000_000;
