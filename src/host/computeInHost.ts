/** Compute through any host: read the input sheets, run the core, write the result sheets. */
import { inputSheetKey, isCatalogSheet } from "../core/parse/parseWorkbook";
import { type RunOptions, type ScorecardRun, runScorecard } from "../core/pipeline";
import type { ProgressListener, WorkbookHost } from "./workbookHost";

export const isInputSheet = (name: string): boolean => inputSheetKey(name) !== undefined || isCatalogSheet(name);

export async function computeInHost(
  host: WorkbookHost,
  options: RunOptions,
  onProgress?: ProgressListener,
): Promise<ScorecardRun> {
  const input = await host.readInputs(isInputSheet);
  const run = runScorecard(input, options);
  await host.writeResults(run.sheets, run.history, onProgress);
  return run;
}
