/**
 * Sends work to the scorecard worker (dist/scorecard.worker.js) and gets the answer back;
 * where no Worker can start (tests, old webviews) the same work runs on the page's thread.
 */
import type { ProgressListener } from "../../host/workbookHost";
import { handleRequest } from "./handleRequest";
import type { WorkerRequest, WorkerRequestBody, WorkerResponse } from "./protocol";

type Pending = { resolve: (r: WorkerResponse) => void; onProgress?: ProgressListener };

/** Rebuilds an error the worker sent, keeping its name so the pane can word it. */
export function workerError(response: Extract<WorkerResponse, { type: "error" }>): Error {
  const error = new Error(response.message);
  error.name = response.name;
  return error;
}

export class ScorecardWorker {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly url: string | null = "scorecard.worker.js") {}

  private start(): Worker | null {
    if (this.worker !== null || this.url === null || typeof Worker === "undefined") return this.worker;
    try {
      this.worker = new Worker(this.url);
      this.worker.onmessage = (e: MessageEvent<WorkerResponse>) => this.receive(e.data);
      this.worker.onerror = () => {
        // A worker that cannot load: fall back to the page's thread for this and later requests.
        const waiting = [...this.pending.values()];
        this.pending.clear();
        this.worker = null;
        for (const p of waiting)
          p.resolve({
            id: 0,
            type: "error",
            name: "WorkerError",
            message: "The background calculation could not start.",
          });
      };
    } catch {
      this.worker = null;
    }
    return this.worker;
  }

  private receive(response: WorkerResponse): void {
    const pending = this.pending.get(response.id);
    if (!pending) return;
    if (response.type === "progress") {
      pending.onProgress?.(response.done, response.total, response.label);
      return;
    }
    this.pending.delete(response.id);
    pending.resolve(response);
  }

  /** Runs one request; resolves with the final response (never a progress one). */
  request(request: WorkerRequestBody, onProgress?: ProgressListener): Promise<WorkerResponse> {
    const id = this.nextId++;
    const full = { ...request, id } as WorkerRequest;
    const worker = this.start();
    return new Promise((resolve) => {
      this.pending.set(id, { resolve, onProgress });
      if (worker) worker.postMessage(full);
      else void handleRequest(full, (r) => this.receive(r));
    });
  }
}
