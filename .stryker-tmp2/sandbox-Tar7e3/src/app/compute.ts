/** Compute: read the input sheets through the host, run the core, write the result sheets. */
// @ts-nocheck

import type { RunOptions } from "../core/pipeline";
import type { ProgressListener, WorkbookHost } from "../host/workbookHost";
import { speaking, workbookLanguage } from "./language";
import { refuseForeignSheets } from "./ownership";
import { type CoreRun, type CoreRunner, type HereRun, isInputSheet, runHere } from "./run";

export interface ComputeHooks {
  readonly onProgress?: ProgressListener;
}

/** On this thread: the full run, records included. */
export function compute(host: WorkbookHost, options: RunOptions, hooks?: ComputeHooks): Promise<HereRun>;
/** Through another runner (the pane's worker): what that runner gives back. */
export function compute<R extends CoreRun>(
  host: WorkbookHost,
  options: RunOptions,
  hooks: ComputeHooks & { readonly runCore: CoreRunner<R> },
): Promise<R>;
export async function compute(
  host: WorkbookHost,
  options: RunOptions,
  hooks: ComputeHooks & { readonly runCore?: CoreRunner } = {},
): Promise<CoreRun> {
  const input = await host.readInputs(isInputSheet);
  return speaking(
    () => workbookLanguage(input),
    async () => {
      const run = await (hooks.runCore ?? runHere)(input, options);
      refuseForeignSheets(run.sheets, input, run.result.language);
      await host.writeResults(run.sheets, run.history, hooks.onProgress);
      return run;
    },
  );
}
