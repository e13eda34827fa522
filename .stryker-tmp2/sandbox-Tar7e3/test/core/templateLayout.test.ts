/**
 * The template an auditor fills, as the core describes it to both hosts (issue "Templates
 * auditors can fill"): drop-downs of the template's words with messages in its language, formats,
 * widths, frozen headers, tables, an example per sheet that is never counted, Instructions that
 * list every column, and Settings that show percentages and a Language drop-down.
 */
// @ts-nocheck

import type { Cell } from "../../src/core/model/grid";
import { type Language, SHEET_KEYS } from "../../src/core/model/records";
import { INSTRUCTIONS_LINE, INSTRUCTIONS_WIDTHS } from "../../src/core/instructionsSheet";
import { parseWorkbook } from "../../src/core/parse/parseWorkbook";
import { columnKeys, columnSchema, exampleRow } from "../../src/core/parse/sheetSchemas";
import { HEADERS, SHEET_NAMES } from "../../src/core/parse/vocabulary";
import { type TemplateSheet, inputFormat, tableName, templateSheets } from "../../src/core/template";
import { MAX_HELP_ERROR, MAX_HELP_PROMPT, MAX_HELP_TITLE } from "../../src/core/templateHelp";
import { sheet, workbook } from "../helpers/grids";

const LANGUAGES: readonly Language[] = ["en", "es"];
const byKey = (sheets: readonly TemplateSheet[], key: string) => sheets.find((s) => s.key === key) as TemplateSheet;
const sheetName = (key: (typeof SHEET_KEYS)[number], language: Language) => SHEET_NAMES[key][language === "es" ? 1 : 0];
/** The row of Instructions that opens a sheet's section (its title row, on the section fill). */
const sectionRow = (instructions: TemplateSheet, key: (typeof SHEET_KEYS)[number], language: Language) =>
  instructions.rows.findIndex(
    (r, i) =>
      String(r[0]).startsWith(`${sheetName(key, language)}:`) &&
      instructions.layout?.rowStyles?.[i]?.fill === "section",
  );

