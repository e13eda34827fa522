// @ts-nocheck
import { groupIssues, sortedIssues } from "../../src/core/render/issueGroups";
import type { Issue } from "../../src/core/model/records";
import { runScorecard } from "../../src/core/pipeline";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { day } from "../helpers/records";

const issue = (sheet: string, severity: Issue["severity"], column: string | null, row: number | null): Issue => ({
  severity,
  sheet,
  row,
  column,
  cell: null,
  value: null,
  message: `${sheet} ${column} ${row}`,
});

describe("issues grouped by sheet and kind", () => {
  it("puts sheets with errors first, errors before warnings, larger kinds first, rows in order, with counts", () => {
    const groups = groupIssues([
      issue("Tasks", "warning", "Due date", 9),
      issue("Risks", "warning", "Status", 4),
      issue("Risks", "warning", "Impact", 7),
      issue("Risks", "warning", "Impact", 3),
      issue("Risks", "error", "Likelihood", 11),
      issue("Actions", "warning", null, null),
    ]);
    expect(groups.map((g) => [g.sheet, g.errors, g.warnings])).toEqual([
      ["Risks", 1, 3],
      ["Actions", 0, 1],
      ["Tasks", 0, 1],
    ]);
    expect(groups[0].kinds.map((k) => [k.severity, k.column, k.issues.map((i) => i.row)])).toEqual([
      ["error", "Likelihood", [11]],
      ["warning", "Impact", [3, 7]],
      ["warning", "Status", [4]],
    ]);
  });

  it("loses and repeats no issue of a real run", () => {
    const issues = runScorecard(sampleWorkbook(), { today: day("2026-11-01") }).result.issues;
    const sorted = sortedIssues(issues);
    expect(sorted.length).toBe(issues.length);
    expect(new Set(sorted)).toEqual(new Set(issues));
    const groups = groupIssues(issues);
    expect(groups.reduce((n, g) => n + g.errors + g.warnings, 0)).toBe(issues.length);
  });
});
