/** Results -> the result sheets, in the order a reader meets them. */
import type { ResultSheet } from "./resultSheet";
import type { RenderContext } from "./context";
import { RESULT_LABELS, type ResultLabels } from "./labels";
import { actionsSheet } from "./actionsSheet";
import { complianceSheet } from "./complianceSheet";
import { findingsSheet } from "./findingsSheet";
import { issuesSheet } from "./issuesSheet";
import { maturitySheet } from "./maturitySheet";
import { projectsSheet } from "./projectsSheet";
import { scorecardSheet } from "./scorecardSheet";

export function renderResults(input: Omit<RenderContext, "labels"> & { readonly labels?: ResultLabels }): ResultSheet[] {
  const context: RenderContext = { ...input, labels: input.labels ?? RESULT_LABELS[input.settings.language] };
  return [
    scorecardSheet(context),
    complianceSheet(context),
    maturitySheet(context),
    findingsSheet(context),
    projectsSheet(context),
    actionsSheet(context),
    issuesSheet(context.result.issues, context.labels),
  ];
}
