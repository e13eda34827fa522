/**
 * The improvement view worked by hand: changes as the decimals an auditor subtracts, better or
 * worse by each measure's direction (fewer nonconformities is better), the one-campaign case,
 * PRK over Indicator history with its trend band, and OCL since the previous as-of date.
 */
import { campaignResults } from "../../src/core/engine/audits";
import { computeScorecard } from "../../src/core/engine/computeScorecard";
import {
  CHANGE_DECIMALS,
  FINDING_BETTER,
  PRK_FLAT_BAND,
  PRK_SLOPE_DECIMALS,
  campaignImprovement,
  changeOf,
  prkSeries,
} from "../../src/core/engine/improvement";
import { ISO20000_2011 } from "../../src/core/model/catalog";
import { DEFAULT_SETTINGS, FINDING_TYPES, type FindingType } from "../../src/core/model/records";
import { renderResults } from "../../src/core/render/renderResults";
import { resultDocument } from "../../src/core/render/resultDocument";
import { RESULT_LABELS } from "../../src/core/text/labels";
import {
  audit,
  control,
  day,
  evidence,
  finding,
  historyPoint,
  project,
  rating,
  records,
  risk,
} from "../helpers/records";

const asOf = day("2026-06-30");
const settings = { ...DEFAULT_SETTINGS, asOf };

const LEVEL = CHANGE_DECIMALS.level;
const PERCENT = CHANGE_DECIMALS.percent;

describe("a change between two values", () => {
  it("is the difference of the decimals: Table 3's 2.81 -> 4.06 is +1.25, not binary's 1.2499999999999996", () => {
    expect(4.06 - 2.81).not.toBe(1.25); // what a float subtraction alone would write
    expect(changeOf(2.81, 4.06, "higher", LEVEL)).toEqual({
      previous: 2.81,
      latest: 4.06,
      change: 1.25,
      direction: "Better",
    });
    // Table 4's FNC 8 -> 1 per audit: 7 fewer, better.
    expect(changeOf(8, 1, "lower", LEVEL)).toEqual({ previous: 8, latest: 1, change: -7, direction: "Better" });
  });

  it("is Unchanged when the decimals are equal, though binary floating point differs", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(changeOf(0.3, 0.1 + 0.2, "higher", LEVEL)).toMatchObject({ change: 0, direction: "Unchanged" });
    expect(changeOf(0.1 + 0.2, 0.3, "lower", LEVEL)).toMatchObject({ change: 0, direction: "Unchanged" });
    // At 9 decimals one step past the 9th decimal is a change; at the 2 a level change shows, it is not.
    expect(changeOf(1, 1.000000001, "higher", 9)).toMatchObject({ change: 0.000000001, direction: "Better" });
    expect(changeOf(1, 1.000000001, "lower", 9)).toMatchObject({ direction: "Worse" });
    expect(changeOf(1, 1.000000001, "lower", LEVEL)).toMatchObject({ change: 0, direction: "Unchanged" });
  });

  it("is undefined, never 0, when either side is undefined", () => {
    expect(changeOf(null, 3, "higher", LEVEL)).toEqual({ previous: null, latest: 3, change: null, direction: null });
    expect(changeOf(3, null, "lower", PERCENT)).toEqual({ previous: 3, latest: null, change: null, direction: null });
  });

  it("is judged as shown: an OCL change that rounds to 0.0 % is Unchanged, ±0.05 points is ±0.1 %", () => {
    const ocl = (previous: number, latest: number) => changeOf(previous, latest, "higher", PERCENT);
    // A true 0.
    expect(ocl(0.8, 0.8)).toEqual({ previous: 0.8, latest: 0.8, change: 0, direction: "Unchanged" });
    // 0.04 points down or up shows 0.0 %: Unchanged, and the written 0 is +0, never -0 ("-0.0%").
    const down = ocl(0.8, 0.7996);
    expect(down).toMatchObject({ change: 0, direction: "Unchanged" });
    expect(Object.is(down.change, 0)).toBe(true);
    expect(ocl(0.8, 0.8004)).toMatchObject({ change: 0, direction: "Unchanged" });
    // Just short of half a step either side (0.0499... points) still rounds to 0.0 %.
    expect(ocl(0.8, 0.800499999)).toMatchObject({ change: 0, direction: "Unchanged" });
    expect(ocl(0.800499999, 0.8)).toMatchObject({ change: 0, direction: "Unchanged" });
    // Exactly 0.05 points, though binary gives 0.0004999999999999449: half away from zero, as Excel shows it.
    expect(0.8005 - 0.8).toBeLessThan(0.0005);
    expect(ocl(0.8, 0.8005)).toMatchObject({ change: 0.001, direction: "Better" });
    expect(ocl(0.8005, 0.8)).toMatchObject({ change: -0.001, direction: "Worse" });
  });

  it("is judged as shown for levels and findings per audit: ±0.005 is ±0.01, less is 0.00", () => {
    expect(changeOf(2, 2.004, "higher", LEVEL)).toMatchObject({ change: 0, direction: "Unchanged" });
    expect(changeOf(2.004, 2, "higher", LEVEL)).toMatchObject({ change: 0, direction: "Unchanged" });
    expect(changeOf(2, 2.005, "higher", LEVEL)).toMatchObject({ change: 0.01, direction: "Better" });
    expect(changeOf(2.005, 2, "higher", LEVEL)).toMatchObject({ change: -0.01, direction: "Worse" });
    // Fewer nonconformities is better, also at the last shown digit.
    expect(changeOf(1.005, 1, "lower", LEVEL)).toMatchObject({ change: -0.01, direction: "Better" });
    expect(changeOf(1.004, 1, "lower", LEVEL)).toMatchObject({ change: 0, direction: "Unchanged" });
  });
});

