/** The words results are judged in: statuses (framework.md section 7), trend directions, risk levels. */
// @ts-nocheck


export type Status = "Success" | "Warning" | "Fail";

export type TrendDirection = "Positive" | "Negative" | "Flat";

export type RiskLevel = "LOW" | "MEDIUM" | "HIGH";

/** What an overdue item of the Actions summary is. */
export type OverdueKind = "Action" | "Improvement plan";

/** The improvement view: a later value against an earlier one, and which way is better. */
export type ChangeDirection = "Better" | "Worse" | "Unchanged";
export type BetterWhen = "higher" | "lower";
/** PRK's trend over Indicator history: falling is better (1 LOW, 3 HIGH). */
export type PrkTrendDirection = "Falling" | "Rising" | "Flat";
