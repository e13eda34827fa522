/**
 * A worksheet's `<dataValidations>` (ECMA-376 Part 1, 18.3.1.32-33): the drop-downs, whole-number
 * rules, input messages and error alerts of a template sheet. Placed after `<sheetData>` (and any
 * conditional formatting), before `<hyperlinks>` and `<pageMargins>`.
 */
// @ts-nocheck

import { escapeAttr, escapeText } from "../xml/xmlWrite";

/** What a validated range accepts: anything (an input message only), one of a list, or a whole number in a range. */
export type ValidationRule =
  | { readonly kind: "any" }
  | { readonly kind: "list"; readonly values: readonly string[] }
  | { readonly kind: "whole"; readonly min: number; readonly max: number };

export interface DataValidation {
  /** The cells it applies to, e.g. "F2:F40". */
  readonly sqref: string;
  readonly rule: ValidationRule;
  /** Shown when one of the cells is selected. */
  readonly prompt?: { readonly title: string; readonly message: string };
  /** Shown (and the value refused) when a typed value breaks the rule. */
  readonly error?: { readonly title: string; readonly message: string };
}

/** Excel's limits on these texts; longer ones make Excel repair the file. */
export const MAX_TITLE = 32;
export const MAX_PROMPT = 255;
export const MAX_ERROR = 225;
/** A list written into the rule itself holds at most 255 characters, commas included. */
export const MAX_LIST = 255;

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** A list's literal formula: the values comma-separated in one quoted string (quotes doubled). */
export function listFormula(values: readonly string[]): string {
  return `"${values.join(",").replace(/"/g, '""')}"`;
}

function dataValidationXml(v: DataValidation): string {
  const attrs: string[] = [];
  const { rule } = v;
  if (rule.kind !== "any") attrs.push(`type="${rule.kind}"`);
  if (rule.kind === "whole") attrs.push('operator="between"');
  attrs.push('allowBlank="1"');
  if (v.prompt) attrs.push('showInputMessage="1"');
  if (v.error && rule.kind !== "any") attrs.push('showErrorMessage="1"');
  if (v.error && rule.kind !== "any")
    attrs.push(
      `errorTitle="${escapeAttr(clip(v.error.title, MAX_TITLE))}"`,
      `error="${escapeAttr(clip(v.error.message, MAX_ERROR))}"`,
    );
  if (v.prompt)
    attrs.push(
      `promptTitle="${escapeAttr(clip(v.prompt.title, MAX_TITLE))}"`,
      `prompt="${escapeAttr(clip(v.prompt.message, MAX_PROMPT))}"`,
    );
  attrs.push(`sqref="${escapeAttr(v.sqref)}"`);
  const open = `<dataValidation ${attrs.join(" ")}`;
  switch (rule.kind) {
    case "any":
      return `${open}/>`;
    case "list":
      return `${open}><formula1>${escapeText(listFormula(rule.values))}</formula1></dataValidation>`;
    case "whole":
      return `${open}><formula1>${rule.min}</formula1><formula2>${rule.max}</formula2></dataValidation>`;
  }
}

/** The `<dataValidations>` element, or "" when there is none. */
export function dataValidationsXml(validations: readonly DataValidation[]): string {
  if (validations.length === 0) return "";
  return `<dataValidations count="${validations.length}">${validations.map(dataValidationXml).join("")}</dataValidations>`;
}
