/**
 * The input sheets of a new workbook, with the headers of workbook.md in its order, in English
 * or Spanish, and the drop-downs of the chosen edition's processes.
 */
import { type Edition, builtInCatalog } from "./model/editions";
import type { Cell } from "./model/grid";
import { inputSheetKey } from "./parse/parseWorkbook";
import { type SettingKey, settingKeyOf, settingName } from "./parse/parseSettings";
import { DEFAULT_SETTINGS, type Language, SHEET_KEYS, type SheetKey } from "./model/records";
import { type ColumnRule, type EnglishHeaderOf, columnKeys, columnSchema } from "./parse/sheetSchemas";
import { HEADERS, type HeaderKey, SHEET_NAMES } from "./parse/vocabulary";
import { SPANISH } from "./model/spanishWords";

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
    ["language", language],
    ["framework", `ISO/IEC 20000-1:${framework}`],
  ];
  return rows.map(([key, value]) => [settingName(key, language), value]);
}

export interface TemplateSheet {
  readonly key: SheetKey | "instructions";
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
  /** Input rules by header, for the columns that have one. */
  readonly inputs?: Readonly<Record<string, ColumnInput>>;
}

const INSTRUCTIONS: Readonly<Record<Language, readonly string[]>> = {
  en: [
    "ITSM Scorecard: how to fill this workbook",
    "",
    "1. Settings: the organisation, the as-of date (blank = today), thresholds, whether controls need evidence, the OCL weights, the language of the result sheets (en / es) and the Framework: ISO/IEC 20000-1:2011 or ISO/IEC 20000-1:2018.",
    "2. Controls (required): one row per ISO/IEC 20000-1 requirement and office, with its clause (e.g. 6.1.2, or 8.6.1 under 2018) and status.",
    "3. Evidence: what proves each control; only Accepted evidence that is current on the as-of date counts.",
    "4. Tasks: the framework activities (Define, GAP, Risk, Compliance, Record) per clause; they give the derived maturity.",
    "5. Projects and Risks: planned and active projects, their progress and their open risks (likelihood and impact 1-5).",
    "6. Audits, Maturity and Findings: each audit of a campaign, its maturity ratings per process (0-5) and its findings. A campaign rated on the other edition's process codes is carried to this edition's processes.",
    "7. Actions and Improvements: corrective and preventive actions, and continual improvement plans.",
    "8. Indicator history: written by each run; keep it to see the OCL trend.",
    "9. Optional: a Catalog sheet (Code, Process, Clause, Team: SMR, D&T, S&C or O&R) replaces the built-in catalog with the organisation's own processes.",
    "",
    "Words may be written in English or Spanish (e.g. Compliant or Cumple); dates as dates or YYYY-MM-DD; percentages as 45 %, 0.45 or 45.",
    "Then run: itsm-scorecard compute this-file.xlsx (or Compute in the Excel task pane).",
  ],
  es: [
    "ITSM Scorecard: cómo completar este libro",
    "",
    "1. Configuración: la organización, la fecha de corte (en blanco = hoy), los umbrales, si los controles exigen evidencia, los pesos del OCL, el idioma de las hojas de resultados (es / en) y el Marco: ISO/IEC 20000-1:2011 o ISO/IEC 20000-1:2018.",
    "2. Controles (obligatoria): una fila por requisito de la ISO/IEC 20000-1 y oficina, con su cláusula (p. ej. 6.1.2, u 8.6.1 con la edición 2018) y su estado.",
    "3. Evidencias: lo que demuestra cada control; solo cuenta la evidencia Aceptada y vigente en la fecha de corte.",
    "4. Tareas: las actividades del marco (Definir, Análisis GAP, Riesgo, Cumplimiento, Registro) por cláusula; de ellas se deriva la madurez.",
    "5. Proyectos y Riesgos: los proyectos planificados y activos, su avance y sus riesgos abiertos (probabilidad e impacto de 1 a 5).",
    "6. Auditorías, Madurez y Hallazgos: cada auditoría de una campaña, sus calificaciones de madurez por proceso (0 a 5) y sus hallazgos. Una campaña calificada con los códigos de la otra edición se traslada a los procesos de esta.",
    "7. Acciones y Mejoras: las acciones correctivas y preventivas, y los planes de mejora continua.",
    "8. Historial de indicadores: lo escribe cada ejecución; consérvelo para ver la tendencia del OCL.",
    "9. Opcional: una hoja Catálogo (Código, Proceso, Cláusula, Equipo: SMR, D&T, S&C u O&R) reemplaza el catálogo incorporado por los procesos propios de la organización.",
    "",
    "Los valores pueden escribirse en español o en inglés (p. ej. Cumple o Compliant); las fechas como fechas o AAAA-MM-DD; los porcentajes como 45 %, 0,45 o 45.",
    "Luego ejecute: itsm-scorecard compute este-archivo.xlsx (o Calcular en el panel de Excel).",
  ],
};

export interface TemplateOptions {
  readonly language?: Language;
  readonly framework?: Edition;
}

/** Every input sheet, empty but for its header (and the default settings), plus Instructions. */
export function templateSheets(options: TemplateOptions = {}): TemplateSheet[] {
  const language = options.language ?? "en";
  const framework = options.framework ?? "2011";
  const keys = SHEET_KEYS;
  return [
    { key: "instructions", name: INSTRUCTIONS_SHEET[language], rows: INSTRUCTIONS[language].map((line) => [line]) },
    ...keys.map((key) => ({
      key,
      name: inputSheetName(key, language),
      rows: [
        TEMPLATE_COLUMNS[key].map((h) => templateHeader(h, language)),
        ...(key === "settings" ? settingRows(language, framework) : []),
      ],
      inputs: templateInputs(key, language, framework),
    })),
  ];
}

/** How a template column is typed in: a drop-down list, a date, a percentage or a whole number. */
export type ColumnInput =
  | { readonly kind: "list"; readonly values: readonly string[] }
  | { readonly kind: "date" }
  | { readonly kind: "percent" }
  | { readonly kind: "whole"; readonly min: number; readonly max: number }
  | { readonly kind: "number" };

/** The template's input rule for a declared column (SHEET_SCHEMAS), in `language`; undefined for free text. */
function columnInput(rule: ColumnRule, language: Language, framework: Edition): ColumnInput | undefined {
  switch (rule.kind) {
    case "list":
      return { kind: "list", values: language === "es" ? Object.values(rule.spanish) : Object.keys(rule.vocabulary) };
    case "process":
      return { kind: "list", values: builtInCatalog(framework).processes.map((p) => p.code) };
    case "date":
    case "percent":
    case "number":
      return { kind: rule.kind };
    case "whole":
      return { kind: "whole", min: rule.min, max: rule.max };
    case "id":
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
  if (setting === "language") row[1] = language;
  const value = row[1];
  if (setting === "requireEvidence" && (value === "Yes" || value === "No")) row[1] = SPANISH.yesNo[value];
}
