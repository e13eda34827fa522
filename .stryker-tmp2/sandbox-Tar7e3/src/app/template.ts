/** Template: the input sheets (optionally with the sample data) added to a workbook, existing sheets untouched. */
// @ts-nocheck

import type { Language } from "../core/model/records";
import { templateSheets } from "../core/template";
import type { PlainSheet, WorkbookHost } from "../host/workbookHost";
import { sampleWorkbook } from "../sample/sampleWorkbook";
import { speaking } from "./language";
import { spanishSample } from "../sample/spanishTexts";

export interface TemplateRequest {
  readonly withSample: boolean;
  readonly language: Language;
}

/** The template's sheets, Instructions first; with the sample, its data laid out the same way. */
export function templateFor(request: TemplateRequest): PlainSheet[] {
  return templateSheets({
    language: request.language,
    ...(request.withSample ? { data: sampleData(request.language) } : {}),
  });
}

/** The sample's sheets, their texts in the template's language. */
function sampleData(language: Language) {
  const sheets = sampleWorkbook().sheets;
  return language === "es" ? spanishSample(sheets) : sheets;
}

/** The sheet a new workbook starts with, so that the template can be added to it: the Instructions, laid out. */
export function templateFirstSheet(language: Language): PlainSheet {
  const [instructions] = templateSheets({ language });
  return instructions;
}

/** Adds the template's missing sheets; returns the names added. */
export function addTemplate(host: WorkbookHost, request: TemplateRequest): Promise<string[]> {
  return speaking(
    () => request.language,
    () => host.addSheets(templateFor(request)),
  );
}
