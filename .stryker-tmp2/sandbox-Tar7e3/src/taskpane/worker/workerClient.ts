/**
 * Sends work to the scorecard worker (dist/scorecard.worker.js) and gets the answer back;
 * where no Worker can start (tests, old webviews) the same work runs on the page's thread.
 * A request can be cancelled: the worker is stopped (it cannot be interrupted otherwise) and
 * the next request starts a new one.
 */
// @ts-nocheck

import type { StageListener } from "../../app/stages";
import type { ErrorParams } from "../../core/text/messages";
import { ScorecardError } from "../../core/text/scorecardError";
import { handleRequest } from "./handleRequest";
import type { WorkerRequest, WorkerRequestBody, WorkerResponse } from "./protocol";

type Pending = { resolve: (r: WorkerResponse) => void; reject: (e: unknown) => void; onProgress?: StageListener };

/** Rebuilds an error the worker sent: a ScorecardError again (code, parameters, context), so the pane can word it. */
export function workerError(response: Extract<WorkerResponse, { type: "error" }>): Error {
  if (response.error === null) return new Error(response.message);
  const { code, params, context } = response.error;
  return new ScorecardError(code, params as ErrorParams[typeof code], context);
}

/** The user stopped the work; nothing was changed. */
export class CancelledError extends Error {
  override readonly name = "CancelledError";
  constructor() {
    super("Cancelled.");
  }
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
            error: { code: "workerFailed", params: {}, context: {} },
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
      pending.onProgress?.(response.progress);
      return;
    }
    this.pending.delete(response.id);
    pending.resolve(response);
  }

  /** Stops the work under way: its requests end with CancelledError. */
  private cancel(id: number): void {
    const pending = this.pending.get(id);
    if (!pending) return;
    this.pending.delete(id);
    if (this.worker !== null) {
      // The other requests die with the worker too.
      const others = [...this.pending.values()];
      this.pending.clear();
      this.worker.terminate();
      this.worker = null;
      for (const p of others) p.reject(new CancelledError());
    }
    pending.reject(new CancelledError());
  }

  /** Runs one request; resolves with the final response (never a progress one). */
  request(request: WorkerRequestBody, onProgress?: StageListener, signal?: AbortSignal): Promise<WorkerResponse> {
    const id = this.nextId++;
    const full = { ...request, id } as WorkerRequest;
    if (signal?.aborted === true) return Promise.reject(new CancelledError());
    const worker = this.start();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress });
      signal?.addEventListener("abort", () => this.cancel(id), { once: true });
      if (worker) worker.postMessage(full);
      else void handleRequest(full, (r) => this.receive(r));
    });
  }
}
