/**
 * The sheets of a new workbook, in English or Spanish, as every host writes them: the
 * Instructions, then each input sheet as an Excel table with the headers of its declaration
 * (sheetSchemas.ts), a drop-down for each enumerated column (the chosen edition's processes for
 * Maturity), date, percent and text formats, input messages and error alerts in the template's
 * language, widths that fit the headers and a frozen header row. Hosts decide none of it.
 */
// @ts-nocheck

import { EDITIONS, type Edition, builtInCatalog } from "./model/editions";
import type { Cell } from "./model/grid";
import { inputSheetKey } from "./parse/parseWorkbook";
import { type SettingKey, settingKeyOf, settingName } from "./parse/parseSettings";
import { DEFAULT_SETTINGS, type Language, SHEET_KEYS, type SheetKey } from "./model/records";
import { type ColumnRule, type EnglishHeaderOf, columnKeys, columnSchema } from "./parse/sheetSchemas";
import { HEADERS, type HeaderKey, SHEET_NAMES } from "./parse/vocabulary";
import { SPANISH } from "./model/spanishWords";
import type { CellStyle, NumberFormat, ResultSheet } from "./render/resultSheet";
import { INSTRUCTIONS_WIDTHS, instructionsSheet } from "./instructionsSheet";
import { type ColumnHelp, SETTING_MEANINGS, columnHelp } from "./templateHelp";

/** The English headers of each input sheet, in template order (SHEET_SCHEMAS). */
export const TEMPLATE_COLUMNS: { readonly [S in SheetKey]: readonly EnglishHeaderOf<S>[] } = Object.fromEntries(
  SHEET_KEYS.map((key) => [key, columnKeys(key).map((k) => HEADERS[k].en)]),
) as unknown as { readonly [S in SheetKey]: readonly EnglishHeaderOf<S>[] };

/** English header -> its column key, for the headers the template writes. */
const KEY_BY_HEADER: ReadonlyMap<string, HeaderKey> = new Map(
  SHEET_KEYS.flatMap((key) => columnKeys(key).map((k) => [HEADERS[k].en, k] as const)),
);

/** A template header in the given language (a header the template does not have stays as it is). */
export function templateHeader(header: string, language: Language): string {
  const key = KEY_BY_HEADER.get(header);
  return language === "es" && key !== undefined ? HEADERS[key].es : header;
}

/** The name of an input sheet in the given language: the first English or the first Spanish name. */
export function inputSheetName(key: SheetKey, language: Language): string {
  return SHEET_NAMES[key][language === "es" ? 1 : 0];
}

export const INSTRUCTIONS_SHEET: Readonly<Record<Language, string>> = { en: "Instructions", es: "Instrucciones" };

/** The Language setting as the template writes it and offers it (the parser also reads the codes en and es). */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: "English", es: "Español" };

/**
 * The Settings rows of a new workbook: every setting it can change, at DEFAULT_SETTINGS (the
 * as-of date blank = today), in `language`, for the `framework` edition.
 */
function settingRows(language: Language, framework: Edition): Cell[][] {
  const d = DEFAULT_SETTINGS;
  const yesNo = d.requireEvidence ? "Yes" : "No";
  const rows: (readonly [SettingKey, Cell])[] = [
    ["organization", d.organization],
    ["asOf", ""],
    ["success", d.successThreshold],
    ["fail", d.failThreshold],
    ["requireEvidence", language === "es" ? SPANISH.yesNo[yesNo] : yesNo],
    ["weightControls", d.oclWeights.controls],
    ["weightEvidence", d.oclWeights.evidence],
    ["weightTasks", d.oclWeights.tasks],
    ["language", LANGUAGE_NAMES[language]],
    ["framework", `ISO/IEC 20000-1:${framework}`],
  ];
  return rows.map(([key, value]) => [settingName(key, language), value]);
}

/** How a template column is typed in: a drop-down list, a date, a percentage, a whole number, a number or text (IDs). */
export type ColumnInput =
  // open: the drop-down offers its values without refusing others (a rating typed as a percentage).
  | { readonly kind: "list"; readonly values: readonly string[]; readonly open?: boolean }
  | { readonly kind: "date" }
  | { readonly kind: "percent" }
  | { readonly kind: "whole"; readonly min: number; readonly max: number }
  | { readonly kind: "number" }
  | { readonly kind: "text" };

