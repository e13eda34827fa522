/**
 * The paper-study fixture's raw rows aggregate to the paper's Tables 3, 4 and 5, computed
 * here by plain arithmetic on the grids (independent of the engine).
 */
// @ts-nocheck

import {
  PAPER_FINDING_TYPES,
  PAPER_PROCESSES,
  PAPER_TABLES,
  type PaperCampaign,
  type PaperFindingType,
  type PaperStatus,
  paperStudyWorkbook,
} from "../fixtures/paperStudy";
import { INPUT_SHEET_HEADERS } from "../../src/sample/sheets";
import { recordsOf, text } from "./gridRecords";

const wb = paperStudyWorkbook();
const audits = recordsOf(wb, "Audits");
const maturity = recordsOf(wb, "Maturity");
const findings = recordsOf(wb, "Findings");
const actions = recordsOf(wb, "Actions");
const campaigns: PaperCampaign[] = ["HA", "VA"];

const auditCampaign = new Map(audits.map((a) => [text(a["Audit ID"]), text(a.Campaign) as PaperCampaign]));
const auditsOf = (c: PaperCampaign): string[] => audits.filter((a) => a.Campaign === c).map((a) => text(a["Audit ID"]));

function levels(campaign: PaperCampaign, process: string): number[] {
  return maturity
    .filter((m) => auditCampaign.get(text(m["Audit ID"])) === campaign && m.Process === process)
    .map((m) => m.Level as number);
}

// framework.md section 7 (the paper's Table 1), written out here independently.
function statusOf(indicator: "maturity" | PaperFindingType | "auditLevel", value: number): PaperStatus {
  switch (indicator) {
    case "maturity":
      return value >= 4 ? "Success" : value <= 2 ? "Fail" : "Warning";
    case "auditLevel":
      return value >= 4 ? "Success" : "Fail"; // <= 3 Fail; nothing in between for whole levels
    case "FGP":
      return value >= 1 ? "Success" : "Fail";
    case "FCC":
      return value === 0 ? "Success" : "Fail";
    default:
      return value <= 5 ? "Success" : "Fail";
  }
}

