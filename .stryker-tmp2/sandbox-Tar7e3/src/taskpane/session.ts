/**
 * What the task pane can ask of a workbook, whichever host holds it: Excel (Office.js) or
 * a file opened in the standalone page. Each action is one use case of the application layer.
 */
// @ts-nocheck

import { type Day, todayDay } from "../core/model/days";
import type { ScorecardResult } from "../core/engine/results";
import type { Issue, Language } from "../core/model/records";
import type { ResultDocument } from "../core/render/resultDocument";
import type { SettingsChange } from "../core/settingsSheet";
import {
  type CoreRun,
  type CoreRunner,
  addTemplate,
  compute,
  coreRun,
  readSettings,
  saveSettings,
  type SettingsOnSheet,
  validate,
} from "../app";
import type { WorkbookHost } from "../host/workbookHost";
import type { InputChange } from "../host/excel/inputWatch";
import type { ResultSheet } from "../core/render/resultSheet";
import { type StageListener, withStages } from "../app/stages";
import type { InputRow } from "./inputRow";
import { runScorecard } from "../core/pipeline";

export interface ComputeOutcome {
  readonly result: ScorecardResult;
  readonly document: ResultDocument;
  readonly organization: string;
  /** Names of the result sheets written. */
  readonly sheets: readonly string[];
  /** The result sheets as the renderer described them: the standalone page draws them. */
  readonly resultSheets: readonly ResultSheet[];
}

/** What the pane shows of a run written to the workbook. */
export function outcomeOf(run: CoreRun): ComputeOutcome {
  return {
    result: run.result,
    document: run.document,
    organization: run.organization,
    sheets: run.sheets.map((s) => s.name),
    resultSheets: run.sheets,
  };
}

/** What a long step is told: where to report its stage, and when the user cancels it. */
export interface RunHooks {
  readonly onStage?: StageListener;
  readonly signal?: AbortSignal;
}

export interface ScorecardSession {
  readonly kind: "excel" | "file";
  /** Whether validate and compute stop when their signal aborts (the page's worker can be stopped). */
  readonly canCancel?: boolean;
  validate(hooks?: RunHooks): Promise<readonly Issue[]>;
  compute(hooks?: RunHooks): Promise<ComputeOutcome>;
  /** Adds the missing input sheets (with the sample data if asked) in `language`; returns the names added. */
  createTemplate(withSample: boolean, language?: Language): Promise<string[]>;
  readSettings(): Promise<SettingsOnSheet>;
  saveSettings(change: SettingsChange): Promise<void>;
  /** Shows a sheet, and selects a cell of it when one is given. */
  show(sheet: string, cell: string | null): Promise<void>;
  /** Outside Excel: the input row an issue names, for the page to show (no grid to select it in). */
  inputRow?(issue: Issue, hooks?: RunHooks): Promise<InputRow>;
  /**
   * In Excel: watches the input sheets while the pane is open and tells each change the user
   * makes (not Compute's own writes). Resolves to whether the workbook already holds results,
   * and to the function that stops watching.
   */
  watchInputs?(onChange: (change: InputChange) => void): Promise<InputWatching>;
}

export type { InputChange };

export interface InputWatching {
  /** Whether the workbook held result sheets when the watch started (otherwise nothing can be out of date yet). */
  readonly hadResults: boolean;
  stop(): Promise<void>;
}

export type { CoreRunner };

/** The core on the pane's thread, slimmed as the worker's answer is. */
export const runOnThisThread: CoreRunner = async (input, options) => coreRun(runScorecard(input, options));

/** The pane's actions on one host: each calls its use case; hosts add only how to show a cell. */
export class HostSession {
  constructor(
    private readonly host: WorkbookHost,
    private readonly runCore: CoreRunner = runOnThisThread,
    private readonly today: () => Day = () => todayDay(),
  ) {}

  /** Runs the core as compute does (in Excel, off the pane's thread), without writing. */
  async validate(hooks: RunHooks = {}): Promise<readonly Issue[]> {
    const host = hooks.onStage ? withStages(this.host, hooks.onStage, "check") : this.host;
    return (await validate(host, { today: this.today() }, this.runCore)).issues;
  }

  async compute(hooks: RunHooks = {}): Promise<ComputeOutcome> {
    const host = hooks.onStage ? withStages(this.host, hooks.onStage, "compute") : this.host;
    return outcomeOf(await compute(host, { today: this.today() }, { runCore: this.runCore }));
  }

  createTemplate(withSample: boolean, language: Language = "en"): Promise<string[]> {
    return addTemplate(this.host, { withSample, language });
  }

  readSettings(): Promise<SettingsOnSheet> {
    return readSettings(this.host);
  }

  saveSettings(change: SettingsChange): Promise<void> {
    return saveSettings(this.host, change);
  }
}
