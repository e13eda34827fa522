/** formatPercent: the one percent text of the result sheets, the pane's cards and the command line. */
// @ts-nocheck

import { runScorecard } from "../../src/core/pipeline";
import { formatPercent } from "../../src/core/text/labels";
import { summaryCards } from "../../src/taskpane/summaryCards";
import { summaryText } from "../../src/cli/summary";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { day } from "../helpers/records";

describe("formatPercent", () => {
  it("writes one decimal, or drops a zero decimal in its short form", () => {
    expect(formatPercent(0.761)).toBe("76.1 %");
    expect(formatPercent(0.76)).toBe("76.0 %");
    expect(formatPercent(1)).toBe("100.0 %");
    expect(formatPercent(0)).toBe("0.0 %");
    expect(formatPercent(0.9, "short")).toBe("90 %");
    expect(formatPercent(0.855, "short")).toBe("85.5 %");
    expect(formatPercent(0.7, "short")).toBe("70 %");
  });

  it("is what the pane's OCL card and the command line's summary show", () => {
    const run = runScorecard(sampleWorkbook(), { today: day("2026-11-01") });
    const ocl = run.result.consolidated.ocl;
    if (ocl === null) throw new Error("the sample has an OCL");
    const card = summaryCards(run.result, "en").find((c) => c.key === "ocl");
    expect(card?.display).toBe(formatPercent(ocl));
    expect(summaryText(run.result, "Ministry")).toContain(formatPercent(ocl));
  });
});
