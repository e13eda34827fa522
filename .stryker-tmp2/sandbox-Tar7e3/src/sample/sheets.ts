/**
 * The input sheets of workbook.md ("Input sheets"), with their exact English names and
 * header texts, and a small builder that turns records into a `SheetGrid` (header row
 * first, Excel row 1, column A).
 */
// @ts-nocheck

import { type Cell, type SheetGrid, columnLetters } from "../core/model/grid";
import { TEMPLATE_COLUMNS } from "../core/template";

/** The headers of each input sheet, by its English name: the template's, so both stay one list. */
export const INPUT_SHEET_HEADERS = {
  Settings: TEMPLATE_COLUMNS.settings,
  Controls: TEMPLATE_COLUMNS.controls,
  Evidence: TEMPLATE_COLUMNS.evidence,
  Tasks: TEMPLATE_COLUMNS.tasks,
  Projects: TEMPLATE_COLUMNS.projects,
  Risks: TEMPLATE_COLUMNS.risks,
  Audits: TEMPLATE_COLUMNS.audits,
  Maturity: TEMPLATE_COLUMNS.maturity,
  Findings: TEMPLATE_COLUMNS.findings,
  Actions: TEMPLATE_COLUMNS.actions,
  Improvements: TEMPLATE_COLUMNS.improvements,
  "Indicator history": TEMPLATE_COLUMNS.history,
  "Process attributes": TEMPLATE_COLUMNS.processAttributes,
  Training: TEMPLATE_COLUMNS.training,
} as const;

export type InputSheetName = keyof typeof INPUT_SHEET_HEADERS;
export type HeaderOf<S extends InputSheetName> = (typeof INPUT_SHEET_HEADERS)[S][number];

/** The input sheet names in workbook.md order. */
export const INPUT_SHEET_NAMES = Object.keys(INPUT_SHEET_HEADERS) as InputSheetName[];

/** A date-only cell: a JS Date at UTC midnight. `month` is 1-based. */
export function day(year: number, month: number, dayOfMonth: number): Date {
  return new Date(Date.UTC(year, month - 1, dayOfMonth));
}

const MS_PER_DAY = 86_400_000;

/** `date` moved by a whole number of days (a new Date). */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * MS_PER_DAY);
}

/** The earlier of two dates. */
export function minDate(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}

/** Builds one input sheet row by row; `add` answers the Excel row number of the new row. */
export class SheetBuilder<S extends InputSheetName> {
  private readonly data: Cell[][] = [];
  readonly header: readonly HeaderOf<S>[];

  constructor(readonly name: S) {
    this.header = INPUT_SHEET_HEADERS[name] as readonly HeaderOf<S>[];
  }

  /** Appends a row; columns not given are blank. Returns its Excel row number. */
  add(values: Partial<Record<HeaderOf<S>, Cell>>): number {
    this.data.push(this.header.map((h) => values[h] ?? null));
    return this.data.length + 1; // row 1 is the header row
  }

  get rowCount(): number {
    return this.data.length;
  }

  /** The A1 reference of column `header` in Excel row `excelRow`. */
  cellRef(header: HeaderOf<S>, excelRow: number): string {
    return `${columnLetters(this.header.indexOf(header) + 1)}${excelRow}`;
  }

  grid(): SheetGrid {
    return { name: this.name, rows: [[...this.header], ...this.data.map((r) => [...r])], firstRow: 1, firstColumn: 1 };
  }
}
