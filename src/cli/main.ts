/**
 * itsm-scorecard: the framework's scorecard on .xlsx workbooks (workbook.md "Command line").
 * Exit status: 0 done (issues may have been reported), 1 the input could not be used, 2 wrong usage.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { type Day, dayFromParts, todayDay } from "../core/model/days";
import { XlsxFileHost } from "../host/file/xlsxFileHost";
import type { Language } from "../core/model/records";
import { EXTENSION_NAMES, type WorkbookExtension, workbookExtension } from "../host/file/packageType";
import { CLI_SURFACE } from "../core/text/messages";
import { ScorecardError } from "../core/text/scorecardError";
import {
  NODE_ZLIB_CODEC,
  readWorkbookBytes,
  refuseOverwrite,
  writeFileAtomically,
  writeFilesAtomically,
} from "../host/file/nodeFiles";
import {
  type CoreRun,
  addTemplate,
  compute as computeWorkbook,
  consolidateParts,
  readSettings,
  explain,
  templateFirstSheet,
  validate as validateWorkbook,
} from "../app";
import { type StageListener, readProgress, withStages } from "../app/stages";
import { sortedIssues } from "../core/render/issueGroups";
import type { Issue } from "../core/model/records";
import { type Command, USAGE, UsageError, parseArgs } from "./args";
import { helpText } from "./help";
import { explanationText } from "../core/render/explain";
import { Progress } from "./progress";
import { stageWords } from "./stageWords";
import { issuesText, summaryText, wroteTemplateText, wroteText } from "./summary";
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
        env.console.out(helpText(command.topic));
        return 0;
      case "version":
        env.console.out(version());
        return 0;
      case "compute":
        return await compute(command, env);
      case "validate":
        return await validate(command.inputs, command.json, env);
      case "explain":
        return await explainCommand(command, env);
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
    // The input could not be used: one line, in the workbook's language when it can be read.
    if (e instanceof ScorecardError) {
      env.console.err(`itsm-scorecard: ${e.text(await commandLanguage(command), CLI_SURFACE)}`);
      return 1;
    }
    throw e;
  }
}

/** The language of `command`'s workbook (its Settings Language), for an error raised before it was read. */
async function commandLanguage(command: Command): Promise<Language> {
  switch (command.name) {
    case "template":
      return command.language;
    case "compute":
    case "validate":
    case "explain": {
      return (await fileLanguage(command.name === "explain" ? command.input : command.inputs[0])) ?? "en";
    }
    case "help":
    case "version":
    case "demo":
      return "en";
  }
}