/** The number format a column of this input kind is given, if any (both hosts use FORMAT_CODES). */
export function inputFormat(input: ColumnInput): NumberFormat | undefined {
  switch (input.kind) {
    case "date":
      return "date";
    case "percent":
      return "percent0";
    case "text":
      return "text";
    case "list":
    case "whole":
    case "number":
      return undefined;
  }
}

/** The rule and help of one cell (a Settings value), by its 0-based row and column in the sheet's rows. */
export interface CellInput {
  readonly row: number;
  readonly column: number;
  readonly input?: ColumnInput;
  readonly help: ColumnHelp;
}

/** How a new sheet looks: widths, styled rows, frozen rows and print setup. */
export interface SheetLayout {
  /** Column widths in Excel character units, by 0-based column. */
  readonly columnWidths?: readonly number[];
  /** Heights in points of rows whose wrapped text takes several lines, by 0-based row. */
  readonly rowHeights?: Readonly<Record<number, number>>;
  /** A style for every cell of these rows (up to the sheet's widest row), by 0-based row. */
  readonly rowStyles?: Readonly<Record<number, CellStyle>>;
  /** Rows kept visible when scrolling; the hosts freeze the header row when absent. */
  readonly freezeRows?: number;
  readonly print?: ResultSheet["print"];
}

export interface TemplateSheet {
  readonly key: SheetKey | "instructions";
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
  /** Input rules by header, for the columns that have one. */
  readonly inputs?: Readonly<Record<string, ColumnInput>>;
  /** Input message and error alert by header, in the template's language. */
  readonly help?: Readonly<Record<string, ColumnHelp>>;
  /** Rules of single cells (the Settings values). */
  readonly cellInputs?: readonly CellInput[];
  /** The Excel table's name, unique in the workbook (input sheets). */
  readonly table?: string;
  readonly layout?: SheetLayout;
}

/** The name of an input sheet's Excel table: its sheet name without accents, spaces or signs (tblAuditorias). */
export function tableName(sheetName: string): string {
  return `tbl${sheetName.normalize("NFD").replace(/[^A-Za-z0-9]/g, "")}`;
}

/** The built-in style of an input sheet's table, in both hosts. */
export const TABLE_STYLE = "TableStyleMedium2";

const HEADER_STYLE: CellStyle = { bold: true, fill: "header" };
/** Input sheets print landscape, one page wide, the header row on every page. */
const INPUT_PRINT: ResultSheet["print"] = { landscape: true, fitToWidth: true, titleRows: 1 };

/** Widths that fit each column's header (bold, with the table's filter button) and its first values. */
export function fitWidths(rows: readonly (readonly Cell[])[]): number[] {
  const widths: number[] = [];
  rows.slice(0, 200).forEach((row, r) => {
    row.forEach((cell, c) => {
      const text = cell === null ? "" : cell instanceof Date ? "yyyy-mm-dd" : String(cell);
      const width = r === 0 ? Math.ceil(text.length * 1.15) + 4 : text.length + 2;
      widths[c] = Math.max(widths[c] ?? 0, width);
    });
  });
  return Array.from(widths, (w) => Math.min(50, Math.max(10, w ?? 0)));
}

export interface TemplateOptions {
  readonly language?: Language;
  readonly framework?: Edition;
  /**
   * English template-shaped sheets to fill the input sheets with (the sample); an input sheet
   * they lack is written empty. Localized like localizeSheets.
   */
  readonly data?: readonly { readonly name: string; readonly rows: readonly (readonly Cell[])[] }[];
}

