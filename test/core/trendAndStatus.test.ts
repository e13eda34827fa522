import { oclTrend } from "../../src/core/engine/trend";
import {
  findingStatus,
  levelObjectiveStatus,
  maturityLevelStatus,
  percentStatus,
  riskStatus,
  trendStatus,
  worstStatus,
} from "../../src/core/engine/status";

const t = { success: 0.9, fail: 0.7 };

describe("OCLT", () => {
  it("is undefined with 1 point", () => {
    expect(oclTrend([{ day: 0, value: 0.8 }])).toEqual({
      slope: null,
      direction: null,
      points: 1,
      series: [{ day: 0, value: 0.8 }],
    });
  });

  it("with 2 points is their slope in percentage points per 30 days", () => {
    const r = oclTrend([
      { day: 0, value: 0.8 },
      { day: 60, value: 0.82 },
    ]);
    expect(r.slope).toBeCloseTo(1, 12); // 2 pp in 60 days
    expect(r.direction).toBe("Positive");
  });

  it("with 7 points uses the last 6 only", () => {
    const points = [
      { day: 0, value: 0 },
      ...[30, 60, 90, 120, 150, 180].map((d) => ({ day: d, value: 0.9 - d / 30 / 100 })),
    ];
    const r = oclTrend(points);
    expect(r.points).toBe(6);
    expect(r.slope).toBeCloseTo(-1, 12); // the first, far-off point would have made it positive
    expect(r.direction).toBe("Negative");
  });

  it("takes the last 6 points by date, whatever order the history rows are in", () => {
    // The same seven points as above, the far-off day-0 point last and the others reversed.
    const points = [
      ...[180, 150, 120, 90, 60, 30].map((d) => ({ day: d, value: 0.9 - d / 30 / 100 })),
      { day: 0, value: 0 },
    ];
    const r = oclTrend(points);
    expect(r.series.map((p) => p.day)).toEqual([30, 60, 90, 120, 150, 180]);
    expect(r.slope).toBeCloseTo(-1, 12);
    expect(r.direction).toBe("Negative");
  });

  it("is undefined with no point at all", () => {
    expect(oclTrend([])).toEqual({ slope: null, direction: null, points: 0, series: [] });
  });

  it("is Flat within ±0.5 pp per 30 days", () => {
    expect(
      oclTrend([
        { day: 0, value: 0.8 },
        { day: 30, value: 0.805 },
      ]).direction,
    ).toBe("Flat");
    expect(
      oclTrend([
        { day: 0, value: 0.8 },
        { day: 30, value: 0.7949 },
      ]).direction,
    ).toBe("Negative");
  });
});

describe("success criteria (Table 1)", () => {
  it("percent indicators: >= 90 % Success, < 70 % Fail, otherwise Warning", () => {
    expect([0.9, 0.8999, 0.7, 0.6999, null].map((v) => percentStatus(v, t))).toEqual([
      "Success",
      "Warning",
      "Warning",
      "Fail",
      null,
    ]);
  });
  it("OCLT: Positive, or Flat with OCL >= 90 %, is Success; Negative Fail", () => {
    expect(trendStatus("Positive", 0.1, t)).toBe("Success");
    expect(trendStatus("Flat", 0.95, t)).toBe("Success");
    expect(trendStatus("Flat", 0.8, t)).toBe("Warning");
    expect(trendStatus("Negative", 0.99, t)).toBe("Fail");
    expect(trendStatus(null, 0.99, t)).toBeNull();
  });
  it("PRK: LOW Success, MEDIUM or HIGH Fail", () => {
    expect([riskStatus("LOW"), riskStatus("MEDIUM"), riskStatus("HIGH")]).toEqual(["Success", "Fail", "Fail"]);
  });
  it("ML level: >= 4 Success, <= 2 Fail, 3 Warning", () => {
    expect([5, 4, 3, 2, 0].map(maturityLevelStatus)).toEqual(["Success", "Success", "Warning", "Fail", "Fail"]);
  });
  it("ML(N) and Audit LVL: >= 4 Success, otherwise Fail", () => {
    expect([4.5, 4, 3.8, 3].map(levelObjectiveStatus)).toEqual(["Success", "Success", "Fail", "Fail"]);
  });
  it("findings against their objectives", () => {
    expect([findingStatus("FGP", 1), findingStatus("FGP", 0)]).toEqual(["Success", "Fail"]);
    expect([findingStatus("FOP", 5), findingStatus("FOP", 6)]).toEqual(["Success", "Fail"]);
    expect([findingStatus("FNC", 8), findingStatus("FOB", 2)]).toEqual(["Fail", "Success"]);
    expect([findingStatus("FCC", 0), findingStatus("FCC", 2), findingStatus("FCC", 0.2)]).toEqual([
      "Success",
      "Fail",
      "Fail",
    ]);
  });
});

describe("worstStatus (the findings card's FNC and FCC together)", () => {
  it.each([
    [["Success", "Fail"], "Fail"],
    [["Warning", "Success"], "Warning"],
    [["Success", null], "Success"],
    [[null, "Warning", "Fail"], "Fail"],
    [[null, null], null],
    [[], null],
  ] as const)("%j -> %s", (statuses, worst) => {
    expect(worstStatus(statuses)).toBe(worst);
  });
});
