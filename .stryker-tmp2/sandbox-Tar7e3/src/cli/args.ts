/** Command-line arguments of itsm-scorecard, parsed without a library so usage errors read plainly. */
// @ts-nocheck

import type { HelpTopic } from "./help";

export { USAGE } from "./help";

export type Command =
  | {
      readonly name: "compute";
      /** Workbooks or folders of workbooks; more than one workbook are consolidated. */
      readonly inputs: readonly string[];
      readonly output: string | null;
      readonly json: string | null;
      readonly asOf: string | null;
    }
  | {
      readonly name: "validate";
      /** Workbooks or folders of workbooks, each checked on its own. */
      readonly inputs: readonly string[];
      /** Print the issues as JSON instead of grouped text. */
      readonly json: boolean;
    }
  | { readonly name: "template"; readonly output: string; readonly sample: boolean; readonly language: "en" | "es" }
  | { readonly name: "demo"; readonly folder: string }
  /** The general help, or one command's. */
  | { readonly name: "help"; readonly topic: HelpTopic | null }
  | { readonly name: "version" };

export class UsageError extends Error {
  override readonly name = "UsageError";
}

const TOPICS: readonly HelpTopic[] = ["compute", "validate", "template", "demo"];

function topicOf(command: string | undefined): HelpTopic | null {
  if (command === undefined) return null;
  const topic = TOPICS.find((t) => t === command);
  if (topic === undefined) throw new UsageError(`Unknown command "${command}".`);
  return topic;
}

export function parseArgs(argv: readonly string[]): Command {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h") return { name: "help", topic: null };
  if (name === "--version" || name === "-v") return { name: "version" };
  if (name === "help") return { name: "help", topic: topicOf(rest[0]) };
  // `COMMAND --help` anywhere among its arguments: that command's help, whatever else is there.
  if (rest.some((a) => a === "--help" || a === "-h")) return { name: "help", topic: topicOf(name) };
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  // validate's --json is a switch (the JSON goes to stdout); compute's names the file to write.
  const takesValue = new Set(["-o", "--output", "--as-of", "--language", ...(name === "validate" ? [] : ["--json"])]);
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg.startsWith("-") && arg !== "-") {
      const [flag, inline] = arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
      if (takesValue.has(flag)) {
        const value = inline ?? rest[++i];
        if (value === undefined || value === "") throw new UsageError(`${flag} needs a value.`);
        options.set(flag === "--output" ? "-o" : flag, value);
      } else if (flag === "--sample" || flag === "--json") options.set(flag, true);
      else throw new UsageError(`Unknown option ${flag}.`);
    } else positional.push(arg);
  }
  const allow = (...flags: string[]) => {
    for (const flag of options.keys())
      if (!flags.includes(flag)) throw new UsageError(`${flag} does not apply to "${name}".`);
  };
  const one = (what: string): string => {
    if (positional.length === 0) throw new UsageError(`"${name}" needs ${what}.`);
    if (positional.length > 1) throw new UsageError(`"${name}" takes one ${what}, not ${positional.length}.`);
    return positional[0];
  };
  const text = (flag: string): string | null => {
    const v = options.get(flag);
    return typeof v === "string" ? v : null;
  };
  switch (name) {
    case "compute": {
      allow("-o", "--json", "--as-of");
      const asOf = text("--as-of");
      if (asOf !== null && !/^\d{4}-\d{2}-\d{2}$/.test(asOf))
        throw new UsageError(`--as-of must be a date written YYYY-MM-DD, not "${asOf}".`);
      if (positional.length === 0) throw new UsageError(`"compute" needs an input workbook or folder.`);
      const output = text("-o");
      if (positional.length > 1 && output === null) {
        throw new UsageError(
          `"compute" with ${positional.length} workbooks consolidates them into a new workbook: name it with -o.`,
        );
      }
      return { name, inputs: positional, output, json: text("--json"), asOf };
    }
    case "validate":
      allow("--json");
      if (positional.length === 0) throw new UsageError(`"validate" needs an input workbook or folder.`);
      return { name, inputs: positional, json: options.has("--json") };
    case "template": {
      allow("--sample", "--language");
      const language = text("--language") ?? "en";
      if (language !== "en" && language !== "es")
        throw new UsageError(`--language must be en or es, not "${language}".`);
      return { name, output: one("an output file name"), sample: options.has("--sample"), language };
    }
    case "demo":
      allow();
      if (positional.length > 1) throw new UsageError(`"demo" takes at most one folder.`);
      return { name, folder: positional[0] ?? "demo" };
    default:
      throw new UsageError(`Unknown command "${name}".`);
  }
}
