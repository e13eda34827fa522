/** The worker's work, as a plain function so it also runs in the page when there is no Worker. */
import { runScorecard } from "../../core/pipeline";
import { computeInHost } from "../../host/computeInHost";
import { XlsxFileHost } from "../../host/file/xlsxFileHost";
import { type WorkerRequest, type WorkerResponse, coreRun } from "./protocol";

export async function handleRequest(request: WorkerRequest, post: (response: WorkerResponse) => void): Promise<void> {
  try {
    switch (request.type) {
      case "core": {
        post({ id: request.id, type: "core", run: coreRun(runScorecard(request.input, { today: request.today })) });
        return;
      }
      case "file": {
        const host = new XlsxFileHost(request.bytes);
        const run = await computeInHost(host, { today: request.today }, (done, total, label) =>
          post({ id: request.id, type: "progress", done, total, label }),
        );
        post({ id: request.id, type: "file", run: coreRun(run), bytes: host.bytes });
        return;
      }
    }
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e));
    post({ id: request.id, type: "error", name: error.name, message: error.message });
  }
}
