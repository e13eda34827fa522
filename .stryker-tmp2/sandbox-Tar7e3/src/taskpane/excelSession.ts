/** The task pane inside Excel: every call is one Excel.run batch through the Excel host. */
// @ts-nocheck

/// <reference types="office-js" />
import { isInputSheet } from "../app";
import type { Language } from "../core/model/records";
import { inputSheetKey } from "../core/parse/parseWorkbook";
import type { SettingsChange } from "../core/settingsSheet";
import { RESULT_SHEET_NAMES } from "../core/text/labels";
import { ExcelHost } from "../host/excel/excelHost";
import { runInExcel } from "../host/excel/excelRun";
import { type ExcelRunner, InputWatch, type InputWatchOptions } from "../host/excel/inputWatch";
import {
  type ComputeOutcome,
  type CoreRunner,
  HostSession,
  type InputChange,
  type InputWatching,
  type RunHooks,
  type ScorecardSession,
} from "./session";
import { ScorecardWorker, workerError } from "./worker/workerClient";

/** Every result sheet name, in either language, in lower case. */
const RESULT_NAMES = new Set(
  Object.values(RESULT_SHEET_NAMES).flatMap((names) => Object.values(names).map((n) => n.toLowerCase())),
);

/**
 * A session on the Excel that `excel` runs batches in. `watch` tunes the input watch (tests give
 * it a clock and a settle time).
 */
export function excelSessionOn(
  excel: ExcelRunner,
  runCore: CoreRunner,
  watch: Pick<InputWatchOptions, "settleMs" | "now"> = {},
): ScorecardSession {
  let watcher: InputWatch | null = null;
  const withSession = <T>(work: (session: HostSession) => Promise<T>): Promise<T> =>
    excel.run((context) => work(new HostSession(new ExcelHost(context), runCore)));
  // Compute's own writes (its upsert of Indicator history) are not the user's changes.
  const ownWrites = <T>(work: () => Promise<T>): Promise<T> => (watcher ? watcher.ownWrites(work) : work());
  return {
    kind: "excel",
    validate: (hooks?: RunHooks) => withSession((s) => s.validate(hooks)),
    compute: (hooks?: RunHooks): Promise<ComputeOutcome> => ownWrites(() => withSession((s) => s.compute(hooks))),
    createTemplate: (withSample: boolean, language?: Language) =>
      withSession((s) => s.createTemplate(withSample, language)),
    readSettings: () => withSession((s) => s.readSettings()),
    saveSettings: (change: SettingsChange) => withSession((s) => s.saveSettings(change)),
    show: (sheet: string, cell: string | null) =>
      excel.run(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        if (cell !== null) worksheet.getRange(cell).select();
        await context.sync();
      }),
    async watchInputs(onChange: (change: InputChange) => void): Promise<InputWatching> {
      const started = await InputWatch.start(excel, {
        ...watch,
        isInput: isInputSheet,
        isOwnWritten: (name) => inputSheetKey(name) === "history",
        onChange,
      });
      watcher = started;
      return {
        hadResults: started.names.some((n) => RESULT_NAMES.has(n.trim().toLowerCase())),
        stop: async () => {
          if (watcher === started) watcher = null;
          await started.stop();
        },
      };
    },
  };
}

const worker = new ScorecardWorker();

/** Office.js reads and writes on the page's thread; the core runs in the worker between them. */
const runInWorker: CoreRunner = async (input, options) => {
  const response = await worker.request({ type: "core", input, options });
  if (response.type === "core") return response.run;
  if (response.type === "error") throw workerError(response);
  throw new Error(`Unexpected answer from the calculation: ${response.type}`);
};

export const excelSession: ScorecardSession = excelSessionOn(
  { run: (batch) => runInExcel(Excel, batch), runOn: (context, batch) => Excel.run(context, batch) },
  runInWorker,
);
