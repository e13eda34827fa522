/**
 * What a template cell tells the auditor, in the template's language: the input message shown
 * when the cell is selected, and the error alert that refuses a value its rule does not allow.
 * Both hosts write these texts as they are (Excel's limits: titles 32 characters, messages 255,
 * alerts 225).
 */
// @ts-nocheck

import type { Language } from "./model/records";
import type { SettingKey } from "./parse/parseSettings";
import type { ColumnRule } from "./parse/sheetSchemas";
import type { ColumnInput } from "./template";
import { type Text, say } from "./text/messages";

export interface ColumnHelp {
  /** The input message's and the error alert's title: the column's header. */
  readonly title: string;
  /** Shown when a cell of the column is selected. */
  readonly prompt: string;
  /** Shown when a typed value breaks the rule; only columns with a rule (a list, a whole number) have one. */
  readonly error?: string;
}

export const MAX_HELP_TITLE = 32;
export const MAX_HELP_PROMPT = 255;
export const MAX_HELP_ERROR = 225;

const both = (en: string, es: string): Text => ({ en, es });

const REQUIRED = both("Required.", "Obligatorio.");

/** How a value of this kind is typed, as the input message says it. */
function hint(rule: ColumnRule | ColumnInput): Text | null {
  switch (rule.kind) {
    case "list":
      return rule.open === true
        ? both("Choose from the list, or type a percentage.", "Elija de la lista, o escriba un porcentaje.")
        : both("Choose from the list.", "Elija de la lista.");
    case "process":
      return both("Choose from the list.", "Elija de la lista.");
    case "date":
      return both("A date: YYYY-MM-DD.", "Una fecha: AAAA-MM-DD.");
    case "percent":
      return both("A percentage, e.g. 45 %.", "Un porcentaje, p. ej. 45 %.");
    case "whole":
      return both(`A whole number from ${rule.min} to ${rule.max}.`, `Un número entero de ${rule.min} a ${rule.max}.`);
    case "number":
      return both("A number.", "Un número.");
    case "id":
      return both("A code, kept as text.", "Un código, guardado como texto.");
    case "text":
      return null;
  }
}

/** The error alert of a rule that refuses values; undefined for the others. */
function alert(input: ColumnInput | undefined, language: Language): string | undefined {
  if (input === undefined) return undefined;
  switch (input.kind) {
    case "list": {
      // An open list refuses nothing, so it has no alert.
      if (input.open === true) return undefined;
      const full = say(
        both(`Choose one of: ${input.values.join(", ")}.`, `Elija uno de estos valores: ${input.values.join(", ")}.`),
        language,
      );
      return full.length <= MAX_HELP_ERROR
        ? full
        : say(both("Choose a value from the list.", "Elija un valor de la lista."), language);
    }
    case "whole":
      return say(
        both(
          `Type a whole number from ${input.min} to ${input.max}.`,
          `Escriba un número entero de ${input.min} a ${input.max}.`,
        ),
        language,
      );
    case "date":
    case "percent":
    case "number":
    case "text":
      return undefined;
  }
}

/** A column's input message and error alert, from what it means, whether it is required and its rule. */
export function columnHelp(
  title: string,
  meaning: Text,
  required: boolean,
  rule: ColumnRule | ColumnInput,
  input: ColumnInput | undefined,
  language: Language,
): ColumnHelp {
  const parts = [meaning, ...(required ? [REQUIRED] : []), ...[hint(rule)].filter((h) => h !== null)];
  const prompt = parts.map((p) => say(p, language)).join(" ");
  const error = alert(input, language);
  return {
    title: title.slice(0, MAX_HELP_TITLE),
    prompt: prompt.length <= MAX_HELP_PROMPT ? prompt : `${prompt.slice(0, MAX_HELP_PROMPT - 1)}…`,
    ...(error === undefined ? {} : { error }),
  };
}

/** What each setting means (the Settings values' input messages). */
export const SETTING_MEANINGS: Readonly<Record<SettingKey, Text>> = {
  organization: both(
    "The organisation's name; it names rows without an office.",
    "El nombre de la organización; nombra las filas sin oficina.",
  ),
  asOf: both(
    "The date the indicators are computed at; blank = today.",
    "La fecha a la que se calculan los indicadores; en blanco = hoy.",
  ),
  success: both("At or above it an indicator is a Success.", "Desde este valor un indicador es Éxito."),
  fail: both("Below it an indicator is a Fail.", "Por debajo de este valor un indicador es Falla."),
  requireEvidence: both(
    "Whether a compliant control needs accepted evidence.",
    "Si un control que cumple necesita evidencia aceptada.",
  ),
  oclWeights: both(
    "The three OCL weights: controls, evidence, tasks.",
    "Los tres pesos del OCL: controles, evidencias, tareas.",
  ),
  weightControls: both("Weight of controls in the OCL.", "Peso de los controles en el OCL."),
  weightEvidence: both("Weight of evidence in the OCL.", "Peso de las evidencias en el OCL."),
  weightTasks: both("Weight of tasks in the OCL.", "Peso de las tareas en el OCL."),
  language: both("The language of the result sheets.", "El idioma de las hojas de resultados."),
  framework: both(
    "The edition of ISO/IEC 20000-1 the workbook follows.",
    "La edición de la ISO/IEC 20000-1 que sigue el libro.",
  ),
};
