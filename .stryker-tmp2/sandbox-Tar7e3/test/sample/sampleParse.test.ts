/** The parser reports each planted problem of the demo workbook where it is, and accepts the valid variants. */
// @ts-nocheck

import { parseWorkbook } from "../../src/core/parse/parseWorkbook";
import { SAMPLE_ACCEPTED_VARIANTS, SAMPLE_DELIBERATE_PROBLEMS, sampleWorkbook } from "../../src/sample/sampleWorkbook";

// Computed in each test, not once at load, so mutation testing sees which test reaches which line.
let issues: ReturnType<typeof parseWorkbook>["issues"];
beforeEach(() => {
  issues = parseWorkbook(sampleWorkbook()).issues;
});

test.each(SAMPLE_DELIBERATE_PROBLEMS.map((p) => [p.kind, p] as const))("reports %s", (_kind, p) => {
  expect(issues.filter((i) => i.sheet === p.sheet && i.row === p.excelRow && i.column === p.column)).not.toHaveLength(
    0,
  );
});

test.each(SAMPLE_ACCEPTED_VARIANTS.map((p) => [p.kind, p] as const))("accepts %s without an issue", (_kind, p) => {
  expect(issues.filter((i) => i.sheet === p.sheet && i.row === p.excelRow)).toEqual([]);
});

test("reports nothing else on the input sheets' rows", () => {
  const planted = new Set(SAMPLE_DELIBERATE_PROBLEMS.map((p) => `${p.sheet}|${p.excelRow}`));
  expect(issues.filter((i) => i.row !== null && !planted.has(`${i.sheet}|${i.row}`))).toEqual([]);
});
