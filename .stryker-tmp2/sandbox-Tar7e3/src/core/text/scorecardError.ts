/**
 * The one error type of the product: a code and its parameters. Callers match on `code`, never
 * on a class name or on words; the words come from messages.ts (errorText), in the language of
 * the workbook when it is known, else the caller's (the pane's language, English on the command line).
 */
// @ts-nocheck

import type { Language } from "../model/records";
import { CLI_SURFACE, type ErrorCode, type ErrorParams, type Surface, errorText, inFile, say } from "./messages";

export interface ErrorContext {
  /** The workbook's Language setting, once the workbook could be read. */
  readonly language?: Language;
  /** Which of several files the error is about. */
  readonly file?: string;
}

export class ScorecardError<C extends ErrorCode = ErrorCode> extends Error {
  override readonly name = "ScorecardError";

  constructor(
    readonly code: C,
    readonly params: ErrorParams[C],
    readonly context: ErrorContext = {},
  ) {
    super("");
    // English, as the command line words it: what logs and unexpected places show.
    this.message = this.text("en", CLI_SURFACE);
  }

  /** The message for a person, in `language` unless the workbook's own is known. */
  text(fallback: Language, surface: Surface): string {
    const text = errorText(this.code, this.params, surface);
    return say(
      this.context.file === undefined ? text : inFile(this.context.file, text),
      this.context.language ?? fallback,
    );
  }

  /** The same error with more context (a context already set is kept). */
  within(context: ErrorContext): ScorecardError<C> {
    return new ScorecardError(this.code, this.params, { ...context, ...this.context });
  }

  /** Whether this is the error of `code` (narrows params). */
  is<K extends ErrorCode>(code: K): this is ScorecardError<K> {
    return (this.code as ErrorCode) === code;
  }
}

/** Whether `e` is a ScorecardError, optionally of one code. */
export function isScorecardError(e: unknown): e is ScorecardError {
  return e instanceof ScorecardError;
}
