/** Messages between the task pane and the scorecard worker (structured-clone friendly). */
// @ts-nocheck

import type { CoreRun } from "../../app";
import type { StageProgress } from "../../app/stages";
import type { Issue } from "../../core/model/records";
import type { ErrorCode } from "../../core/text/messages";
import type { ErrorContext } from "../../core/text/scorecardError";
import type { RunOptions } from "../../core/pipeline";
import type { InputWorkbook } from "../../host/workbookHost";
import type { InputRow } from "../inputRow";

export type WorkerRequest =
  /** Run the core on grids a host read (Excel: Office.js must stay on the page's thread). */
  | { readonly id: number; readonly type: "core"; readonly input: InputWorkbook; readonly options: RunOptions }
  /** Compute a whole .xlsx file: read, run, patch (the standalone page). */
  | { readonly id: number; readonly type: "file"; readonly bytes: Uint8Array; readonly options: RunOptions }
  /** Check a whole .xlsx file: read and parse, write nothing (the standalone page). */
  | { readonly id: number; readonly type: "validate"; readonly bytes: Uint8Array; readonly options: RunOptions }
  /** One input row with its sheet's header row, for the page to show an issue's row. */
  | {
      readonly id: number;
      readonly type: "row";
      readonly bytes: Uint8Array;
      readonly sheet: string;
      readonly row: number;
      readonly cell: string | null;
      readonly column: string | null;
    };

export type WorkerResponse =
  | { readonly id: number; readonly type: "progress"; readonly progress: StageProgress }
  | { readonly id: number; readonly type: "core"; readonly run: CoreRun }
  | { readonly id: number; readonly type: "file"; readonly run: CoreRun; readonly bytes: Uint8Array }
  | { readonly id: number; readonly type: "validate"; readonly issues: readonly Issue[] }
  | { readonly id: number; readonly type: "row"; readonly row: InputRow }
  | {
      readonly id: number;
      readonly type: "error";
      /** A ScorecardError's code, parameters and context; null for any other failure. */
      readonly error: { readonly code: ErrorCode; readonly params: unknown; readonly context: ErrorContext } | null;
      readonly message: string;
    };

/** A request before the client numbers it (Omit distributed over the union). */
export type WorkerRequestBody = WorkerRequest extends infer R
  ? R extends WorkerRequest
    ? Omit<R, "id">
    : never
  : never;
