/**
 * The Instructions sheet of a new workbook, derived from the input sheet declarations: a few
 * lines on how to fill the workbook, then per sheet what each column holds, whether it is
 * required, the words it accepts in English and in Spanish, and an example. The examples live
 * here, on a sheet the parser never reads, so no example can be counted as data.
 */
// @ts-nocheck

import { type Edition, builtInCatalog } from "./model/editions";
import type { Cell } from "./model/grid";
import { type Language, SHEET_KEYS, type SheetKey } from "./model/records";
import type { CellStyle } from "./render/resultSheet";
import { type ColumnSchema, SHEET_SCHEMAS, columnKeys, columnSchema, exampleRow } from "./parse/sheetSchemas";
import { HEADERS, SHEET_NAMES } from "./parse/vocabulary";
import { RESULT_SHEET_NAMES } from "./text/labels";
import { type Text, say } from "./text/messages";

const both = (en: string, es: string): Text => ({ en, es });

/** Widths (Excel characters) of the Instructions' columns; the lines above the column lists run over them. */
export const INSTRUCTIONS_WIDTHS: readonly number[] = [22, 12, 50, 30, 30, 18];
/** The longest line of text that fits across INSTRUCTIONS_WIDTHS on one printed page width. */
export const INSTRUCTIONS_LINE = 150;

const TITLE = both("ITSM Scorecard: how to fill this workbook", "ITSM Scorecard: cómo completar este libro");

const LINES: readonly Text[] = [
  both(
    "Each input sheet is an Excel table: type one row per item under its header; drop-downs and input messages say what each column takes.",
    "Cada hoja de datos es una tabla de Excel: escriba una fila por elemento bajo el encabezado; las listas y los mensajes dicen qué admite cada columna.",
  ),
  both(
    `A row with a required column left blank is skipped and reported on the ${RESULT_SHEET_NAMES.en.issues} sheet. Only Controls is a required sheet.`,
    `Una fila con una columna obligatoria en blanco se omite y se informa en la hoja ${RESULT_SHEET_NAMES.es.issues}. Solo Controles es una hoja obligatoria.`,
  ),
  both(
    "Words may be written in English or Spanish (Compliant or Cumple); dates as dates or YYYY-MM-DD; percentages as 45 %, 0.45 or 45.",
    "Los valores pueden escribirse en español o en inglés (Cumple o Compliant); las fechas como fechas o AAAA-MM-DD; los porcentajes como 45 %, 0,45 o 45.",
  ),
  both(
    "The Settings sheet holds the organisation, as-of date (blank = today), thresholds, evidence rule, OCL weights, language and edition.",
    "La hoja Configuración guarda la organización, la fecha de corte (en blanco = hoy), umbrales, evidencia, pesos del OCL, idioma y edición.",
  ),
  both(
    "Optional: a Catalog sheet (Code, Process, Clause, Team: SMR, D&T, S&C or O&R) replaces the built-in catalog with your own processes.",
    "Opcional: una hoja Catálogo (Código, Proceso, Cláusula, Equipo: SMR, D&T, S&C u O&R) reemplaza el catálogo incorporado por sus procesos.",
  ),
  both(
    "A campaign rated on the other edition's process codes is carried to this edition's processes.",
    "Una campaña calificada con los códigos de proceso de la otra edición se traslada a los procesos de esta.",
  ),
  both(
    "Then run: itsm-scorecard compute this-file.xlsx (or Compute in the Excel task pane).",
    "Luego ejecute: itsm-scorecard compute este-archivo.xlsx (o Calcular en el panel de Excel).",
  ),
];

const SECTION_NOTE = both(
  "The sheets and their columns. The Example column shows one filled row per sheet; it is never read.",
  "Las hojas y sus columnas. La columna Ejemplo muestra una fila completa por hoja; nunca se lee.",
);

const COLUMN_HEADER: readonly Text[] = [
  both("Column", "Columna"),
  both("Required", "Obligatoria"),
  both("What it holds", "Qué contiene"),
  both("Words in English", "Valores en inglés"),
  both("Words in Spanish", "Valores en español"),
  both("Example", "Ejemplo"),
];

const YES = both("Yes", "Sí");

export const INSTRUCTIONS_STYLES = {
  title: { title: true, fill: "title" },
  section: { bold: true, fill: "section" },
  header: { bold: true, fill: "header", wrap: true, verticalAlign: "top" },
  column: { wrap: true, verticalAlign: "top" },
} as const satisfies Readonly<Record<string, CellStyle>>;

