/**
 * Excel's refusals as the product's one error type: an Office.js error (OfficeExtension.Error,
 * named "RichApi.Error", with a code) becomes ScorecardError "excelRefused" with its code, worded
 * in plain English and Spanish by core/text/messages.ts. The pane never shows Excel's raw message.
 */
// @ts-nocheck

import { ScorecardError } from "../../core/text/scorecardError";

/** Office.js's code of a thrown error, if it is one of Office's (OfficeExtension.Error has `code`). */
export function officeErrorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && code !== "" ? code : null;
}

/** Office.js errors as ScorecardError "excelRefused"; anything else passes through unchanged. */
export function plainExcelError(error: unknown): unknown {
  if (error instanceof ScorecardError) return error;
  const code = officeErrorCode(error);
  // Not instanceof Error: the client may come from another realm (an iframe, or jsdom in the tests).
  if (code === null || (error as { name?: unknown }).name !== "RichApi.Error") return error;
  return new ScorecardError("excelRefused", { office: code });
}
