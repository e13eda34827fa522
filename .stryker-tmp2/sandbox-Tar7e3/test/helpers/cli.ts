/** Runs the command line in-process with captured output and a fixed clock. */
// @ts-nocheck

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function cli(argv: string[], now = new Date("2026-11-01T12:00:00Z")): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { console: { out: (t) => out.push(t), err: (t) => err.push(t) }, now: () => now });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

export function tempFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "itsm-scorecard-"));
}
