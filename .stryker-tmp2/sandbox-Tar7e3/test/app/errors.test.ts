/**
 * One error type: every code is worded in English and Spanish through messages.ts, follows the
 * workbook's language, names the command line's command or the pane's tab, and keeps its code
 * across the pane's worker.
 */
// @ts-nocheck

import * as fs from "node:fs";
import * as path from "node:path";
import { compute, validate } from "../../src/app";
import { inputSheetKey } from "../../src/core/parse/parseWorkbook";
import { templateSheets } from "../../src/core/template";
import { CLI_SURFACE, type ErrorCode, type ErrorParams, errorText } from "../../src/core/text/messages";
import { ScorecardError } from "../../src/core/text/scorecardError";
import { createWorkbook } from "../../src/host/file/writeWorkbook";
import { XlsxFileHost } from "../../src/host/file/xlsxFileHost";
import { handleRequest } from "../../src/taskpane/worker/handleRequest";
import type { WorkerResponse } from "../../src/taskpane/worker/protocol";
import { workerError } from "../../src/taskpane/worker/workerClient";
import { cli, tempFolder } from "../helpers/cli";
import { issuesText } from "../../src/cli/summary";
import { day } from "../helpers/records";

const today = day("2026-11-01");

/** A workbook made from the template in `language`, without its Controls sheet. */
function withoutControls(language: "en" | "es"): Uint8Array {
  return createWorkbook(
    templateSheets({ language })
      .filter((s) => inputSheetKey(s.name) !== "controls")
      .map((s) => ({ name: s.name, rows: s.rows })),
  );
}

/** One example of every code's parameters: the type makes the list complete. */
const EXAMPLES: { readonly [C in ErrorCode]: ErrorParams[C] } = {
  noControlsSheet: {},
  noControlsInAny: { workbooks: 3 },
  sheetNotOwned: { sheet: "Scorecard" },
  badAsOf: { value: "2026-02-30" },
  outputExists: { file: "out.xlsx" },
  noWorkbookIn: { inputs: ["offices"] },
  outputIsInput: { output: "a.xlsx", input: "a.xlsx" },
  outputTwice: { output: "a.xlsx" },
  fileMissing: { file: "a.xlsx" },
  notAFile: { file: "a" },
  writeFailed: { file: "a.xlsx", reason: "locked", detail: "EBUSY", written: [] },
  fileTooLarge: { bytes: 300 * 1024 * 1024, limit: 256 * 1024 * 1024 },
  emptyFile: {},
  oldXls: {},
  textFile: {},
  notZip: {},
  notWorkbook: {},
  xlsb: {},
  strict: {},
  encrypted: {},
  damaged: { damage: { kind: "zip" } },
  noSheets: {},
  noSuchSheet: { sheet: "Controls" },
  unsupportedCompression: { method: 12 },
  tooManyParts: { parts: 70000, limit: 65535 },
  partTooLarge: { part: "xl/worksheets/sheet1.xml", limit: 256 * 1024 * 1024 },
  contentsTooLarge: { limit: 1024 * 1024 * 1024 },
  tooManyRows: { sheet: "Controls", limit: 250000 },
  tooManyCells: { sheet: "Controls", limit: 4000000 },
  cellsSpreadOut: { sheet: "Controls", range: "A1:XFD1048576", limit: 4000000 },
  sheetTooBig: { rows: 1048576, columns: 16384 },
  badSheetName: { name: "a/b", problem: { kind: "forbiddenCharacter" } },
  sameNameTwice: { name: "Scorecard" },
  notWorksheet: { sheet: "Chart1", name: "Scorecard" },
  sharedFormula: { cell: "B7", sheet: "Indicator history" },
  needsASheet: {},
  tooManyPartsToWrite: { parts: 70000 },
  tooLargeToWrite: {},
  duplicateZipEntry: { name: "xl/workbook.xml" },
  excelRefused: { office: "AccessDenied" },
  sheetProtected: { sheet: "Scorecard" },
  workbookProtected: { sheet: "Scorecard" },
  workerFailed: {},
};

describe("error codes and their words", () => {
  it("every code has an English and a different Spanish text", () => {
    for (const code of Object.keys(EXAMPLES) as ErrorCode[]) {
      const text = errorText(code, EXAMPLES[code] as never, CLI_SURFACE);
      expect(text.en.length).toBeGreaterThan(10);
      expect(text.es.length).toBeGreaterThan(10);
      expect({ code, es: text.es }).not.toEqual({ code, es: text.en });
    }
  });

  it("the message of a missing Controls sheet names the command on the command line and the tab in the pane", () => {
    const error = new ScorecardError("noControlsSheet", {}, { language: "es" });
    expect(error.text("en", CLI_SURFACE)).toBe(
      "El libro no tiene la hoja «Controles». Agréguela (o cree la plantilla con «itsm-scorecard template») y vuelva a ejecutar.",
    );
    const pane = error.text("en", { kind: "pane", templateTab: "Plantilla" });
    expect(pane).toContain("pestaña Plantilla");
    expect(pane).not.toContain("itsm-scorecard");
    // Without the workbook's language, the caller's is used.
    expect(new ScorecardError("noControlsSheet", {}).text("en", { kind: "pane", templateTab: "Template" })).toContain(
      "on the Template tab",
    );
  });

  it("an error about one of several files names the file, in either language", () => {
    const error = new ScorecardError("notZip", {}).within({ file: "Quito.xlsx", language: "es" });
    expect(error.text("en", CLI_SURFACE)).toMatch(/^Quito\.xlsx: El archivo no es un libro \.xlsx/);
    expect(error.code).toBe("notZip");
  });
});

