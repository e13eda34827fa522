/**
 * The sheets and the JSON with the two optional sheets, from the sample: the capability tables
 * on Maturity levels (CL(N) beside ML(N), the flag, the profile with its fills and stacked
 * chart), training beside PLC on Compliance, the Scorecard's DO line, both languages; and
 * without the sheets, everything else exactly as with them.
 */
// @ts-nocheck

import { computeScorecard } from "../../src/core/engine/computeScorecard";
import { dayFromDate } from "../../src/core/model/days";
import type { WorkbookGrids } from "../../src/core/model/grid";
import type { Language } from "../../src/core/model/records";
import { parseWorkbook } from "../../src/core/parse/parseWorkbook";
import { resultDocument } from "../../src/core/render/resultDocument";
import { renderResults } from "../../src/core/render/renderResults";
import type { ResultSheet, StyledCell } from "../../src/core/render/resultSheet";
import { RESULT_LABELS } from "../../src/core/text/labels";
import { SAMPLE_AS_OF, sampleWorkbook } from "../../src/sample/sampleWorkbook";

const today = dayFromDate(SAMPLE_AS_OF);

function run(grids: WorkbookGrids, language: Language = "en") {
  const { records } = parseWorkbook(grids);
  const settings = { ...records.settings, language };
  const result = computeScorecard({ ...records, settings }, { today });
  return { result, sheets: renderResults({ result, catalog: records.catalog, settings }) };
}

type Run = ReturnType<typeof run>;

const without = (grids: WorkbookGrids, ...names: string[]): WorkbookGrids => ({
  sheets: grids.sheets.filter((s) => !names.includes(s.name)),
});
const sheetOf = (sheets: readonly ResultSheet[], name: string) => sheets.find((s) => s.name === name) as ResultSheet;
const rowStarting = (sheet: ResultSheet, first: string) => sheet.rows.find((r) => r[0]?.value === first);
const values = (row: readonly (StyledCell | null)[] | undefined) => (row ?? []).map((c) => c?.value ?? null);

