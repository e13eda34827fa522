/** Timing helpers of the benchmark: medians of repeated runs, and child processes measured from outside. */
// @ts-nocheck

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Milliseconds `f` takes, as the median of `reps` runs, with the last run's result; also the
 * median CPU time of this process, which a machine busy with other work inflates far less.
 */
export function timed<T>(reps: number, f: () => T): { ms: number; cpuMs: number; result: T } {
  const times: number[] = [];
  const cpu: number[] = [];
  let result: T | undefined;
  for (let i = 0; i < reps; i++) {
    const start = process.hrtime.bigint();
    const startCpu = process.cpuUsage();
    result = f();
    const used = process.cpuUsage(startCpu);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    cpu.push((used.user + used.system) / 1000);
  }
  return { ms: median(times), cpuMs: median(cpu), result: result as T };
}

export interface ChildRun {
  /** Wall-clock milliseconds, process start to exit. */
  readonly ms: number;
  /** Peak resident set size of the process, in bytes. */
  readonly peakRss: number;
  /** CPU time of the process and its threads (user + system), in milliseconds: what load elsewhere inflates least. */
  readonly cpuMs: number;
}

/** One run of `node args...` in a fresh process, so its peak memory is its own, under GNU time for the peak RSS. */
function runNodeOnce(args: readonly string[], report: string): ChildRun {
  const start = process.hrtime.bigint();
  const run = spawnSync("/usr/bin/time", ["-f", "%M %U %S", "-o", report, process.execPath, ...args], {
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`node ${args.join(" ")} failed (${run.status}):\n${run.stderr}`);
  // %M is the peak resident set size in kilobytes; %U and %S the user and system CPU seconds.
  const [kb, user, system] = (fs.readFileSync(report, "utf8").trim().split("\n").pop() ?? "").split(" ").map(Number);
  return { ms, peakRss: kb * 1024, cpuMs: (user + system) * 1000 };
}

/**
 * Runs each command `reps` times, taking turns (a, b, a, b, ...) so that a burst of load on the
 * machine weighs on all of them alike. Median time and median peak of each.
 */
export function runNodeInTurns(commands: readonly (readonly string[])[], reps: number): ChildRun[] {
  const report = path.join(os.tmpdir(), `itsm-bench-time-${process.pid}.txt`);
  const runs = commands.map((): ChildRun[] => []);
  try {
    for (let i = 0; i < reps; i++) commands.forEach((args, k) => runs[k].push(runNodeOnce(args, report)));
  } finally {
    fs.rmSync(report, { force: true });
  }
  return runs.map((r) => ({
    ms: median(r.map((x) => x.ms)),
    peakRss: median(r.map((x) => x.peakRss)),
    cpuMs: median(r.map((x) => x.cpuMs)),
  }));
}
