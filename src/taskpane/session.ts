/**
 * What the task pane can ask of a workbook, whichever host holds it: Excel (Office.js) or
 * a file opened in the standalone page. The pane calls only this; the numbers come from the core.
 */
import { type Day, todayDay } from "../core/model/days";
import type { ScorecardResult } from "../core/engine/results";
import { findInputSheets, inputSheetKey, parseWorkbook } from "../core/parse/parseWorkbook";
import type { Issue, Language, Settings } from "../core/model/records";
import type { ResultDocument } from "../core/render/resultDocument";
import { runScorecard } from "../core/pipeline";
import { type SettingsChange, upsertSettings } from "../core/settingsSheet";
import { localizeSheets, templateSheets } from "../core/template";
import { isInputSheet } from "../host/computeInHost";
import type { InputWorkbook, PlainSheet, ProgressListener, WorkbookHost } from "../host/workbookHost";
import { type CoreRun, coreRun } from "./worker/protocol";
import { sampleWorkbook } from "../sample/sampleWorkbook";

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

/** Runs the core on grids; the pane passes one that uses the background worker. */
export type CoreRunner = (input: InputWorkbook, today: Day) => Promise<CoreRun>;

/** Settings are read and saved from the Settings sheet alone: no need to read every data row. */
const isSettingsSheet = (name: string): boolean => inputSheetKey(name) === "settings";

export const runOnThisThread: CoreRunner = async (input, today) => coreRun(runScorecard(input, { today }));

/** The session logic shared by every host; hosts add only how to show a cell. */
export class HostSession {
  constructor(
    private readonly host: WorkbookHost,
    private readonly runCore: CoreRunner = runOnThisThread,
    private readonly today: () => Day = () => todayDay(),
  ) {}

  /** Runs the core as compute does (in Excel, off the pane's thread), without writing. */
  async validate(): Promise<readonly Issue[]> {
    const input = await this.host.readInputs(isInputSheet);
    return (await this.runCore(input, this.today())).result.issues;
  }

  async compute(onProgress?: ProgressListener): Promise<ComputeOutcome> {
    const input = await this.host.readInputs(isInputSheet);
    const run = await this.runCore(input, this.today());
    await this.host.writeResults(run.sheets, run.history, onProgress);
    return outcomeOf(run);
  }

  async createTemplate(withSample: boolean, language: Language = "en"): Promise<string[]> {
    const template = templateSheets({ language });
    const inputsOf = (name: string) => template.find((t) => t.name === name)?.inputs;
    const sheets: PlainSheet[] = withSample
      ? [
          template[0],
          ...localizeSheets(sampleWorkbook().sheets, language).map((s) => ({
            name: s.name,
            rows: s.rows,
            inputs: inputsOf(s.name),
          })),
        ]
      : template;
    return this.host.addSheets(sheets);
  }

  async readSettings(): Promise<Settings> {
    const input = await this.host.readInputs(isSettingsSheet);
    return parseWorkbook(input).records.settings;
  }

  async saveSettings(change: SettingsChange): Promise<void> {
    const input = await this.host.readInputs(isSettingsSheet);
    const current = findInputSheets(input).get("settings") ?? null;
    await this.host.writeSheet({ name: current?.name ?? "Settings", rows: upsertSettings(current, change) });
  }
}
