/**
 * The words of each input sheet's declaration that a person reads (sheetSchemas.ts): what the
 * sheet is for and what each column holds (the Instructions sheet), and the example row of the
 * template, in both languages.
 */
// @ts-nocheck

import { SHEET_KEYS } from "../../src/core/model/records";
import { SPANISH } from "../../src/core/model/spanishWords";
import { columnKeys, columnSchema, exampleRow } from "../../src/core/parse/sheetSchemas";
import { SHEET_SCHEMAS } from "../../src/core/parse/sheetSchemas";

const blank = (text: unknown) => typeof text !== "string" || text.trim() === "";

describe("each input sheet's declaration", () => {
  it("says what the sheet is for and what each column holds, in English and in Spanish", () => {
    const missing: string[] = [];
    for (const key of SHEET_KEYS) {
      const { purpose } = SHEET_SCHEMAS[key];
      if (blank(purpose.en) || blank(purpose.es) || purpose.en === purpose.es) missing.push(`${key}: purpose`);
      for (const column of columnKeys(key)) {
        const meaning = columnSchema(key, column)?.meaning;
        if (blank(meaning?.en) || blank(meaning?.es) || meaning?.en === meaning?.es) missing.push(`${key}.${column}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("fills the example row's cell of every column that has an example, in both languages", () => {
    const blanks: string[] = [];
    for (const key of SHEET_KEYS) {
      const keys = columnKeys(key);
      for (const language of ["en", "es"] as const) {
        const row = exampleRow(key, language);
        keys.forEach((column, i) => {
          if (columnSchema(key, column)?.example === undefined) return;
          const cell = row[i];
          if (cell === null || (typeof cell === "string" && cell.trim() === ""))
            blanks.push(`${language} ${key}.${column}`);
        });
      }
    }
    expect(blanks).toEqual([]);
  });

  it("writes a list column's example in Spanish as the Spanish template's drop-down offers it", () => {
    const status = columnKeys("controls").indexOf("status");
    expect(exampleRow("controls", "en")[status]).toBe("Compliant");
    expect(exampleRow("controls", "es")[status]).toBe(SPANISH.controlStatus.Compliant);
    const required = columnKeys("training").indexOf("required");
    expect(exampleRow("training", "es")[required]).toBe(SPANISH.yesNo.Yes);
    // Other examples worded in each language, and those written once.
    const office = columnKeys("controls").indexOf("office");
    expect([exampleRow("controls", "en")[office], exampleRow("controls", "es")[office]]).toEqual([
      "Head office",
      "Oficina central",
    ]);
    const weight = columnKeys("controls").indexOf("weight");
    expect([exampleRow("controls", "en")[weight], exampleRow("controls", "es")[weight]]).toEqual([1, 1]);
  });
});
