/**
 * itsm-scorecard: the framework's scorecard on .xlsx workbooks (workbook.md "Command line").
 * Exit status: 0 done (issues may have been reported), 1 the input could not be used, 2 wrong usage.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { type Day, dayFromParts, todayDay } from "../core/model/days";
import { type ConsolidatedRun, consolidateScorecard } from "../core/consolidate";
import { InputError, type ScorecardRun, runScorecard } from "../core/pipeline";
import { computeInHost, isInputSheet } from "../host/computeInHost";
import { XlsxFileHost } from "../host/file/xlsxFileHost";
import type { Language } from "../core/model/records";
import { localizeSheets, templateSheets } from "../core/template";
import { WorkbookFileError } from "../host/file/errors";
import {
  NODE_ZLIB_CODEC,
  readWorkbookBytes,
  refuseOverwrite,
  writeFileAtomically,
  writeFilesAtomically,
} from "../host/file/nodeFiles";
import { readWorkbook } from "../host/file/readWorkbook";
import { createWorkbook, patchWorkbook } from "../host/file/writeWorkbook";
import { sampleWorkbook } from "../sample/sampleWorkbook";
import { type Command, USAGE, UsageError, parseArgs } from "./args";
import { Progress } from "./progress";
import { summaryText, wroteTemplateText, wroteText } from "./summary";
import { listWorkbooks, readWorkbooks } from "./workbookFiles";

export interface Console {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Whether stderr is a terminal, so progress can redraw one line. */
  readonly errIsTty?: boolean;
}

export interface Environment {
  readonly console: Console;
  readonly now: () => Date;
}

function nodeEnvironment(): Environment {
  // A reader that closes the pipe early (`itsm-scorecard validate … | head`) has read all it wants:
  // the rest of the output is dropped, as Unix tools do, and the command still finishes its work.
  let stdoutClosed = false;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    stdoutClosed = true;
  });
  return {
    console: {
      out: (t) => {
        if (!stdoutClosed) process.stdout.write(t + "\n");
      },
      err: (t) => process.stderr.write(t + "\n"),
      errIsTty: process.stderr.isTTY === true,
    },
    now: () => new Date(),
  };
}

/** Stops the command with exit status 1 and a one-line message. */
class CommandError extends Error {
  override readonly name = "CommandError";
}

