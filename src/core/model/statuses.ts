/** The words results are judged in: statuses (framework.md section 7), trend directions, risk levels. */

export type Status = "Success" | "Warning" | "Fail";

export type TrendDirection = "Positive" | "Negative" | "Flat";

export type RiskLevel = "LOW" | "MEDIUM" | "HIGH";

/** What an overdue item of the Actions summary is. */
export type OverdueKind = "Action" | "Improvement plan";