/** The Instructions sheet, then every input sheet: its header and the data or default settings. */
export function templateSheets(options: TemplateOptions = {}): TemplateSheet[] {
  const language = options.language ?? "en";
  const framework = options.framework ?? "2011";
  const data = new Map(
    localizeSheets(options.data ?? [], language).flatMap((s) => {
      const key = inputSheetKey(s.name);
      return key === undefined ? [] : [[key, s.rows] as const];
    }),
  );
  const instructions = instructionsSheet(language, framework);
  return [
    {
      key: "instructions",
      name: INSTRUCTIONS_SHEET[language],
      rows: instructions.rows,
      layout: {
        columnWidths: INSTRUCTIONS_WIDTHS,
        rowStyles: instructions.rowStyles,
        rowHeights: instructions.rowHeights,
        freezeRows: 0,
        print: { landscape: true, fitToWidth: true },
      },
    },
    ...SHEET_KEYS.map((key) => {
      const given = data.get(key);
      const rows =
        given === undefined
          ? [
              TEMPLATE_COLUMNS[key].map((h) => templateHeader(h, language)),
              ...(key === "settings" ? settingRows(language, framework) : []),
            ]
          : key === "settings"
            ? given.map((row) => showLanguageName(row))
            : given;
      return inputSheet(key, rows, language, framework);
    }),
  ];
}

/** An input sheet of the template, with everything the hosts lay out. */
function inputSheet(key: SheetKey, rows: Cell[][], language: Language, framework: Edition): TemplateSheet {
  const name = inputSheetName(key, language);
  const inputs = templateInputs(key, language, framework);
  const help: Record<string, ColumnHelp> = {};
  for (const k of columnKeys(key)) {
    const column = columnSchema(key, k);
    // Each Settings value has its own rule and help (settingCellInputs); a cell takes one validation.
    if (column === undefined || (key === "settings" && k === "value")) continue;
    const header = HEADERS[k][language];
    help[header] = columnHelp(header, column.meaning, column.required, column.rule, inputs?.[header], language);
  }
  return {
    key,
    name,
    rows,
    ...(inputs === undefined ? {} : { inputs }),
    help,
    ...(key === "settings" ? { cellInputs: settingCellInputs(rows, language, framework) } : {}),
    table: tableName(name),
    layout: { columnWidths: fitWidths(rows), rowStyles: { 0: HEADER_STYLE }, freezeRows: 1, print: INPUT_PRINT },
  };
}

/** A Settings row with its Language value as the drop-down offers it (English, Español) when it holds a code. */
function showLanguageName(row: readonly Cell[]): Cell[] {
  const copy = [...row];
  const value = copy[1];
  if (settingKeyOf(typeof copy[0] === "string" ? copy[0] : "") === "language" && (value === "en" || value === "es"))
    copy[1] = LANGUAGE_NAMES[value];
  return copy;
}

/** The rule and help of each Settings value, found by its setting's name (the Value column is B). */
function settingCellInputs(rows: readonly (readonly Cell[])[], language: Language, framework: Edition): CellInput[] {
  return rows.flatMap((row, r) => {
    const setting = r === 0 ? undefined : settingKeyOf(typeof row[0] === "string" ? row[0] : "");
    if (setting === undefined) return [];
    const input = settingInput(setting, language, framework);
    const title = typeof row[0] === "string" ? row[0] : "";
    const help = columnHelp(title, SETTING_MEANINGS[setting], false, input ?? { kind: "text" }, input, language);
    return [{ row: r, column: 1, ...(input === undefined ? {} : { input }), help }];
  });
}

function settingInput(setting: SettingKey, language: Language, framework: Edition): ColumnInput | undefined {
  switch (setting) {
    case "asOf":
      return { kind: "date" };
    case "success":
    case "fail":
      return { kind: "percent" };
    case "requireEvidence":
      return { kind: "list", values: language === "es" ? Object.values(SPANISH.yesNo) : Object.keys(SPANISH.yesNo) };
    case "weightControls":
    case "weightEvidence":
    case "weightTasks":
      return { kind: "number" };
    case "language":
      return { kind: "list", values: Object.values(LANGUAGE_NAMES) };
    case "framework":
      // The workbook's edition first, as written by settingRows.
      return {
        kind: "list",
        values: [framework, ...EDITIONS.filter((e) => e !== framework)].map((e) => `ISO/IEC 20000-1:${e}`),
      };
    case "organization":
    case "oclWeights":
      return undefined;
  }
}

