/**
 * npm run bench: generates a ministry's workload at scales 1, 10 and 100 as real .xlsx files
 * (written by the file host's own writer), measures every stage and prints a table, or the same
 * figures as JSON with --json. Then the Excel host computes the same workloads (scales 1, 10, 100
 * and 300) through Microsoft's Office.js client on a simulated workbook: the requests Excel
 * receives, their largest request and response bytes and the actions per Compute.
 *
 * Consolidation is measured on 100 and 1,000 generated single-office workbooks, and 10,000 with
 * --national (generated once, on every core, into the bench's temporary folder; the smaller
 * folders are hard links to the first of them). --offices DIR keeps the generated workbooks in DIR
 * for the next run (it is not removed; missing ones are generated).
 *
 *   node build/bench/main.js [--json] [--scales 1,10,100] [--excel-scales 1,10,100,300] [--reps 3] [--keep] [--national] [--offices DIR]
 *   node build/bench/main.js bare IN.xlsx OUT.xlsx     (child: read and write back, no compute)
 *   node build/bench/main.js engine IN.xlsx REPS       (child: the engine alone, timed)
 *   node build/bench/main.js generate DIR FROM TO      (child: office workbooks FROM..TO-1)
 */
// @ts-nocheck

import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { dayFromDate } from "../../src/core/model/days";
import { runScorecard } from "../../src/core/pipeline";
import { isInputSheet } from "../../src/app";
import { NODE_ZLIB_CODEC, readWorkbookBytes, writeFileAtomically } from "../../src/host/file/nodeFiles";
import { readWorkbook } from "../../src/host/file/readWorkbook";
import { createWorkbook, patchWorkbook } from "../../src/host/file/writeWorkbook";
import { type ExcelFigures, excelFigures } from "./excelFigures";
import { type ChildRun, runNodeInTurns, timed } from "./measure";
import { BENCH_AS_OF, benchSheets, dataRows, officeName, scaleSheets } from "./workload";

/** The command line being measured, built by npm run build:cli. */
const CLI = path.join(__dirname, "..", "..", "bin", "itsm-scorecard.js");
const today = dayFromDate(BENCH_AS_OF);

interface ScaleFigures {
  readonly scale: number;
  readonly rows: number;
  readonly fileBytes: number;
  readonly engineMs: number;
  /** CPU time of the engine runs (all of this process's threads, garbage collection included). */
  readonly engineCpuMs: number;
  readonly readMs: number;
  readonly writeMs: number;
  /** itsm-scorecard compute, end to end in a fresh process. */
  readonly compute: ChildRun;
  /** The same package read into cells and written back with the same code, in a fresh process. */
  readonly bare: ChildRun;
  readonly timeRatio: number;
  readonly memoryRatio: number;
}

/** The Excel host's Compute at one scale, through the real Office.js client. */
interface ExcelScale {
  readonly scale: number;
  readonly read: ExcelFigures["read"];
  readonly write: ExcelFigures["write"];
}

interface Consolidation {
  readonly workbooks: number;
  /** itsm-scorecard compute FOLDER -o all.xlsx over single-office workbooks. */
  readonly consolidate: ChildRun;
  /** itsm-scorecard compute on the one workbook holding the same offices. */
  readonly single: ChildRun;
  readonly ratio: number;
}

/** compute FOLDER -o all.xlsx over `workbooks` generated single-office workbooks. */
interface NationalRow {
  readonly workbooks: number;
  readonly folderBytes: number;
  readonly run: ChildRun;
  readonly filesPerSecond: number;
  /** Peak RSS over the number of workbooks. */
  readonly bytesPerFile: number;
  /** Peak RSS above the smallest row's, over the workbooks added: what each more file costs. */
  readonly marginalBytesPerFile: number | null;
}

interface BenchReport {
  readonly node: string;
  readonly cpus: string;
  readonly reps: number;
  readonly scales: readonly ScaleFigures[];
  readonly excel: readonly ExcelScale[];
  /** Engine ms at the largest scale over engine ms at the scale ten times smaller, when both ran. */
  readonly engineGrowth: number | null;
  readonly consolidation: Consolidation;
  readonly national: readonly NationalRow[];
  /** Load average (1 minute) when the bench started and ended: the machine may be shared. */
  readonly load: readonly [number, number];
  readonly targets: Readonly<Record<string, boolean>>;
}