describe("the application layer words errors in the workbook's language", () => {
  it("compute and validate on a Spanish workbook without Controls fail with noControlsSheet in Spanish", async () => {
    for (const run of [
      (host: XlsxFileHost) => compute(host, { today }),
      (host: XlsxFileHost) => validate(host, { today }),
    ]) {
      const failure = await run(new XlsxFileHost(withoutControls("es"))).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(ScorecardError);
      expect((failure as ScorecardError).code).toBe("noControlsSheet");
      expect((failure as ScorecardError).context.language).toBe("es");
    }
    const english = await compute(new XlsxFileHost(withoutControls("en")), { today }).catch((e: unknown) => e);
    expect((english as ScorecardError).context.language).toBe("en");
  });

  it("the worker sends the code, parameters and language back, and the pane rebuilds the same error", async () => {
    const responses: WorkerResponse[] = [];
    await handleRequest({ id: 3, type: "file", bytes: withoutControls("es"), options: { today } }, (r) =>
      responses.push(r),
    );
    const last = responses[responses.length - 1];
    if (last.type !== "error") throw new Error(`expected an error, got ${last.type}`);
    const rebuilt = workerError(last);
    expect(rebuilt).toBeInstanceOf(ScorecardError);
    expect(rebuilt).toMatchObject({ code: "noControlsSheet", context: { language: "es" } });
    expect((rebuilt as ScorecardError).text("en", { kind: "pane", templateTab: "Plantilla" })).toMatch(
      /^El libro no tiene la hoja «Controles».*pestaña Plantilla/,
    );
  });
});

describe("the command line speaks the workbook's language", () => {
  const dir = tempFolder();
  const spanish = path.join(dir, "sin-controles.xlsx");
  const english = path.join(dir, "no-controls.xlsx");
  fs.writeFileSync(spanish, withoutControls("es"));
  fs.writeFileSync(english, withoutControls("en"));

  it("a Spanish workbook without Controls: a Spanish message naming itsm-scorecard template, exit 1", async () => {
    for (const command of ["compute", "validate"]) {
      const run = await cli([command, spanish]);
      expect(run.code).toBe(1);
      expect(run.err).toBe(
        "itsm-scorecard: El libro no tiene la hoja «Controles». Agréguela (o cree la plantilla con «itsm-scorecard template») y vuelva a ejecutar.",
      );
    }
    const run = await cli(["compute", english]);
    expect(run.err).toBe(
      'itsm-scorecard: The workbook has no "Controls" sheet. Add one (or create the template with "itsm-scorecard template") and run again.',
    );
  });

  it("a bad --as-of is refused in the workbook's language", async () => {
    const run = await cli(["compute", spanish, "--as-of", "2026-02-30"]);
    expect(run.code).toBe(1);
    expect(run.err).toBe("itsm-scorecard: --as-of 2026-02-30 no es una fecha que exista en el calendario.");
    expect((await cli(["compute", english, "--as-of", "2026-02-30"])).err).toBe(
      "itsm-scorecard: --as-of 2026-02-30 is not a real calendar date.",
    );
  });

  it("template refuses an existing file in the template's language", async () => {
    const run = await cli(["template", spanish, "--language", "es"]);
    expect(run.code).toBe(1);
    expect(run.err).toBe(
      `itsm-scorecard: ${spanish} ya existe; elija otro nombre de archivo (no se sobrescribió nada).`,
    );
  });

  it("validate words its grouped lines and counts in Spanish for a Spanish workbook", async () => {
    const file = path.join(dir, "ejemplo.xlsx");
    expect((await cli(["template", file, "--sample", "--language", "es"])).code).toBe(0);
    const run = await cli(["validate", file]);
    expect(run.code).toBe(0);
    const lines = run.out.split("\n");
    // Sheet lines ("Controles: 2 errores, 16 advertencias"), kind lines, then one line per issue.
    const sheetLines = lines.filter((l) => /^\S/.test(l)).slice(0, -1);
    expect(sheetLines.length).toBeGreaterThan(0);
    for (const line of sheetLines)
      expect(line).toMatch(/^.+: \d+ (error|errores|advertencias?)(, \d+ advertencias?)?$/);
    const issueLines = lines.filter((l) => l.startsWith("    "));
    // Each issue at its cell (every problem the sample plants has one), else at its row in Spanish ("fila 12").
    expect(issueLines.every((l) => /^ {4}([A-Z]+\d+|fila \d+|-) /.test(l))).toBe(true);
    const rowOnly = {
      severity: "warning",
      sheet: "Controles",
      row: 12,
      column: null,
      cell: null,
      value: null,
    } as const;
    expect(issuesText([{ ...rowOnly, message: "m" }], "es")).toContain("    fila 12  m");
    expect(run.out).not.toMatch(/\brow \d+|\bwarnings?\b|\berror\(s\)|whole sheet/);
    const count = (word: RegExp) => sheetLines.reduce((n, l) => n + Number(l.match(word)?.[1] ?? 0), 0);
    const errors = count(/(\d+) err(?:or|ores)\b/);
    const warnings = count(/(\d+) advertencias?/);
    expect(errors + warnings).toBe(issueLines.length);
    const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    expect(lines[lines.length - 1]).toBe(
      `${plural(errors, "error", "errores")}, ${plural(warnings, "advertencia", "advertencias")}.`,
    );
  });
});