export async function main(argv: readonly string[], env: Environment = nodeEnvironment()): Promise<number> {
  let command: Command;
  try {
    command = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      env.console.err(`itsm-scorecard: ${e.message}\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  try {
    switch (command.name) {
      case "help":
        env.console.out(USAGE);
        return 0;
      case "version":
        env.console.out(version());
        return 0;
      case "compute":
        return await compute(command, env);
      case "validate":
        return validate(command.input, env);
      case "template":
        return template(command.output, command.sample, env, command.language);
      case "demo":
        return await demo(command.folder, env);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      env.console.err(`itsm-scorecard: ${e.message}\n${USAGE}`);
      return 2;
    }
    if (e instanceof WorkbookFileError || e instanceof InputError || e instanceof CommandError) {
      env.console.err(`itsm-scorecard: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

function version(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as {
    version: string;
  };
  return pkg.version;
}

function dayOf(iso: string): Day {
  const [y, m, d] = iso.split("-").map(Number);
  const day = dayFromParts(y, m, d);
  if (day === null) throw new CommandError(`--as-of ${iso} is not a real calendar date.`);
  return day;
}

function defaultOutput(input: string): string {
  const ext = path.extname(input);
  return `${ext.toLowerCase() === ".xlsx" ? input.slice(0, -ext.length) : input}.scorecard.xlsx`;
}

async function compute(command: Extract<Command, { name: "compute" }>, env: Environment): Promise<number> {
  const files = listWorkbooks(command.inputs, command.output, (message) =>
    env.console.err(`itsm-scorecard: ${message}`),
  );
  if (files.length === 0) throw new CommandError(`There is no .xlsx workbook in ${command.inputs.join(", ")}.`);
  const consolidating = files.length > 1 || files[0] !== command.inputs[0];
  if (consolidating && command.output === null) {
    throw new UsageError(
      `Consolidating the workbooks of a folder writes a new workbook: name it with -o, for example -o all.xlsx.`,
    );
  }
  const output = command.output ?? defaultOutput(files[0]);
  // Also through another spelling, a link or a hard link of an input (nodeFiles.isSameFile).
  refuseOverwrite(command.json === null ? [output] : [output, command.json], files);
  const asOf = command.asOf === null ? undefined : dayOf(command.asOf);
  const options = { today: todayDay(env.now()), asOf };
  const progress = new Progress(env.console, env.now);
  let run: ScorecardRun;
  let bytes: Uint8Array;
  if (consolidating) {
    progress.step(`Reading ${files.length} workbooks`);
    const workbooks = await readWorkbooks(files, (done) =>
      progress.step(`Reading ${files.length} workbooks (${done} read)`),
    );
    progress.step("Computing the indicators");
    const consolidated = consolidateScorecard(workbooks, options);
    progress.step(`Writing ${path.basename(output)}`);
    bytes = consolidatedWorkbook(consolidated);
    run = { ...consolidated, document: { ...consolidated.document, inputs: files } };
  } else {
    progress.step(`Reading ${path.basename(files[0])}`);
    const host = new XlsxFileHost(readWorkbookBytes(files[0]), NODE_ZLIB_CODEC);
    run = await computeInHost(host, options, (done, total) => {
      if (done === 0) progress.step("Computing the indicators");
      if (done === total) progress.step(`Writing ${path.basename(output)}`);
    });
    bytes = host.bytes;
  }
  const json =
    command.json === null
      ? []
      : [{ file: command.json, bytes: new TextEncoder().encode(JSON.stringify(run.document, null, 2) + "\n") }];
  writeFilesAtomically([{ file: output, bytes }, ...json]);
  progress.done();
  env.console.out(summaryText(run.result, run.records.settings.organization));
  env.console.out(`\n${wroteText(run.result.language, command.json === null ? [output] : [output, command.json])}`);
  return 0;
}

/**
 * The consolidated scorecard as a new workbook: the Settings used, the Indicator history of every
 * office and the result sheets. The offices' own sheets stay in their files.
 */
function consolidatedWorkbook(run: ConsolidatedRun): Uint8Array {
  const settings = run.settingsSheet;
  const inputs =
    settings === null
      ? []
      : [{ name: settings.name, rows: settings.rows, firstRow: settings.firstRow, firstColumn: settings.firstColumn }];
  const base = createWorkbook([...inputs, { name: run.history.name, rows: run.history.rows }]);
  return patchWorkbook(base, run.sheets, { codec: NODE_ZLIB_CODEC });
}

function validate(input: string, env: Environment): number {
  const workbook = readWorkbook(readWorkbookBytes(input), { includeSheet: isInputSheet, codec: NODE_ZLIB_CODEC });
  const { result } = runScorecard(workbook, { today: todayDay(env.now()) });
  for (const i of result.issues) {
    const where = [i.sheet, i.row === null ? null : `row ${i.row}`, i.column].filter((x) => x !== null).join(", ");
    env.console.out(`${i.severity.padEnd(7)} ${where}: ${i.message}`);
  }
  const errors = result.issues.filter((i) => i.severity === "error").length;
  env.console.out(`${errors} error(s), ${result.issues.length - errors} warning(s).`);
  return 0;
}

function template(output: string, sample: boolean, env: Environment, language: Language = "en"): number {
  if (fs.existsSync(output))
    throw new CommandError(`${output} already exists; choose a new file name (nothing was overwritten).`);
  const empty = templateSheets({ language });
  const sheets = sample
    ? [empty[0], ...localizeSheets(sampleWorkbook().sheets, language)]
    : empty.map((s) => ({ name: s.name, rows: s.rows }));
  writeFileAtomically(output, createWorkbook(sheets));
  env.console.out(wroteTemplateText(language, output, sample));
  return 0;
}

/** The main job on the bundled sample: write it, compute it, print the summary. */
async function demo(folder: string, env: Environment): Promise<number> {
  fs.mkdirSync(folder, { recursive: true });
  const input = path.join(folder, "sample.xlsx");
  const output = path.join(folder, "sample.scorecard.xlsx");
  fs.rmSync(input, { force: true });
  template(input, true, env);
  return compute(
    { name: "compute", inputs: [input], output, json: path.join(folder, "sample.result.json"), asOf: null },
    env,
  );
}
