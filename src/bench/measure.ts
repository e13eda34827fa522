/** Timing helpers of the benchmark: medians of repeated runs, and child processes measured from outside. */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Milliseconds `f` takes, as the median of `reps` runs, with the last run's result. */
export function timed<T>(reps: number, f: () => T): { ms: number; result: T } {
  const times: number[] = [];
  let result: T | undefined;
  for (let i = 0; i < reps; i++) {
    const start = process.hrtime.bigint();
    result = f();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { ms: median(times), result: result as T };
}

export interface ChildRun {
  /** Wall-clock milliseconds, process start to exit. */
  readonly ms: number;
  /** Peak resident set size of the process, in bytes. */
  readonly peakRss: number;
}

/**
 * Runs `node args...` in a fresh process, so its peak memory is its own, under GNU time for
 * the peak RSS. Median time and median peak of `reps` runs; throws if the command fails.
 */
export function runNode(args: readonly string[], reps: number): ChildRun {
  const times: number[] = [];
  const peaks: number[] = [];
  const report = path.join(os.tmpdir(), `itsm-bench-time-${process.pid}.txt`);
  for (let i = 0; i < reps; i++) {
    const start = process.hrtime.bigint();
    const run = spawnSync("/usr/bin/time", ["-f", "%M", "-o", report, process.execPath, ...args], { encoding: "utf8", maxBuffer: 64 << 20 });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (run.status !== 0) throw new Error(`node ${args.join(" ")} failed (${run.status}):\n${run.stderr}`);
    // %M is the peak resident set size in kilobytes.
    peaks.push(Number(fs.readFileSync(report, "utf8").trim().split("\n").pop()) * 1024);
  }
  fs.rmSync(report, { force: true });
  return { ms: median(times), peakRss: median(peaks) };
}
