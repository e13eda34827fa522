/** The Settings sheet: one setting per row, looked up by name in English or Spanish. */
// @ts-nocheck

import { EDITIONS, type Edition } from "../model/editions";
import type { Cell } from "../model/grid";
import { DEFAULT_SETTINGS, type Language, type OclWeights, type Settings } from "../model/records";
import { cellProblem, thresholdsSwapped, unknownSetting, weightsZero } from "../text/messages";
import { type Parsed, displayText, enumParser, parseNumber, parsePercent } from "./cellValues";
import { type Report, RowReader, type SheetTable, sheetIssue } from "./sheetTable";
import { SPANISH } from "../model/spanishWords";
import { YES_NO, normalizeKey } from "./vocabulary";

export type SettingKey =
  | "organization"
  | "asOf"
  | "success"
  | "fail"
  | "requireEvidence"
  | "oclWeights"
  | "weightControls"
  | "weightEvidence"
  | "weightTasks"
  | "language"
  | "framework";

const SETTING_NAMES: Readonly<Record<SettingKey, readonly string[]>> = {
  organization: ["Organization", "Organisation", "Organización", "Entidad"],
  asOf: ["As-of date", "As of", "Assessment date", "Fecha de corte", "Fecha de evaluación"],
  success: ["Success threshold", "Umbral de éxito"],
  fail: ["Fail threshold", "Failure threshold", "Umbral de falla", "Umbral de fallo"],
  requireEvidence: ["Require evidence", "Exigir evidencia", "Requiere evidencia"],
  oclWeights: ["OCL weights", "Pesos OCL"],
  weightControls: ["OCL weight controls", "OCL weight: controls", "Peso OCL controles"],
  weightEvidence: ["OCL weight evidence", "OCL weight: evidence", "Peso OCL evidencias"],
  weightTasks: ["OCL weight tasks", "OCL weight: tasks", "Peso OCL tareas"],
  language: ["Language", "Idioma"],
  framework: ["Framework", "Standard", "Edition", "Marco", "Marco de referencia", "Norma", "Edición"],
};

const settingIndex = new Map<string, SettingKey>();
for (const key of Object.keys(SETTING_NAMES) as SettingKey[]) {
  for (const name of SETTING_NAMES[key]) settingIndex.set(normalizeKey(name), key);
}

/** The setting a name in the Setting column stands for, in English or Spanish. */
export function settingKeyOf(name: string): SettingKey | undefined {
  return settingIndex.get(normalizeKey(name));
}

/** The name a new Settings sheet gives each setting in Spanish (each is among SETTING_NAMES). */
const SETTING_NAMES_ES: Readonly<Record<SettingKey, string>> = {
  organization: "Organización",
  asOf: "Fecha de corte",
  success: "Umbral de éxito",
  fail: "Umbral de falla",
  requireEvidence: "Exigir evidencia",
  oclWeights: "Pesos OCL",
  weightControls: "Peso OCL controles",
  weightEvidence: "Peso OCL evidencias",
  weightTasks: "Peso OCL tareas",
  language: "Idioma",
  framework: "Marco",
};

/** The name of a setting: canonical English, or the Spanish a new Spanish sheet shows. */
export function settingName(key: SettingKey, language: Language = "en"): string {
  return language === "es" ? SETTING_NAMES_ES[key] : SETTING_NAMES[key][0];
}
const yesNo = enumParser(YES_NO, SPANISH.yesNo);

/** "ISO/IEC 20000-1:2018", "20000-1:2011", "2018", 2011: the year names the edition. */
function parseEdition(cell: Cell): Parsed<Edition> {
  const year = /(?:^|\D)(2011|2018)(?:\D|$)/.exec(displayText(cell))?.[1];
  const edition = EDITIONS.find((e) => e === year);
  return edition === undefined ? { ok: false, problem: cellProblem.edition() } : { ok: true, value: edition };
}
const languageSetting = enumParser<Language>(
  { en: ["English", "Inglés"], es: ["Spanish", "Español", "Castellano"] },
  { en: "Inglés", es: "Español" },
);

/** "Controls 0.6, Evidence 0.2, Tasks 0.2" or "0.6 / 0.2 / 0.2": three non-negative numbers. */
function parseWeights(cell: Cell): Parsed<OclWeights> {
  const numbers = (displayText(cell).match(/\d+(?:[.,]\d+)?/g) ?? []).map((n) => Number(n.replace(",", ".")));
  if (numbers.length !== 3) return { ok: false, problem: cellProblem.threeWeights() };
  const [controls, evidence, tasks] = numbers;
  return { ok: true, value: { controls, evidence, tasks } };
}

function parseWeight(cell: Cell): Parsed<number> {
  const n = parseNumber(cell);
  if (n.ok && n.value < 0) return { ok: false, problem: cellProblem.negativeWeight() };
  return n;
}

export function parseSettings(table: SheetTable | null, report: Report): Settings {
  if (table === null) return DEFAULT_SETTINGS;
  let s: { -readonly [K in keyof Settings]: Settings[K] } = { ...DEFAULT_SETTINGS };
  let weights = { ...DEFAULT_SETTINGS.oclWeights };
  for (const { excelRow, cells } of table.rows) {
    const row = new RowReader(table, excelRow, cells, report);
    const name = displayText(row.raw("setting"));
    const key = settingKeyOf(name);
    if (key === undefined) {
      row.problem("setting", row.raw("setting"), "warning", unknownSetting(name));
      continue;
    }
    // Every setting has its case (ESLint's switch-exhaustiveness-check).
    switch (key) {
      case "organization":
        s.organization = displayText(row.raw("value"));
        break;
      case "asOf":
        s.asOf = row.date("value", false) ?? s.asOf;
        break;
      case "success":
        s.successThreshold = row.field("value", parsePercent, false) ?? s.successThreshold;
        break;
      case "fail":
        s.failThreshold = row.field("value", parsePercent, false) ?? s.failThreshold;
        break;
      case "requireEvidence": {
        const v = row.field("value", yesNo, false);
        if (v !== null) s.requireEvidence = v === "Yes";
        break;
      }
      case "oclWeights":
        weights = row.field("value", parseWeights, false) ?? weights;
        break;
      case "weightControls":
        weights.controls = row.field("value", parseWeight, false) ?? weights.controls;
        break;
      case "weightEvidence":
        weights.evidence = row.field("value", parseWeight, false) ?? weights.evidence;
        break;
      case "weightTasks":
        weights.tasks = row.field("value", parseWeight, false) ?? weights.tasks;
        break;
      case "language":
        s.language = row.field("value", languageSetting, false) ?? s.language;
        break;
      case "framework":
        s.framework = row.field("value", parseEdition, false) ?? s.framework;
        break;
    }
  }
  if (s.failThreshold > s.successThreshold) {
    report(sheetIssue(table.sheet, "warning", thresholdsSwapped()));
    s = { ...s, successThreshold: DEFAULT_SETTINGS.successThreshold, failThreshold: DEFAULT_SETTINGS.failThreshold };
  }
  if (weights.controls + weights.evidence + weights.tasks <= 0) {
    report(sheetIssue(table.sheet, "warning", weightsZero()));
    weights = { ...DEFAULT_SETTINGS.oclWeights };
  }
  return { ...s, oclWeights: weights };
}
