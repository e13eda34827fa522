/**
 * Process capability (ISO/IEC 33020) at every boundary: each level's edge, the rating scale's
 * 15/50/85 % boundaries, attributes not rated, and the flag at a gap of exactly 2.
 */
// @ts-nocheck

import { capabilityLevel, levelsDisagree, ratingOf, ratingOfFraction } from "../../src/core/engine/capability";
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
    expect(warnings[0].message).toContain("Process 4 in campaign C1");
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