/**
 * HA: audits H1, H2; VA: audit V1.
 * `more` types: VA has 2 per audit against HA's 1 (2 findings over 2 audits); the others: 0 in VA.
 */
function twoCampaigns(more: readonly FindingType[]) {
  const audits = [
    audit({ id: "H1", campaign: "HA", levelAchieved: 2 }),
    audit({ id: "H2", campaign: "HA", levelAchieved: 3 }),
    audit({ id: "V1", campaign: "VA", levelAchieved: 4 }),
  ];
  const ratings = [
    rating({ auditId: "H1", process: "4", level: 2 }),
    rating({ auditId: "H2", process: "4", level: 3 }),
    rating({ auditId: "V1", process: "4", level: 2 }),
    rating({ auditId: "H1", process: "5", level: 1 }),
    rating({ auditId: "V1", process: "5", level: 5 }),
  ];
  const findings = FINDING_TYPES.flatMap((type) => [
    finding({ id: `H1-${type}`, auditId: "H1", type }),
    finding({ id: `H2-${type}`, auditId: "H2", type }),
    ...(more.includes(type)
      ? [finding({ id: `V1-${type}-a`, auditId: "V1", type }), finding({ id: `V1-${type}-b`, auditId: "V1", type })]
      : []),
  ]);
  return campaignResults(ISO20000_2011, audits, ratings, findings);
}