/** The template's input rule for a declared column (SHEET_SCHEMAS), in `language`; undefined for free text. */
function columnInput(rule: ColumnRule, language: Language, framework: Edition): ColumnInput | undefined {
  switch (rule.kind) {
    case "list":
      return {
        kind: "list",
        values: language === "es" ? Object.values(rule.spanish) : Object.keys(rule.vocabulary),
        ...(rule.open === true ? { open: true } : {}),
      };
    case "process":
      return { kind: "list", values: builtInCatalog(framework).processes.map((p) => p.code) };
    case "date":
    case "percent":
    case "number":
      return { kind: rule.kind };
    case "whole":
      return { kind: "whole", min: rule.min, max: rule.max };
    case "id":
      return { kind: "text" };
    case "text":
      return undefined;
  }
}

/** Input rules of one sheet's columns, keyed by the header in `language`; undefined when it has none. */
export function templateInputs(
  key: SheetKey,
  language: Language,
  framework: Edition,
): Readonly<Record<string, ColumnInput>> | undefined {
  const rules = columnKeys(key).flatMap((k) => {
    const column = columnSchema(key, k);
    const input = column === undefined ? undefined : columnInput(column.rule, language, framework);
    return input === undefined ? [] : [[language === "es" ? HEADERS[k].es : HEADERS[k].en, input] as const];
  });
  // In the sheet's column order, so every host lays them out the same way.
  return rules.length === 0 ? undefined : Object.fromEntries(rules);
}

/** Input rules of the English 2011 template's columns, by sheet and header (the enumerations of workbook.md). */
export const TEMPLATE_INPUTS: Readonly<Partial<Record<SheetKey, Readonly<Record<string, ColumnInput>>>>> =
  Object.fromEntries(
    SHEET_KEYS.flatMap((key) => {
      const inputs = templateInputs(key, "en", "2011");
      return inputs === undefined ? [] : [[key, inputs]];
    }),
  );

/**
 * English template-shaped sheets (e.g. the sample) in `language`: sheet names, headers, the
 * enumerated values the template offers and the setting names. Any other text stays as written.
 */
export function localizeSheets(
  sheets: readonly { readonly name: string; readonly rows: readonly (readonly Cell[])[] }[],
  language: Language,
): { name: string; rows: Cell[][] }[] {
  return sheets.map((sheet) => {
    const key = inputSheetKey(sheet.name);
    const rows = sheet.rows.map((r) => [...r]);
    if (key === undefined || language === "en" || rows.length === 0) return { name: sheet.name, rows };
    const header = rows[0].map((h) => (typeof h === "string" ? h : ""));
    const enums = spanishWordsByHeader(key);
    for (const row of rows.slice(1)) {
      header.forEach((h, c) => {
        const words = enums.get(h);
        const value = row[c];
        if (words !== undefined && typeof value === "string" && Object.hasOwn(words, value)) row[c] = words[value];
      });
      if (key === "settings") localizeSetting(row, language);
    }
    return {
      name: inputSheetName(key, language),
      rows: [header.map((h) => templateHeader(h, language)), ...rows.slice(1)],
    };
  });
}

/** The Spanish word of each canonical value, by the English header of each enumerated column of a sheet. */
function spanishWordsByHeader(key: SheetKey): ReadonlyMap<string, Readonly<Record<string, string>>> {
  return new Map(
    columnKeys(key).flatMap((k) => {
      const rule = columnSchema(key, k)?.rule;
      return rule?.kind === "list" ? [[HEADERS[k].en, rule.spanish as Readonly<Record<string, string>>] as const] : [];
    }),
  );
}

function localizeSetting(row: Cell[], language: Language): void {
  const setting = settingKeyOf(typeof row[0] === "string" ? row[0] : "");
  if (setting === undefined) return;
  row[0] = settingName(setting, language);
  if (setting === "language") row[1] = LANGUAGE_NAMES[language];
  const value = row[1];
  if (setting === "requireEvidence" && (value === "Yes" || value === "No")) row[1] = SPANISH.yesNo[value];
}
