/**
 * Issues grouped as a reader goes through them: by sheet, then by kind (the column a problem is
 * in, and whether it is an error or a warning), each with its count. Thousands of issues read as
 * a few dozen groups. The task pane and `itsm-scorecard validate` show the same groups.
 */
// @ts-nocheck

import type { Issue, Severity } from "../model/records";

export interface IssueKind {
  readonly severity: Severity;
  /** The column's header, or null for problems of a whole sheet or row. */
  readonly column: string | null;
  /** Ordered by row, then column. */
  readonly issues: readonly Issue[];
}

export interface SheetIssues {
  readonly sheet: string;
  readonly errors: number;
  readonly warnings: number;
  /** Errors first, then the largest kinds, then by column. */
  readonly kinds: readonly IssueKind[];
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1 };

const byRow = (a: Issue, b: Issue) =>
  (a.row ?? 0) - (b.row ?? 0) || (a.cell ?? "").localeCompare(b.cell ?? "") || a.message.localeCompare(b.message);

const byKind = (a: IssueKind, b: IssueKind) =>
  SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
  b.issues.length - a.issues.length ||
  (a.column ?? "").localeCompare(b.column ?? "");

/** Sheets with errors first, then by name; within a sheet, kinds as `byKind` orders them. */
export function groupIssues(issues: readonly Issue[]): SheetIssues[] {
  const sheets = new Map<string, Map<string, { severity: Severity; column: string | null; issues: Issue[] }>>();
  for (const issue of issues) {
    let kinds = sheets.get(issue.sheet);
    if (kinds === undefined) {
      kinds = new Map();
      sheets.set(issue.sheet, kinds);
    }
    const key = `${issue.severity}\u0000${issue.column ?? ""}`;
    let kind = kinds.get(key);
    if (kind === undefined) {
      kind = { severity: issue.severity, column: issue.column, issues: [] };
      kinds.set(key, kind);
    }
    kind.issues.push(issue);
  }
  const grouped: SheetIssues[] = [...sheets].map(([sheet, kinds]) => {
    const list = [...kinds.values()].map((k) => ({ ...k, issues: [...k.issues].sort(byRow) })).sort(byKind);
    const errors = list.filter((k) => k.severity === "error").reduce((n, k) => n + k.issues.length, 0);
    const total = list.reduce((n, k) => n + k.issues.length, 0);
    return { sheet, errors, warnings: total - errors, kinds: list };
  });
  return grouped.sort((a, b) => Number(b.errors > 0) - Number(a.errors > 0) || a.sheet.localeCompare(b.sheet));
}

/** The issues in the order of their groups (what a list of the groups shows, top to bottom). */
export function sortedIssues(issues: readonly Issue[]): Issue[] {
  return groupIssues(issues).flatMap((s) => s.kinds.flatMap((k) => k.issues));
}
