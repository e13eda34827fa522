/** Results -> the result sheets, in the order a reader meets them. */
// @ts-nocheck

import type { ResultSheet } from "./resultSheet";
import type { RenderContext } from "./context";
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
  const context: RenderContext = { ...input, labels: input.labels ?? RESULT_LABELS[input.settings.language] };
  const sheets: [ResultSheetKey, ResultSheet][] = [
    ["scorecard", scorecardSheet(context)],
    ["compliance", complianceSheet(context)],
    ["maturity", maturitySheet(context)],
    ["findings", findingsSheet(context)],
    ["projects", projectsSheet(context)],
    ["actions", actionsSheet(context)],
    ["improvement", improvementSheet(context)],
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
