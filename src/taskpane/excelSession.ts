/** The task pane inside Excel: every call is one Excel.run batch through the Excel host. */
/// <reference types="office-js" />
import type { Language } from "../core/model/records";
import type { SettingsChange } from "../core/settingsSheet";
import { ExcelHost } from "../host/excel/excelHost";
import { runInExcel } from "../host/excel/excelRun";
import { type ComputeOutcome, type CoreRunner, HostSession, type RunHooks, type ScorecardSession } from "./session";
import { ScorecardWorker, workerError } from "./worker/workerClient";

const worker = new ScorecardWorker();

/** Office.js reads and writes on the page's thread; the core runs in the worker between them. */
const runInWorker: CoreRunner = async (input, options) => {
  const response = await worker.request({ type: "core", input, options });
  if (response.type === "core") return response.run;
  if (response.type === "error") throw workerError(response);
  throw new Error(`Unexpected answer from the calculation: ${response.type}`);
};

function withSession<T>(work: (session: HostSession) => Promise<T>): Promise<T> {
  return runInExcel(Excel, (context) => work(new HostSession(new ExcelHost(context), runInWorker)));
}

export const excelSession: ScorecardSession = {
  kind: "excel",
  validate: (hooks?: RunHooks) => withSession((s) => s.validate(hooks)),
  compute: (hooks?: RunHooks): Promise<ComputeOutcome> => withSession((s) => s.compute(hooks)),
  createTemplate: (withSample: boolean, language?: Language) =>
    withSession((s) => s.createTemplate(withSample, language)),
  readSettings: () => withSession((s) => s.readSettings()),
  saveSettings: (change: SettingsChange) => withSession((s) => s.saveSettings(change)),
  show: (sheet: string, cell: string | null) =>
    runInExcel(Excel, async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      if (cell !== null) worksheet.getRange(cell).select();
      await context.sync();
    }),
};
