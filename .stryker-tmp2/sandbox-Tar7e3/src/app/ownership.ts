/**
 * The ownership rule, once: a run replaces only the sheets this product created (they carry its
 * marker). Hosts may refuse again on their own, with the same error, but the check before any
 * write is this one.
 */
// @ts-nocheck

import type { Language } from "../core/model/records";
import { ScorecardError } from "../core/text/scorecardError";
import type { InputWorkbook } from "../host/workbookHost";

/** The names of `sheets` that exist in the workbook without the ownership marker (case-insensitive). */
export function conflictingSheets(
  sheets: readonly { readonly name: string }[],
  existing: readonly string[],
  owned: ReadonlySet<string>,
): string[] {
  const ownedLower = new Set([...owned].map((n) => n.toLowerCase()));
  const existingByLower = new Map(existing.map((n) => [n.toLowerCase(), n]));
  return sheets
    .map((s) => existingByLower.get(s.name.toLowerCase()))
    .filter((n): n is string => n !== undefined && !ownedLower.has(n.toLowerCase()));
}

/** Stops (sheetNotOwned) before writing when a result sheet would replace a sheet the product did not create. */
export function refuseForeignSheets(
  sheets: readonly { readonly name: string }[],
  input: InputWorkbook,
  language: Language,
): void {
  const conflicts = conflictingSheets(sheets, input.sheetNames, input.ownedSheets);
  if (conflicts.length > 0) throw new ScorecardError("sheetNotOwned", { sheet: conflicts[0] }, { language });
}
