/** Success criteria of framework.md section 7 (the paper's Table 1). */
// @ts-nocheck

import type { FindingType } from "../model/records";
import type { RiskLevel, Status, TrendDirection } from "../model/statuses";
import { atLeast, atMost, below, equalsDecimal } from "./decimal";

export type { RiskLevel, Status, TrendDirection };

export interface Thresholds {
  readonly success: number;
  readonly fail: number;
}

/** OCL, CLS(X), CCL(N), PLC(Z): >= success threshold, < fail threshold, otherwise Warning. */
export function percentStatus(value: number | null, t: Thresholds): Status | null {
  if (value === null) return null;
  if (atLeast(value, t.success)) return "Success";
  if (below(value, t.fail)) return "Fail";
  return "Warning";
}

/** OCLT: Positive, or Flat with OCL at the success threshold, is Success; Negative is Fail. */
export function trendStatus(direction: TrendDirection | null, ocl: number | null, t: Thresholds): Status | null {
  switch (direction) {
    case null:
      return null;
    case "Positive":
      return "Success";
    case "Negative":
      return "Fail";
    case "Flat":
      return ocl !== null && atLeast(ocl, t.success) ? "Success" : "Warning";
  }
}

export function riskStatus(level: RiskLevel | null): Status | null {
  if (level === null) return null;
  return level === "LOW" ? "Success" : "Fail";
}

/** The organisation's maturity level: >= 4 Success, <= 2 Fail, 3 Warning. */
export function maturityLevelStatus(level: number | null): Status | null {
  if (level === null) return null;
  if (atLeast(level, 4)) return "Success";
  if (atMost(level, 2)) return "Fail";
  return "Warning";
}

/**
 * ML(N) and Audit LVL: >= 4 Success, otherwise Fail. Table 1 has no middle band for
 * them, so a mean such as 3.8 has not reached the objective: Fail.
 */
export function levelObjectiveStatus(value: number | null): Status | null {
  if (value === null) return null;
  return atLeast(value, 4) ? "Success" : "Fail";
}

/** The objective of each finding type, as Table 1 states it. */
export const FINDING_OBJECTIVES: Readonly<
  Record<FindingType, { readonly text: string; readonly met: (mean: number) => boolean }>
> = {
  FGP: { text: ">= 1", met: (m) => atLeast(m, 1) },
  FOP: { text: "<= 5", met: (m) => atMost(m, 5) },
  FOB: { text: "<= 5", met: (m) => atMost(m, 5) },
  FNC: { text: "<= 5", met: (m) => atMost(m, 5) },
  FCC: { text: "0", met: (m) => equalsDecimal(m, 0) },
};

/** Mean findings per audit against the objective: met is Success, otherwise Fail. */
export function findingStatus(type: FindingType, mean: number | null): Status | null {
  if (mean === null) return null;
  return FINDING_OBJECTIVES[type].met(mean) ? "Success" : "Fail";
}

/** The worst of several statuses (Fail, then Warning, then Success); null when none is defined. */
export function worstStatus(statuses: readonly (Status | null)[]): Status | null {
  if (statuses.includes("Fail")) return "Fail";
  if (statuses.includes("Warning")) return "Warning";
  return statuses.includes("Success") ? "Success" : null;
}