describe.each(LANGUAGES)("the %s template", (language) => {
  // Built in each test (beforeEach, not at load): the mutation run learns which test reaches
  // which line only from work done inside a test (docs/testing.md).
  let sheets: TemplateSheet[];
  let other: TemplateSheet[];
  beforeEach(() => {
    sheets = templateSheets({ language });
    other = templateSheets({ language: language === "es" ? "en" : "es" });
  });

  it("offers every enumerated column as a drop-down of its words, with a message and an alert in its language", () => {
    for (const key of SHEET_KEYS) {
      const s = byKey(sheets, key);
      for (const k of columnKeys(key)) {
        const column = columnSchema(key, k);
        const header = HEADERS[k][language];
        const help = s.help?.[header];
        if (key === "settings" && k === "value") continue; // each value cell has its own (below)
        expect([key, header, help === undefined]).toEqual([key, header, false]);
        if (help === undefined || column === undefined) continue;
        expect(help.title.length).toBeLessThanOrEqual(MAX_HELP_TITLE);
        expect(help.prompt.length).toBeLessThanOrEqual(MAX_HELP_PROMPT);
        // Not the other language's words: the Excel host's alerts were English in a Spanish template.
        const otherHelp = byKey(other, key).help?.[HEADERS[k][language === "es" ? "en" : "es"]];
        expect(help.prompt).not.toBe(otherHelp?.prompt);
        if (column.rule.kind === "list") {
          const words = language === "es" ? Object.values(column.rule.spanish) : Object.keys(column.rule.vocabulary);
          // An open list (a rating, or its percentage) offers its words and refuses nothing: no alert.
          const open = column.rule.open === true;
          expect([key, header, s.inputs?.[header]]).toEqual([
            key,
            header,
            { kind: "list", values: words, ...(open ? { open: true } : {}) },
          ]);
          if (open) {
            expect([key, header, help.error]).toEqual([key, header, undefined]);
            continue;
          }
          expect(help.error?.length).toBeLessThanOrEqual(MAX_HELP_ERROR);
          expect(help.error).toBe(
            language === "es"
              ? `Elija uno de estos valores: ${words.join(", ")}.`
              : `Choose one of: ${words.join(", ")}.`,
          );
        }
      }
    }
  });

  it("formats dates as dates, percentages as percent and IDs as text", () => {
    const kinds = new Map<string, string | undefined>();
    for (const key of SHEET_KEYS) {
      const s = byKey(sheets, key);
      for (const k of columnKeys(key)) {
        const rule = columnSchema(key, k)?.rule;
        const input = s.inputs?.[HEADERS[k][language]];
        if (rule === undefined) continue;
        kinds.set(`${key}.${k}`, input === undefined ? undefined : inputFormat(input));
        const expected = { date: "date", percent: "percent0", id: "text" } as const;
        if (rule.kind === "date" || rule.kind === "percent" || rule.kind === "id")
          expect([key, k, input === undefined ? undefined : inputFormat(input)]).toEqual([key, k, expected[rule.kind]]);
      }
    }
    expect(kinds.get("tasks.dueDate")).toBe("date");
    expect(kinds.get("projects.progress")).toBe("percent0");
    expect(kinds.get("controls.controlId")).toBe("text");
    expect(kinds.get("controls.clause")).toBe("text");
  });

  it("fits each header in its column's width, freezes the header row and makes each sheet a table", () => {
    for (const key of SHEET_KEYS) {
      const s = byKey(sheets, key);
      const header = s.rows[0] as readonly string[];
      header.forEach((h, c) => expect([h, (s.layout?.columnWidths?.[c] ?? 0) >= h.length + 2]).toEqual([h, true]));
      expect(s.layout?.freezeRows).toBe(1);
      expect(s.table).toBe(tableName(s.name));
      expect(s.table).toMatch(/^tbl[A-Za-z0-9]+$/);
    }
  });

  it("shows one example row per sheet on Instructions, which the parser never counts", () => {
    const instructions = sheets[0];
    const text = (row: readonly Cell[]) => row.map((c) => (c === null ? "" : String(c)));
    for (const key of SHEET_KEYS.filter((k) => k !== "settings")) {
      const title = sectionRow(instructions, key, language);
      expect([key, title > 0]).toEqual([key, true]);
      const lines = instructions.rows.slice(title + 2, title + 2 + columnKeys(key).length);
      expect(lines.map((r) => String(r[5] ?? ""))).toEqual(text(exampleRow(key, language)));
    }
    const { records, issues } = parseWorkbook(
      workbook(
        ...sheets.map((s) =>
          sheet(
            s.name,
            s.rows.map((r) => [...r]),
          ),
        ),
      ),
    );
    expect(issues).toEqual([]);
    for (const key of SHEET_KEYS.filter((k) => k !== "settings"))
      expect([key, (records[key] as readonly unknown[]).length]).toEqual([key, 0]);
  });

  it("lists on Instructions each column, whether it is required and the words it takes in both languages", () => {
    const rows = sheets[0].rows;
    for (const key of SHEET_KEYS) {
      const title = sectionRow(sheets[0], key, language);
      expect([key, title > 0]).toEqual([key, true]);
      columnKeys(key).forEach((k, i) => {
        const column = columnSchema(key, k);
        const row = rows[title + 2 + i];
        expect(row[0]).toBe(HEADERS[k][language]);
        expect(row[1]).toBe(column?.required ? (language === "es" ? "Sí" : "Yes") : "");
        if (column?.rule.kind === "list") {
          expect(row[3]).toBe(Object.keys(column.rule.vocabulary).join(", "));
          expect(row[4]).toBe(Object.values(column.rule.spanish).join(", "));
        }
      });
    }
  });

  it("prints Instructions on one page width: fit to width, and no line longer than the columns it runs over", () => {
    const instructions = sheets[0];
    expect(instructions.layout?.print).toEqual({ landscape: true, fitToWidth: true });
    expect(INSTRUCTIONS_WIDTHS.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(INSTRUCTIONS_LINE);
    for (const row of instructions.rows)
      if (row.slice(1).every((c) => c === null))
        expect(String(row[0] ?? "").length).toBeLessThanOrEqual(INSTRUCTIONS_LINE);
  });

  it("shows thresholds as percentages and Language as a drop-down of English / Español", () => {
    const settings = byKey(sheets, "settings");
    const rowOf = (name: string) => settings.rows.findIndex((r) => r[0] === name);
    const input = (row: number) => settings.cellInputs?.find((c) => c.row === row && c.column === 1)?.input;
    const [success, fail, lang] =
      language === "es"
        ? ["Umbral de éxito", "Umbral de falla", "Idioma"]
        : ["Success threshold", "Fail threshold", "Language"];
    expect(settings.rows[rowOf(success)][1]).toBe(0.9);
    expect(input(rowOf(success))).toEqual({ kind: "percent" });
    expect(input(rowOf(fail))).toEqual({ kind: "percent" });
    expect(settings.rows[rowOf(lang)][1]).toBe(language === "es" ? "Español" : "English");
    expect(input(rowOf(lang))).toEqual({ kind: "list", values: ["English", "Español"] });
    for (const cell of settings.cellInputs ?? []) expect(cell.help.title).toBe(settings.rows[cell.row][0]);
  });
});

describe("the template's tables and settings", () => {
  it("names every table uniquely across an English and a Spanish template in one workbook", () => {
    const names = LANGUAGES.flatMap((language) => templateSheets({ language }).flatMap((s) => s.table ?? []));
    expect(names).toHaveLength(2 * SHEET_KEYS.length);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it("reads the Language setting written as a name or, in older workbooks, as a code", () => {
    for (const [value, expected] of [
      ["Español", "es"],
      ["English", "en"],
      ["es", "es"],
      ["en", "en"],
    ] as const) {
      const { records, issues } = parseWorkbook(
        workbook(
          sheet("Settings", [
            ["Setting", "Value"],
            ["Language", value],
          ]),
        ),
      );
      expect([value, issues, records.settings.language]).toEqual([value, [], expected]);
    }
  });
});
