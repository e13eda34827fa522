/**
 * How a use case runs the core on the grids a host read: on this thread by default, or in the
 * task pane's background worker (Office.js must stay on the page's thread, the core need not).
 */
// @ts-nocheck

import { inputSheetKey, isCatalogSheet } from "../core/parse/parseWorkbook";
import { type RunOptions, type ScorecardRun, runScorecard } from "../core/pipeline";
import type { InputWorkbook } from "../host/workbookHost";

/** The sheets a use case reads: the input sheets and the Catalog (the results are not read back). */
export const isInputSheet = (name: string): boolean => inputSheetKey(name) !== undefined || isCatalogSheet(name);

/** What a caller keeps of a run: everything but the parsed records (it crosses to the pane). */
export type CoreRun = Omit<ScorecardRun, "records"> & { readonly organization: string };

/** A run slimmed to what crosses to the pane (the records stay behind). */
export function coreRun(run: ScorecardRun): CoreRun {
  return {
    result: run.result,
    sheets: run.sheets,
    history: run.history,
    document: run.document,
    organization: run.records.settings.organization,
  };
}

/** Runs the core on grids; the pane passes one that uses the background worker. */
export type CoreRunner<R extends CoreRun = CoreRun> = (input: InputWorkbook, options: RunOptions) => Promise<R>;

/** A run on this thread: the full run, records included. */
export type HereRun = ScorecardRun & CoreRun;

/** The core on this thread. */
export const runHere: CoreRunner<HereRun> = async (input, options) => {
  const run = runScorecard(input, options);
  return { ...run, organization: run.records.settings.organization };
};
