/** Header rows of the result sheets: wrapped, right-aligned over numbers, and as tall as their text. */
// @ts-nocheck

import { NOT_AVAILABLE, SheetBuilder, percent, wrappedLines } from "../../src/core/render/sheetBuilder";

describe("wrappedLines", () => {
  it("wraps at word breaks, keeping two characters of the width as margin", () => {
    expect(wrappedLines("Consolidado", 15)).toBe(1);
    expect(wrappedLines("Nivel de madurez", 15)).toBe(2);
    expect(wrappedLines("FNC por auditoría", 15)).toBe(2);
    expect(wrappedLines("Nivel de madurez", 54)).toBe(1);
    expect(wrappedLines("a b c d", 3)).toBe(4);
  });

  it("breaks a word longer than a line, and starts a line at each line break", () => {
    expect(wrappedLines("abcdefghijklmnopqrstuvwxyz", 15)).toBe(2);
    expect(wrappedLines("one\ntwo", 15)).toBe(2);
    expect(wrappedLines("", 15)).toBe(1);
  });
});

describe("SheetBuilder headers", () => {
  it("wraps every header cell and right-aligns those over columns of mostly numbers", () => {
    const s = new SheetBuilder("T", 4);
    const h = s.header(["Name", "Count", "Share", "Note"]);
    s.section("A band");
    s.row(["a", 1, percent(0.5), "x"]);
    s.row(["b", NOT_AVAILABLE, percent(null), "y"]);
    s.row(["c", 3, percent(0.7), 2]);
    s.blank();
    const next = s.header(["Name", "Count", "Share", "Note"]);
    s.row(["d", "text", "text", 1]);
    const sheet = s.build({ columnWidths: [20, 10, 10, 10] });
    const aligns = (row: number) => sheet.rows[row].map((c) => c?.style?.align);
    // "n/a" is neither; the section band is not data; the table ends at the blank row.
    expect(aligns(h)).toEqual([undefined, "right", "right", undefined]);
    expect(aligns(next)).toEqual([undefined, undefined, undefined, "right"]);
    for (const cell of sheet.rows[h])
      expect(cell?.style).toMatchObject({ bold: true, fill: "header", wrap: true, verticalAlign: "bottom" });
    expect(sheet.rows[h + 2][1]?.style?.wrap).toBeUndefined();
    expect(sheet.rowHeights).toBeUndefined();
  });

  it("makes a header row as tall as its longest wrapped text", () => {
    const s = new SheetBuilder("T");
    const h = s.header(["Short", "A header of several words"]);
    // Eight characters a line: "A header", "of", "several", "words".
    expect(s.build({ columnWidths: [10, 10] }).rowHeights).toEqual({ [h]: 60 });
  });
});
