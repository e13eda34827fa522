/**
 * A trail longer than a sheet (a national consolidation: about 1,400 lines an office, Excel holds
 * 1,048,576 rows) is cut to whole blocks: the settings, the consolidated view and the campaigns,
 * then offices in order while the next fits whole; the Issues sheet says how many offices the
 * Calculation sheet holds, and every link still lands on its own block.
 */
import { consolidateScorecard, runScorecard } from "../../src/core/pipeline";
import { CONSOLIDATED } from "../../src/core/model/records";
import {
  type CalcLine,
  blockKey,
  calculationLines,
  keyOfLine,
  trailBlocks,
} from "../../src/core/render/calculationLines";
import {
  CONSOLIDATION_CALCULATION,
  MAX_CALCULATION_LINES,
  calculationRow,
} from "../../src/core/render/calculationSheet";
import { renderResults } from "../../src/core/render/renderResults";
import { fitTrail, sheetTrail } from "../../src/core/render/trailFit";
import type { ResultSheet } from "../../src/core/render/resultSheet";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { day } from "../helpers/records";

const run = runScorecard(sampleWorkbook(), { today: day("2026-11-01") });
const { result } = run;
const { catalog, settings } = run.records;
const lines = calculationLines(result, catalog);
const offices = result.offices;
const isShared = (l: CalcLine) =>
  l.indicator === "SETTING" || l.office === CONSOLIDATED || l.office === "" || l.campaign !== "";
const shared = lines.filter(isShared).length;
const ownLines = (office: string) => lines.filter((l) => !isShared(l) && l.office === office).length;

describe("the Calculation sheet's share of a trail too long for one sheet", () => {
  it("is the whole trail when it fits, line for line", () => {
    const fitted = fitTrail(lines, lines.length);
    expect(fitted.lines).toEqual(lines);
    expect(Array.from(fitted.sheetIndex)).toEqual(lines.map((_, k) => k));
    expect([fitted.keptOffices, fitted.offices]).toEqual([offices.length, offices.length]);
    expect(MAX_CALCULATION_LINES).toBe(1_048_576 - calculationRow(0) + 1);
  });

  it("keeps the shared blocks and the first offices that fit whole, in their order", () => {
    const max = shared + ownLines(offices[0]) + ownLines(offices[1]) - 1;
    const fitted = fitTrail(lines, max);
    expect([fitted.keptOffices, fitted.offices]).toEqual([1, 3]);
    expect(fitted.lines).toEqual(lines.filter((l) => isShared(l) || l.office === offices[0]));
    expect(fitted.lines.length).toBeLessThanOrEqual(max);
    lines.forEach((l, k) => {
      const at = fitted.sheetIndex[k];
      if (isShared(l) || l.office === offices[0]) expect(fitted.lines[at]).toBe(l);
      else expect(at).toBe(-1);
    });
  });

  it("keeps the headline figures before the per-process ones when not every shared block fits", () => {
    const settingLines = lines.filter((l) => l.indicator === "SETTING");
    const ocl = lines.filter((l) => l.indicator === "OCL" && l.office === CONSOLIDATED);
    const fitted = fitTrail(lines, settingLines.length + ocl.length);
    expect(fitted.lines).toEqual([...settingLines, ...ocl]);
    expect(fitted.keptOffices).toBe(0);
  });

  it("writes what fits, says so on the Issues sheet in the workbook's language, and links only to lines it holds", () => {
    const max = shared + ownLines(offices[0]) + 1;
    for (const language of ["en", "es"] as const) {
      const sheets = renderResults({
        result,
        catalog,
        settings: { ...settings, language },
        calculation: { maxLines: max, officeLines: true },
      });
      const calculation = sheets[sheets.length - 2];
      const issues = sheets[sheets.length - 1];
      const body = calculation.rows.slice(calculationRow(0) - 1);
      expect(body.length).toBe(shared + ownLines(offices[0]));
      const text = JSON.stringify(issues.rows);
      expect(text).toContain(
        language === "en"
          ? `then the lines of the first 1 of 3 offices`
          : `luego las líneas de las primeras 1 de 3 oficinas`,
      );
      // Every link into Calculation lands on a Result line of the block it names.
      const fitted = fitTrail(lines, max).lines;
      const rowKey = new Map(fitted.map((l, k) => [calculationRow(k), keyOfLine(l)]));
      const links = linksTo(sheets, calculation.name);
      expect(links.length).toBeGreaterThan(0);
      for (const row of links) expect(rowKey.has(row)).toBe(true);
      // The second office's CCL is not on the sheet, so its cells link nowhere.
      const second = blockKey("CCL", offices[1], catalog.processes[0].code);
      expect([...rowKey.values()]).not.toContain(second);
    }
  });
});

function linksTo(sheets: readonly ResultSheet[], name: string): number[] {
  const rows: number[] = [];
  for (const s of sheets)
    for (const row of s.rows)
      for (const cell of row)
        if (cell !== null && typeof cell === "object" && "link" in cell && cell.link?.sheet === name)
          rows.push(Number(cell.link.cell.slice(1)));
  return rows;
}

