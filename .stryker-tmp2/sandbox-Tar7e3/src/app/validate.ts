/** Validate: every problem of the input, as compute finds it, without writing anything. */
// @ts-nocheck

import type { Issue, Language } from "../core/model/records";
import type { RunOptions } from "../core/pipeline";
import type { WorkbookHost } from "../host/workbookHost";
import { speaking, workbookLanguage } from "./language";
import { type CoreRunner, isInputSheet, runHere } from "./run";

export interface Validation {
  readonly issues: readonly Issue[];
  /** The workbook's Language setting, the language of the issues' messages. */
  readonly language: Language;
}

export async function validate(
  host: WorkbookHost,
  options: RunOptions,
  runCore: CoreRunner = runHere,
): Promise<Validation> {
  const input = await host.readInputs(isInputSheet);
  const { result } = await speaking(
    () => workbookLanguage(input),
    () => runCore(input, options),
  );
  return { issues: result.issues, language: result.language };
}
