/**
 * Never crash on cells (docs/security.md, guarantee 1). Random workbooks with hostile values in every
 * column of every input sheet always give a result document whose percentages are in [0, 1],
 * levels in [0, 5], and whose issues each say sheet, row, column and what is wrong.
 *
 * Bounded for CI (the whole file runs in well under a minute). fast-check reports the seed and
 * the counterexample's path on failure; replay with FUZZ_SEED=<seed>, explore with
 * FUZZ_SEED=random, go longer with FUZZ_RUNS=<n> (see arbitraries.ts).
 */
// @ts-nocheck

import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { dayFromParts } from "../../src/core/model/days";
import type { Cell, SheetGrid, WorkbookGrids } from "../../src/core/model/grid";
import { inputSheetKey } from "../../src/core/parse/parseWorkbook";
import { RESULT_LABELS, RESULT_SHEET_NAMES, RESULT_SHEETS } from "../../src/core/text/labels";
import { runScorecard } from "../../src/core/pipeline";
import { readWorkbook } from "../../src/host/file/readWorkbook";
import { createWorkbook } from "../../src/host/file/writeWorkbook";
import { cli, tempFolder } from "../helpers/cli";
import { FUZZ_SEED, anyCell, compactCell, fuzzParameters, workbookArb } from "./arbitraries";
import { documentViolations, sheetViolations } from "./invariants";

const TODAY = dayFromParts(2026, 11, 1) as number;

/** The history sheet of a workbook replaced by `rows` (what the next run would read). */
function withHistory(grids: WorkbookGrids, history: { name: string; rows: Cell[][] }): WorkbookGrids {
  const others = grids.sheets.filter((s) => inputSheetKey(s.name) !== "history");
  return { sheets: [...others, { name: history.name, rows: history.rows, firstRow: 1, firstColumn: 1 }] };
}

describe(`fuzzing the pipeline with hostile cells (seed ${FUZZ_SEED})`, () => {
  it("always ends with a result document within its ranges, and well-formed issues", () => {
    fc.assert(
      fc.property(
        workbookArb({ maxRows: 8, cell: anyCell, offsets: true }),
        fc.option(fc.integer({ min: 0, max: 3000 })),
        (grids, asOfOffset) => {
          const run = runScorecard(grids, { today: TODAY, asOf: asOfOffset === null ? undefined : TODAY - asOfOffset });
          // The document survives JSON (what --json writes) unchanged.
          const json = JSON.parse(JSON.stringify(run.document));
          const problems = [
            ...documentViolations(run.document),
            ...documentViolations(json),
            ...sheetViolations(run.sheets),
          ];
          expect(problems).toEqual([]);
          // Result sheets and severities are written in the Language setting's words.
          const labels = RESULT_LABELS[run.records.settings.language];
          expect(run.sheets.map((s) => s.name)).toEqual(
            Object.values(labels.sheets).filter((n) => run.sheets.some((s) => s.name === n)),
          );
          // ...and every result sheet is written, whatever the input.
          expect(run.sheets.map((s) => s.name)).toEqual(Object.values(labels.sheets));
          // Every issue reaches the Issues sheet.
          const issuesSheet = run.sheets.find((s) => s.name === labels.sheets.issues);
          const listed = issuesSheet?.rows.filter(
            (r) => r[0]?.value === labels.severity.error || r[0]?.value === labels.severity.warning,
          ).length;
          expect(listed).toBe(run.document.issues.length);
        },
      ),
      fuzzParameters(150),
    );
  }, 60_000);

  it("is idempotent: a second run on its own Indicator history gives the same history and results", () => {
    fc.assert(
      fc.property(workbookArb({ maxRows: 6, cell: anyCell, offsets: true }), (grids) => {
        const first = runScorecard(grids, { today: TODAY });
        const second = runScorecard(withHistory(grids, first.history), { today: TODAY });
        expect(second.history.rows).toEqual(first.history.rows);
        expect(second.document).toEqual(first.document);
        const third = runScorecard(withHistory(grids, second.history), { today: TODAY });
        expect(third.history.rows).toEqual(first.history.rows);
      }),
      fuzzParameters(60),
    );
  }, 60_000);

  it("needs nothing but a Controls sheet, whatever it holds, and refuses only a missing one", () => {
    fc.assert(
      fc.property(fc.array(fc.array(anyCell, { maxLength: 6 }), { maxLength: 6 }), (rows) => {
        const controls: SheetGrid = { name: "Controls", rows, firstRow: 1, firstColumn: 1 };
        expect(documentViolations(runScorecard({ sheets: [controls] }, { today: TODAY }).document)).toEqual([]);
        expect(() => runScorecard({ sheets: [{ ...controls, name: "Sheet1" }] }, { today: TODAY })).toThrow(
          /no "Controls" sheet/,
        );
      }),
      fuzzParameters(100),
    );
  }, 30_000);
});

describe(`fuzzing the .xlsx path: createWorkbook -> itsm-scorecard compute (seed ${FUZZ_SEED})`, () => {
  const dir = tempFolder();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  let n = 0;

  it("computes every generated workbook, writes a readable one, and the JSON keeps its ranges", async () => {
    await fc.assert(
      fc.asyncProperty(workbookArb({ maxRows: 5, cell: compactCell, offsets: false }), async (grids) => {
        const input = path.join(dir, `fuzz-${++n}.xlsx`);
        const output = path.join(dir, `fuzz-${n}.out.xlsx`);
        const again = path.join(dir, `fuzz-${n}.again.xlsx`);
        const json = path.join(dir, `fuzz-${n}.json`);
        fs.writeFileSync(input, createWorkbook(grids.sheets.map((s) => ({ name: s.name, rows: s.rows }))));
        const run = await cli(["compute", input, "-o", output, "--json", json]);
        expect(run.err).toBe("");
        expect(run.code).toBe(0);
        const doc = JSON.parse(fs.readFileSync(json, "utf8"));
        expect(documentViolations(doc)).toEqual([]);
        // The output reads back, and computing on it again changes no result sheet.
        expect((await cli(["compute", output, "-o", again])).code).toBe(0);
        const first = readWorkbook(fs.readFileSync(output));
        const second = readWorkbook(fs.readFileSync(again));
        expect(second.sheets.map((s) => s.name)).toEqual(first.sheets.map((s) => s.name));
        for (const name of Object.values(RESULT_SHEETS)) {
          expect(second.sheets.find((s) => s.name === name)).toEqual(first.sheets.find((s) => s.name === name));
        }
        // The loop above compares English names only; a Spanish workbook's result sheets must
        // be compared too, and the output must hold one full set (not two, not none).
        const resultNames = Object.values(RESULT_SHEET_NAMES).flatMap((names) => Object.values(names));
        const written = first.sheets.filter((s) => resultNames.includes(s.name));
        expect(written).toHaveLength(Object.keys(RESULT_SHEETS).length);
        for (const sheet of written) expect(second.sheets.find((s) => s.name === sheet.name)).toEqual(sheet);
        const history = (wb: typeof first) => wb.sheets.find((s) => inputSheetKey(s.name) === "history")?.rows;
        expect(history(second)).toEqual(history(first));
        for (const f of [input, output, again, json]) fs.rmSync(f, { force: true });
      }),
      fuzzParameters(12),
    );
  }, 60_000);
});