interface Options {
  readonly json: boolean;
  readonly scales: readonly number[];
  readonly excelScales: readonly number[];
  readonly reps: number;
  readonly keep: boolean;
  readonly national: boolean;
  /** Where the generated office workbooks are kept across runs (else the bench's temporary folder). */
  readonly offices: string | null;
}

function parseOptions(argv: readonly string[]): Options {
  let json = false;
  let keep = false;
  let national = false;
  let offices: string | null = null;
  let scales = [1, 10, 100];
  let excelScales = [1, 10, 100, 300];
  let reps = 3;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--json") json = true;
    else if (arg === "--keep") keep = true;
    else if (arg === "--national") national = true;
    else if (arg === "--offices") offices = argv[++i] ?? null;
    else if (arg === "--scales") scales = (argv[++i] ?? "").split(",").map(Number);
    else if (arg === "--excel-scales") excelScales = (argv[++i] ?? "").split(",").map(Number);
    else if (arg === "--reps") reps = Number(argv[++i]);
    else
      throw new Error(
        `Unknown option ${arg}. Options: --json, --scales 1,10,100, --excel-scales 1,10,100,300, --reps N, --keep, --national, --offices DIR.`,
      );
  }
  const wholes = (list: number[]) => list.some((s) => !Number.isInteger(s) || s < 1);
  if (wholes(scales) || wholes(excelScales) || !Number.isInteger(reps) || reps < 1) {
    throw new Error(
      "--scales and --excel-scales take whole numbers from 1 (1,10,100) and --reps a whole number from 1.",
    );
  }
  return { json, scales, excelScales, reps, keep, national, offices };
}

/**
 * The engine timed in a fresh process holding one read's cells, as the command line does: in
 * this process, the garbage of generating and reading the workbooks would be collected during
 * its runs. It is cheap to repeat, so it runs more often than the rest: its median is not the
 * first, colder run.
 */
