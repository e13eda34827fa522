/** Results -> the result sheets, in the order a reader meets them. */
import type { ResultSheet } from "./resultSheet";
import type { CalcLinks, RenderContext } from "./context";
import { blockKey, blockStarts, calculationLines } from "./calculationLines";
import { calculationRow, calculationSheet } from "./calculationSheet";
import { RESULT_LABELS, RESULT_SHEET_NAMES, type ResultLabels, type ResultSheetKey } from "../text/labels";
import { actionsSheet } from "./actionsSheet";
import { complianceSheet } from "./complianceSheet";
import { findingsSheet } from "./findingsSheet";
import { improvementSheet } from "./improvementSheet";
import { issuesSheet } from "./issuesSheet";
import { maturitySheet } from "./maturitySheet";
import { projectsSheet } from "./projectsSheet";
import { scorecardSheet } from "./scorecardSheet";
import { wordNotAvailable } from "./sheetBuilder";

export function renderResults(
  input: Omit<RenderContext, "labels"> & { readonly labels?: ResultLabels },
): ResultSheet[] {
  const labels = input.labels ?? RESULT_LABELS[input.settings.language];
  // The trail's lines first: every other sheet links its indicators to their lines.
  const lines = calculationLines(input.result, input.catalog);
  const starts = blockStarts(lines);
  const calc: CalcLinks = (indicator, office, scope = "", campaign = "") => {
    const k = starts.get(blockKey(indicator, office, scope, campaign));
    return k === undefined ? undefined : { sheet: labels.sheets.calculation, cell: `A${calculationRow(k)}` };
  };
  const context: RenderContext = { ...input, labels, calc };
  const sheets: [ResultSheetKey, ResultSheet][] = [
    ["scorecard", scorecardSheet(context)],
    ["compliance", complianceSheet(context)],
    ["maturity", maturitySheet(context)],
    ["findings", findingsSheet(context)],
    ["projects", projectsSheet(context)],
    ["actions", actionsSheet(context)],
    ["improvement", improvementSheet(context)],
    ["calculation", calculationSheet(context, lines)],
    ["issues", issuesSheet(context.result.issues, context.labels)],
  ];
  return sheets.map(([key, sheet]) => ({
    ...wordNotAvailable(sheet, context.labels.notAvailable),
    replaces: otherNames(key, sheet.name),
  }));
}

/** The sheet's names in the other languages (what an earlier run in another language called it). */
function otherNames(key: ResultSheetKey, name: string): string[] {
  return Object.values(RESULT_SHEET_NAMES)
    .map((names) => names[key])
    .filter((other) => other.toLowerCase() !== name.toLowerCase());
}
