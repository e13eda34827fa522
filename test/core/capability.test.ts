/**
 * Process capability (ISO/IEC 33020) at every boundary: each level's edge, the rating scale's
 * 15/50/85 % boundaries, attributes not rated, and the flag at a gap of exactly 2.
 */
import {
  LEVEL_GAP_FLAG,
  auditLevelGapWarnings,
  capabilityLevel,
  levelsDisagree,
  ratingOf,
  ratingOfFraction,
} from "../../src/core/engine/capability";
import { computeScorecard } from "../../src/core/engine/computeScorecard";
import {
  type AttributeRating,
  type AttributeRatingRow,
  PROCESS_ATTRIBUTES,
  type ProcessAttribute,
} from "../../src/core/model/records";
import { audit, day, rating, records } from "../helpers/records";

const profile = (ratings: Partial<Record<ProcessAttribute, AttributeRating>>) =>
  new Map(Object.entries(ratings) as [ProcessAttribute, AttributeRating][]);

/** Every attribute up to level `fullBelow` F, then the given ratings. */
const fullUpTo = (level: number, extra: Partial<Record<ProcessAttribute, AttributeRating>> = {}) =>
  profile({
    ...Object.fromEntries(
      PROCESS_ATTRIBUTES.filter((a) => Number(a.slice(3, 4)) <= level).map((a) => [a, "F" as const]),
    ),
    ...extra,
  });

describe("the capability level of a process in an audit", () => {
  it("is 0 when PA 1.1 is below L, or not rated", () => {
    expect(capabilityLevel(profile({ "PA 1.1": "P" }))).toBe(0);
    expect(capabilityLevel(profile({ "PA 1.1": "N", "PA 2.1": "F", "PA 2.2": "F" }))).toBe(0);
    expect(capabilityLevel(profile({}))).toBe(0);
    expect(capabilityLevel(profile({ "PA 2.1": "F", "PA 2.2": "F" }))).toBe(0);
  });

  it("is 1 at PA 1.1 = L (the edge of level 1), and stays 1 while PA 1.1 is not F", () => {
    expect(capabilityLevel(profile({ "PA 1.1": "L" }))).toBe(1);
    expect(capabilityLevel(profile({ "PA 1.1": "L", "PA 2.1": "F", "PA 2.2": "F" }))).toBe(1);
    expect(capabilityLevel(profile({ "PA 1.1": "F" }))).toBe(1);
  });

  it.each([2, 3, 4, 5])("reaches level %i at its attributes L with every attribute below F, not before", (k) => {
    const [a, b] = PROCESS_ATTRIBUTES.filter((x) => Number(x.slice(3, 4)) === k);
    // The edge: both attributes of level k at L.
    expect(capabilityLevel(fullUpTo(k - 1, { [a]: "L", [b]: "L" }))).toBe(k);
    // One attribute of level k at P: level k - 1.
    expect(capabilityLevel(fullUpTo(k - 1, { [a]: "L", [b]: "P" }))).toBe(k - 1);
    // One attribute of level k not rated: level k - 1.
    const missing = fullUpTo(k - 1, { [a]: "F" });
    expect(capabilityLevel(missing)).toBe(k - 1);
    // An attribute below level k only L: level k is not reached even with level k's attributes F.
    const below = PROCESS_ATTRIBUTES.find((x) => Number(x.slice(3, 4)) === k - 1) as ProcessAttribute;
    expect(capabilityLevel(fullUpTo(k, { [below]: "L" }))).toBe(k - 1);
  });

  it("is 5 when everything is F, and a level not rated stops every level above it", () => {
    expect(capabilityLevel(fullUpTo(5))).toBe(5);
    const withoutLevel3 = fullUpTo(5);
    withoutLevel3.delete("PA 3.2");
    expect(capabilityLevel(withoutLevel3)).toBe(2);
  });
});

