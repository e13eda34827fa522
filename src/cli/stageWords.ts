/**
 * The command line's words for the stages of a run (progress on stderr), in the workbook's
 * language. Progress starts before the Settings sheet is read, so the language is that of the
 * workbook's sheet names as they come in ("Controles" is Spanish), and English until one is known.
 */
import * as path from "node:path";
import type { Language } from "../core/model/records";
import { SHEET_NAMES, normalizeKey } from "../core/parse/vocabulary";
import type { StageProgress } from "../app/stages";
import type { StageWords } from "./progress";

const nameLanguage: ReadonlyMap<string, Language> = new Map(
  Object.values(SHEET_NAMES).flatMap((names) =>
    // The English canonical name first; the other names are Spanish.
    names.map((name, i) => [normalizeKey(name), i === 0 ? "en" : "es"] as const),
  ),
);

/** The language an input sheet's name is in, or null for a sheet that is not an input sheet. */
export function sheetNameLanguage(name: string): Language | null {
  return nameLanguage.get(normalizeKey(name)) ?? null;
}

interface Words {
  readonly opening: (file: string) => string;
  readonly reading: (what: string) => string;
  readonly readingWorkbooks: (count: number) => string;
  readonly check: string;
  readonly compute: string;
  readonly writing: string;
}

const WORDS: Readonly<Record<Language, Words>> = {
  en: {
    opening: (file) => `Opening ${file}`,
    reading: (what) => `Reading ${what}`,
    readingWorkbooks: (count) => `Reading ${count} workbooks`,
    check: "Checking the input",
    compute: "Computing the indicators",
    writing: "Writing",
  },
  es: {
    opening: (file) => `Abriendo ${file}`,
    reading: (what) => `Leyendo ${what}`,
    readingWorkbooks: (count) => `Leyendo ${count} libros`,
    check: "Revisando los datos",
    compute: "Calculando los indicadores",
    writing: "Escribiendo",
  },
};

/** What a stage of a run is doing, in `language`'s words; sheet and file names as they are. */
export function stageText(
  p: StageProgress,
  language: Language,
  files: readonly string[],
  output: string | null,
): string {
  const W = WORDS[language];
  switch (p.stage) {
    case "open":
      return W.opening(path.basename(files[0]));
    case "read":
      return p.sheet !== null
        ? W.reading(p.sheet)
        : files.length > 1
          ? W.readingWorkbooks(files.length)
          : W.reading(path.basename(files[0]));
    case "check":
      return W.check;
    case "compute":
      return W.compute;
    case "write":
      return output === null ? W.writing : `${W.writing} ${path.basename(output)}`;
  }
}

/**
 * A run's stage words: English, or `known`, until `learn` sees an input sheet read; then the
 * language of its name. Lines are worded as they are printed, so held ones follow it too.
 */
export function stageWords(
  files: readonly string[],
  output: string | null,
  known: Language | null = null,
): StageWords & { learn(p: StageProgress): void } {
  let language = known;
  return {
    learn(p) {
      if (language === null && p.stage === "read" && p.sheet !== null) language = sheetNameLanguage(p.sheet);
    },
    label: (p) => stageText(p, language ?? "en", files, output),
  };
}
