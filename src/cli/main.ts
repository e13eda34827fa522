/**
 * itsm-scorecard: the framework's scorecard on .xlsx workbooks (workbook.md "Command line").
 * Exit status: 0 done (issues may have been reported), 1 the input could not be used, 2 wrong usage.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { type Day, dayFromParts, todayDay } from "../core/model/days";
import { InputError } from "../core/pipeline";
import { XlsxFileHost } from "../host/file/xlsxFileHost";
import type { Language } from "../core/model/records";
import { WorkbookFileError } from "../host/file/errors";
import { EXTENSION_NAMES, type WorkbookExtension, workbookExtension } from "../host/file/packageType";
import {
  NODE_ZLIB_CODEC,
  readWorkbookBytes,
  refuseOverwrite,
  writeFileAtomically,
  writeFilesAtomically,
} from "../host/file/nodeFiles";
import {
  type CoreRun,
  SheetConflictError,
  addTemplate,
  compute as computeWorkbook,
  consolidateParts,
  templateFirstSheet,
  validate as validateWorkbook,
} from "../app";
import { type Command, USAGE, UsageError, parseArgs } from "./args";
import { Progress } from "./progress";
import { summaryText, wroteTemplateText, wroteText } from "./summary";
import { partWorkers } from "./partWorkers";
import { listWorkbooks } from "./workbookFiles";

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
        return await validate(command.input, env);
      case "template":
        return await template(command.output, command.sample, env, command.language);
      case "demo":
        return await demo(command.folder, env);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      env.console.err(`itsm-scorecard: ${e.message}\n${USAGE}`);
      return 2;
    }
    if (
      e instanceof WorkbookFileError ||
      e instanceof InputError ||
      e instanceof SheetConflictError ||
      e instanceof CommandError
    ) {
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

/** `book.xlsm` -> `book.scorecard.xlsm`: the output is the same kind of package as the input. */
function defaultOutput(input: string, kind: WorkbookExtension): string {
  const ext = path.extname(input);
  const known = Object.keys(EXTENSION_NAMES).includes(ext.toLowerCase());
  return `${known ? input.slice(0, -ext.length) : input}.scorecard${kind}`;
}

/** An -o whose extension is not the package's would give a file Excel refuses to open. */
function checkOutputKind(input: string, output: string, kind: WorkbookExtension): void {
  if (path.extname(output).toLowerCase() === kind) return;
  throw new UsageError(
    `${path.basename(input)} is ${EXTENSION_NAMES[kind]} (${kind}), and so is the workbook compute writes: ` +
      `name the output with ${kind}, for example -o ${defaultOutput(input, kind)}.`,
  );
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
  const inputBytes = consolidating ? null : readWorkbookBytes(files[0]);
  const kind = inputBytes === null ? ".xlsx" : workbookExtension(inputBytes);
  if (inputBytes !== null && command.output !== null) checkOutputKind(files[0], command.output, kind);
  const output = command.output ?? defaultOutput(files[0], kind);
  // Also through another spelling, a link or a hard link of an input (nodeFiles.isSameFile).
  refuseOverwrite(command.json === null ? [output] : [output, command.json], files);
  const asOf = command.asOf === null ? undefined : dayOf(command.asOf);
  const options = { today: todayDay(env.now()), asOf };
  const progress = new Progress(env.console, env.now);
  let run: CoreRun;
  let bytes: Uint8Array;
  if (consolidating) {
    progress.step(`Reading ${files.length} workbooks`);
    // Each workbook is read and computed into its part on a worker thread; only parts come back.
    const workers = partWorkers(files);
    let consolidated: Awaited<ReturnType<typeof consolidateParts<XlsxFileHost>>>;
    try {
      consolidated = await consolidateParts(
        files.length,
        workers,
        options,
        (sheets) => XlsxFileHost.create(sheets, NODE_ZLIB_CODEC),
        {
          onPart: (done) => progress.step(`Reading ${files.length} workbooks (${done} read)`),
          onProgress: (done) => {
            if (done === 0) progress.step(`Writing ${path.basename(output)}`);
          },
        },
      );
    } finally {
      await workers.close();
    }
    bytes = consolidated.host.bytes;
    run = { ...consolidated.run, document: { ...consolidated.run.document, inputs: files } };
  } else {
    progress.step(`Reading ${path.basename(files[0])}`);
    const host = new XlsxFileHost(inputBytes ?? readWorkbookBytes(files[0]), NODE_ZLIB_CODEC);
    run = await computeWorkbook(host, options, {
      onProgress: (done, total) => {
        if (done === 0) progress.step("Computing the indicators");
        if (done === total) progress.step(`Writing ${path.basename(output)}`);
      },
    });
    bytes = host.bytes;
  }
  const json =
    command.json === null
      ? []
      : [{ file: command.json, bytes: new TextEncoder().encode(JSON.stringify(run.document, null, 2) + "\n") }];
  writeFilesAtomically([{ file: output, bytes }, ...json]);
  progress.done();
  env.console.out(summaryText(run.result, run.organization));
  env.console.out(`\n${wroteText(run.result.language, command.json === null ? [output] : [output, command.json])}`);
  return 0;
}

async function validate(input: string, env: Environment): Promise<number> {
  const host = new XlsxFileHost(readWorkbookBytes(input), NODE_ZLIB_CODEC);
  const { issues } = await validateWorkbook(host, { today: todayDay(env.now()) });
  for (const i of issues) {
    const where = [i.sheet, i.row === null ? null : `row ${i.row}`, i.column].filter((x) => x !== null).join(", ");
    env.console.out(`${i.severity.padEnd(7)} ${where}: ${i.message}`);
  }
  const errors = issues.filter((i) => i.severity === "error").length;
  env.console.out(`${errors} error(s), ${issues.length - errors} warning(s).`);
  return 0;
}

async function template(output: string, sample: boolean, env: Environment, language: Language = "en"): Promise<number> {
  if (fs.existsSync(output))
    throw new CommandError(`${output} already exists; choose a new file name (nothing was overwritten).`);
  const host = XlsxFileHost.create([templateFirstSheet(language)], NODE_ZLIB_CODEC);
  await addTemplate(host, { withSample: sample, language });
  writeFileAtomically(output, host.bytes);
  env.console.out(wroteTemplateText(language, output, sample));
  return 0;
}

/** The main job on the bundled sample: write it, compute it, print the summary. */
async function demo(folder: string, env: Environment): Promise<number> {
  fs.mkdirSync(folder, { recursive: true });
  const input = path.join(folder, "sample.xlsx");
  const output = path.join(folder, "sample.scorecard.xlsx");
  fs.rmSync(input, { force: true });
  await template(input, true, env);
  return compute(
    { name: "compute", inputs: [input], output, json: path.join(folder, "sample.result.json"), asOf: null },
    env,
  );
}
