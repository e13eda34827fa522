/**
 * The ownership rule, once: a run replaces only the sheets this product created (they carry its
 * marker). Hosts may refuse again on their own, but the check before any write is here.
 */
import { type InputWorkbook, SheetConflictError } from "../host/workbookHost";

export { SheetConflictError };

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

/** Stops before writing when a result sheet would replace a sheet the product did not create. */
export function refuseForeignSheets(sheets: readonly { readonly name: string }[], input: InputWorkbook): void {
  const conflicts = conflictingSheets(sheets, input.sheetNames, input.ownedSheets);
  if (conflicts.length > 0) throw new SheetConflictError(conflicts[0]);
}
