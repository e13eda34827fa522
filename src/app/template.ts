/** Template: the input sheets (optionally with the sample data) added to a workbook, existing sheets untouched. */
import type { Language } from "../core/model/records";
import { localizeSheets, templateSheets } from "../core/template";
import type { PlainSheet, WorkbookHost } from "../host/workbookHost";
import { sampleWorkbook } from "../sample/sampleWorkbook";

export interface TemplateRequest {
  readonly withSample: boolean;
  readonly language: Language;
}

/** The template's sheets, Instructions first; with the sample, its data under the same input rules. */
export function templateFor(request: TemplateRequest): PlainSheet[] {
  const template = templateSheets({ language: request.language });
  if (!request.withSample) return template;
  const inputsOf = (name: string) => template.find((t) => t.name === name)?.inputs;
  return [
    template[0],
    ...localizeSheets(sampleWorkbook().sheets, request.language).map((s) => ({
      name: s.name,
      rows: s.rows,
      inputs: inputsOf(s.name),
    })),
  ];
}

/** The sheet a new workbook starts with, so that the template can be added to it: the Instructions. */
export function templateFirstSheet(language: Language): PlainSheet {
  const [instructions] = templateSheets({ language });
  return { name: instructions.name, rows: instructions.rows };
}

/** Adds the template's missing sheets; returns the names added. */
export function addTemplate(host: WorkbookHost, request: TemplateRequest): Promise<string[]> {
  return host.addSheets(templateFor(request));
}