describe("a rating typed as a percentage", () => {
  it.each([
    [0, "N"],
    [0.15, "N"],
    [0.150000001, "P"],
    [0.5, "P"],
    [0.500000001, "L"],
    [0.85, "L"],
    [0.850000001, "F"],
    [1, "F"],
  ] as const)("%p is %s (boundaries belong to the lower rating)", (fraction, letter) => {
    expect(ratingOfFraction(fraction)).toBe(letter);
  });

  it("is read as a decimal: 0.1 + 0.05 is 15 % exactly, so N; 0.8 + 0.05 is 85 %, so L", () => {
    expect(0.1 + 0.05).not.toBe(0.15);
    expect(ratingOfFraction(0.1 + 0.05)).toBe("N");
    expect(0.8 + 0.05).not.toBe(0.85);
    expect(ratingOfFraction(0.8 + 0.05)).toBe("L");
    // 1.37 - 0.87 is 0.5000000000000001 in binary, above 50 %: still P.
    expect(1.37 - 0.87).toBeGreaterThan(0.5);
    expect(ratingOfFraction(1.37 - 0.87)).toBe("P");
    // 0.45 + 0.4 is 0.8500000000000001 in binary, above 85 %: still L.
    expect(0.45 + 0.4).toBeGreaterThan(0.85);
    expect(ratingOfFraction(0.45 + 0.4)).toBe("L");
  });

  it("keeps a typed letter", () => {
    expect(ratingOf("P")).toBe("P");
    expect(ratingOf(0.6)).toBe("L");
  });
});

describe("the flag where typed ML(N) and the capability level differ", () => {
  it("is raised at a difference of exactly 2, either way, and not below", () => {
    expect(levelsDisagree(3, 1)).toBe(true);
    expect(levelsDisagree(1, 3)).toBe(true);
    expect(levelsDisagree(2.9, 1)).toBe(false);
    // 3.1 - 1.1 is 2.0000000000000004 in binary, 2 as a decimal: flagged.
    expect(levelsDisagree(3.1, 1.1)).toBe(true);
    // 0.7 + 2.3 - 1 is 1.9999999999999996 in binary, 2 as a decimal: flagged.
    expect(levelsDisagree(0.7 + 2.3, 1)).toBe(true);
    expect(levelsDisagree(null, 1)).toBe(false);
    // Only two levels can disagree: a missing one is not read as 0 (which would be 3 apart here).
    expect(levelsDisagree(null, 3)).toBe(false);
    expect(levelsDisagree(3, null)).toBe(false);
    expect(levelsDisagree(null, null)).toBe(false);
  });

  it("is not raised at 1.99... (a mean just short of 2 as a decimal), and is at what is 2 past the 9th decimal", () => {
    // Campaign means: 2.999999999 - 1 is 1.999999999 as a 9-decimal value, below 2.
    expect(levelsDisagree(2.999999999, 1)).toBe(false);
    expect(levelsDisagree(1, 2.999999999)).toBe(false);
    // A mean of 1.6666666666666667 against 3 is 1.333333333 apart: not flagged.
    expect(levelsDisagree((1 + 2 + 2) / 3, 3)).toBe(false);
    // 10 decimals: the same as 3 for the one decimal rule (framework.md section 2), so a gap of 2.
    expect(levelsDisagree(2.9999999999, 1)).toBe(true);
    expect(LEVEL_GAP_FLAG).toBe(2);
  });
});

