/**
 * What the task pane can ask of a workbook, whichever host holds it: Excel (Office.js) or
 * a file opened in the standalone page. Each action is one use case of the application layer.
 */
import { type Day, todayDay } from "../core/model/days";
import type { ScorecardResult } from "../core/engine/results";
import type { Issue, Language, Settings } from "../core/model/records";
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
  validate,
} from "../app";
import type { ProgressListener, WorkbookHost } from "../host/workbookHost";
import { runScorecard } from "../core/pipeline";

export interface ComputeOutcome {
  readonly result: ScorecardResult;
  readonly document: ResultDocument;
  readonly organization: string;
  /** Names of the result sheets written. */
  readonly sheets: readonly string[];
}

/** What the pane shows of a run written to the workbook. */
export function outcomeOf(run: CoreRun): ComputeOutcome {
  return {
    result: run.result,
    document: run.document,
    organization: run.organization,
    sheets: run.sheets.map((s) => s.name),
  };
}

export interface ScorecardSession {
  readonly kind: "excel" | "file";
  validate(): Promise<readonly Issue[]>;
  compute(onProgress?: ProgressListener): Promise<ComputeOutcome>;
  /** Adds the missing input sheets (with the sample data if asked) in `language`; returns the names added. */
  createTemplate(withSample: boolean, language?: Language): Promise<string[]>;
  readSettings(): Promise<Settings>;
  saveSettings(change: SettingsChange): Promise<void>;
  /** Shows a sheet, and selects a cell of it when one is given. */
  show(sheet: string, cell: string | null): Promise<void>;
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
  async validate(): Promise<readonly Issue[]> {
    return (await validate(this.host, { today: this.today() }, this.runCore)).issues;
  }

  async compute(onProgress?: ProgressListener): Promise<ComputeOutcome> {
    return outcomeOf(await compute(this.host, { today: this.today() }, { onProgress, runCore: this.runCore }));
  }

  createTemplate(withSample: boolean, language: Language = "en"): Promise<string[]> {
    return addTemplate(this.host, { withSample, language });
  }

  readSettings(): Promise<Settings> {
    return readSettings(this.host);
  }

  saveSettings(change: SettingsChange): Promise<void> {
    return saveSettings(this.host, change);
  }
}
