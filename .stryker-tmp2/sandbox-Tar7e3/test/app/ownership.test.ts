/**
 * The ownership rule lives once, in the application layer: compute refuses, before the host is
 * asked to write anything, to replace a sheet the product did not create, with one code and one
 * message (in the workbook's language) whichever host holds the workbook.
 */
// @ts-nocheck

import { compute, conflictingSheets } from "../../src/app";
import { runScorecard } from "../../src/core/pipeline";
import { localizeSheets } from "../../src/core/template";
import { ScorecardError } from "../../src/core/text/scorecardError";
import { ExcelHost } from "../../src/host/excel/excelHost";
import { createWorkbook } from "../../src/host/file/writeWorkbook";
import { XlsxFileHost } from "../../src/host/file/xlsxFileHost";
import type { WorkbookHost } from "../../src/host/workbookHost";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { ExcelBed } from "../helpers/officeJsBed/bed";
import { day } from "../helpers/records";

const today = day("2026-11-01");
const usersSheet = { name: "Scorecard", rows: [["The director's own notes"]] };

/** The host, with every write it is asked for counted. */
function counting(host: WorkbookHost): { host: WorkbookHost; writes: () => number } {
  let writes = 0;
  return {
    host: {
      readInputs: (isInput) => host.readInputs(isInput),
      writeResults: (...args) => (writes++, host.writeResults(...args)),
      addSheets: (sheets) => (writes++, host.addSheets(sheets)),
      writeSheet: (sheet) => (writes++, host.writeSheet(sheet)),
    },
    writes: () => writes,
  };
}

describe("the ownership rule, in the application layer", () => {
  it("conflictingSheets names the existing sheets a run would replace without owning them (any case)", () => {
    expect(
      conflictingSheets(
        [{ name: "Scorecard" }, { name: "Issues" }],
        ["scorecard", "Issues", "Notes"],
        new Set(["Issues"]),
      ),
    ).toEqual(["scorecard"]);
    expect(conflictingSheets([{ name: "Scorecard" }], ["Notes"], new Set())).toEqual([]);
  });

  it("the file host's workbook: refused before any write, the file unchanged", async () => {
    const bytes = createWorkbook([...sampleWorkbook().sheets, usersSheet]);
    const file = new XlsxFileHost(bytes);
    const { host, writes } = counting(file);
    const failure = await compute(host, { today }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ScorecardError);
    expect(failure).toMatchObject({
      code: "sheetNotOwned",
      params: { sheet: "Scorecard" },
      context: { language: "en" },
    });
    expect((failure as Error).message).toBe(
      'The workbook already has a sheet named "Scorecard" that ITSM Scorecard did not create; rename or delete that sheet and run again.',
    );
    expect(writes()).toBe(0);
    expect(file.bytes).toBe(bytes);
  });

  it("the Excel host's workbook: the same code and message, in Spanish for a Spanish workbook", async () => {
    const book = new ExcelBed();
    const excel = new ExcelHost(book.context);
    await excel.addSheets(localizeSheets(sampleWorkbook().sheets, "es"));
    book.addSheet("Cuadro de mando", [["Notas del director"]]);
    const { host, writes } = counting(excel);
    const failure = await compute(host, { today }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: "sheetNotOwned", params: { sheet: "Cuadro de mando" } });
    expect((failure as ScorecardError).text("en", { kind: "pane", templateTab: "Plantilla" })).toBe(
      "El libro ya tiene una hoja llamada «Cuadro de mando» que no creó ITSM Scorecard; cambie el nombre de esa hoja o elimínela y vuelva a ejecutar.",
    );
    expect(writes()).toBe(0);
    expect(book.sheet("Cuadro de mando")?.grid()).toEqual([["Notas del director"]]);
  });

  it("a host called directly still refuses on its own, with the same error", async () => {
    const host = new XlsxFileHost(createWorkbook([...sampleWorkbook().sheets, usersSheet]));
    const run = runScorecard(sampleWorkbook(), { today });
    const failure = await host.writeResults(run.sheets, run.history).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: "sheetNotOwned", params: { sheet: "Scorecard" } });
  });
});
