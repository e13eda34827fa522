/**
 * Consolidation parts made on real worker threads: compiled code (bundled here with esbuild, as
 * npm run build:cli does) starts its workers from its own file, and the parts they send back
 * merge into the run consolidating all rows at once gives. It runs in a child process: jest's
 * sandbox has its own Date, which the dates the workers send back are not instances of.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { buildSync } from "esbuild";
import { consolidateScorecard } from "../../src/core/pipeline";
import { isInputSheet } from "../../src/app";
import { readWorkbook } from "../../src/host/file/readWorkbook";
import { createWorkbook } from "../../src/host/file/writeWorkbook";
import { benchSheets } from "../bench/workload";
import { day } from "../helpers/records";
import { tempFolder } from "../helpers/cli";

describe("partWorkers", () => {
  const dir = tempFolder();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("makes the parts on worker threads, and they merge into the all-at-once result", async () => {
    const bundle = path.join(dir, "consolidate.js");
    buildSync({
      stdin: {
        contents: [
          'import { isMainThread } from "node:worker_threads";',
          'import { partWorkers } from "./src/cli/partWorkers";',
          'import { consolidateInParts } from "./src/core/consolidation/consolidateInParts";',
          "if (isMainThread) {",
          "  const files = JSON.parse(process.argv[2]);",
          "  const workers = partWorkers(files, 2);",
          "  consolidateInParts(files.length, workers, { today: Number(process.argv[3]) }).then(async (run) => {",
          "    const { document, sheets, history } = run;",
          "    const running = workers.running;",
          "    process.stdout.write(JSON.stringify({ threads: workers.threads, running, document, sheets, history }));",
          "    await workers.close();",
          "  });",
          "}",
        ].join("\n"),
        resolveDir: path.join(__dirname, "../.."),
        loader: "ts",
      },
      bundle: true,
      platform: "node",
      target: "node20",
      format: "cjs",
      outfile: bundle,
      logLevel: "warning",
    });

    // Office 2's rows in two files (name order keeps them apart), so one part is made of two workbooks.
    const split = benchSheets([2]);
    const half = (k: 0 | 1) =>
      split
        .filter((s) => k === 0 || s.name !== "Settings")
        .map((s) => {
          const body = s.rows.slice(1);
          const mid = Math.floor(body.length / 2);
          return { name: s.name, rows: [s.rows[0], ...(k === 0 ? body.slice(0, mid) : body.slice(mid))] };
        });
    const contents = [benchSheets([0]), half(0), benchSheets([1]), half(1), benchSheets([3])];
    const files = contents.map((sheets, i) => {
      const file = path.join(dir, `w${i}.xlsx`);
      fs.writeFileSync(file, createWorkbook(sheets));
      return file;
    });
    const options = { today: day("2026-11-01") };

    const child = spawnSync(process.execPath, [bundle, JSON.stringify(files), String(options.today)], {
      encoding: "utf8",
      maxBuffer: 256 << 20,
    });
    expect(child.stderr).toBe("");
    const parts = JSON.parse(child.stdout) as { threads: number; running: number } & Record<
      "document" | "sheets" | "history",
      unknown
    >;
    expect(parts.threads).toBe(2);
    // The workers were stopped once the parts were made, before the merge: their heaps go with them.
    expect(parts.running).toBe(0);
    const whole = consolidateScorecard(
      files.map((f) => ({
        file: path.basename(f),
        grids: { sheets: readWorkbook(fs.readFileSync(f), { includeSheet: isInputSheet }).sheets },
      })),
      options,
    );
    expect(whole.result.offices).toHaveLength(4);
    const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
    expect(parts.document).toEqual(asJson(whole.document));
    expect(parts.sheets).toEqual(asJson(whole.sheets));
    expect(parts.history).toEqual(asJson(whole.history));
  }, 120_000);
});
