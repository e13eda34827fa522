/** Command-line arguments of itsm-scorecard, parsed without a library so usage errors read plainly. */

export type Command =
  | {
      readonly name: "compute";
      /** Workbooks or folders of workbooks; more than one workbook are consolidated. */
      readonly inputs: readonly string[];
      readonly output: string | null;
      readonly json: string | null;
      readonly asOf: string | null;
    }
  | { readonly name: "validate"; readonly input: string }
  | { readonly name: "template"; readonly output: string; readonly sample: boolean; readonly language: "en" | "es" }
  | { readonly name: "demo"; readonly folder: string }
  | { readonly name: "help" }
  | { readonly name: "version" };

export class UsageError extends Error {
  override readonly name = "UsageError";
}

export const USAGE = `Usage:
  itsm-scorecard compute INPUT.xlsx [-o OUTPUT.xlsx] [--json RESULT.json] [--as-of YYYY-MM-DD]
  itsm-scorecard compute INPUT.xlsx... | FOLDER -o OUTPUT.xlsx [--json RESULT.json] [--as-of YYYY-MM-DD]
      (several offices' workbooks, or every .xlsx of a folder, consolidated into one scorecard)
  itsm-scorecard validate INPUT.xlsx
  itsm-scorecard template OUTPUT.xlsx [--sample] [--language en|es]
  itsm-scorecard demo [FOLDER]
  itsm-scorecard --help | --version`;

export function parseArgs(argv: readonly string[]): Command {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") return { name: "help" };
  if (name === "--version" || name === "-v") return { name: "version" };
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  const takesValue = new Set(["-o", "--output", "--json", "--as-of", "--language"]);
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
      } else if (flag === "--sample") options.set(flag, true);
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
      allow();
      return { name, input: one("an input workbook") };
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
