/**
 * The one pipeline both hosts run: grids -> records -> results -> result grids.
 * Hosts only read the workbook's cells before and write these sheets after.
 */
import type { Day } from "./model/days";
import { computeScorecard, historyRows } from "./engine/computeScorecard";
import type { ScorecardResult } from "./engine/results";
import type { Cell, SheetGrid, WorkbookGrids } from "./model/grid";
import { upsertHistory } from "./render/historyUpsert";
import { findInputSheets, parseWorkbook, sheetName } from "./parse/parseWorkbook";
import { type NamedWorkbook, parseWorkbooks } from "./parse/parseWorkbooks";
import type { Issue, Records } from "./model/records";
import { renderResults } from "./render/renderResults";
import { CONSOLIDATION_CALCULATION } from "./render/calculationSheet";
import { ScorecardError } from "./text/scorecardError";
import type { ResultSheet } from "./render/resultSheet";
import { type ResultDocument, resultDocument } from "./render/resultDocument";

export interface ScorecardRun {
  readonly records: Records;
  /** Results with every issue, the parser's first. */
  readonly result: ScorecardResult;
  readonly sheets: readonly ResultSheet[];
  /** The Indicator history sheet after this run's upsert, from cell A1. */
  readonly history: { readonly name: string; readonly rows: Cell[][] };
  readonly document: ResultDocument;
}

export interface RunOptions {
  readonly today: Day;
  readonly asOf?: Day;
  /** See ComputeOptions.rowTrail: a consolidation sets it false. */
  readonly rowTrail?: boolean;
}

export function runScorecard(grids: WorkbookGrids, options: RunOptions): ScorecardRun {
  const inputs = findInputSheets(grids);
  // The input cannot be used at all (as opposed to problems reported as issues).
  if (!inputs.has("controls")) throw new ScorecardError("noControlsSheet", {});
  const { records, issues } = parseWorkbook(grids);
  return finishRun(records, issues, inputs.get("history") ?? null, options);
}

export interface ConsolidatedRun extends ScorecardRun {
  /** The Settings sheet used, as its workbook holds it, or null when no workbook has one. */
  readonly settingsSheet: SheetGrid | null;
}

/** Many offices' workbooks parsed as one (parseWorkbooks), then run as one workbook is. */
export function consolidateScorecard(workbooks: readonly NamedWorkbook[], options: RunOptions): ConsolidatedRun {
  const parsed = parseWorkbooks(workbooks);
  if (!parsed.hasControls) throw new ScorecardError("noControlsInAny", { workbooks: workbooks.length });
  return {
    ...finishRun(parsed.records, parsed.issues, parsed.history, { ...options, rowTrail: false }),
    settingsSheet: parsed.settingsSheet,
  };
}

/** Parsed records -> results, result sheets, the upserted Indicator history and the JSON document. */
function finishRun(
  records: Records,
  parseIssues: readonly Issue[],
  historyGrid: SheetGrid | null,
  options: RunOptions,
): ScorecardRun {
  const computed = computeScorecard(records, options);
  const result: ScorecardResult = { ...computed, issues: [...parseIssues, ...computed.issues] };
  return {
    records,
    result,
    sheets: renderResults({
      result,
      catalog: records.catalog,
      settings: records.settings,
      ...(options.rowTrail === false ? { calculation: CONSOLIDATION_CALCULATION } : {}),
    }),
    history: { name: historyGrid?.name ?? sheetName("history"), rows: upsertHistory(historyGrid, historyRows(result)) },
    document: resultDocument(result),
  };
}