describe("the latest campaign against the previous", () => {
  it("more good practices is better; more of every other finding type is worse", () => {
    const up = campaignImprovement(twoCampaigns(FINDING_TYPES))!;
    expect([up.previous, up.latest]).toEqual(["HA", "VA"]);
    for (const t of FINDING_TYPES) {
      expect(up.findings[t]).toEqual({
        previous: 1,
        latest: 2,
        change: 1,
        direction: t === "FGP" ? "Better" : "Worse",
      });
    }
    const down = campaignImprovement(twoCampaigns([]))!;
    for (const t of FINDING_TYPES) {
      expect(up.findings[t].direction).not.toBe(down.findings[t].direction);
      expect(down.findings[t]).toEqual({
        previous: 1,
        latest: 0,
        change: -1,
        direction: t === "FGP" ? "Worse" : "Better",
      });
    }
    expect(FINDING_BETTER).toEqual({ FGP: "higher", FOP: "lower", FOB: "lower", FNC: "lower", FCC: "lower" });
  });

  it("ML(N), the ML average and level and Audit LVL: higher is better", () => {
    const c = campaignImprovement(twoCampaigns([]))!;
    // ML(4): (2 + 3) / 2 = 2.5 -> 2: worse by 0.5. ML(5): 1 -> 5: better by 4.
    expect(c.maturity.byProcess["4"]).toEqual({ previous: 2.5, latest: 2, change: -0.5, direction: "Worse" });
    expect(c.maturity.byProcess["5"]).toEqual({ previous: 1, latest: 5, change: 4, direction: "Better" });
    // ML: (2.5 + 1) / 2 = 1.75 -> (2 + 5) / 2 = 3.5; levels 1 -> 3.
    expect(c.maturity.average).toEqual({ previous: 1.75, latest: 3.5, change: 1.75, direction: "Better" });
    expect(c.maturity.level).toEqual({ previous: 1, latest: 3, change: 2, direction: "Better" });
    // Audit LVL: (2 + 3) / 2 = 2.5 -> 4.
    expect(c.auditLevel).toEqual({ previous: 2.5, latest: 4, change: 1.5, direction: "Better" });
    // A process rated in neither campaign: no change (and the sheet gives it no row).
    expect(c.maturity.byProcess["6.1"]).toEqual({ previous: null, latest: null, change: null, direction: null });
  });

  it("compares the last two campaigns in the order they appear on the Audits sheet", () => {
    const three = campaignResults(
      ISO20000_2011,
      [
        audit({ id: "A", campaign: "2024", levelAchieved: 1 }),
        audit({ id: "B", campaign: "2025", levelAchieved: 2 }),
        audit({ id: "C", campaign: "2026", levelAchieved: 5 }),
      ],
      [],
      [],
    );
    expect(campaignImprovement(three)).toMatchObject({
      previous: "2025",
      latest: "2026",
      auditLevel: { change: 3, direction: "Better" },
    });
  });

  it("has nothing to compare with one campaign or none, and the sheet says so in words", () => {
    expect(campaignImprovement(twoCampaigns([]).slice(1))).toBeNull();
    expect(campaignImprovement([])).toBeNull();
    const one = computeScorecard(
      records({ settings, controls: [control({ id: "C1" })], audits: [audit({ id: "H1", campaign: "HA" })] }),
      { today: asOf },
    );
    expect(one.improvement.campaigns).toBeNull();
    expect(resultDocument(one).improvement.campaigns).toBeNull();
    for (const language of ["en", "es"] as const) {
      const sheets = renderResults({ result: one, catalog: ISO20000_2011, settings: { ...settings, language } });
      const L = RESULT_LABELS[language];
      const sheet = sheets.find((s) => s.name === L.sheets.improvement)!;
      const texts = sheet.rows.flat().map((c) => c?.value);
      expect(texts).toContain(L.improvement.fewerThanTwoCampaigns(1));
      expect(texts).toContain(L.improvement.prkNoHistory);
      // The only chart would be the campaigns' or PRK's: neither has two points to draw.
      expect(sheet.charts).toEqual([]);
    }
  });
});

