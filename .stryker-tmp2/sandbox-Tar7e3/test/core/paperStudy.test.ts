/**
 * The paper's verification study (seed 000, Tables 1-5): a workbook whose rows aggregate
 * to the published tables must give exactly those tables, with Table 1's statuses.
 */
// @ts-nocheck

import { runScorecard } from "../../src/core/pipeline";
import { day } from "../helpers/records";
import { PAPER_FINDING_TYPES, PAPER_PROCESSES, PAPER_TABLES, paperStudyWorkbook } from "../fixtures/paperStudy";

const run = runScorecard(paperStudyWorkbook(), { today: day("2026-11-01") });
const campaign = (name: "HA" | "VA") => {
  const found = run.result.campaigns.find((c) => c.name === name);
  if (!found) throw new Error(`campaign ${name} missing`);
  return found;
};

describe.each(["HA", "VA"] as const)("campaign %s", (name) => {
  const c = campaign(name);

  it("has one audit per office", () => {
    expect(c.audits).toBe(PAPER_TABLES.offices.length);
  });

  it.each([...PAPER_PROCESSES])("Table 3: ML(%s) equals the paper", (process) => {
    expect(c.maturity.byProcess[process]).toBe(PAPER_TABLES.table3.byProcess[process][name]);
  });

  it("Table 3: the average is the paper's (2.81 / 4.06) and the level rounds it down", () => {
    expect(c.maturity.average).toBeCloseTo(PAPER_TABLES.table3.exactAverage[name], 12);
    expect(Number((c.maturity.average ?? NaN).toFixed(2))).toBe(PAPER_TABLES.table3.printedAverage[name]);
    expect(c.maturity.level).toBe(PAPER_TABLES.table3.level[name]);
  });

  it.each([...PAPER_FINDING_TYPES])("Table 4: mean %s per audit equals the paper", (type) => {
    expect(c.findings[type]).toBe(PAPER_TABLES.table4[name][type]);
  });

  it("Table 5: Audit LVL equals the paper", () => {
    expect(c.auditLevel).toBe(PAPER_TABLES.table5.auditLevel[name]);
  });

  it("statuses are Table 1's", () => {
    const expected = PAPER_TABLES.statuses[name];
    expect({
      maturity: c.status.maturity,
      FGP: c.status.FGP,
      FOP: c.status.FOP,
      FOB: c.status.FOB,
      FNC: c.status.FNC,
      FCC: c.status.FCC,
      auditLevel: c.status.auditLevel,
    }).toEqual(expected);
  });
});

it("the study workbook parses without errors", () => {
  expect(run.result.issues.filter((i) => i.severity === "error")).toEqual([]);
});

it("the result document carries the tables as workbook.md spells them", () => {
  const ha = run.document.campaigns.find((c) => c.name === "HA");
  expect(ha?.maturity.level).toBe(2);
  expect(ha?.findings).toEqual(PAPER_TABLES.table4.HA);
  expect(ha?.auditLevel).toBe(2);
  expect(ha?.status.FCC).toBe("Fail");
});
