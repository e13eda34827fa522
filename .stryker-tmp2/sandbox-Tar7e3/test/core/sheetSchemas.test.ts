/**
 * The one declaration per input sheet (sheetSchemas.ts) is what the parser reads by: its required
 * flags are the ones the readers enforce, its header words the ones the lookup finds, its example
 * rows a workbook the parser reads without a single issue.
 */
// @ts-nocheck

import type { Cell } from "../../src/core/model/grid";
import { SHEET_KEYS, type SheetKey } from "../../src/core/model/records";
import { parseWorkbook } from "../../src/core/parse/parseWorkbook";
import { columnKeys, columnSchema, exampleRow, sheetColumns } from "../../src/core/parse/sheetSchemas";
import { locateTable } from "../../src/core/parse/sheetTable";
import { HEADERS, type HeaderKey, SHEET_NAMES } from "../../src/core/parse/vocabulary";
import { emptyRequired } from "../../src/core/text/messages";
import { TEMPLATE_COLUMNS } from "../../src/core/template";
import { sheet, workbook } from "../helpers/grids";

const DATA_SHEETS = SHEET_KEYS.filter((k) => k !== "settings");

/** Every sheet with its header and its example row, in `language`; `change` may edit one sheet's example row. */
function exampleWorkbook(language: "en" | "es", change?: { sheet: SheetKey; row: (cells: Cell[]) => Cell[] }) {
  return workbook(
    ...DATA_SHEETS.map((key) => {
      const header = columnKeys(key).map((k) => HEADERS[k][language]);
      const row = exampleRow(key, language);
      return sheet(SHEET_NAMES[key][language === "es" ? 1 : 0], [
        header,
        change?.sheet === key ? change.row(row) : row,
      ]);
    }),
  );
}

const recordCount = (records: ReturnType<typeof parseWorkbook>["records"], key: SheetKey): number =>
  ({
    settings: 0,
    controls: records.controls.length,
    evidence: records.evidence.length,
    tasks: records.tasks.length,
    projects: records.projects.length,
    risks: records.risks.length,
    audits: records.audits.length,
    maturity: records.maturity.length,
    findings: records.findings.length,
    actions: records.actions.length,
    improvements: records.improvements.length,
    history: records.history.length,
    processAttributes: records.processAttributes.length,
    training: records.training.length,
  })[key];

describe("the input sheet declarations", () => {
  it.each(["en", "es"] as const)(
    "give example rows that the parser reads with no issue, one record each (%s)",
    (lang) => {
      const { records, issues } = parseWorkbook(exampleWorkbook(lang));
      expect(issues).toEqual([]);
      for (const key of DATA_SHEETS) expect([key, recordCount(records, key)]).toEqual([key, 1]);
    },
  );

  it("are what the readers enforce: a blank required cell skips the row, a blank optional one does not", () => {
    for (const key of DATA_SHEETS) {
      const keys = columnKeys(key);
      keys.forEach((column, c) => {
        const header = HEADERS[column].en;
        const { records, issues } = parseWorkbook(
          exampleWorkbook("en", { sheet: key, row: (cells) => cells.map((v, i) => (i === c ? null : v)) }),
        );
        const empty = issues.filter((i) => i.column === header && i.message === emptyRequired(header).en);
        if (columnSchema(key, column)?.required) {
          expect([key, column, empty.length, recordCount(records, key)]).toEqual([key, column, 1, 0]);
        } else {
          expect([key, column, empty.length]).toEqual([key, column, 0]);
        }
      });
    }
  });

  it("list the template's columns, and the parser finds each under its English and its Spanish header", () => {
    for (const key of SHEET_KEYS) {
      const keys = columnKeys(key);
      expect(TEMPLATE_COLUMNS[key]).toEqual(keys.map((k) => HEADERS[k].en));
      const { required, optional } = sheetColumns(key);
      expect(new Set([...required, ...optional])).toEqual(new Set(keys));
      for (const lang of ["en", "es"] as const) {
        const table = locateTable(sheet("S", [keys.map((k) => HEADERS[k][lang])]), optional, required);
        expect([...table.columns.entries()]).toEqual(keys.map((k, i) => [k, i]));
      }
    }
  });

  it("read a header word two columns share as the column its sheet has (Fecha de cierre: Done on, Closed on)", () => {
    const words = (k: HeaderKey): readonly string[] => [HEADERS[k].en, HEADERS[k].es, ...HEADERS[k].aliases];
    expect(words("doneOn")).toContain("Fecha de cierre");
    expect(words("closedOn")).toContain("Fecha de cierre");
    const { records, issues } = parseWorkbook(
      workbook(
        sheet("Acciones", [
          ["ID de acción", "Tipo de acción", "Fecha límite", "Estado", "Fecha de cierre"],
          ["ACT-1", "Correctiva", "2026-06-30", "Cerrada", "2026-05-02"],
        ]),
      ),
    );
    expect(issues).toEqual([]);
    expect(records.actions.map((a) => a.closedOn)).not.toEqual([null]);
  });
});
