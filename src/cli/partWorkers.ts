/**
 * Consolidation parts made on worker threads, one per core: each worker reads a workbook file,
 * parses it and computes its part (core/consolidation), and sends back only that part, so the
 * main thread never holds a workbook's cells. The compiled command line is its own worker script;
 * where it is not compiled (the tests run the TypeScript), the parts are made on this thread.
 */
import * as os from "node:os";
import * as path from "node:path";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { type PartMaker, type Probe, probeWorkbook } from "../core/consolidation/consolidateInParts";
import { type SharedInputs, type WorkbooksPart, workbooksPart } from "../core/consolidation/workbooksPart";
import type { WorkbookGrids } from "../core/model/grid";
import { isInputSheet } from "../app";
import { ScorecardError } from "../core/text/scorecardError";
import { NODE_ZLIB_CODEC, readWorkbookBytes } from "../host/file/nodeFiles";
import { readWorkbook } from "../host/file/readWorkbook";

const ROLE = "itsm-scorecard-part-worker";
/** Jobs sent to a worker before its first reply: the one it works on and the next. */
const JOBS_PER_WORKER = 2;

type JobRequest =
  | { readonly kind: "probe"; readonly file: string }
  | {
      readonly kind: "part";
      readonly files: readonly string[];
      readonly shared: SharedInputs;
      readonly indexes: readonly number[];
    };
type Job = JobRequest & { readonly id: number };

type Reply =
  | { readonly id: number; readonly ok: true; readonly value: Probe | WorkbooksPart }
  | {
      readonly id: number;
      readonly ok: false;
      /** A ScorecardError crosses the thread as its code, parameters and context. */
      readonly error: Pick<ScorecardError, "code" | "params" | "context"> | null;
      readonly message: string;
    };

/** A workbook file's input sheets; among many workbooks, a file that cannot be used is named. */
function readGrids(file: string): WorkbookGrids {
  try {
    return {
      sheets: readWorkbook(readWorkbookBytes(file), { includeSheet: isInputSheet, codec: NODE_ZLIB_CODEC }).sheets,
    };
  } catch (e) {
    // Among many workbooks, the file that cannot be used is named.
    if (e instanceof ScorecardError) throw e.within({ file: path.basename(file) });
    throw e;
  }
}

function probeFile(file: string): Probe {
  return probeWorkbook(path.basename(file), readGrids(file));
}

function partOfFiles(files: readonly string[], indexes: readonly number[], shared: SharedInputs): WorkbooksPart {
  return workbooksPart(
    files.map((file, i) => ({ index: indexes[i], file: path.basename(file), grids: readGrids(file) })),
    shared,
  );
}

function run(job: Job): Probe | WorkbooksPart {
  switch (job.kind) {
    case "probe":
      return probeFile(job.file);
    case "part":
      return partOfFiles(job.files, job.indexes, job.shared);
  }
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === ROLE && parentPort !== null) {
  const port = parentPort;
  port.on("message", (job: Job) => {
    let reply: Reply;
    let transfer: ArrayBuffer[] = [];
    try {
      const value = run(job);
      reply = { id: job.id, ok: true, value };
      if ("keys" in value) transfer = [value.keys.buffer, value.actions.buffer, value.missing.buffer] as ArrayBuffer[];
    } catch (e) {
      reply = {
        id: job.id,
        ok: false,
        error: e instanceof ScorecardError ? { code: e.code, params: e.params, context: e.context } : null,
        message: e instanceof Error ? (e.stack ?? e.message) : String(e),
      };
    }
    port.postMessage(reply, transfer);
  });
}

/** The cores worth a worker each. */
export function workerCount(): number {
  return Math.max(1, typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length);
}

export interface PartWorkers extends PartMaker {
  /** Worker threads making the parts (0: made on this thread). */
  readonly threads: number;
  /** Worker threads not stopped yet (none once the parts are done). */
  readonly running: number;
  /** Stops the workers (the parts already made are kept). */
  close(): Promise<void>;
}

/** Parts of the workbook files `files` (the workbook index is the position), made by `count` workers. */
export function partWorkers(files: readonly string[], count = workerCount()): PartWorkers {
  const script = __filename;
  if (!script.endsWith(".js")) return partsOnThisThread(files);
  const workers = Array.from(
    { length: Math.max(1, Math.min(count, files.length)) },
    () => new Worker(script, { workerData: { role: ROLE } }),
  );
  const pending = new Map<number, { resolve: (v: Probe | WorkbooksPart) => void; reject: (e: Error) => void }>();
  const queue: Job[] = [];
  // Each worker holds its next job already, so it need not wait for this thread (busy merging
  // parts or collecting garbage) to answer before it starts it.
  const inFlight = new Map<Worker, number>(workers.map((w) => [w, 0]));
  let nextId = 0;
  const dispatch = () => {
    for (const [worker, jobs] of inFlight) {
      let held = jobs;
      for (; held < JOBS_PER_WORKER && queue.length > 0; held++) worker.postMessage(queue.shift());
      inFlight.set(worker, held);
    }
  };
  let running = workers.length;
  for (const worker of workers) {
    worker.on("exit", () => running--);
    worker.on("message", (reply: Reply) => {
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      inFlight.set(worker, (inFlight.get(worker) ?? 1) - 1);
      dispatch();
      if (waiting === undefined) return;
      if (reply.ok) waiting.resolve(reply.value);
      else
        waiting.reject(
          reply.error === null
            ? new Error(reply.message)
            : new ScorecardError(reply.error.code, reply.error.params, reply.error.context),
        );
    });
    worker.on("error", (e) => {
      for (const w of pending.values()) w.reject(e);
      pending.clear();
    });
  }
  // Once the parts are made, the workers' heaps are only in the way of the merge and the write.
  let closed: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closed ??= Promise.all(workers.map((w) => w.terminate())).then(() => undefined);
    return closed;
  };
  const submit = <T extends Probe | WorkbooksPart>(job: JobRequest): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: Probe | WorkbooksPart) => void, reject });
      queue.push({ ...job, id });
      dispatch();
    });
  return {
    threads: workers.length,
    get running() {
      return running;
    },
    probe: (index) => submit<Probe>({ kind: "probe", file: files[index] }),
    part: (indexes, shared) =>
      submit<WorkbooksPart>({ kind: "part", files: indexes.map((i) => files[i]), indexes, shared }),
    partsDone: close,
    close,
  };
}

/** The same parts, made one after the other on this thread. */
function partsOnThisThread(files: readonly string[]): PartWorkers {
  return {
    threads: 0,
    running: 0,
    probe: (index) => Promise.resolve().then(() => probeFile(files[index])),
    part: (indexes, shared) =>
      Promise.resolve().then(() =>
        partOfFiles(
          indexes.map((i) => files[i]),
          indexes,
          shared,
        ),
      ),
    close: () => Promise.resolve(),
  };
}