function engineInChild(file: string, reps: number): { ms: number; cpuMs: number } {
  const child = spawnSync(process.execPath, [__filename, "engine", file, String(reps)], { encoding: "utf8" });
  if (child.status !== 0) throw new Error(`The engine run on ${file} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout) as { ms: number; cpuMs: number };
}

/** Child process: the engine on a workbook's cells, `reps` times; prints the median wall and CPU ms. */
function engineRuns(input: string, reps: number): void {
  const grids = readWorkbook(readWorkbookBytes(input), { includeSheet: isInputSheet, codec: NODE_ZLIB_CODEC });
  const { ms, cpuMs } = timed(reps, () => runScorecard(grids, { today }));
  process.stdout.write(JSON.stringify({ ms, cpuMs }) + "\n");
}

/** Child process: the bare read and write of a workbook, with the same code the compute command uses. */
function bare(input: string, output: string): void {
  const bytes = readWorkbookBytes(input);
  const read = readWorkbook(bytes, { includeSheet: isInputSheet, codec: NODE_ZLIB_CODEC });
  if (read.sheets.length === 0) throw new Error(`${input} has no input sheets.`);
  writeFileAtomically(output, patchWorkbook(bytes, [], { codec: NODE_ZLIB_CODEC }));
}

async function measureScale(scale: number, dir: string, reps: number): Promise<ScaleFigures> {
  const file = path.join(dir, `scale-${scale}.xlsx`);
  let rows: number;
  {
    // The generated cells are dropped before measuring: only what compute holds stays in memory.
    const sheets = scaleSheets(scale);
    rows = dataRows(sheets);
    fs.writeFileSync(file, createWorkbook(sheets));
  }
  const bytes = readWorkbookBytes(file);
  const engine = engineInChild(file, reps + 2);
  const read = timed(reps, () => readWorkbook(bytes, { includeSheet: isInputSheet, codec: NODE_ZLIB_CODEC }));
  const run = runScorecard(read.result, { today });
  const write = timed(reps, () =>
    patchWorkbook(bytes, run.sheets, { replaceInputSheets: [run.history], codec: NODE_ZLIB_CODEC }),
  );

  const [compute, bareRun] = runNodeInTurns(
    [
      [CLI, "compute", file, "-o", path.join(dir, `scale-${scale}.scorecard.xlsx`)],
      [__filename, "bare", file, path.join(dir, `scale-${scale}.bare.xlsx`)],
    ],
    reps,
  );
  return {
    scale,
    rows,
    fileBytes: bytes.length,
    engineMs: engine.ms,
    engineCpuMs: engine.cpuMs,
    readMs: read.ms,
    writeMs: write.ms,
    compute,
    bare: bareRun,
    timeRatio: compute.ms / bareRun.ms,
    memoryRatio: compute.peakRss / bareRun.peakRss,
  };
}

/** Child process: the single-office workbooks of offices `from` .. `to` - 1, written into `dir`. */
function generate(dir: string, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const file = path.join(dir, `${officeName(i)}.xlsx`);
    if (!fs.existsSync(file)) fs.writeFileSync(file, createWorkbook(benchSheets([i])));
  }
}

/**
 * A folder of the first `count` single-office workbooks: generated once into `all` (on every core,
 * in child processes), then linked, so the 100, 1,000 and 10,000 folders share their files.
 */
async function officesFolder(dir: string, count: number, kept: string | null): Promise<string> {
  const all = kept ?? path.join(dir, "offices");
  fs.mkdirSync(all, { recursive: true });
  let have = 0;
  while (have < count && fs.existsSync(path.join(all, `${officeName(have)}.xlsx`))) have++;
  if (have < count) {
    const cores = Math.max(1, os.availableParallelism());
    const step = Math.ceil((count - have) / cores);
    const children = Array.from({ length: cores }, async (_, k) => {
      const from = have + k * step;
      const to = Math.min(count, from + step);
      if (from >= to) return;
      await new Promise<void>((resolve, reject) => {
        const child = spawn(process.execPath, [__filename, "generate", all, String(from), String(to)], {
          stdio: ["ignore", "ignore", "inherit"],
        });
        child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`generate exited with ${code}`))));
      });
    });
    await Promise.all(children);
  }
  return linkFirst(all, dir, count);
}

function linkFirst(all: string, dir: string, count: number): string {
  const folder = path.join(dir, `offices-${count}`);
  if (fs.existsSync(folder)) return folder;
  fs.mkdirSync(folder);
  for (let i = 0; i < count; i++) {
    const name = `${officeName(i)}.xlsx`;
    fs.linkSync(path.join(all, name), path.join(folder, name));
  }
  return folder;
}

function folderBytes(folder: string): number {
  return fs.readdirSync(folder).reduce((n, f) => n + fs.statSync(path.join(folder, f)).size, 0);
}

/** compute FOLDER -o all.xlsx at each count of workbooks (once each past 100: a run takes seconds). */
async function measureNational(
  dir: string,
  counts: readonly number[],
  reps: number,
  kept: string | null,
): Promise<NationalRow[]> {
  const rows: NationalRow[] = [];
  for (const count of counts) {
    const folder = await officesFolder(dir, count, kept);
    const out = path.join(dir, `national-${count}.xlsx`);
    const [run] = runNodeInTurns([[CLI, "compute", folder, "-o", out]], count <= 100 ? reps : 1);
    fs.rmSync(out, { force: true });
    const smallest = rows[0];
    rows.push({
      workbooks: count,
      folderBytes: folderBytes(folder),
      run,
      filesPerSecond: count / (run.ms / 1000),
      bytesPerFile: run.peakRss / count,
      marginalBytesPerFile:
        smallest === undefined ? null : (run.peakRss - smallest.run.peakRss) / (count - smallest.workbooks),
    });
  }
  return rows;
}

/** One workbook per office in a folder, against the one workbook of all of them. */
async function measureConsolidation(
  offices: number,
  dir: string,
  reps: number,
  whole: string,
  kept: string | null,
): Promise<Consolidation> {
  const folder = await officesFolder(dir, offices, kept);
  const [consolidate, single] = runNodeInTurns(
    [
      [CLI, "compute", folder, "-o", path.join(dir, `offices-${offices}.scorecard.xlsx`)],
      [CLI, "compute", whole, "-o", path.join(dir, `offices-${offices}.single.xlsx`)],
    ],
    reps,
  );
  return { workbooks: offices, consolidate, single, ratio: consolidate.ms / single.ms };
}

const MB = 1024 * 1024;
const fixed = (n: number, digits = 0) => n.toFixed(digits);

function table(report: BenchReport): string {
  const head = [
    "scale",
    "rows",
    "file MB",
    "engine ms",
    "engine CPU ms",
    "read ms",
    "write ms",
    "total ms",
    "total CPU ms",
    "peak RSS MB",
    "bare ms",
    "bare CPU ms",
    "bare RSS MB",
    "time x",
    "memory x",
  ];
  const lines = report.scales.map((s) => [
    String(s.scale),
    String(s.rows),
    fixed(s.fileBytes / MB, 1),
    fixed(s.engineMs),
    fixed(s.engineCpuMs),
    fixed(s.readMs),
    fixed(s.writeMs),
    fixed(s.compute.ms),
    fixed(s.compute.cpuMs),
    fixed(s.compute.peakRss / MB),
    fixed(s.bare.ms),
    fixed(s.bare.cpuMs),
    fixed(s.bare.peakRss / MB),
    fixed(s.timeRatio, 2),
    fixed(s.memoryRatio, 2),
  ]);
  const excelHead = [
    "scale",
    "requests r/w",
    "largest request B",
    "largest response B",
    "actions per Compute",
    "write actions",
  ];
  const excelLines = report.excel.map((e) => [
    String(e.scale),
    `${e.read.requests}/${e.write.requests}`,
    String(Math.max(e.read.largestRequest, e.write.largestRequest)),
    String(Math.max(e.read.largestResponse, e.write.largestResponse)),
    String(e.read.actions + e.write.actions),
    String(e.write.actions),
  ]);
  const markdown = (columns: string[], body: string[][]) => {
    const widths = columns.map((h, i) => Math.max(h.length, ...body.map((l) => l[i].length)));
    const row = (cells: string[]) =>
      "| " + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ") + " |";
    return [
      row(columns),
      "|" + widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : "-".repeat(w + 1) + ":")).join("|") + "|",
      ...body.map(row),
    ];
  };
  const c = report.consolidation;
  const mark = (ok: boolean) => (ok ? "met" : "MISSED");
  return [
    `Node ${report.node}, ${report.cpus}; medians of ${report.reps} runs.`,
    "",
    ...markdown(head, lines),
    "",
    "Excel host, through the Office.js client on a simulated workbook (bytes as the client serializes them):",
    "",
    ...markdown(excelHead, excelLines),
    "",
    report.engineGrowth === null
      ? "Engine growth: n/a (needs a scale and the scale ten times smaller)"
      : `Engine growth, scale ${report.scales.at(-1)?.scale} / scale ${(report.scales.at(-1)?.scale ?? 0) / 10}: ${fixed(report.engineGrowth, 2)}x`,
    `Consolidation: ${c.workbooks} single-office workbooks ${fixed(c.consolidate.ms)} ms, CPU ${fixed(c.consolidate.cpuMs)} ms (peak ${fixed(c.consolidate.peakRss / MB)} MB) vs one workbook ${fixed(c.single.ms)} ms: ${fixed(c.ratio, 2)}x`,
    "",
    nationalTable(report.national),
    "",
    `Load average (1 min) at start and end: ${fixed(report.load[0], 1)} and ${fixed(report.load[1], 1)} on ${os.cpus().length} cores.`,
    "",
    "Targets:",
    ...Object.entries(report.targets).map(([name, ok]) => `  ${mark(ok).padEnd(6)} ${name}`),
  ].join("\n");
}

function nationalTable(rows: readonly NationalRow[]): string {
  const head = [
    "workbooks",
    "folder MB",
    "wall ms",
    "CPU ms",
    "peak RSS MB",
    "files/s",
    "KB per file",
    "marginal KB per file",
  ];
  const lines = rows.map((r) => [
    String(r.workbooks),
    fixed(r.folderBytes / MB, 1),
    fixed(r.run.ms),
    fixed(r.run.cpuMs),
    fixed(r.run.peakRss / MB),
    fixed(r.filesPerSecond, 1),
    fixed(r.bytesPerFile / 1024),
    r.marginalBytesPerFile === null ? "-" : fixed(r.marginalBytesPerFile / 1024, 1),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells: string[]) => "| " + cells.map((c, i) => c.padStart(widths[i])).join(" | ") + " |";
  return [
    "Consolidation (compute FOLDER -o all.xlsx, single-office workbooks):",
    "",
    row(head),
    "|" + widths.map((w) => "-".repeat(w + 1) + ":").join("|") + "|",
    ...lines.map(row),
  ].join("\n");
}

async function bench(options: Options): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "itsm-bench-"));
  const log = (text: string) => {
    if (!options.json) process.stderr.write(text + "\n");
  };
  const load0 = os.loadavg()[0];
  try {
    const scales: ScaleFigures[] = [];
    for (const scale of options.scales) {
      log(`Scale ${scale}…`);
      scales.push(await measureScale(scale, dir, options.reps));
    }
    const largest = scales[scales.length - 1];
    const tenth = scales.find((s) => s.scale * 10 === largest.scale);
    log(`Consolidating ${largest.scale} single-office workbooks…`);
    const consolidation = await measureConsolidation(
      largest.scale,
      dir,
      options.reps,
      path.join(dir, `scale-${largest.scale}.xlsx`),
      options.offices,
    );
    const counts = options.national ? [100, 1000, 10000] : [100, 1000];
    log(`Consolidating ${counts.join(", ")} generated single-office workbooks…`);
    const national = await measureNational(dir, counts, options.reps, options.offices);
    const at = (n: number) => national.find((r) => r.workbooks === n);
    const thousand = at(1000);
    const tenThousand = at(10000);
    const scale100 = scales.find((s) => s.scale === 100);
    const engineGrowth = tenth === undefined ? null : largest.engineMs / tenth.engineMs;
    const excel: ExcelScale[] = [];
    for (const scale of options.excelScales) {
      log(`Excel host, scale ${scale}…`);
      excel.push({ scale, ...(await excelFigures(scaleSheets(scale), today)) });
    }
    const maxPayload = Math.max(
      ...excel.flatMap((e) => [
        e.read.largestRequest,
        e.read.largestResponse,
        e.write.largestRequest,
        e.write.largestResponse,
      ]),
    );
    const at100 = excel.find((e) => e.scale === 100);
    const report: BenchReport = {
      node: process.version,
      cpus: `${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? "unknown"})`,
      reps: options.reps,
      scales,
      excel,
      engineGrowth,
      consolidation,
      national,
      load: [load0, os.loadavg()[0]],
      targets: {
        [`engine at scale ${largest.scale} <= 500 ms`]: largest.engineMs <= 500,
        "engine growth <= 12x for 10x rows": engineGrowth === null || engineGrowth <= 12,
        "compute <= 1.5x bare read+write time": scales.every((s) => s.timeRatio <= 1.5),
        "compute peak memory <= 2x bare": scales.every((s) => s.memoryRatio <= 2),
        "Excel: no request or response over 4 MB": maxPayload <= 4_000_000,
        "Excel: at most 2,500 actions per Compute at scale 100":
          at100 === undefined || at100.read.actions + at100.write.actions <= 2_500,
        "consolidation <= 2x one workbook": consolidation.ratio <= 2,
        "1,000 workbooks consolidated in <= 10 s": thousand !== undefined && thousand.run.ms <= 10_000,
        "1,000 workbooks consolidated in <= 600 MB": thousand !== undefined && thousand.run.peakRss <= 600 * MB,
        ...(tenThousand === undefined || thousand === undefined
          ? {}
          : { "10,000 workbooks: peak <= 1.5x that of 1,000": tenThousand.run.peakRss <= 1.5 * thousand.run.peakRss }),
        ...(scale100 === undefined
          ? {}
          : {
              "one workbook at scale 100 in <= 1.5 s": scale100.compute.ms <= 1500,
              "one workbook at scale 100 in <= 400 MB": scale100.compute.peakRss <= 400 * MB,
            }),
      },
    };
    process.stdout.write((options.json ? JSON.stringify(report, null, 2) : table(report)) + "\n");
  } finally {
    if (options.keep) log(`Workbooks kept in ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(argv: readonly string[]): Promise<void> {
  if (argv[0] === "bare") {
    bare(argv[1], argv[2]);
    return;
  }
  if (argv[0] === "generate") {
    generate(argv[1], Number(argv[2]), Number(argv[3]));
    return;
  }
  if (argv[0] === "engine") {
    engineRuns(argv[1], Number(argv[2]));
    return;
  }
  await bench(parseOptions(argv));
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
