/**
 * The stages of a run as a person waits through them: opening the workbook, reading each input
 * sheet (rows read of the rows in the sheet), checking or computing, writing the result sheets.
 * The task pane shows them as a progress line; the command line prints them with their times.
 */
// @ts-nocheck

import type { InputWorkbook, PlainSheet, ProgressListener, WorkbookHost } from "../host/workbookHost";
import type { ResultSheet } from "../core/render/resultSheet";

export type Stage = "open" | "read" | "check" | "compute" | "write";

export interface StageProgress {
  readonly stage: Stage;
  /** The sheet being read or written, when the stage is about one. */
  readonly sheet: string | null;
  /** How far the stage has come, of `total`; a total of 0 is "not known yet". */
  readonly done: number;
  readonly total: number;
}

export type StageListener = (progress: StageProgress) => void;

/** The stage's share done, as a whole percentage, or null when the stage does not know its size. */
export function stagePercent(progress: StageProgress): number | null {
  if (progress.total <= 0) return null;
  return Math.min(100, Math.floor((progress.done / progress.total) * 100));
}

/**
 * A host that tells `listener` which stage the run is in: "open" as reading starts, `afterRead`
 * ("check" for a validation, "compute" for a scorecard) once the input is read, "write" while the
 * result sheets are written. The rows of each sheet come from the file host's own reader.
 */
export function withStages(host: WorkbookHost, listener: StageListener, afterRead: "check" | "compute"): WorkbookHost {
  return {
    async readInputs(isInputSheet: (name: string) => boolean): Promise<InputWorkbook> {
      listener({ stage: "open", sheet: null, done: 0, total: 0 });
      const input = await host.readInputs(isInputSheet);
      listener({ stage: afterRead, sheet: null, done: 0, total: 0 });
      return input;
    },
    writeResults(sheets: readonly ResultSheet[], history: PlainSheet, onProgress?: ProgressListener): Promise<void> {
      listener({ stage: "write", sheet: null, done: 0, total: sheets.length });
      return host.writeResults(sheets, history, (done, total, label) => {
        listener({ stage: "write", sheet: label === "" ? null : label, done, total });
        onProgress?.(done, total, label);
      });
    },
    addSheets: (sheets) => host.addSheets(sheets),
    writeSheet: (sheet) => host.writeSheet(sheet),
  };
}

/** The file host's per-sheet row counts as "read" stage progress. */
export const readProgress =
  (listener: StageListener) =>
  (sheet: string, rowsRead: number, rowsInSheet: number): void =>
    listener({ stage: "read", sheet, done: rowsRead, total: rowsInSheet });