describe("the flag per audit (a Maturity row against its audit's capability level)", () => {
  let n = 2;
  const pa = (auditId: string, process: string, attribute: ProcessAttribute, r: AttributeRating) =>
    ({
      source: { sheet: "Atributos de proceso", row: n++ },
      auditId,
      process,
      attribute,
      rating: r,
    }) as AttributeRatingRow;
  const columns = { level: { header: "Nivel", letter: "D" } };
  const typed = (auditId: string, process: string, level: number, row: number, serviceGroup = "") =>
    rating({ auditId, process, level, serviceGroup, source: { sheet: "Madurez", row, columns } });
  // X1 and X2 of one campaign: process 4 at capability level 3 in both (all of levels 1-2 F, level 3 L).
  const level3 = (auditId: string) => [
    pa(auditId, "4", "PA 1.1", "F"),
    pa(auditId, "4", "PA 2.1", "F"),
    pa(auditId, "4", "PA 2.2", "F"),
    pa(auditId, "4", "PA 3.1", "L"),
    pa(auditId, "4", "PA 3.2", "L"),
  ];
  const attributes = [...level3("X1"), ...level3("X2"), pa("X1", "5", "PA 1.1", "L"), pa("X2", "5", "PA 1.1", "P")];

  it("is raised at a gap of exactly 2 either way, not at 1, and names the audit, process, both levels and the cell", () => {
    const maturity = [
      typed("X1", "4", 5, 10), // 5 against 3: flagged
      typed("X2", "4", 1, 11), // 1 against 3: flagged
      typed("X1", "5", 2, 12), // 2 against 1: not flagged
      typed("X2", "5", 2, 13, "Atención ciudadana"), // 2 against 0: flagged, with its service group
      typed("X1", "6.1", 5, 14), // no attributes rated: nothing to compare
    ];
    const warnings = auditLevelGapWarnings(maturity, attributes, "es");
    expect(warnings.map((w) => [w.sheet, w.row, w.column, w.cell, w.value])).toEqual([
      ["Madurez", 10, "Nivel", "D10", "5"],
      ["Madurez", 11, "Nivel", "D11", "1"],
      ["Madurez", 13, "Nivel", "D13", "2"],
    ]);
    expect(warnings.every((w) => w.severity === "warning")).toBe(true);
    expect(warnings[0].message).toBe(
      "Auditoría X1, proceso 4: ML(4) escrito 5 y nivel de capacidad 3 según Atributos de proceso difieren en 2 o más; revise las calificaciones.",
    );
    expect(warnings[2].message).toContain("Auditoría X2, proceso 5 (grupo de servicio Atención ciudadana)");
    const english = auditLevelGapWarnings(maturity, attributes, "en");
    expect(english[1].message).toBe(
      "Audit X2, process 4: typed ML(4) 1 and capability level 3 from Atributos de proceso differ by 2 or more; check the ratings.",
    );
    // Without the column's header known, the English or Spanish header names it.
    const bare = rating({ auditId: "X1", process: "4", level: 2 }); // 2 against 3
    expect(auditLevelGapWarnings([bare], attributes, "en")).toEqual([]);
    const far = rating({ auditId: "X1", process: "4", level: 0 });
    expect(auditLevelGapWarnings([far], attributes, "es")[0]).toMatchObject({ column: "Nivel", cell: null });
    expect(auditLevelGapWarnings([far], attributes, "en")[0]).toMatchObject({ column: "Level", cell: null });
  });

  it("is raised where a campaign's means agree (5 and 1 against 3 and 3), on the Issues of a run", () => {
    const asOf = day("2026-06-30");
    const run = computeScorecard(
      records({
        audits: [audit({ id: "X1", campaign: "C" }), audit({ id: "X2", campaign: "C" })],
        maturity: [typed("X1", "4", 5, 10), typed("X2", "4", 1, 11)],
        processAttributes: level3("X1").concat(level3("X2")),
      }),
      { asOf, today: asOf },
    );
    const c = run.campaigns[0].capability;
    expect([run.campaigns[0].maturity.byProcess["4"], c?.byProcess["4"], c?.flagged]).toEqual([3, 3, []]);
    const gaps = run.issues.filter((i) => i.sheet === "Madurez");
    expect(gaps.map((i) => i.cell)).toEqual(["D10", "D11"]);
    expect(gaps[0].message).toContain(
      "Audit X1, process 4: typed ML(4) 5 and capability level 3 from Atributos de proceso",
    );
  });
});

