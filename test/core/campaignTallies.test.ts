/**
 * A campaign's audits read in two parts (two offices' workbooks): adding the second part's tally
 * into the first (audits.ts addTally) gives the campaign of all its audits (framework.md section 5:
 * assessed ML(N) is the mean Level over the campaign's audits; section 6: findings per audit,
 * Audit LVL), also when the second part rates a process, or has process attributes, the first has not.
 */
import { addTally, campaignResult, campaignTallies } from "../../src/core/engine/audits";
import { ISO20000_2011 } from "../../src/core/model/catalog";
import type { AttributeRatingRow } from "../../src/core/model/records";
import { audit, finding, rating } from "../helpers/records";

describe("a campaign's tallies added across parts", () => {
  const a1 = audit({ id: "A1", office: "Quito", campaign: "C", levelAchieved: 2 });
  const a2 = audit({ id: "A2", office: "Cuenca", campaign: "C", levelAchieved: 5 });
  const ratings1 = [rating({ auditId: "A1", process: "4", level: 2 })];
  const ratings2 = [
    rating({ auditId: "A2", process: "4", level: 4 }),
    rating({ auditId: "A2", process: "6.1", level: 3 }),
  ];
  const findings1 = [finding({ id: "F1", auditId: "A1", type: "FNC" })];
  const findings2 = [
    finding({ id: "F2", auditId: "A2", type: "FGP" }),
    finding({ id: "F3", auditId: "A2", type: "FGP" }),
  ];
  // Only the second part rates attributes: process 4, PA 1.1 L (level 1).
  const attributes2: AttributeRatingRow[] = [
    {
      source: { sheet: "[b.xlsx]Process attributes", row: 2 },
      auditId: "A2",
      process: "4",
      attribute: "PA 1.1",
      rating: "L",
    },
  ];

  it("gives the campaign of all its audits, worked by hand", () => {
    const [into] = campaignTallies([a1], ratings1, findings1);
    const [from] = campaignTallies([a2], ratings2, findings2, attributes2);
    addTally(into, from);
    const c = campaignResult(ISO20000_2011, into);

    expect(c.audits).toBe(2);
    expect(c.maturity.byProcess["4"]).toBe(3); // mean(2, 4)
    expect(c.maturity.byProcess["6.1"]).toBe(3); // the second part's only
    expect(c.maturity.byProcess["5"]).toBeNull();
    expect(c.findings.FNC).toBe(0.5); // 1 over 2 audits
    expect(c.findings.FGP).toBe(1); // 2 over 2 audits
    expect(c.auditLevel).toBe(3.5); // mean(2, 5)
    expect(c.capability?.byProcess["4"]).toBe(1);
    expect(c.capability?.audits).toBe(1);
    expect(c.capability?.sheet).toBe("[b.xlsx]Process attributes");
    expect(c.capability?.profile["4"]["PA 1.1"]).toBe("L");

    // And the same as tallying every audit at once.
    const [whole] = campaignTallies([a1, a2], [...ratings1, ...ratings2], [...findings1, ...findings2], attributes2);
    expect(c).toEqual(campaignResult(ISO20000_2011, whole));
  });
});
