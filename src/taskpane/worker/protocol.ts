/** Messages between the task pane and the scorecard worker (structured-clone friendly). */
import type { CoreRun } from "../../app";
import type { RunOptions } from "../../core/pipeline";
import type { InputWorkbook } from "../../host/workbookHost";

export type WorkerRequest =
  /** Run the core on grids a host read (Excel: Office.js must stay on the page's thread). */
  | { readonly id: number; readonly type: "core"; readonly input: InputWorkbook; readonly options: RunOptions }
  /** Compute a whole .xlsx file: read, run, patch (the standalone page). */
  | { readonly id: number; readonly type: "file"; readonly bytes: Uint8Array; readonly options: RunOptions };

export type WorkerResponse =
  | {
      readonly id: number;
      readonly type: "progress";
      readonly done: number;
      readonly total: number;
      readonly label: string;
    }
  | { readonly id: number; readonly type: "core"; readonly run: CoreRun }
  | { readonly id: number; readonly type: "file"; readonly run: CoreRun; readonly bytes: Uint8Array }
  | { readonly id: number; readonly type: "error"; readonly name: string; readonly message: string };

/** A request before the client numbers it (Omit distributed over the union). */
export type WorkerRequestBody = WorkerRequest extends infer R
  ? R extends WorkerRequest
    ? Omit<R, "id">
    : never
  : never;
