/** Excel's rules for sheet names, checked before anything is written. */
// @ts-nocheck

import type { SheetNameProblem } from "../../core/text/messages";
import { ScorecardError } from "../../core/text/scorecardError";

export const MAX_SHEET_NAME_LENGTH = 31;

function sheetNameProblem(name: string): SheetNameProblem | null {
  if (name.trim().length === 0) return { kind: "empty" };
  if (name.length > MAX_SHEET_NAME_LENGTH) return { kind: "tooLong", max: MAX_SHEET_NAME_LENGTH };
  if (/[[\]:*?/\\]/.test(name)) return { kind: "forbiddenCharacter" };
  if (name.startsWith("'") || name.endsWith("'")) return { kind: "apostrophe" };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(name)) return { kind: "controlCharacter" };
  if (name.toLowerCase() === "history") return { kind: "reserved" };
  return null;
}

/** Throws a ScorecardError (badSheetName) when Excel would refuse `name` as a sheet name. */
export function checkSheetName(name: string): void {
  const problem = sheetNameProblem(name);
  if (problem) throw new ScorecardError("badSheetName", { name, problem });
}

/** Excel compares sheet names without regard to case. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** A sheet name as it appears in a formula: always quoted, apostrophes doubled. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
