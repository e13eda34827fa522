// @ts-nocheck
import { cellCss, columnPixels, formatCell } from "../../src/taskpane/sheetCells";
import { looksLikeOffice } from "../../src/taskpane/officeStart";
import { inputRowOf } from "../../src/taskpane/inputRow";

describe("a result cell as Excel shows it", () => {
  it("formats numbers by the sheet's format codes", () => {
    expect(formatCell(0.76123, "percent1")).toBe("76.1%");
    expect(formatCell(0.8, "percent0")).toBe("80%");
    expect(formatCell(0.755, "percent0")).toBe("76%");
    expect(formatCell(3.505, "level2")).toBe("3.50");
    expect(formatCell(1.6666667, "decimal2")).toBe("1.67");
    expect(formatCell(2.6, "integer")).toBe("3");
    expect(formatCell(new Date(Date.UTC(2026, 9, 31)), "date")).toBe("2026-10-31");
    expect(formatCell(0.1 + 0.2, undefined)).toBe("0.3");
    expect(formatCell(true, undefined)).toBe("TRUE");
    expect(formatCell({ error: "#N/A" }, undefined)).toBe("#N/A");
    expect(formatCell(null, "percent1")).toBe("");
    // Changes (the Improvement view): Excel's "+0.0%;-0.0%;0.0%" and "+0.00;-0.00;0.00".
    expect(formatCell(0.15, "signedPercent1")).toBe("+15.0%");
    expect(formatCell(-0.0137, "signedPercent1")).toBe("-1.4%");
    expect(formatCell(0, "signedPercent1")).toBe("0.0%");
    expect(formatCell(1.25, "signed2")).toBe("+1.25");
    expect(formatCell(-7, "signed2")).toBe("-7.00");
    expect(formatCell(0, "signed2")).toBe("0.00");
  });

  it("takes fills, weight and Excel's General alignment", () => {
    expect(cellCss({ fill: "fail", bold: true }, "Fail")).toMatchObject({
      backgroundColor: "#FFC7CE",
      color: "#9C0006",
      fontWeight: "600",
      textAlign: "left",
    });
    expect(cellCss(undefined, 3).textAlign).toBe("right");
    expect(cellCss({ align: "center", wrap: true }, 3)).toMatchObject({ textAlign: "center", whiteSpace: "normal" });
    expect(columnPixels(10)).toBe(75);
  });
});

describe("where the page runs", () => {
  const none = { search: "", windowName: "", sessionHostInfo: null, externalHostInfo: false };
  it("sees Office by the traces office.js itself reads", () => {
    expect(looksLikeOffice(none)).toBe(false);
    expect(looksLikeOffice({ ...none, search: "?_host_Info=Excel$Win32$16.01$en-US$$$$0" })).toBe(true);
    expect(looksLikeOffice({ ...none, windowName: JSON.stringify({ hostInfo: "Excel|Web" }) })).toBe(true);
    expect(looksLikeOffice({ ...none, windowName: "some-frame" })).toBe(false);
    expect(looksLikeOffice({ ...none, sessionHostInfo: "Excel$Mac$16" })).toBe(true);
    expect(looksLikeOffice({ ...none, externalHostInfo: true })).toBe(true);
  });
});

describe("the input row an issue names", () => {
  it("pairs each value with its header and marks the cell, by reference or by column", () => {
    const grid = {
      name: "Risks",
      firstRow: 2,
      firstColumn: 2,
      rows: [
        [null, null, null],
        ["Risk ID", "Likelihood", "Impact"],
        ["RSK-1", 7, 3],
      ],
    };
    const byCell = inputRowOf(grid, 4, "C4");
    expect(byCell.headerRow).toBe(3);
    expect(byCell.cells).toEqual([
      { column: "B", header: "Risk ID", value: "RSK-1" },
      { column: "C", header: "Likelihood", value: "7" },
      { column: "D", header: "Impact", value: "3" },
    ]);
    expect(byCell.highlight).toBe("C");
    expect(inputRowOf(grid, 4, null, "impact").highlight).toBe("D");
    expect(inputRowOf(grid, 4, null, null).highlight).toBeNull();
  });
});