describe("capability per campaign", () => {
  let n = 2;
  const pa = (auditId: string, process: string, attribute: ProcessAttribute, r: AttributeRating | number) =>
    ({
      source: { sheet: "Process attributes", row: n++ },
      auditId,
      process,
      attribute,
      rating: r,
    }) as AttributeRatingRow;
  const audits = [
    audit({ id: "A1", office: "Quito", campaign: "C1" }),
    audit({ id: "A2", office: "Cuenca", campaign: "C1" }),
    audit({ id: "B1", office: "Quito", campaign: "C2" }),
  ];
  const rows = [
    // A1, process 4: level 2 (PA 1.1 F, PA 2.x L).
    pa("A1", "4", "PA 1.1", "F"),
    pa("A1", "4", "PA 2.1", 0.6),
    pa("A1", "4", "PA 2.2", "L"),
    // A2, process 4: level 1 (PA 1.1 at 85 % is L).
    pa("A2", "4", "PA 1.1", 0.85),
    pa("A2", "4", "PA 2.1", "F"),
    // A2, process 5: level 0.
    pa("A2", "5", "PA 1.1", "P"),
  ];
  const asOf = day("2026-06-30");
  // Computed in each test (beforeEach, not at load): the mutation run learns which test reaches
  // which line only from work done inside a test (docs/testing.md).
  let result: ReturnType<typeof computeScorecard>;
  beforeEach(() => {
    result = computeScorecard(
      records({
        audits,
        maturity: [
          rating({ auditId: "A1", process: "4", level: 4 }),
          rating({ auditId: "A2", process: "4", level: 3 }),
          rating({ auditId: "A2", process: "5", level: 1 }),
        ],
        processAttributes: rows,
      }),
      { asOf, today: asOf },
    );
  });

  it("is the mean level over the campaign's audits that rated the process, as ML(N)", () => {
    const c1 = result.campaigns.find((c) => c.name === "C1")?.capability;
    expect(c1?.byProcess["4"]).toBe(1.5);
    expect(c1?.byProcess["5"]).toBe(0);
    expect(c1?.byProcess["6.1"]).toBeNull();
    expect(c1?.average).toBe(0.75);
    expect(c1?.level).toBe(0);
    expect(c1?.audits).toBe(2);
  });

  it("profiles each attribute by the campaign's lowest rating, unrated attributes null", () => {
    const p = result.campaigns[0].capability?.profile ?? {};
    expect(Object.keys(p)).toEqual(["4", "5"]);
    expect(p["4"]["PA 1.1"]).toBe("L");
    expect(p["4"]["PA 2.1"]).toBe("L");
    expect(p["4"]["PA 2.2"]).toBe("L");
    expect(p["4"]["PA 3.1"]).toBeNull();
    expect(p["5"]["PA 1.1"]).toBe("P");
  });

  it("flags a process at a gap of exactly 2 (ML(4) 3.5 against 1.5), warns of it, and leaves a campaign without ratings alone", () => {
    expect(result.campaigns[0].capability?.flagged).toEqual(["4"]);
    expect(result.campaigns[1].capability).toBeUndefined();
    const warnings = result.issues.filter((i) => i.sheet === "Process attributes");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: "warning", row: null, column: null, cell: null, value: null });
    // ML(4) = mean(4, 3) = 3.5 typed; CL(4) = mean(2, 1) = 1.5 from the attributes.
    expect(warnings[0].message).toBe(
      "Process 4 in campaign C1: the typed ML(4) 3.5 and the capability level derived from its attributes 1.5 differ by 2 or more; check the ratings.",
    );
    // And each audit's own pair: A1 typed 4 against level 2, A2 typed 3 against level 1; A2's 5 (1 against 0) is not.
    const perAudit = result.issues.filter((i) => i.sheet === "Maturity");
    expect(perAudit.map((i) => i.message.slice(0, 59))).toEqual([
      "Audit A1, process 4: typed ML(4) 4 and capability level 2 f",
      "Audit A2, process 4: typed ML(4) 3 and capability level 1 f",
    ]);
  });

  it("names the sheet the campaign's ratings are on, not the default one, in its gap warning", () => {
    // A consolidation's sheet carries its file; a Spanish workbook's is "Atributos de proceso".
    const onSheet = (sheet: string) =>
      computeScorecard(
        records({
          audits,
          maturity: [
            rating({ auditId: "A1", process: "4", level: 4 }),
            rating({ auditId: "A2", process: "4", level: 3 }),
          ],
          processAttributes: rows.map((r) => ({ ...r, source: { ...r.source, sheet } })),
        }),
        { asOf, today: asOf },
      ).issues.filter((i) => i.message.startsWith("Process 4 in campaign C1"));
    expect(onSheet("Process attributes [quito.xlsx]").map((i) => i.sheet)).toEqual(["Process attributes [quito.xlsx]"]);
    expect(onSheet("Atributos de proceso").map((i) => i.sheet)).toEqual(["Atributos de proceso"]);
  });

  it("is absent when the workbook has no Process attributes rows", () => {
    const without = computeScorecard(
      records({ audits, maturity: [rating({ auditId: "A1", process: "4", level: 4 })] }),
      {
        asOf,
        today: asOf,
      },
    );
    expect(without.campaigns.every((c) => !("capability" in c))).toBe(true);
  });
});
