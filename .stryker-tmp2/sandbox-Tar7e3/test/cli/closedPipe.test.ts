/**
 * `itsm-scorecard validate big.xlsx | head`: the reader closes the pipe after a few lines. The
 * command must finish as it would have, with no "write EPIPE" crash on stderr. Run as a real
 * process (the in-process tests capture output in arrays and never meet a closed pipe).
 */
// @ts-nocheck

import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { buildSync } from "esbuild";
import { createWorkbook } from "../../src/host/file/writeWorkbook";
import { cli, tempFolder } from "../helpers/cli";

const ROWS = 5000;

function runUntilFirstOutput(
  script: string,
  args: string[],
): Promise<{ code: number | null; err: string; firstLine: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    let firstLine = "";
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.stdout.once("data", (chunk: Buffer) => {
      firstLine = chunk.toString().split("\n")[0];
      child.stdout.destroy();
    });
    child.on("close", (code) => resolve({ code, err, firstLine }));
  });
}

describe("the command line with its output pipe closed early", () => {
  const dir = tempFolder();
  const input = path.join(dir, "many-problems.xlsx");
  const script = path.join(dir, "bin", "itsm-scorecard.js");

  beforeAll(() => {
    // The command line as npm run build makes it: bin/ requiring build/cli/main.js.
    buildSync({
      entryPoints: [path.resolve(__dirname, "../../src/cli/main.ts")],
      bundle: true,
      platform: "node",
      target: "node20",
      outfile: path.join(dir, "build", "cli", "main.js"),
      logLevel: "silent",
    });
    fs.mkdirSync(path.dirname(script));
    fs.copyFileSync(path.resolve(__dirname, "../../bin/itsm-scorecard.js"), script);
    // Every row's clause maps to no process: one issue line per row, far more than a pipe buffer holds.
    const rows = [
      ["Control ID", "Office", "Clause", "Status"],
      ...Array.from({ length: ROWS }, (_, i) => [`C-${i + 1}`, "Quito", "99", "Compliant"]),
    ];
    fs.writeFileSync(input, createWorkbook([{ name: "Controls", rows }]));
  });

  it("stops writing quietly and exits as it would have", async () => {
    const expected = await cli(["validate", input]);
    expect(expected.out.split("\n").length).toBeGreaterThan(ROWS);

    const run = await runUntilFirstOutput(script, ["validate", input]);
    expect(run.firstLine).toBe(expected.out.split("\n")[0]);
    expect(run.err).not.toMatch(/EPIPE|Error|at /);
    expect(run.code).toBe(expected.code);
  }, 60_000);
});
