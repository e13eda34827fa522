/** Results -> the result sheets, in the order a reader meets them. */
import { type ResultSheet, headerFooterText } from "./resultSheet";
import { isoFromDay } from "../model/days";
import type { CalcLinks, RenderContext } from "./context";
import { blockKey, blockStarts } from "./calculationLines";
import { MAX_CALCULATION_LINES, calculationRow, calculationSheet } from "./calculationSheet";
import { type SheetTrail, sheetTrail } from "./trailFit";
import { renderWarning, say } from "../text/messages";
import type { Issue } from "../model/records";
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
import { readablePrint } from "./printScale";

export function renderResults(
  input: Omit<RenderContext, "labels"> & {
    readonly labels?: ResultLabels;
    /**
     * The Calculation sheet of a consolidation: at most `maxLines` lines (Excel's rows otherwise),
     * and, without `officeLines`, the consolidated view without each office's own derivation.
     */
    readonly calculation?: { readonly maxLines: number; readonly officeLines: boolean };
  },
): ResultSheet[] {
  const labels = input.labels ?? RESULT_LABELS[input.settings.language];
  // The trail's lines first: every other sheet links its indicators to their lines.
  const max = Math.min(input.calculation?.maxLines ?? MAX_CALCULATION_LINES, MAX_CALCULATION_LINES);
  const trail = sheetTrail(input.result, input.catalog, input.calculation?.officeLines ?? true, max);
  const lines = trail.lines;
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
    ["issues", issuesSheet(withTrailWarning(context, max, trail), context.labels)],
  ];
  const page = context.labels.page;
  const header = headerFooterText(
    page.header(context.settings.organization || context.labels.scorecard.defaultOrg, isoFromDay(context.result.asOf)),
  );
  return sheets.map(([key, sheet]) => {
    const print = { landscape: true, fitToWidth: true, ...sheet.print };
    return {
      ...wordNotAvailable(sheet, context.labels.notAvailable),
      replaces: otherNames(key, sheet.name),
      // Every printed page says whose scorecard, as of when, and which page of how many; its body is read at 8 pt or more.
      // (The Calculation sheet, an audit trail read on screen, keeps to one page wide: at 8 pt it would double the pages.)
      print: {
        ...(key === "calculation" ? print : readablePrint(sheet, print)),
        header,
        footer: page.footer,
      },
      ...(key === "scorecard" ? { active: true } : {}),
    };
  });
}

/** The result's issues, and a warning when the Calculation sheet could not hold every office's lines. */
function withTrailWarning(context: RenderContext, max: number, trail: SheetTrail): readonly Issue[] {
  if (trail.keptOffices === trail.offices) return context.result.issues;
  const warning: Issue = {
    severity: "warning",
    sheet: context.labels.sheets.calculation,
    row: null,
    column: null,
    cell: null,
    value: null,
    message: say(
      renderWarning.trailTooLong(trail.total, max, trail.keptOffices, trail.offices),
      context.settings.language,
    ),
  };
  return [...context.result.issues, warning];
}

/** The sheet's names in the other languages (what an earlier run in another language called it). */
function otherNames(key: ResultSheetKey, name: string): string[] {
  return Object.values(RESULT_SHEET_NAMES)
    .map((names) => names[key])
    .filter((other) => other.toLowerCase() !== name.toLowerCase());
}
