/**
 * Campaign results worked by hand (framework.md sections 5 and 6, Table 1): assessed ML(N),
 * its average and level, mean findings per audit by type, Audit LVL, and each status.
 */
// @ts-nocheck

import { campaignResults } from "../../src/core/engine/audits";
import { ISO20000_2011 } from "../../src/core/model/catalog";
import { audit, finding, rating } from "../helpers/records";

/**
 * HA: audits H1 (level achieved 2) and H2 (3); VA: audit V1 (4). V1 is listed between the two
 * HA audits: campaigns still come in the order of their first audit, HA then VA.
 *   ratings  H1: 4 -> 2, 5 -> 3     H2: 4 -> 3, 6.1 -> 1     V1: 4 -> 4, 5 -> 5
 *   findings H1: FGP, FOP, FOP, FNC   H2: FCC, FOB           V1: FGP, FGP
 * HA: ML(4) = (2 + 3) / 2 = 2.5, ML(5) = 3, ML(6.1) = 1; ML = 6.5 / 3 = 2.1666..., level 2 (Fail).
 *     per audit: FGP 1/2, FOP 2/2, FOB 1/2, FNC 1/2, FCC 1/2; Audit LVL (2 + 3) / 2 = 2.5 (Fail).
 * VA: ML(4) = 4, ML(5) = 5; ML = 4.5, level 4 (Success). FGP 2, the others 0; Audit LVL 4 (Success).
 */
function campaigns() {
  const audits = [
    audit({ id: "H1", campaign: "HA", office: "Quito", levelAchieved: 2 }),
    audit({ id: "V1", campaign: "VA", office: "Quito", levelAchieved: 4 }),
    audit({ id: "H2", campaign: "HA", office: "Loja", levelAchieved: 3 }),
  ];
  const ratings = [
    rating({ auditId: "H1", process: "4", level: 2 }),
    rating({ auditId: "H1", process: "5", level: 3 }),
    rating({ auditId: "H2", process: "4", level: 3, serviceGroup: "Hosting" }),
    rating({ auditId: "H2", process: "6.1", level: 1 }),
    rating({ auditId: "V1", process: "4", level: 4 }),
    rating({ auditId: "V1", process: "5", level: 5 }),
    rating({ auditId: "X9", process: "4", level: 0 }), // an audit of no campaign: left out
  ];
  const findings = [
    ...(["FGP", "FOP", "FOP", "FNC"] as const).map((type, i) => finding({ id: `H1-${i}`, auditId: "H1", type })),
    ...(["FCC", "FOB"] as const).map((type, i) => finding({ id: `H2-${i}`, auditId: "H2", type })),
    ...(["FGP", "FGP"] as const).map((type, i) => finding({ id: `V1-${i}`, auditId: "V1", type })),
    finding({ id: "X", auditId: "X9", type: "FCC" }), // an audit of no campaign: left out
  ];
  const [ha, va, ...rest] = campaignResults(ISO20000_2011, audits, ratings, findings);
  expect(rest).toEqual([]);
  return { ha, va };
}

describe("a campaign's assessed maturity", () => {
  it("ML(N) is the mean level of the campaign's ratings for N", () => {
    const { ha, va } = campaigns();
    expect([ha.name, ha.audits, va.name, va.audits]).toEqual(["HA", 2, "VA", 1]);
    expect(ha.maturity.byProcess["4"]).toBe(2.5);
    expect(ha.maturity.byProcess["5"]).toBe(3);
    expect(ha.maturity.byProcess["6.1"]).toBe(1);
    expect(ha.maturity.byProcess["6.2"]).toBeNull();
    expect(va.maturity.byProcess["4"]).toBe(4);
    expect(va.maturity.byProcess["5"]).toBe(5);
    expect(va.maturity.byProcess["6.1"]).toBeNull();
  });

  it("ML is the mean over the processes that have one, its level rounded down", () => {
    const { ha, va } = campaigns();
    expect(ha.maturity.average).toBeCloseTo(6.5 / 3, 12);
    expect(ha.maturity.level).toBe(2);
    expect(va.maturity.average).toBeCloseTo(4.5, 12);
    expect(va.maturity.level).toBe(4);
  });

  it("statuses: ML level 2 Fail and 4 Success; ML(N) below 4 Fail, at 4 or more Success", () => {
    const { ha, va } = campaigns();
    expect(ha.status.maturity).toBe("Fail");
    expect(va.status.maturity).toBe("Success");
    expect([ha.status.byProcess["4"], ha.status.byProcess["5"], ha.status.byProcess["6.1"]]).toEqual([
      "Fail",
      "Fail",
      "Fail",
    ]);
    expect([va.status.byProcess["4"], va.status.byProcess["5"], va.status.byProcess["6.2"]]).toEqual([
      "Success",
      "Success",
      null,
    ]);
  });
});

describe("a campaign's findings and Audit LVL", () => {
  it("the mean count per audit of each type, an audit without a type counting 0", () => {
    const { ha, va } = campaigns();
    expect(ha.findings).toEqual({ FGP: 0.5, FOP: 1, FOB: 0.5, FNC: 0.5, FCC: 0.5 });
    expect(va.findings).toEqual({ FGP: 2, FOP: 0, FOB: 0, FNC: 0, FCC: 0 });
  });

  it("each type against Table 1's objective", () => {
    const { ha, va } = campaigns();
    const statuses = (c: typeof ha) => [c.status.FGP, c.status.FOP, c.status.FOB, c.status.FNC, c.status.FCC];
    // FGP 0.5 < 1: Fail; FOP, FOB, FNC <= 5: Success; FCC 0.5 > 0: Fail
    expect(statuses(ha)).toEqual(["Fail", "Success", "Success", "Success", "Fail"]);
    expect(statuses(va)).toEqual(["Success", "Success", "Success", "Success", "Success"]);
  });

  it("Audit LVL is the mean level achieved: 2.5 Fail, 4 Success; undefined without levels", () => {
    const { ha, va } = campaigns();
    expect(ha.auditLevel).toBe(2.5);
    expect(ha.status.auditLevel).toBe("Fail");
    expect(va.auditLevel).toBe(4);
    expect(va.status.auditLevel).toBe("Success");
    const [none] = campaignResults(ISO20000_2011, [audit({ id: "A", campaign: "C" })], [], []);
    expect(none.auditLevel).toBeNull();
    expect(none.status.auditLevel).toBeNull();
    expect(none.maturity).toEqual({
      byProcess: Object.fromEntries(ISO20000_2011.processes.map((p) => [p.code, null])),
      average: null,
      level: null,
    });
    expect(none.status.maturity).toBeNull();
  });
});
