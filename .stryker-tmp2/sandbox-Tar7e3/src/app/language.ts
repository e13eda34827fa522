/**
 * Errors in the workbook's language: once a workbook's sheets are read, an error that stops a
 * step is worded in its Language setting, whoever raised it (the core, the worker, a host).
 */
// @ts-nocheck

import type { WorkbookGrids } from "../core/model/grid";
import type { Language } from "../core/model/records";
import { findInputSheets, parseWorkbook } from "../core/parse/parseWorkbook";
import { ScorecardError } from "../core/text/scorecardError";

/** The Language setting of the workbook's Settings sheet (the default when it has none). */
export function workbookLanguage(grids: WorkbookGrids): Language {
  const settings = findInputSheets(grids).get("settings");
  return parseWorkbook({ sheets: settings === undefined ? [] : [settings] }).records.settings.language;
}

/** Runs `work`; a ScorecardError it throws carries `language` (a language already set is kept). */
export async function speaking<T>(language: () => Language, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw e instanceof ScorecardError && e.context.language === undefined ? e.within({ language: language() }) : e;
  }
}
