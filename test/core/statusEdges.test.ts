/**
 * Success criteria (framework.md section 7) where a value is undefined: an OCLT that is Flat
 * while this run's OCL is undefined (the trend read from Indicator history alone) has no OCL
 * at the success threshold, even a threshold of 0; a finding mean that is undefined has no status.
 */
import { FINDING_OBJECTIVES, findingStatus, trendStatus } from "../../src/core/engine/status";
import { FINDING_TYPES } from "../../src/core/model/records";

describe("success criteria of undefined values", () => {
  it("OCLT Flat with OCL undefined is a Warning, whatever the success threshold", () => {
    expect(trendStatus("Flat", null, { success: 0.9, fail: 0.7 })).toBe("Warning");
    expect(trendStatus("Flat", null, { success: 0, fail: 0 })).toBe("Warning");
    expect(trendStatus("Flat", 0, { success: 0, fail: 0 })).toBe("Success");
  });

  it("a finding type's mean per audit, undefined, has no status (not Fail, and FCC not Success)", () => {
    expect(FINDING_TYPES.map((type) => findingStatus(type, null))).toEqual([null, null, null, null, null]);
  });
});

describe("the finding types' objectives as the sheets write them", () => {
  it("are framework.md section 7's success criteria (the paper's Table 1), word for word", () => {
    // | FGP | >= 1 |, | FOP, FOB, FNC | <= 5 |, | FCC | 0 |
    expect(Object.fromEntries(FINDING_TYPES.map((t) => [t, FINDING_OBJECTIVES[t].text]))).toEqual({
      FGP: ">= 1",
      FOP: "<= 5",
      FOB: "<= 5",
      FNC: "<= 5",
      FCC: "0",
    });
  });
});
