/** The worker's work, as a plain function so it also runs in the page when there is no Worker. */
import { compute, coreRun } from "../../app";
import { runScorecard } from "../../core/pipeline";
import { XlsxFileHost } from "../../host/file/xlsxFileHost";
import type { WorkerRequest, WorkerResponse } from "./protocol";

export async function handleRequest(request: WorkerRequest, post: (response: WorkerResponse) => void): Promise<void> {
  try {
    switch (request.type) {
      case "core": {
        post({ id: request.id, type: "core", run: coreRun(runScorecard(request.input, request.options)) });
        return;
      }
      case "file": {
        const host = new XlsxFileHost(request.bytes);
        const run = await compute(host, request.options, {
          onProgress: (done, total, label) => post({ id: request.id, type: "progress", done, total, label }),
        });
        post({ id: request.id, type: "file", run: coreRun(run), bytes: host.bytes });
        return;
      }
    }
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e));
    post({ id: request.id, type: "error", name: error.name, message: error.message });
  }
}
