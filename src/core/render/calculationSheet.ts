/**
 * Calculation: the audit trail as one table with one header row, so that an auditor can filter
 * it or build a pivot table on it: each block is an indicator value (its Result line) followed by
 * its Input lines, and Result = sum(Numerator) / sum(Denominator) over the inputs counted.
 */
import { CONSOLIDATED } from "../model/records";
import type { Cell } from "../model/grid";
import type { Source } from "../model/records";
import type { RenderContext } from "./context";
import type { CalcLine } from "./calculationLines";
import { CALCULATION_TEXT, type CalculationText } from "./calculationText";
import type { CellLink, ResultSheet, StyledCell } from "./resultSheet";
import { SheetBuilder, notAvailable } from "./sheetBuilder";

/** 0-based row of the header; the lines start on the next row. */
export const CALCULATION_HEADER_ROW = 3;

/** 0-based column of Counted (Yes/No), after Value and Weight. */
const COUNTED_COLUMN = 10;

/** The Excel row (1-based) of line `k`. */
export const calculationRow = (k: number): number => CALCULATION_HEADER_ROW + 2 + k;

/** The lines one Calculation sheet holds: Excel's 1,048,576 rows less the rows above the first line. */
export const MAX_CALCULATION_LINES = 1_048_576 - calculationRow(0) + 1;

/**
 * A consolidation's Calculation sheet: the consolidated view (each consolidated value with every
 * office's value as its inputs), the projects and the campaigns, up to 20,000 lines, so that a
 * national roll-up stays in bounded memory (trailFit.ts); each office's own derivation is on its
 * own workbook's Calculation sheet.
 */
export const CONSOLIDATION_CALCULATION = { maxLines: 20_000, officeLines: false } as const;

/** A link to an input row, unless the row is in another workbook (a consolidation's "[file]Sheet"). */
export function sourceLink(source: Source): CellLink | undefined {
  return source.sheet.startsWith("[") || source.row < 1 ? undefined : { sheet: source.sheet, cell: `A${source.row}` };
}

export const sourceText = (source: Source): string => `${source.sheet}!${source.row}`;

/** A Result line's cells: bold on the section colour. One object, so the hosts' style indexes know it at once. */
const RESULT_STYLE = { bold: true, fill: "section" } as const;

/**
 * One cell object for each text in each of the two styles: the trail repeats a few thousand texts
 * (indicators, kinds, offices, items, Yes/No) over millions of cells, and cells are never changed
 * once made, so they can be shared.
 */
class TextCells {
  private readonly plain = new Map<string, StyledCell>();
  private readonly result = new Map<string, StyledCell>();

  get(text: string, result: boolean): StyledCell {
    const cells = result ? this.result : this.plain;
    let cell = cells.get(text);
    if (cell === undefined) {
      cell = result ? { value: text, style: RESULT_STYLE } : { value: text };
      cells.set(text, cell);
    }
    return cell;
  }
}

function lineCells(
  l: CalcLine,
  T: CalculationText,
  consolidated: string,
  stage: RenderContext["labels"]["stage"],
  texts: TextCells,
): (StyledCell | null)[] {
  const result = l.kind === "result";
  const style = result ? RESULT_STYLE : undefined;
  const text = (value: string): StyledCell => texts.get(value, result);
  // Written out, not spread: a national trail makes millions of these cells.
  const cell = (value: Cell, link?: CellLink): StyledCell =>
    style ? (link ? { value, style, link } : { value, style }) : link ? { value, link } : { value };
  const num = (v: number | null | undefined, shown: boolean): StyledCell | null =>
    v === undefined || (!shown && v === null)
      ? style
        ? cell(null)
        : null
      : v === null
        ? notAvailable(style ?? {})
        : cell(v);
  const source = l.source;
  return [
    text(T.indicator[l.indicator]),
    text(T.kind[l.kind]),
    text(l.office === CONSOLIDATED ? consolidated : l.office),
    text(l.campaign),
    // A PDCA stage in the sheet's words; the other scopes are codes and IDs.
    text(l.indicator === "STAGE" && l.scope in stage ? stage[l.scope as keyof typeof stage] : l.scope),
    text(T.item[l.item] ?? l.item),
    text(l.owner ?? ""),
    text(l.written ? T.written(l.written) : ""),
    num(l.value, !result && l.counted !== null),
    num(l.weight, false),
    text(l.counted === null ? "" : l.counted ? T.yes : T.no),
    num(l.numerator, false),
    num(l.denominator, false),
    num(l.result, result),
    text(l.evidence ?? ""),
    text(l.why ? T.why(l.why) : ""),
    source ? cell(sourceText(source), sourceLink(source)) : text(""),
  ];
}

export function calculationSheet(context: RenderContext, lines: readonly CalcLine[]): ResultSheet {
  const T = CALCULATION_TEXT[context.settings.language];
  const s = new SheetBuilder(context.labels.sheets.calculation, T.header.length);
  s.title(T.title, T.subtitle);
  const header = s.header(T.header);
  if (header !== CALCULATION_HEADER_ROW) throw new Error("Calculation header moved: links would miss their lines");
  const texts = new TextCells();
  for (const l of lines) s.row(lineCells(l, T, context.labels.consolidated, context.labels.stage, texts));
  return s.withoutSetOff().build({
    // Numerator, Denominator and Result two characters wider than General's ten digits and point,
    // so that a long decimal does not run into the number before it ("1 0.9166666667").
    columnWidths: [20, 10, 16, 14, 10, 34, 24, 18, 14, 10, 9, 14, 14, 14, 14, 60, 22],
    // Counted centred: left-aligned, Yes would touch the right-aligned weight before it ("1 Yes").
    columnAlign: T.header.map((_h, c) => (c === COUNTED_COLUMN ? "center" : null)),
    freeze: { rows: header + 1, columns: 2 },
    autoFilter: { row0: header, col0: 0, row1: header + lines.length, col1: T.header.length - 1 },
    print: { landscape: true, fitToWidth: true, titleRows: header + 1 },
  });
}
