/**
 * The input sheets of a new workbook, with the headers of workbook.md in its order, in English
 * or Spanish, and the drop-downs of the chosen edition's processes.
 */
import { type Edition, builtInCatalog } from "./model/editions";
import type { Cell } from "./model/grid";
import { inputSheetKey } from "./parse/parseWorkbook";
import { type SettingKey, settingKeyOf, settingName } from "./parse/parseSettings";
import { DEFAULT_SETTINGS, type Language, type SheetKey } from "./model/records";
import { SHEET_NAMES, SPANISH_HEADERS } from "./parse/vocabulary";
import { SPANISH, type SpanishWords } from "./model/spanishWords";

export const TEMPLATE_COLUMNS = {
  settings: ["Setting", "Value"],
  controls: ["Control ID", "Office", "Clause", "Requirement", "Owner", "Status", "Weight", "Notes"],
  evidence: [
    "Evidence ID",
    "Office",
    "Control ID",
    "Description",
    "Link",
    "Status",
    "Collected on",
    "Valid until",
    "Reviewer",
  ],
  tasks: ["Task ID", "Office", "Clause", "Activity", "Project ID", "Owner", "Due date", "Done on", "Status"],
  projects: ["Project ID", "Office", "Name", "Type", "Owner", "Start date", "Due date", "Progress", "Status"],
  risks: ["Risk ID", "Project ID", "Description", "Likelihood", "Impact", "Status", "Mitigation"],
  audits: ["Audit ID", "Office", "Campaign", "Type", "Start date", "End date", "Level achieved", "Lead auditor"],
  maturity: ["Audit ID", "Process", "Service group", "Level", "Notes"],
  findings: ["Finding ID", "Audit ID", "Clause", "Type", "Description", "Status", "Action ID"],
  actions: [
    "Action ID",
    "Office",
    "Finding ID",
    "Kind",
    "Description",
    "Owner",
    "Due date",
    "Closed on",
    "Status",
    "Effective",
  ],
  improvements: ["Plan ID", "Office", "Clause", "Title", "Owner", "Due date", "Completed on", "Status"],
  history: ["As-of date", "Office", "Indicator", "Value"],
} as const satisfies Readonly<Record<SheetKey, readonly string[]>>;

type TemplateHeader = (typeof TEMPLATE_COLUMNS)[SheetKey][number];

/** The Spanish header of each template column; the parser reads each (HEADERS in vocabulary.ts). */
const HEADERS_ES: Readonly<Record<TemplateHeader, string>> = SPANISH_HEADERS;

const isTemplateHeader = (text: string): text is TemplateHeader => Object.hasOwn(HEADERS_ES, text);

/** A template header in the given language (a header the template does not have stays as it is). */
export function templateHeader(header: string, language: Language): string {
  return language === "es" && isTemplateHeader(header) ? HEADERS_ES[header] : header;
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
  const keys = Object.keys(TEMPLATE_COLUMNS) as SheetKey[];
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

const DATE: ColumnInput = { kind: "date" };
const PERCENT: ColumnInput = { kind: "percent" };
const LEVEL: ColumnInput = { kind: "whole", min: 0, max: 5 };
const ONE_TO_FIVE: ColumnInput = { kind: "whole", min: 1, max: 5 };

/** Enumerated columns: canonical value -> its Spanish word, by sheet and English header. */
const ENUM_COLUMNS: Readonly<Partial<Record<SheetKey, Readonly<Record<string, SpanishWords<string>>>>>> = {
  controls: { Status: SPANISH.controlStatus },
  evidence: { Status: SPANISH.evidenceStatus },
  tasks: { Activity: SPANISH.activity, Status: SPANISH.taskStatus },
  projects: { Status: SPANISH.projectStatus },
  risks: { Status: SPANISH.riskStatus },
  findings: { Type: SPANISH.findingType, Status: SPANISH.findingStatus },
  actions: { Kind: SPANISH.actionKind, Status: SPANISH.actionStatus, Effective: SPANISH.yesNo },
  improvements: { Status: SPANISH.improvementStatus },
};

/** The other typed columns (dates, percentages, numbers), by sheet and English header. */
const TYPED_COLUMNS: Readonly<Partial<Record<SheetKey, Readonly<Record<string, ColumnInput>>>>> = {
  controls: { Weight: { kind: "number" } },
  evidence: { "Collected on": DATE, "Valid until": DATE },
  tasks: { "Due date": DATE, "Done on": DATE },
  projects: { "Start date": DATE, "Due date": DATE, Progress: PERCENT },
  risks: { Likelihood: ONE_TO_FIVE, Impact: ONE_TO_FIVE },
  audits: { "Start date": DATE, "End date": DATE, "Level achieved": LEVEL },
  maturity: { Level: LEVEL },
  actions: { "Due date": DATE, "Closed on": DATE },
  improvements: { "Due date": DATE, "Completed on": DATE },
  history: { "As-of date": DATE },
};

/** Input rules of one sheet's columns, keyed by the header in `language`; undefined when it has none. */
export function templateInputs(
  key: SheetKey,
  language: Language,
  framework: Edition,
): Readonly<Record<string, ColumnInput>> | undefined {
  const rules: [string, ColumnInput][] = [];
  for (const [header, words] of Object.entries(ENUM_COLUMNS[key] ?? {})) {
    rules.push([header, { kind: "list", values: language === "es" ? Object.values(words) : Object.keys(words) }]);
  }
  if (key === "maturity")
    rules.push(["Process", { kind: "list", values: builtInCatalog(framework).processes.map((p) => p.code) }]);
  rules.push(...Object.entries(TYPED_COLUMNS[key] ?? {}));
  if (rules.length === 0) return undefined;
  // In the sheet's column order, so every host lays them out the same way.
  const order = TEMPLATE_COLUMNS[key] as readonly string[];
  rules.sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
  return Object.fromEntries(rules.map(([header, rule]) => [templateHeader(header, language), rule]));
}

/** Input rules of the English 2011 template's columns, by sheet and header (the enumerations of workbook.md). */
export const TEMPLATE_INPUTS: Readonly<Partial<Record<SheetKey, Readonly<Record<string, ColumnInput>>>>> =
  Object.fromEntries(
    (Object.keys(TEMPLATE_COLUMNS) as SheetKey[]).flatMap((key) => {
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
    const enums = ENUM_COLUMNS[key] ?? {};
    for (const row of rows.slice(1)) {
      header.forEach((h, c) => {
        const words = enums[h];
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

function localizeSetting(row: Cell[], language: Language): void {
  const setting = settingKeyOf(typeof row[0] === "string" ? row[0] : "");
  if (setting === undefined) return;
  row[0] = settingName(setting, language);
  if (setting === "language") row[1] = language;
  const value = row[1];
  if (setting === "requireEvidence" && (value === "Yes" || value === "No")) row[1] = SPANISH.yesNo[value];
}