describe("PRK over Indicator history", () => {
  it("fits a slope in PRK points per 30 days; ±0.01 is Flat, decided on decimals", () => {
    const at = (d: number, value: number) => ({ day: day("2026-01-01") + d, value });
    // 2.00 -> 1.99 in 30 days: -0.010000000000000009 in binary, -0.01 as decimals: Flat.
    expect(prkSeries([at(0, 2), at(30, 1.99)])).toMatchObject({ direction: "Flat" });
    expect(prkSeries([at(0, 2), at(30, 2.01)])).toMatchObject({ direction: "Flat" });
    expect(prkSeries([at(0, 2), at(30, 1.98)]).direction).toBe("Falling");
    expect(prkSeries([at(0, 2), at(30, 2.02)]).direction).toBe("Rising");
    expect(PRK_FLAT_BAND).toBe(0.01);
    // Three points 0, 30, 60 days: 3, 2, 1 -> -1 per 30 days; the points come out oldest first.
    const s = prkSeries([at(60, 1), at(0, 3), at(30, 2)]);
    expect(s.points.map((p) => p.value)).toEqual([3, 2, 1]);
    expect(s.slope).toBeCloseTo(-1, 12);
    expect(prkSeries([at(0, 2)])).toEqual({ points: [at(0, 2)], slope: null, direction: null });
    // Seven points: the slope is the last 6's (LOW throughout: 0, Flat); the far-off HIGH of day 0
    // stays in the series written but would make it Falling.
    const seven = prkSeries([at(0, 3), ...[30, 60, 90, 120, 150, 180].map((d) => at(d, 1))]);
    expect(seven.points).toHaveLength(7);
    expect(seven).toMatchObject({ slope: 0, direction: "Flat" });
  });

  it("writes and judges the slope as shown, to 2 decimals: +0.01 is Flat, +0.02 is Rising, -0.004 is 0.00", () => {
    const at = (d: number, value: number) => ({ day: day("2026-01-01") + d, value });
    const trend = (latest: number) => prkSeries([at(0, 2), at(30, latest)]);
    expect(PRK_SLOPE_DECIMALS).toBe(2);
    // 0.0149 shows +0.01, the band itself: Flat (it was Rising when the unrounded slope was compared).
    expect(trend(2.0149)).toMatchObject({ slope: 0.01, direction: "Flat" });
    expect(trend(1.9851)).toMatchObject({ slope: -0.01, direction: "Flat" });
    // Half a step (binary 0.004999999999999893) rounds away from zero, as the cell shows it.
    expect(trend(2.005)).toMatchObject({ slope: 0.01, direction: "Flat" });
    expect(trend(2.015)).toMatchObject({ slope: 0.02, direction: "Rising" });
    expect(trend(1.985)).toMatchObject({ slope: -0.02, direction: "Falling" });
    // A slope that shows 0.00 is written as +0 (never "-0.00").
    const flat = trend(1.996);
    expect(flat).toMatchObject({ slope: 0, direction: "Flat" });
    expect(Object.is(flat.slope, 0)).toBe(true);
  });

  it("joins the office's PRK history rows (not later ones, not this date's) to this run's PRK", () => {
    // One Active project with an open 5 x 5 risk: HIGH, PRK 3 for office A.
    const r = computeScorecard(
      records({
        settings,
        controls: [control({ id: "C1" })],
        evidence: [evidence({ controlId: "C1" })],
        projects: [project({ id: "P1" })],
        risks: [risk({ id: "R1", projectId: "P1", likelihood: 5, impact: 5 })],
        history: [
          historyPoint({ asOf: day("2026-04-01"), value: 1, indicator: "PRK" }),
          historyPoint({ asOf: day("2026-05-31"), value: 2, indicator: " prk " }),
          historyPoint({ asOf, value: 1, indicator: "PRK" }), // this run's own date: replaced by this run
          historyPoint({ asOf: day("2026-07-31"), value: 1, indicator: "PRK" }), // after the as-of date
          historyPoint({ asOf: day("2026-05-31"), value: 0.5, indicator: "OCL" }),
          historyPoint({ office: "Consolidated", asOf: day("2026-05-31"), value: 1, indicator: "PRK" }),
        ],
      }),
      { today: asOf },
    );
    const a = r.improvement.prk.byOffice.get("A")!;
    expect(a.points.map((p) => [p.day, p.value])).toEqual([
      [day("2026-04-01"), 1],
      [day("2026-05-31"), 2],
      [asOf, 3],
    ]);
    expect(a.direction).toBe("Rising");
    expect(r.improvement.prk.consolidated.points.map((p) => p.value)).toEqual([1, 3]);
    const later = r.issues.filter((i) => i.value === "2026-07-31");
    expect(later).toHaveLength(1);
    expect(later[0].message).toContain("PRK history row of office A dated 2026-07-31");
    expect(resultDocument(r).improvement.prk.byOffice.A.points).toEqual([
      { asOf: "2026-04-01", value: 1 },
      { asOf: "2026-05-31", value: 2 },
      { asOf: "2026-06-30", value: 3 },
    ]);
  });
});

