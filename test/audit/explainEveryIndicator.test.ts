/**
 * `explain` for every indicator the Scorecard shows: each linked cell of the Scorecard sheet of the
 * sample (English and Spanish) is explained, found at the Calculation line the cell links to, with
 * its formula, the numbers that went in and at least one source row or a stated reason; the Spanish
 * explanations use none of the English explanations' words.
 */
import { runScorecard } from "../../src/core/pipeline";
import { CONSOLIDATED } from "../../src/core/model/records";
import type { WorkbookGrids } from "../../src/core/model/grid";
import { type CalcLine, calculationLines } from "../../src/core/render/calculationLines";
import { calculationRow } from "../../src/core/render/calculationSheet";
import { type Explanation, type ExplainQuery, explainIndicator, explanationText } from "../../src/core/render/explain";
import { RESULT_SHEET_NAMES } from "../../src/core/text/labels";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { templateSheets } from "../../src/core/template";
import { day } from "../helpers/records";

const today = day("2026-11-01");

/** The sample as the Spanish template holds it: Spanish sheet names, headers, words and Language. */
function spanish(grids: WorkbookGrids): WorkbookGrids {
  const sheets = templateSheets({ data: grids.sheets, language: "es" }).filter((s) => s.key !== "instructions");
  return { sheets: sheets.map((s) => ({ name: s.name, rows: s.rows, firstRow: 1, firstColumn: 1 })) };
}

/** The name a user gives `explain` for the indicator of a Calculation block (as the Scorecard writes it). */
function queryOf(line: CalcLine): ExplainQuery {
  const where = line.campaign !== "" ? { campaign: line.campaign } : { office: line.office };
  const named = (indicator: string): ExplainQuery => ({ indicator, ...where });
  switch (line.indicator) {
    case "CCL":
    case "CLS":
    case "PLC":
      return named(`${line.indicator}(${line.scope})`);
    case "DML":
    case "AML":
      return named(`ML(${line.scope})`);
    case "DML_AVG":
    case "AML_AVG":
      return named("ML");
    case "COVERAGE":
      return named("Evidence coverage");
    case "TASKS":
      return named("Task completion");
    case "OCL":
    case "OCLT":
      return named(line.indicator);
    case "STAGE":
      return named(line.scope);
    case "PRK":
      return line.scope === "" ? named("PRK") : { indicator: `PRK(${line.scope})` };
    case "FINDINGS":
      return named(line.scope);
    case "ALVL":
      return named("Audit LVL");
    case "TRAINING":
      return named(line.scope === "" ? "Training" : `Training(${line.scope})`);
    case "CL":
      return named(`CL(${line.scope})`);
    case "CL_AVG":
      return named("Capability level");
    case "SETTING":
    case "LEADER":
      throw new Error(`The Scorecard links to a ${line.indicator} line`);
  }
}

interface Shown {
  readonly query: ExplainQuery;
  readonly row: number;
  readonly value: unknown;
  readonly explanation: Explanation;
}

/** Every indicator cell of the Scorecard sheet, explained. */
function explainScorecard(grids: WorkbookGrids): { shown: Shown[]; language: "en" | "es" } {
  const run = runScorecard(grids, { today });
  const { result } = run;
  const names = RESULT_SHEET_NAMES[result.language];
  const scorecard = run.sheets.find((s) => s.name === names.scorecard);
  if (scorecard === undefined) throw new Error("no Scorecard sheet");
  const lines = calculationLines(result, run.records.catalog);
  const rowOfLine = new Map(lines.map((l, k) => [calculationRow(k), l]));
  const shown: Shown[] = [];
  for (const row of scorecard.rows)
    for (const cell of row) {
      if (!cell?.link) continue;
      expect(cell.link.sheet).toBe(names.calculation);
      const linkRow = Number(/\d+$/.exec(cell.link.cell)?.[0]);
      const line = rowOfLine.get(linkRow);
      if (line === undefined) throw new Error(`${cell.link.cell} is no Calculation line`);
      const query = queryOf(line);
      shown.push({ query, row: linkRow, value: cell.value, explanation: explainIndicator(result, query) });
    }
  return { shown, language: result.language };
}

const english = explainScorecard(sampleWorkbook());
const spanishRun = explainScorecard(spanish(sampleWorkbook()));

describe("explain for every indicator the Scorecard shows", () => {
  it.each([
    ["English", english],
    ["Spanish", spanishRun],
  ])("%s: each has its formula, the numbers that went in, and a source row or a stated reason", (_, { shown }) => {
    // The Scorecard of the sample shows offices, the consolidated view, campaigns and projects.
    expect(shown.length).toBeGreaterThan(60);
    const kinds = new Set(shown.map((s) => s.query.indicator.replace(/\(.*\)$/, "")));
    for (const k of ["OCL", "OCLT", "CLS", "CCL", "PLC", "PRK", "ML"]) expect(kinds).toContain(k);
    for (const { query, row, value, explanation: e } of shown) {
      const what = JSON.stringify(query);
      // explain finds the very block the Scorecard cell links to, and its number.
      expect([what, e.calculation.row]).toEqual([what, row]);
      // A number is the result; or, on a level row, the level the result is rounded down to (named
      // in its words); or, in a campaign's Audits column, the number of audits listed.
      if (typeof value === "number") {
        const shows =
          e.result === value ||
          e.resultWords.includes(String(value)) ||
          (query.indicator === "Audit LVL" && value === e.inputs.length + e.leftOut.length);
        expect([what, value, shows]).toEqual([what, value, true]);
      }
      expect([what, e.formula.length > 20]).toEqual([what, true]);
      const reasons = [e.why, ...e.inputs.map((l) => l.why), ...e.leftOut.map((l) => l.why)].filter((w) => w !== "");
      // Numbers in, or why there are none.
      expect([what, e.inputs.length > 0 || (e.numerator !== null && e.denominator !== null) || e.why !== ""]).toEqual([
        what,
        true,
      ]);
      expect([what, e.sources.length > 0 || reasons.length > 0]).toEqual([what, true]);
    }
  });

  it("says the Spanish explanations without the English explanations' words", () => {
    const words = (text: string) => new Set(text.match(/\p{L}{3,}/gu) ?? []);
    // Words of the data itself (IDs, offices, owners, campaigns) are the same in both languages.
    const data = new Set<string>();
    for (const sheet of sampleWorkbook().sheets)
      for (const row of sheet.rows.slice(1)) for (const cell of row) for (const w of words(String(cell))) data.add(w);
    const englishWords = new Set<string>();
    for (const s of english.shown) for (const w of words(explanationText(s.explanation, "en"))) englishWords.add(w);
    const spanishWords = new Set<string>();
    for (const s of spanishRun.shown) for (const w of words(explanationText(s.explanation, "es"))) spanishWords.add(w);
    // Codes in capitals (OCL, CCL, Audit LVL's LVL) are the framework's, in both languages.
    // "control" is a Spanish word too (el control).
    const shared = new Set(["control"]);
    const englishOnly = [...spanishWords].filter(
      (w) => englishWords.has(w) && !data.has(w) && !shared.has(w) && !/^[A-Z]+$/.test(w),
    );
    expect(englishOnly).toEqual([]);
  });

  it("names the consolidated view in the workbook's language", () => {
    const consolidated = spanishRun.shown.filter((s) => s.query.office === CONSOLIDATED);
    expect(consolidated.length).toBeGreaterThan(0);
    for (const s of consolidated) expect(s.explanation.office).toBe("Consolidado");
  });
});
