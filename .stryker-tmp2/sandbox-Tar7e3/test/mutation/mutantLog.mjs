// @ts-nocheck
// A Stryker reporter that appends each mutant's result to reports/mutation/mutants.jsonl the
// moment it is known. The built-in reports are written at the end of a run only; on a slow,
// shared machine a run may be stopped first, and what it found so far should not be lost.
import fs from "node:fs";
import path from "node:path";
import { PluginKind, declareClassPlugin } from "@stryker-mutator/api/plugin";

// MUTANT_LOG names another file, for a second run at the same time.
const FILE = process.env.MUTANT_LOG ?? path.join("reports", "mutation", "mutants.jsonl");

class MutantLog {
  onDryRunCompleted() {
    fs.mkdirSync(path.dirname(FILE), { recursive: true });
    fs.writeFileSync(FILE, "");
  }

  onMutantTested(result) {
    const { id, fileName, location, mutatorName, replacement, status, statusReason } = result;
    const { line: start, column } = location.start;
    const line = { id, file: path.relative(process.cwd(), fileName), line: start, column, mutatorName };
    fs.appendFileSync(FILE, `${JSON.stringify({ ...line, replacement, status, statusReason })}\n`);
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Reporter, "mutant-log", MutantLog)];