describe("PRK over Indicator history, without a PRK this run", () => {
  it("is the history rows alone when the office has no assessed project", () => {
    const r = computeScorecard(
      records({
        settings,
        controls: [control({ id: "C1" })],
        evidence: [evidence({ controlId: "C1" })],
        history: [
          historyPoint({ asOf: day("2026-04-01"), value: 1, indicator: "PRK" }),
          historyPoint({ asOf: day("2026-05-31"), value: 2, indicator: "PRK" }),
        ],
      }),
      { today: asOf },
    );
    const a = r.improvement.prk.byOffice.get("A")!;
    expect(r.byOffice.get("A")?.prk.value).toBeNull();
    // No point at the as-of date: 1 -> 2 over the 60 days from 1 April to 31 May, +0.50 per 30 days.
    expect(a.points.map((p) => [p.day, p.value])).toEqual([
      [day("2026-04-01"), 1],
      [day("2026-05-31"), 2],
    ]);
    expect(a).toMatchObject({ slope: 0.5, direction: "Rising" });
  });
});

describe("the PRK chart", () => {
  it("draws a line per office up to five offices, and the consolidated line alone past that", () => {
    const prkChart = (offices: number) => {
      const office = (k: number) => `O${k}`;
      const r = computeScorecard(
        records({
          settings,
          controls: Array.from({ length: offices }, (_, k) => control({ id: `C${k}`, office: office(k) })),
          projects: Array.from({ length: offices }, (_, k) => project({ id: `P${k}`, office: office(k) })),
          history: Array.from({ length: offices }, (_, k) =>
            historyPoint({ office: office(k), asOf: day("2026-05-31"), value: 2, indicator: "PRK" }),
          ),
        }),
        { today: asOf },
      );
      const sheets = renderResults({ result: r, catalog: ISO20000_2011, settings });
      return sheets.find((s) => s.name === RESULT_LABELS.en.sheets.improvement)!.charts[0];
    };
    expect(prkChart(5).series.map((s) => s.name)).toEqual(["Consolidated", "O0", "O1", "O2", "O3", "O4"]);
    expect(prkChart(6).series.map((s) => s.name)).toEqual(["Consolidated"]);
  });
});

describe("OCL since the previous as-of date", () => {
  it("is each office's OCL against its latest earlier history value, and says when there is none", () => {
    // Office A: one Compliant control with evidence, no tasks sheet rows: OCL 1. Office B the same.
    const r = computeScorecard(
      records({
        settings,
        controls: [control({ id: "C1" }), control({ id: "C2", office: "B" })],
        evidence: [evidence({ controlId: "C1" }), evidence({ controlId: "C2", office: "B" })],
        history: [
          historyPoint({ asOf: day("2026-03-31"), value: 0.5 }),
          historyPoint({ asOf: day("2026-05-31"), value: 0.85 }),
          historyPoint({ office: "Consolidated", asOf: day("2026-05-31"), value: 1 }),
        ],
      }),
      { today: asOf },
    );
    const a = r.improvement.ocl.byOffice.get("A")!;
    expect(a).toEqual({
      previous: 0.85,
      latest: r.byOffice.get("A")!.ocl,
      change: 0.15,
      direction: "Better",
      previousAsOf: day("2026-05-31"),
    });
    expect(r.improvement.ocl.byOffice.get("B")).toMatchObject({ previousAsOf: null, change: null, direction: null });
    expect(r.improvement.ocl.consolidated).toMatchObject({ change: 0, direction: "Unchanged" });
    expect(resultDocument(r).improvement.ocl.byOffice.A.previousAsOf).toBe("2026-05-31");

    // The Scorecard's row: the change for A, "no earlier row" for B, in each language.
    for (const language of ["en", "es"] as const) {
      const L = RESULT_LABELS[language];
      const scorecard = renderResults({ result: r, catalog: ISO20000_2011, settings: { ...settings, language } })[0];
      const header = scorecard.rows.find((row) => row[0]?.value === L.scorecard.header[0])!;
      const line = scorecard.rows.find((row) => row[0]?.value === L.improvement.scorecardOclChange)!;
      const columnOf = (name: string) => header.findIndex((c) => c?.value === name);
      expect(line[columnOf(L.consolidated)]).toEqual({ value: 0, style: { format: "signedPercent1" } });
      expect(line[columnOf("A")]).toEqual({ value: 0.15, style: { format: "signedPercent1", fill: "success" } });
      // Right-aligned as the changes of its row and the office header above (scorecardSheet's alignedRight).
      expect(line[columnOf("B")]).toEqual({
        value: L.improvement.scorecardNoEarlier,
        style: { fill: "muted", align: "right" },
      });
    }
  });
});

