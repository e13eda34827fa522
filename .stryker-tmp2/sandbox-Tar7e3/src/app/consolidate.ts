/**
 * Consolidate: many offices' workbooks, each read through its own host, computed as one
 * scorecard and written into a new workbook with the Settings used, every office's Indicator
 * history and the result sheets. The offices' own workbooks are only read.
 */
// @ts-nocheck

import { type PartMaker, consolidateInParts } from "../core/consolidation/consolidateInParts";
import type { PartsRun } from "../core/consolidation/mergeParts";
import type { NamedWorkbook } from "../core/parse/parseWorkbooks";
import { type ConsolidatedRun, type RunOptions, consolidateScorecard } from "../core/pipeline";
import { placeAtA1 } from "../core/render/historyUpsert";
import type { PlainSheet, ProgressListener, WorkbookHost } from "../host/workbookHost";
import { speaking, workbookLanguage } from "./language";
import { type CoreRun, isInputSheet } from "./run";

export type { NamedWorkbook };

/** One office's input sheets, named for the issues by `file`. */
export async function readOffice(file: string, host: WorkbookHost): Promise<NamedWorkbook> {
  return { file, grids: { sheets: (await host.readInputs(isInputSheet)).sheets } };
}

/** Creates the host of a new workbook holding `sheets` (the file host: a new .xlsx). */
export type NewWorkbook<H extends WorkbookHost> = (sheets: readonly PlainSheet[]) => H;

export async function consolidate<H extends WorkbookHost>(
  offices: readonly NamedWorkbook[],
  options: RunOptions,
  newWorkbook: NewWorkbook<H>,
  onProgress?: ProgressListener,
): Promise<{ readonly run: ConsolidatedRun & CoreRun; readonly host: H }> {
  // The organisation's language: that of the first Settings sheet, the one the run uses.
  const language = () => workbookLanguage({ sheets: offices.flatMap((o) => o.grids.sheets) });
  return speaking(language, async () => {
    const consolidated = consolidateScorecard(offices, options);
    const run = { ...consolidated, organization: consolidated.records.settings.organization };
    return { run, host: await writeConsolidated(run, newWorkbook, onProgress) };
  });
}

export interface PartsHooks {
  /** Workbooks made into their parts so far. */
  readonly onPart?: (done: number) => void;
  readonly onProgress?: ProgressListener;
}

/**
 * The same consolidation, with each office's workbook read and computed into its part by `parts`
 * (the command line: on worker threads), so no office's rows are held once its part is made
 * (core/consolidation). The result is the same as consolidate's.
 */
export async function consolidateParts<H extends WorkbookHost>(
  count: number,
  parts: PartMaker,
  options: RunOptions,
  newWorkbook: NewWorkbook<H>,
  hooks: PartsHooks = {},
): Promise<{ readonly run: PartsRun; readonly host: H }> {
  const run = await consolidateInParts(count, parts, options, hooks.onPart);
  return { run, host: await writeConsolidated(run, newWorkbook, hooks.onProgress) };
}

/** A new workbook with the Settings used, every office's Indicator history and the result sheets. */
async function writeConsolidated<H extends WorkbookHost>(
  run: Pick<ConsolidatedRun, "settingsSheet" | "history" | "sheets">,
  newWorkbook: NewWorkbook<H>,
  onProgress?: ProgressListener,
): Promise<H> {
  const settings = run.settingsSheet;
  const host = newWorkbook([
    ...(settings === null ? [] : [{ name: settings.name, rows: placeAtA1(settings, settings.rows) }]),
    run.history,
  ]);
  await host.writeResults(run.sheets, run.history, onProgress);
  return host;
}
