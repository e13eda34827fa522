/**
 * The Scorecard's office columns hold numbers, and some texts among them: an OCLT direction, a PRK
 * level, "n/a" / "n/d", "no earlier row". Those texts are right-aligned as the numbers and the
 * header above them are, in English and Spanish; the label and target columns stay as written.
 */
import { runScorecard } from "../../src/core/pipeline";
import { RESULT_LABELS, RESULT_SHEET_NAMES } from "../../src/core/text/labels";
import { localizeSheets } from "../../src/core/template";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { day } from "../helpers/records";

describe("the Scorecard's texts among numbers", () => {
  for (const language of ["en", "es"] as const) {
    it(`right-aligns every text of an office column in its tables (${language})`, () => {
      const sheets = localizeSheets(sampleWorkbook().sheets, language);
      const grids = { sheets: sheets.map((s) => ({ name: s.name, rows: s.rows, firstRow: 1, firstColumn: 1 })) };
      const run = runScorecard(grids, { today: day("2026-11-01") });
      const sheet = run.sheets.find((s) => s.name === RESULT_SHEET_NAMES[language].scorecard);
      if (!sheet) throw new Error("no Scorecard");
      const L = RESULT_LABELS[language];
      const headers = [L.scorecard.header[0], L.scorecard.stageHeader[0]];
      const campaigns = sheet.rows.findIndex((r) => r[0]?.value === L.scorecard.campaignHeader[0]);
      const texts: { at: string; value: string; align: string | undefined }[] = [];
      let inTable = false;
      sheet.rows.forEach((row, r) => {
        if (campaigns >= 0 && r >= campaigns) return;
        if (headers.includes(String(row[0]?.value ?? ""))) {
          inTable = true;
          return;
        }
        if (!inTable || row[0]?.style?.fill === "section") return;
        row.forEach((cell, c) => {
          if (c >= 2 && typeof cell?.value === "string" && cell.value !== "")
            texts.push({ at: `${r}:${c}`, value: cell.value, align: cell.style?.align });
        });
      });
      // The sample has each kind: directions, PRK levels, "no earlier row" (its first as-of date).
      const values = new Set(texts.map((t) => t.value));
      for (const word of [L.direction.Flat, L.risk.MEDIUM]) expect([word, values.has(word)]).toEqual([word, true]);
      expect(texts.filter((t) => t.align !== "right")).toEqual([]);
    });
  }
});
