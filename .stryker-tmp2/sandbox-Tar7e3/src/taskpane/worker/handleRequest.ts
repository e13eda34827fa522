/** The worker's work, as a plain function so it also runs in the page when there is no Worker. */
// @ts-nocheck

import { compute, coreRun, validate } from "../../app";
import { type StageListener, readProgress, withStages } from "../../app/stages";
import { runScorecard } from "../../core/pipeline";
import { XlsxFileHost } from "../../host/file/xlsxFileHost";
import { inputRowOf } from "../inputRow";
import { ScorecardError } from "../../core/text/scorecardError";
import type { WorkerRequest, WorkerResponse } from "./protocol";

export async function handleRequest(request: WorkerRequest, post: (response: WorkerResponse) => void): Promise<void> {
  const stages: StageListener = (progress) => post({ id: request.id, type: "progress", progress });
  // The file host tells how far it has read each sheet: rows read of the rows in the sheet.
  const fileHost = (bytes: Uint8Array) => new XlsxFileHost(bytes, undefined, readProgress(stages));
  try {
    switch (request.type) {
      case "core": {
        post({ id: request.id, type: "core", run: coreRun(runScorecard(request.input, request.options)) });
        return;
      }
      case "file": {
        const host = fileHost(request.bytes);
        const run = await compute(withStages(host, stages, "compute"), request.options);
        post({ id: request.id, type: "file", run: coreRun(run), bytes: host.bytes });
        return;
      }
      case "validate": {
        const { issues } = await validate(withStages(fileHost(request.bytes), stages, "check"), request.options);
        post({ id: request.id, type: "validate", issues });
        return;
      }
      case "row": {
        const input = await fileHost(request.bytes).readInputs((name) => name === request.sheet);
        const grid = input.sheets.find((s) => s.name === request.sheet);
        if (grid === undefined) throw new ScorecardError("noSuchSheet", { sheet: request.sheet });
        post({ id: request.id, type: "row", row: inputRowOf(grid, request.row, request.cell, request.column) });
        return;
      }
    }
  } catch (e) {
    const error =
      e instanceof ScorecardError ? { code: e.code, params: e.params as unknown, context: e.context } : null;
    post({ id: request.id, type: "error", error, message: e instanceof Error ? e.message : String(e) });
  }
}
