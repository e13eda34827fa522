/** Texts of the result sheets. English only for now; a Spanish set is the same shape. */
import type { FindingType } from "../records";

/**
 * Result sheet names. workbook.md calls four of them Maturity, Findings, Projects and
 * Actions, which are also input sheets; a workbook cannot hold two sheets of one name,
 * so those four carry a second word (docs/decisions.md).
 */
export const RESULT_SHEETS = {
  scorecard: "Scorecard",
  compliance: "Compliance",
  maturity: "Maturity levels",
  findings: "Findings summary",
  projects: "Project risk",
  actions: "Actions summary",
  issues: "Issues",
} as const;
export type ResultSheetKey = keyof typeof RESULT_SHEETS;

export const FINDING_NAMES: Readonly<Record<FindingType, string>> = {
  FGP: "Good practices",
  FOP: "Opportunities for improvement",
  FOB: "Observations",
  FNC: "Non-conformities",
  FCC: "Critical non-conformities",
};

export const CONSOLIDATED_LABEL = "Consolidated";

export const fmtPercent = (fraction: number): string => `${Math.round(fraction * 1000) / 10} %`;