describe("a consolidation's trail", () => {
  const consolidated = consolidateScorecard([{ file: "sample.xlsx", grids: sampleWorkbook() }], {
    today: day("2026-11-01"),
  });
  const trail = calculationLines(consolidated.result, catalog);

  it("keeps each office's counts but not its controls, tasks or ratings", () => {
    const ccl = (ls: readonly CalcLine[]) =>
      ls.filter((l) => l.indicator === "CCL" && l.kind === "result" && l.office !== CONSOLIDATED);
    // The same numerators and denominators as the office's own compute ...
    expect(ccl(trail).map((l) => [l.office, l.scope, l.numerator, l.denominator, l.result])).toEqual(
      ccl(lines).map((l) => [l.office, l.scope, l.numerator, l.denominator, l.result]),
    );
    // ... without the rows behind them, which the office's own workbook trails.
    expect(trail.filter((l) => l.indicator === "CCL" && l.kind === "input" && l.office !== CONSOLIDATED)).toEqual([]);
    expect(lines.some((l) => l.indicator === "CCL" && l.kind === "input" && l.office !== CONSOLIDATED)).toBe(true);
    expect(trail.filter((l) => l.indicator === "AML" && l.kind === "input")).toEqual([]);
    expect(consolidated.result.trail.offices.every((o) => o.tasks === null || o.tasks.rows.length === 0)).toBe(true);
    expect(consolidated.result.trail.offices.map((o) => o.tasks?.due)).toEqual(
      result.trail.offices.map((o) => o.tasks?.due),
    );
  });

  it("is the consolidated view, the projects and the campaigns, up to 20,000 lines", () => {
    expect(CONSOLIDATION_CALCULATION).toEqual({ maxLines: 20_000, officeLines: false });
    const sheet = consolidated.sheets.find((s) => s.name === "Calculation");
    const shown = calculationLines(consolidated.result, catalog, false);
    expect(sheet?.rows.length).toBe(calculationRow(0) - 1 + shown.length);
    // No office's own CCL, CLS or OCL block; the consolidated ones list each office's value.
    expect(shown.some((l) => l.indicator === "CCL" && l.kind === "result" && l.office !== CONSOLIDATED)).toBe(false);
    const ocl = shown.filter((l) => l.indicator === "OCL" && l.office === CONSOLIDATED && l.kind === "input");
    expect(ocl.map((l) => [l.item, l.value])).toEqual(
      offices.map((o) => [o, consolidated.result.byOffice.get(o)?.ocl]),
    );
  });
});

describe("the sheet's trail made without the lines it leaves out (sheetTrail)", () => {
  const consolidated = consolidateScorecard(
    [
      { file: "a.xlsx", grids: sampleWorkbook() },
      { file: "b.xlsx", grids: sampleWorkbook() },
    ],
    { today: day("2026-11-01") },
  );
  const cases = [
    { name: "one workbook's trail", result, officeLines: true },
    { name: "a consolidation's trail", result: consolidated.result, officeLines: false },
  ];

  it.each(cases)(
    "is fitTrail's share of $name at lengths from none to all, around blocks' ends",
    ({ result: r, officeLines }) => {
      const all = calculationLines(r, catalog, officeLines);
      // Some blocks are counted before they are made: lengths around blocks' ends are tried, with
      // about a hundred lengths over the whole trail.
      const ends = all.flatMap((l, k) => (k > 0 && keyOfLine(l) !== keyOfLine(all[k - 1]) ? [k] : []));
      const lengths = new Set<number>([0, 1, all.length - 1, all.length, all.length + 1]);
      const every = Math.max(1, Math.ceil(ends.length / 40));
      ends.forEach((k, i) => {
        if (i % every === 0) for (const max of [k - 1, k, k + 1]) lengths.add(max);
      });
      for (let max = 0; max <= all.length; max += Math.ceil(all.length / 40)) lengths.add(max);
      for (const max of lengths) {
        const fitted = fitTrail(all, max);
        const made = sheetTrail(r, catalog, officeLines, max);
        expect(made.total).toBe(all.length);
        expect([made.keptOffices, made.offices]).toEqual([fitted.keptOffices, fitted.offices]);
        expect(made.lines).toEqual(fitted.lines);
      }
    },
  );

  it("asks before making the blocks a consolidation has most of, and says their length right", () => {
    const all = calculationLines(consolidated.result, catalog, false);
    const made: CalcLine[] = [];
    const announced: { key: string; size: number }[] = [];
    trailBlocks(consolidated.result, catalog, false, {
      add: (line) => made.push(line),
      wants: (head, size) => {
        announced.push({
          key: blockKey(head.indicator, head.campaign === "" ? head.office : "", head.scope, head.campaign),
          size,
        });
        return false;
      },
    });
    // Refused, the consolidated means, the projects' risks and the campaigns' findings are not made ...
    const asked = new Set(announced.map((a) => a.key));
    expect(made.filter((l) => asked.has(keyOfLine(l)))).toEqual([]);
    expect(announced.map((a) => JSON.parse(a.key)[0])).toEqual(
      expect.arrayContaining(["CCL", "CLS", "PLC", "OCL", "PRK", "FINDINGS"]),
    );
    // ... and each said as many lines as it makes when wanted.
    for (const { key, size } of announced) expect(all.filter((l) => keyOfLine(l) === key).length).toBe(size);
    expect(made.length + announced.reduce((n, a) => n + a.size, 0)).toBe(all.length);
  });
});