describe("paper study fixture", () => {
  test("has the study's shape: 5 offices, campaigns HA and VA, one audit per office per campaign", () => {
    expect(wb.sheets.map((s) => s.name)).toEqual(["Settings", "Controls", "Audits", "Maturity", "Findings", "Actions"]);
    for (const s of wb.sheets) {
      expect(s.firstRow).toBe(1);
      expect(s.firstColumn).toBe(1);
      expect(s.rows[0]).toEqual([...INPUT_SHEET_HEADERS[s.name as keyof typeof INPUT_SHEET_HEADERS]]);
      expect(s.rows.length).toBeGreaterThan(1);
    }
    expect(audits).toHaveLength(10);
    for (const c of campaigns) {
      expect(auditsOf(c)).toEqual(PAPER_TABLES.audits[c]);
      const offices = audits.filter((a) => a.Campaign === c).map((a) => text(a.Office));
      expect([...offices].sort()).toEqual([...PAPER_TABLES.offices].sort());
    }
    const controlOffices = new Set(recordsOf(wb, "Controls").map((r) => text(r.Office)));
    expect([...controlOffices].sort()).toEqual([...PAPER_TABLES.offices].sort());
  });

  test("maturity rows: every audit x process x service group once, integer levels 0-5", () => {
    expect(maturity).toHaveLength(2 * 5 * 15 * 10);
    const keys = new Set(maturity.map((m) => `${text(m["Audit ID"])}|${text(m.Process)}|${text(m["Service group"])}`));
    expect(keys.size).toBe(maturity.length);
    for (const m of maturity) {
      expect(Number.isInteger(m.Level)).toBe(true);
      expect(m.Level as number).toBeGreaterThanOrEqual(0);
      expect(m.Level as number).toBeLessThanOrEqual(5);
      expect(PAPER_PROCESSES).toContain(m.Process);
    }
  });

  test.each(campaigns)("Table 3 (%s): the 50 levels of each process average exactly to the paper's ML(N)", (c) => {
    let total = 0;
    for (const process of PAPER_PROCESSES) {
      const ls = levels(c, process);
      expect(ls).toHaveLength(50);
      const sum = ls.reduce((s, l) => s + l, 0);
      expect(sum).toBe(Math.round(PAPER_TABLES.table3.byProcess[process][c] * 50)); // e.g. ML(4) HA 2.2 -> 110
      expect(sum / 50).toBeCloseTo(PAPER_TABLES.table3.byProcess[process][c], 12);
      total += sum;
    }
    const average = total / (50 * 15);
    expect(average).toBeCloseTo(PAPER_TABLES.table3.exactAverage[c], 12);
    expect(total / 50).toBeCloseTo(PAPER_TABLES.table3.sumOfProcessMeans[c], 12);
    expect(Number(average.toFixed(2))).toBe(PAPER_TABLES.table3.printedAverage[c]);
    expect(Math.floor(average)).toBe(PAPER_TABLES.table3.level[c]);
    // The mean of the 15 process means equals the mean of all rows (equal counts per process).
    const meanOfMeans = PAPER_PROCESSES.reduce((s, p) => s + levels(c, p).reduce((a, b) => a + b, 0) / 50, 0) / 15;
    expect(meanOfMeans).toBeCloseTo(average, 12);
  });

  test("Table 3 values and averages are the paper's", () => {
    expect(PAPER_TABLES.table3.sumOfProcessMeans.HA).toBeCloseTo(
      PAPER_PROCESSES.reduce((s, p) => s + PAPER_TABLES.table3.byProcess[p].HA, 0),
      10,
    );
    expect(PAPER_TABLES.table3.sumOfProcessMeans.VA).toBeCloseTo(
      PAPER_PROCESSES.reduce((s, p) => s + PAPER_TABLES.table3.byProcess[p].VA, 0),
      10,
    );
    expect(PAPER_TABLES.table3.exactAverage.HA).toBeCloseTo(2.8133333, 6);
    expect(PAPER_TABLES.table3.exactAverage.VA).toBeCloseTo(4.06, 10);
  });

  test("levels differ between offices (not every audit shows the campaign mean)", () => {
    for (const c of campaigns) {
      const perAudit = auditsOf(c).map((id) => {
        const ls = maturity.filter((m) => m["Audit ID"] === id).map((m) => m.Level as number);
        return ls.reduce((s, l) => s + l, 0) / ls.length;
      });
      expect(new Set(perAudit.map((x) => x.toFixed(3))).size).toBeGreaterThan(1);
    }
  });

  test.each(campaigns)("Table 4 (%s): findings per type / 5 audits = the paper's means, spread unevenly", (c) => {
    const ids = auditsOf(c);
    let typesMissingFromSomeAudit = 0;
    for (const type of PAPER_FINDING_TYPES) {
      const perAudit = ids.map((id) => findings.filter((f) => f["Audit ID"] === id && f.Type === type).length);
      expect(perAudit).toEqual(PAPER_TABLES.findingCounts[c][type]);
      const mean = perAudit.reduce((s, n) => s + n, 0) / ids.length;
      expect(mean).toBe(PAPER_TABLES.table4[c][type]);
      if (mean > 0) {
        // Counting one audit only gives a different number; so does dividing by the audits that have the type.
        expect(perAudit[0]).not.toBe(mean);
        const withType = perAudit.filter((n) => n > 0).length;
        if (withType < ids.length) {
          typesMissingFromSomeAudit += 1;
          expect(perAudit.reduce((s, n) => s + n, 0) / withType).not.toBe(mean);
        }
      }
    }
    // Audits with none of a type must count 0: at least one type exercises that here.
    expect(typesMissingFromSomeAudit).toBeGreaterThan(0);
  });

  test.each(campaigns)("Table 5 (%s): Audit LVL is the mean of the audits' Level achieved", (c) => {
    const ls = auditsOf(c).map((id) => audits.find((a) => a["Audit ID"] === id)?.["Level achieved"] as number);
    expect(ls).toEqual(PAPER_TABLES.table5.auditLevels[c]);
    expect(new Set(ls).size).toBeGreaterThan(1);
    expect(ls.reduce((s, l) => s + l, 0) / ls.length).toBe(PAPER_TABLES.table5.auditLevel[c]);
    expect(PAPER_TABLES.table5.maturityLevel[c]).toBe(PAPER_TABLES.table3.level[c]);
  });

  test.each(campaigns)("statuses (%s) follow framework.md section 7", (c) => {
    const expected = PAPER_TABLES.statuses[c];
    expect(statusOf("maturity", PAPER_TABLES.table3.level[c])).toBe(expected.maturity);
    expect(statusOf("auditLevel", PAPER_TABLES.table5.auditLevel[c])).toBe(expected.auditLevel);
    for (const type of PAPER_FINDING_TYPES) expect(statusOf(type, PAPER_TABLES.table4[c][type])).toBe(expected[type]);
  });

  test("every FNC and FCC has a corrective action that points back to it", () => {
    const serious = findings.filter((f) => f.Type === "FNC" || f.Type === "FCC");
    expect(serious).toHaveLength(5 * (8 + 2) + 5 * 1);
    for (const f of serious) {
      const action = actions.find((a) => a["Action ID"] === f["Action ID"]);
      expect(action).toBeDefined();
      expect(action?.["Finding ID"]).toBe(f["Finding ID"]);
      expect(action?.Kind).toBe("Corrective");
    }
    expect(new Set(findings.map((f) => f["Finding ID"])).size).toBe(findings.length);
  });

  test("deterministic: two calls give equal workbooks", () => {
    expect(paperStudyWorkbook()).toEqual(paperStudyWorkbook());
  });
});
