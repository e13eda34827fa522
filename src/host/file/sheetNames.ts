/** Excel's rules for sheet names, checked before anything is written. */
import { WorkbookFileError } from "./errors";

export const MAX_SHEET_NAME_LENGTH = 31;

function sheetNameProblem(name: string): string | null {
  if (name.trim().length === 0) return "it is empty";
  if (name.length > MAX_SHEET_NAME_LENGTH) return `it is longer than ${MAX_SHEET_NAME_LENGTH} characters`;
  if (/[[\]:*?/\\]/.test(name)) return "it contains one of [ ] : * ? / \\";
  if (name.startsWith("'") || name.endsWith("'")) return "it starts or ends with an apostrophe";
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(name)) return "it contains a control character";
  if (name.toLowerCase() === "history") return "Excel reserves the name History";
  return null;
}

/** Throws a WorkbookFileError when Excel would refuse `name` as a sheet name. */
export function checkSheetName(name: string): void {
  const problem = sheetNameProblem(name);
  if (problem) throw new WorkbookFileError(`"${name}" cannot be used as a sheet name: ${problem}.`);
}

/** Excel compares sheet names without regard to case. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** A sheet name as it appears in a formula: always quoted, apostrophes doubled. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