/** A workbook file's Settings Language, or null when it cannot be read (the error then says why, in English). */
async function fileLanguage(file: string): Promise<Language | null> {
  try {
    return (await readSettings(new XlsxFileHost(readWorkbookBytes(file), NODE_ZLIB_CODEC))).language;
  } catch {
    return null;
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
  if (day === null) throw new ScorecardError("badAsOf", { value: iso });
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
  if (files.length === 0) throw new ScorecardError("noWorkbookIn", { inputs: command.inputs });
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
  // A folder's progress is about many workbooks: in the first one's Language, as the result is.
  const words = stageWords(files, output, consolidating ? await fileLanguage(files[0]) : null);
  const progress = new Progress(env.console, env.now, words);
  const onStage: StageListener = (p) => {
    words.learn(p);
    progress.stage(p);
  };
  let run: CoreRun;
  let bytes: Uint8Array;
  if (consolidating) {
    onStage({ stage: "read", sheet: null, done: 0, total: files.length });
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
          onPart: (done) => onStage({ stage: "read", sheet: null, done, total: files.length }),
          onProgress: (done, total) => onStage({ stage: "write", sheet: null, done, total }),
        },
      );
    } finally {
      await workers.close();
    }
    bytes = consolidated.host.bytes;
    run = { ...consolidated.run, document: { ...consolidated.run.document, inputs: files } };
  } else {
    onStage({ stage: "open", sheet: null, done: 0, total: 0 });
    const host = new XlsxFileHost(inputBytes ?? readWorkbookBytes(files[0]), NODE_ZLIB_CODEC, readProgress(onStage));
    run = await computeWorkbook(withStages(host, onStage, "compute"), options);
    bytes = host.bytes;
    onStage({ stage: "write", sheet: null, done: 0, total: 0 });
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

/** Prints how one indicator is computed; --json writes the result document with an `explain` member. */
async function explainCommand(command: Extract<Command, { name: "explain" }>, env: Environment): Promise<number> {
  if (command.json !== null) refuseOverwrite([command.json], [command.input]);
  const host = new XlsxFileHost(readWorkbookBytes(command.input), NODE_ZLIB_CODEC);
  const asOf = command.asOf === null ? undefined : dayOf(command.asOf);
  const { run, explanation } = await explain(
    host,
    { today: todayDay(env.now()), asOf },
    {
      indicator: command.indicator,
      ...(command.office === null ? {} : { office: command.office }),
      ...(command.campaign === null ? {} : { campaign: command.campaign }),
    },
  );
  if (command.json !== null) {
    const document = { ...run.document, explain: explanation };
    writeFileAtomically(command.json, new TextEncoder().encode(JSON.stringify(document, null, 2) + "\n"));
  }
  env.console.out(explanationText(explanation, run.result.language));
  return 0;
}

/**
 * Checks each workbook (a folder: each of its workbooks, as compute would consolidate them) and
 * prints its issues grouped, or as JSON. A workbook that cannot be read is reported and the
 * others are still checked; the status is then 1.
 */
async function validate(inputs: readonly string[], json: boolean, env: Environment): Promise<number> {
  const files = listWorkbooks(inputs, null, (message) => env.console.err(`itsm-scorecard: ${message}`));
  if (files.length === 0) throw new ScorecardError("noWorkbookIn", { inputs });
  const several = files.length > 1 || files[0] !== inputs[0];
  const reports: { file: string; issues: readonly Issue[]; language: Language }[] = [];
  let failed = false;
  for (const file of files) {
    const words = stageWords([file], null);
    const progress = new Progress(env.console, env.now, words);
    const onStage: StageListener = (p) => {
      words.learn(p);
      progress.stage(p);
    };
    try {
      onStage({ stage: "open", sheet: null, done: 0, total: 0 });
      const host = new XlsxFileHost(readWorkbookBytes(file), NODE_ZLIB_CODEC, readProgress(onStage));
      const { issues, language } = await validateWorkbook(withStages(host, onStage, "check"), {
        today: todayDay(env.now()),
      });
      progress.done();
      reports.push({ file, issues: sortedIssues(issues), language });
    } catch (e) {
      progress.done();
      if (!several || !(e instanceof ScorecardError)) throw e;
      // Among many workbooks, say which one cannot be used, and check the others.
      env.console.err(`itsm-scorecard: ${e.within({ file }).text("en", CLI_SURFACE)}`);
      failed = true;
    }
  }
  if (json) {
    // The result document's "issues", spelled the same, in the order of their groups.
    const document = several
      ? { workbooks: reports.map((r) => ({ file: r.file, issues: r.issues.map((i) => ({ ...i })) })) }
      : { issues: reports[0].issues.map((i) => ({ ...i })) };
    env.console.out(JSON.stringify(document, null, 2));
  } else {
    for (const [k, report] of reports.entries()) {
      if (several) env.console.out(`${k > 0 ? "\n" : ""}${report.file}`);
      for (const line of issuesText(report.issues, report.language)) env.console.out(several ? `  ${line}` : line);
    }
  }
  return failed ? 1 : 0;
}

async function template(output: string, sample: boolean, env: Environment, language: Language = "en"): Promise<number> {
  if (fs.existsSync(output)) throw new ScorecardError("outputExists", { file: output });
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