describe.each(["en", "es"] as const)("the sample with Process attributes and Training (%s)", (language) => {
  const L = RESULT_LABELS[language];
  // Computed in each test (beforeEach, not at load): the mutation run learns which test reaches
  // which line only from work done inside a test (docs/testing.md).
  let result: Run["result"];
  let sheets: Run["sheets"];
  let maturity: ResultSheet;
  beforeEach(() => {
    ({ result, sheets } = run(sampleWorkbook(), language));
    maturity = sheetOf(sheets, L.sheets.maturity);
  });

  it("shows CL(N) beside ML(N) for the rated processes, 9.2 of the historical campaign flagged at a gap of 2", () => {
    expect(values(maturity.rows.find((r) => r[0]?.value === L.capability.section))[0]).toBe(L.capability.section);
    const flagged = rowStarting(maturity, "CL(9.2)");
    expect(values(flagged).slice(2, 8)).toEqual([2, 0, L.capability.flag, 3.1666666666666665, 3.3333333333333335, ""]);
    expect(flagged?.[3]?.style?.fill).toBe("fail");
    // Only the six rated processes, none of the others.
    expect(maturity.rows.filter((r) => /^CL\(\d/.test(String(r[0]?.value ?? ""))).map((r) => r[0]?.value)).toEqual([
      "CL(4)",
      "CL(6.1)",
      "CL(7.1)",
      "CL(8.1)",
      "CL(9.1)",
      "CL(9.2)",
    ]);
  });

  it("profiles each campaign: ratings on their fills, unrated attributes muted, counts charted as stacked bars", () => {
    const header = maturity.rows.findIndex((r) => r[2]?.value === "PA 1.1");
    const process92 = maturity.rows.slice(header).find((r) => r[0]?.value === "9.2");
    // Historical campaign, 9.2 rated as barely performed: PA 1.1 P, then N, level 5 not rated.
    expect(values(process92).slice(2, 16)).toEqual(["P", "N", "N", "N", "N", "N", "N", "-", "-", 0, 6, 1, 0, 0]);
    expect(process92?.[2]?.style?.fill).toBe("warning");
    expect(process92?.[3]?.style?.fill).toBe("fail");
    expect(process92?.[9]?.style?.fill).toBe("muted");
    const profiles = maturity.charts.filter((c) => c.stacked === true);
    expect(profiles.map((c) => c.title)).toEqual(result.campaigns.map((c) => L.capability.profileChart(c.name)));
    expect(profiles[0].series.map((s) => s.name)).toEqual(
      ["F", "L", "P", "N"].map((r) => L.capability.ratingWords[r as "F"]),
    );
    // The chart binds the counts of the table's rows, below the table.
    const first = profiles[0].categories.row0;
    expect(maturity.rows[first][0]?.value).toBe("4");
    expect(maturity.rows[first][profiles[0].series[0].values.col0]?.value).toBe(2);
    expect(profiles[0].anchor.row).toBeGreaterThan(profiles[0].categories.row1);
  });

  it("puts training coverage beside each team's PLC on Compliance, with the leaders' gaps", () => {
    const compliance = sheetOf(sheets, L.sheets.compliance);
    const plc = rowStarting(compliance, "PLC(D&T)");
    const training = rowStarting(compliance, L.training.trainingRow("D&T"));
    expect(compliance.rows.indexOf(training ?? [])).toBe(compliance.rows.indexOf(plc ?? []) + 1);
    // Consolidated: the mean of the offices' (1 + 2/3 + 2/3) / 3.
    expect(values(training).slice(3, 7)).toEqual([(1 + 2 / 3 + 2 / 3) / 3, 1, 2 / 3, 2 / 3]);
    expect(training?.[5]?.style?.fill).toBe("fail");
    const kinds = compliance.rows.filter((r) => Object.values(L.training.kind).includes(String(r[3]?.value)));
    expect(kinds.map((r) => [r[0]?.value, r[3]?.value])).toEqual([
      ["Lucía Paredes", L.training.kind.Expiring],
      ["Andrés Mendoza", L.training.kind.Expiring],
      ["Gabriela Villacís", L.training.kind.Expired],
      ["Carolina Zambrano", L.training.kind.Missing],
      ["Pablo Ordóñez", L.training.kind.Missing],
      ["Verónica Malo", L.training.kind.Missing],
      ["Esteban Cordero", L.training.kind.Missing],
    ]);
  });

  it("adds a line to the Scorecard's DO stage, right below DO's PLC", () => {
    const scorecard = sheetOf(sheets, L.sheets.scorecard);
    const doRows = scorecard.rows.filter((r) => r[0]?.value === L.stage.DO);
    expect(doRows).toHaveLength(2);
    expect(scorecard.rows.indexOf(doRows[1])).toBe(scorecard.rows.indexOf(doRows[0]) + 1);
    expect(values(doRows[1]).slice(1, 6)).toEqual([L.training.stageLine, 31 / 36, 1, 10 / 12, 9 / 12]);
    expect(doRows[1][2]?.style?.fill).toBe("warning");
  });
});

describe("the sample without the optional sheets", () => {
  let withSheets: Run;
  let withoutSheets: Run;
  beforeEach(() => {
    const grids = sampleWorkbook();
    withSheets = run(grids);
    withoutSheets = run(without(grids, "Process attributes", "Training"));
  });

  it("has no capability table, no training section, no DO line and no such JSON members", () => {
    const L = RESULT_LABELS.en;
    const all = withoutSheets.sheets.flatMap((s) => s.rows.map((r) => r[0]?.value));
    expect(all).not.toContain(L.capability.section);
    expect(all).not.toContain(L.training.section);
    expect(withoutSheets.sheets.flatMap((s) => s.charts).some((c) => c.stacked === true)).toBe(false);
    const doc = resultDocument(withoutSheets.result);
    expect("training" in doc).toBe(false);
    expect(doc.campaigns.some((c) => "capability" in c)).toBe(false);
  });

  it("computes everything else as with them: the sheets add only their own figures and warnings", () => {
    const a = resultDocument(withSheets.result);
    const b = resultDocument(withoutSheets.result);
    const { training: _training, campaigns, issues, ...rest } = a;
    const { campaigns: plainCampaigns, issues: plainIssues, ...plainRest } = b;
    expect(rest).toEqual(plainRest);
    expect(campaigns.map(({ capability: _cap, ...c }) => c)).toEqual(plainCampaigns);
    expect(issues.filter((i) => i.sheet !== "Process attributes")).toEqual(plainIssues);
    // The other result sheets are the same cell for cell.
    for (const name of ["Findings summary", "Project risk", "Actions summary"])
      expect(sheetOf(withSheets.sheets, name)).toEqual(sheetOf(withoutSheets.sheets, name));
  });
});