describe("a change that shows as zero, on the sheets", () => {
  it("is written 0 without a fill (never a red -0.0 %), in the Scorecard and the Improvement view, in each language", () => {
    // Office A: two controls, one Compliant with evidence: OCL 0.5. Office B: OCL 1.
    // History: A was 0.5004 (0.04 points higher: shows 0.0 %), B was 0.9995 (0.05 points lower: +0.1 %).
    const r = computeScorecard(
      records({
        settings,
        controls: [
          control({ id: "C1" }),
          control({ id: "C2", status: "Not compliant" }),
          control({ id: "C3", office: "B" }),
        ],
        evidence: [evidence({ controlId: "C1" }), evidence({ controlId: "C3", office: "B" })],
        history: [
          historyPoint({ asOf: day("2026-05-31"), value: 0.5004 }),
          historyPoint({ office: "B", asOf: day("2026-05-31"), value: 0.9995 }),
          historyPoint({ asOf: day("2026-05-31"), value: 2.0, indicator: "PRK" }),
        ],
        projects: [project({ id: "P1" })],
        audits: [
          audit({ id: "H1", campaign: "HA", levelAchieved: 2 }),
          audit({ id: "V1", campaign: "VA", levelAchieved: 2.004 }),
        ],
        maturity: [
          rating({ auditId: "H1", process: "4", level: 3.004 }),
          rating({ auditId: "V1", process: "4", level: 3 }),
        ],
      }),
      { today: asOf },
    );
    expect(r.byOffice.get("A")!.ocl).toBe(0.5);
    expect(r.improvement.ocl.byOffice.get("A")).toMatchObject({ change: 0, direction: "Unchanged" });
    expect(r.improvement.ocl.byOffice.get("B")).toMatchObject({ change: 0.001, direction: "Better" });
    expect(resultDocument(r).improvement.ocl.byOffice.A).toMatchObject({ change: 0, direction: "Unchanged" });
    for (const language of ["en", "es"] as const) {
      const L = RESULT_LABELS[language];
      const sheets = renderResults({ result: r, catalog: ISO20000_2011, settings: { ...settings, language } });
      const scorecard = sheets[0];
      const header = scorecard.rows.find((row) => row[0]?.value === L.scorecard.header[0])!;
      const line = scorecard.rows.find((row) => row[0]?.value === L.improvement.scorecardOclChange)!;
      const columnOf = (name: string) => header.findIndex((c) => c?.value === name);
      expect(line[columnOf("A")]).toEqual({ value: 0, style: { format: "signedPercent1" } });
      expect(Object.is(line[columnOf("A")]?.value, 0)).toBe(true);
      expect(line[columnOf("B")]).toEqual({ value: 0.001, style: { format: "signedPercent1", fill: "success" } });

      const view = sheets.find((s) => s.name === L.sheets.improvement)!;
      const rowOf = (first: string, second?: string) =>
        view.rows.find((row) => row[0]?.value === first && (second === undefined || row[1]?.value === second))!;
      const unchanged = L.improvement.direction.Unchanged;
      // ML(4) 3.004 -> 3 and Audit LVL 2 -> 2.004: both show 0.00, Unchanged, no fill.
      for (const row of [rowOf("ML(4)"), rowOf(L.auditLevel)]) {
        expect(row[4]).toEqual({ value: 0, style: { format: "signed2" } });
        expect(row[6]).toEqual({ value: unchanged, style: { bold: true } });
      }
      // The OCL table: A unchanged, B better.
      const oclA = view.rows.filter((row) => row[0]?.value === "A").at(-1)!;
      expect(oclA[4]).toEqual({ value: 0, style: { format: "signedPercent1" } });
      expect(oclA[6]).toEqual({ value: unchanged, style: { bold: true } });
    }
  });
});