/** The words an enumerated column accepts, in each language; blank for other columns but process codes. */
function acceptedWords(column: ColumnSchema, framework: Edition): [string, string] {
  const rule = column.rule;
  switch (rule.kind) {
    case "list":
      return [Object.keys(rule.vocabulary).join(", "), Object.values(rule.spanish).join(", ")];
    case "process": {
      const codes = builtInCatalog(framework)
        .processes.map((p) => p.code)
        .join(", ");
      return [codes, codes];
    }
    case "id":
    case "text":
    case "date":
    case "percent":
    case "whole":
    case "number":
      return ["", ""];
  }
}

/** How a column of this kind is filled in, after what it holds. */
function fillHint(column: ColumnSchema): Text | null {
  const rule = column.rule;
  switch (rule.kind) {
    case "list":
      return rule.open === true ? null : both("One of the words on the right.", "Uno de los valores de la derecha.");
    case "process":
      return both("One of the words on the right.", "Uno de los valores de la derecha.");
    case "date":
      return both("A date (YYYY-MM-DD).", "Una fecha (AAAA-MM-DD).");
    case "percent":
      return both("A percentage.", "Un porcentaje.");
    case "whole":
      return both(`A whole number, ${rule.min} to ${rule.max}.`, `Un número entero, de ${rule.min} a ${rule.max}.`);
    case "number":
      return both("A number.", "Un número.");
    case "id":
      return both("A code (text).", "Un código (texto).");
    case "text":
      return null;
  }
}

export interface InstructionsSheet {
  readonly rows: readonly (readonly Cell[])[];
  /** Styles of whole rows, by 0-based row. */
  readonly rowStyles: Readonly<Record<number, CellStyle>>;
  /** Heights in points of the rows whose wrapped text takes more than one line. */
  readonly rowHeights: Readonly<Record<number, number>>;
}

/** Points per line of 11-point text. */
const LINE_POINTS = 15;

/** Characters of proportional text per width unit (a width unit is one digit; most letters are narrower). */
const CHARS_PER_UNIT = 1.15;

/** Lines a wrapped row takes: its longest cell over its column's width. */
function linesOf(row: readonly Cell[]): number {
  return row.reduce<number>((lines, cell, c) => {
    const text = cell === null ? "" : String(cell);
    const width = INSTRUCTIONS_WIDTHS[c] ?? 10;
    return Math.max(lines, Math.ceil(text.length / Math.max(1, (width - 1) * CHARS_PER_UNIT)));
  }, 1);
}

/** The Instructions sheet in `language` for the `framework` edition's processes. */
export function instructionsSheet(language: Language, framework: Edition): InstructionsSheet {
  const rows: Cell[][] = [];
  const rowStyles: Record<number, CellStyle> = {};
  const rowHeights: Record<number, number> = {};
  const push = (row: Cell[], style?: CellStyle) => {
    if (style !== undefined) rowStyles[rows.length] = style;
    if (style?.wrap === true) {
      const lines = linesOf(row);
      if (lines > 1) rowHeights[rows.length] = lines * LINE_POINTS;
    }
    rows.push(row);
  };
  push([say(TITLE, language)], INSTRUCTIONS_STYLES.title);
  push([]);
  for (const line of LINES) push([say(line, language)]);
  push([]);
  push([say(SECTION_NOTE, language)]);
  for (const key of SHEET_KEYS) sheetSection(key, language, framework, push);
  return { rows: rows.map((r) => Array.from(r, (c) => c ?? null)), rowStyles, rowHeights };
}

function sheetSection(
  key: SheetKey,
  language: Language,
  framework: Edition,
  push: (row: Cell[], style?: CellStyle) => void,
): void {
  const schema = SHEET_SCHEMAS[key];
  push([]);
  push(
    [`${SHEET_NAMES[key][language === "es" ? 1 : 0]}: ${say(schema.purpose, language)}`, null, null, null, null, null],
    INSTRUCTIONS_STYLES.section,
  );
  push(
    COLUMN_HEADER.map((h) => say(h, language)),
    INSTRUCTIONS_STYLES.header,
  );
  const examples = exampleRow(key, language);
  columnKeys(key).forEach((k, i) => {
    const column = columnSchema(key, k);
    if (column === undefined) return;
    const hint = fillHint(column);
    const [en, es] = acceptedWords(column, framework);
    push(
      [
        HEADERS[k][language],
        column.required ? say(YES, language) : "",
        [column.meaning, ...(hint === null ? [] : [hint])].map((t) => say(t, language)).join(" "),
        en,
        es,
        // As text, so a number sits where the other examples do.
        examples[i] === null || examples[i] === undefined ? null : String(examples[i]),
      ],
      INSTRUCTIONS_STYLES.column,
    );
  });
}
