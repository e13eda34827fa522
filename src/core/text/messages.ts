/**
 * The words of every data-problem message, in English and Spanish. Each function is one kind of
 * message and returns both texts; the issue keeps the one of the workbook's Language setting
 * (`localize`). Spanish is the usted form of a Latin-American public office, quotes as «…».
 */
import { SPANISH } from "../model/spanishWords";
import type { ControlStatus, FindingType, Issue, Language } from "../model/records";

/** One message in both languages. */
export interface Text {
  readonly en: string;
  readonly es: string;
}

/** An issue whose message is still in both languages: what the parser reports before the Language setting is known. */
export type IssueDraft = Omit<Issue, "message"> & { readonly message: Text };

export function say(text: Text, language: Language): string {
  return language === "es" ? text.es : text.en;
}

export function localize(draft: IssueDraft, language: Language): Issue {
  return { ...draft, message: say(draft.message, language) };
}

const both = (en: string, es: string): Text => ({ en, es });

/** Spanish list: "a, b o c". */
function orEs(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} o ${items[items.length - 1]}`;
}

// ---- Why a cell cannot be read (cellValues.ts and the parsers' own cell readers) ----

export const cellProblem = {
  excelError: (error: string) =>
    both(`the cell shows the Excel error ${error}`, `la celda muestra el error de Excel ${error}`),
  notFinite: () => both("it is not a finite number", "no es un número finito"),
  notNumber: () => both("it is not a number", "no es un número"),
  notWhole: (min: number, max: number) =>
    both(`it must be a whole number from ${min} to ${max}`, `debe ser un número entero de ${min} a ${max}`),
  outOfRange: (min: number, max: number) =>
    both(`it must be from ${min} to ${max}`, `debe estar entre ${min} y ${max}`),
  notPercent: () =>
    both("it is not a percentage (write 45 %, 0.45 or 45)", "no es un porcentaje (escriba 45 %, 0,45 o 45)"),
  percentRange: () => both("a percentage must be between 0 % and 100 %", "un porcentaje debe estar entre 0 % y 100 %"),
  invalidDate: () => both("it is not a valid date", "no es una fecha válida"),
  dateOutsideExcel: () =>
    both(
      "it is outside the dates Excel can hold (years 1900 to 9999)",
      "está fuera de las fechas que admite Excel (años 1900 a 9999)",
    ),
  notDate: () => both("it is not a date", "no es una fecha"),
  notDateFormat: () =>
    both(
      "it is not a date (write it as YYYY-MM-DD, e.g. 2026-03-31)",
      "no es una fecha (escríbala como AAAA-MM-DD, p. ej. 2026-03-31, o DD/MM/AAAA)",
    ),
  notCalendarDate: () => both("it is not a real calendar date", "no es una fecha que exista en el calendario"),
  notOneOf: (allowed: readonly string[], allowedEs: readonly string[]) =>
    both(`it must be one of: ${allowed.join(", ")}`, `debe ser uno de estos valores: ${allowedEs.join(", ")}`),
  edition: () =>
    both(
      "write ISO/IEC 20000-1:2011 or ISO/IEC 20000-1:2018 (or just 2011 or 2018)",
      "escriba ISO/IEC 20000-1:2011 o ISO/IEC 20000-1:2018 (o solo 2011 o 2018)",
    ),
  threeWeights: () =>
    both(
      "write three weights, e.g. Controls 0.6, Evidence 0.2, Tasks 0.2",
      "escriba tres pesos, p. ej. Controles 0,6, Evidencias 0,2, Tareas 0,2",
    ),
  negativeWeight: () => both("a weight cannot be negative", "un peso no puede ser negativo"),
  dotted: () => both("write a dotted number such as 8 or 8.2.6", "escriba un número con puntos, como 8 o 8.2.6"),
} as const;

// ---- Sheets, headers and cells (sheetTable.ts) ----

export function missingColumn(column: Text): Text {
  return both(
    `The sheet has no "${column.en}" column. Add it to the header row; the sheet is ignored until then.`,
    `La hoja no tiene la columna «${column.es}». Agréguela a la fila de encabezados; mientras tanto, la hoja no se tiene en cuenta.`,
  );
}

export function missingColumnHeaderBelow(column: Text, headerRow: number, headerBelow: number): Text {
  return both(
    `The sheet has no "${column.en}" column in its header row (row ${headerRow}, the first filled row); ` +
      `row ${headerBelow} looks like the header row: delete the rows above it. The sheet is ignored until then.`,
    `La fila de encabezados de la hoja (fila ${headerRow}, la primera con datos) no tiene la columna «${column.es}»; ` +
      `la fila ${headerBelow} parece ser la de encabezados: elimine las filas que están encima de ella. Mientras tanto, la hoja no se tiene en cuenta.`,
  );
}

export function emptyRequired(column: string): Text {
  return both(`"${column}" is empty; the row is skipped.`, `La celda «${column}» está vacía; se omite la fila.`);
}

export function unusableRequired(value: string, column: string, problem: Text): Text {
  return both(
    `"${value}" cannot be used as ${column}: ${problem.en}. The row is skipped.`,
    `El valor «${value}» no sirve como ${column}: ${problem.es}. Se omite la fila.`,
  );
}

export function unusableOptional(value: string, column: string, problem: Text): Text {
  return both(
    `"${value}" cannot be used as ${column}: ${problem.en}. The value is ignored.`,
    `El valor «${value}» no sirve como ${column}: ${problem.es}. No se tiene en cuenta el valor.`,
  );
}

// ---- Settings sheet (parseSettings.ts) ----

export function unknownSetting(name: string): Text {
  return both(
    `"${name}" is not a setting this product knows; it is ignored.`,
    `«${name}» no es un parámetro que este producto reconozca; no se tiene en cuenta.`,
  );
}

export function thresholdsSwapped(): Text {
  return both(
    "The fail threshold is above the success threshold; the default thresholds (90 % and 70 %) are used.",
    "El umbral de falla es mayor que el umbral de éxito; se usan los umbrales predeterminados (90 % y 70 %).",
  );
}

export function weightsZero(): Text {
  return both(
    "The OCL weights add up to zero; the default weights (0.6, 0.2, 0.2) are used.",
    "Los pesos OCL suman cero; se usan los pesos predeterminados (0,6, 0,2, 0,2).",
  );
}

// ---- Catalog sheet (parseCatalog.ts) ----

export const catalogProblem = {
  noColumns: () =>
    both(
      "The Catalog sheet cannot be read without its Code and Team columns.",
      "La hoja Catálogo no se puede leer sin sus columnas Código y Equipo.",
    ),
  noRows: () => both("The Catalog sheet has no usable row.", "La hoja Catálogo no tiene ninguna fila utilizable."),
  fallback: (why: Text, builtIn: string) =>
    both(
      `${why.en} The built-in ${builtIn} catalog is used instead.`,
      `${why.es} En su lugar se usa el catálogo incorporado ${builtIn}.`,
    ),
  badClause: (value: string, problem: Text) =>
    both(
      `"${value}" cannot be used as Clause: ${problem.en}. The row is skipped.`,
      `El valor «${value}» no sirve como Cláusula: ${problem.es}. Se omite la fila.`,
    ),
  duplicateCode: (code: string, first: number) =>
    both(
      `Code "${code}" is used again (first on row ${first}); this row is skipped.`,
      `El código «${code}» está repetido (aparece primero en la fila ${first}); se omite esta fila.`,
    ),
  outsideClause: (code: string, clause: string) =>
    both(
      `Process ${code} is not inside clause ${clause}; it is counted under clause ${clause} as written.`,
      `El proceso ${code} no pertenece a la cláusula ${clause}; se cuenta en la cláusula ${clause}, tal como está escrito.`,
    ),
  noName: (code: string) =>
    both(
      `Process ${code} has no name; its code is shown instead.`,
      `El proceso ${code} no tiene nombre; se muestra su código en su lugar.`,
    ),
} as const;

// ---- Input sheets' rows (sheetRecords.ts, parseWorkbook.ts) ----

/** What a duplicated key names, e.g. Control ID "C-1" of office Quito. */
export type KeyKind = "control" | "evidence" | "task" | "project" | "risk" | "audit" | "finding" | "action" | "plan";

const KEY_NAMES: Readonly<Record<KeyKind, Text>> = {
  control: both("Control ID", "El identificador de control"),
  evidence: both("Evidence ID", "El identificador de evidencia"),
  task: both("Task ID", "El identificador de tarea"),
  project: both("Project ID", "El identificador de proyecto"),
  risk: both("Risk ID", "El identificador de riesgo"),
  audit: both("Audit ID", "El identificador de auditoría"),
  finding: both("Finding ID", "El identificador de hallazgo"),
  action: both("Action ID", "El identificador de acción"),
  plan: both("Plan ID", "El identificador de plan"),
};

export function keyLabel(kind: KeyKind, id: string, office: string | null): Text {
  const name = KEY_NAMES[kind];
  return office === null
    ? both(`${name.en} "${id}"`, `${name.es} «${id}»`)
    : both(`${name.en} "${id}" of office ${office}`, `${name.es} «${id}» de la oficina ${office}`);
}

/** `where` is the first row's number, with its sheet when that is another one. */
export function duplicateKey(label: Text, firstRow: number, firstSheet: string | null): Text {
  const en = firstSheet === null ? `row ${firstRow}` : `${firstSheet} row ${firstRow}`;
  const es = firstSheet === null ? `la fila ${firstRow}` : `la fila ${firstRow} de ${firstSheet}`;
  return both(
    `${label.en} is used again (first on ${en}); this row is skipped.`,
    `${label.es} está repetido (aparece primero en ${es}); se omite esta fila.`,
  );
}

export function reservedOffice(office: string, renamed: string): Text {
  return both(
    `"${office}" is the name of the organisation's consolidated values, so this office is counted as "${renamed}" on this sheet. Rename the office to avoid the confusion.`,
    `«${office}» es el nombre de los valores consolidados de la organización, por lo que esta oficina se cuenta como «${renamed}» en esta hoja. Cambie el nombre de la oficina para evitar confusiones.`,
  );
}

export function clauseWithoutProcess(clause: string, catalog: string): Text {
  return both(
    `Clause "${clause}" maps to no process of ${catalog}; write a process clause such as 8.1 or 6.1.2. The row is skipped.`,
    `La cláusula «${clause}» no corresponde a ningún proceso de ${catalog}; escriba la cláusula de un proceso, como 8.1 o 6.1.2. Se omite la fila.`,
  );
}

/** A row naming a record that does not exist (a dangling reference). */
export const missingReference = {
  audit: (id: string, what: "maturity rating" | "finding") =>
    both(
      `No audit "${id}" exists on the Audits sheet; this ${what} is skipped.`,
      `No existe la auditoría «${id}» en la hoja Auditorías; se omite ${what === "finding" ? "este hallazgo" : "esta calificación de madurez"}.`,
    ),
  control: (id: string, office: string) =>
    both(
      `No control "${id}" exists for office ${office} on the Controls sheet; this evidence is skipped.`,
      `No existe el control «${id}» de la oficina ${office} en la hoja Controles; se omite esta evidencia.`,
    ),
  project: (id: string) =>
    both(
      `No project "${id}" exists on the Projects sheet; this risk is skipped.`,
      `No existe el proyecto «${id}» en la hoja Proyectos; se omite este riesgo.`,
    ),
  finding: (id: string) =>
    both(
      `No finding "${id}" exists on the Findings sheet; the action is counted but linked to no finding.`,
      `No existe el hallazgo «${id}» en la hoja Hallazgos; la acción se cuenta, pero sin vincularse a ningún hallazgo.`,
    ),
} as const;

export function negativeWeightUsesOne(): Text {
  return both("A weight cannot be negative; 1 is used.", "Un peso no puede ser negativo; se usa 1.");
}

export function doneWithoutDate(id: string): Text {
  return both(
    `Task "${id}" is Done but has no "Done on" date; it is counted as done on time.`,
    `La tarea «${id}» está marcada como Hecha, pero no tiene fecha de terminación; se cuenta como terminada a tiempo.`,
  );
}

export function dueBeforeStart(id: string): Text {
  return both(
    `Project "${id}" is due before it starts; its schedule is judged by the due date alone.`,
    `El proyecto «${id}» vence antes de empezar; su cronograma se evalúa solo por la fecha de vencimiento.`,
  );
}

export function unknownProcessCode(process: string, catalog: string, examples: readonly string[]): Text {
  return both(
    `"${process}" is not a process code of ${catalog} (for example ${examples.join(" or ")}); the row is skipped.`,
    `«${process}» no es un código de proceso de ${catalog} (por ejemplo, ${orEs(examples)}); se omite la fila.`,
  );
}

export function campaignCarried(campaign: string, from: string, to: string): Text {
  return both(
    `Campaign "${campaign}" is rated on the processes of ${from}; its ratings are carried to the ${to} processes through the mapping between editions (docs/catalogs.md), so that campaigns can be compared.`,
    `La campaña «${campaign}» está calificada sobre los procesos de ${from}; sus calificaciones se trasladan a los procesos de ${to} mediante la correspondencia entre ediciones (docs/catalogs.md), para poder comparar las campañas.`,
  );
}

// ---- Consolidation (consolidate.ts) ----

export function settingsDiffer(holder: string): Text {
  return both(
    `These settings differ from those of ${holder}, which are used for every office; this sheet is ignored.`,
    `Estos parámetros difieren de los de ${holder}, que se usan para todas las oficinas; no se tiene en cuenta esta hoja.`,
  );
}

export function consolidatedRowsIgnored(count: number, name: string, holder: string): Text {
  return both(
    `${count} "${name}" row(s) are ignored: the organisation's past values are taken from ${holder} only.`,
    `No se tienen en cuenta ${count} fila(s) «${name}»: los valores anteriores de la organización se toman solo de ${holder}.`,
  );
}

// ---- Engine warnings (engine/*.ts) ----

/** Warnings about what the result sheets could hold. */
export const renderWarning = {
  trailTooLong: (lines: number, max: number, kept: number, offices: number) =>
    both(
      `The audit trail has ${count(lines)} lines, more than this sheet holds (${count(max)}): the Calculation sheet holds whole blocks, the settings and the consolidated figures first (the headline indicators before those per clause, team and process, as many as fit), then the lines of the first ${count(kept)} of ${count(offices)} offices. Compute an office's own workbook for its lines.`,
      `La pista de auditoría tiene ${count(lines)} líneas, más de las que caben en esta hoja (${count(max)}): la hoja Cálculo contiene bloques enteros, primero la configuración y las cifras consolidadas (los indicadores principales antes que los de cada cláusula, equipo y proceso, tantos como quepan) y luego las líneas de las primeras ${count(kept)} de ${count(offices)} oficinas. Calcule el libro propio de una oficina para ver sus líneas.`,
    ),
};

export const engineWarning = {
  noControlForProcess: (office: string, process: string) =>
    both(
      `Office ${office} has no applicable control for process ${process}: its CCL is n/a and is left out of the means above it.`,
      `La oficina ${office} no tiene ningún control aplicable al proceso ${process}: su CCL es n/d y no entra en los promedios de nivel superior.`,
    ),
  noEvidenceBase: (office: string) =>
    both(
      `Office ${office} has no applicable control, so its evidence coverage is n/a and its OCL weight is shared out.`,
      `La oficina ${office} no tiene ningún control aplicable, por lo que su cobertura de evidencias es n/d y su peso en el OCL se reparte entre los demás componentes.`,
    ),
  noTaskDue: (office: string) =>
    both(
      `Office ${office} has no task due by the as-of date, so its task completion is n/a and its OCL weight is shared out.`,
      `La oficina ${office} no tiene tareas que venzan hasta la fecha de corte, por lo que su cumplimiento de tareas es n/d y su peso en el OCL se reparte entre los demás componentes.`,
    ),
  noTasksSheet: (office: string) =>
    both(
      `There is no Tasks sheet, so task completion and derived maturity are n/a for office ${office}.`,
      `No hay hoja de Tareas, por lo que el cumplimiento de tareas y la madurez derivada son n/d para la oficina ${office}.`,
    ),
  unactionedFinding: (type: FindingType, findingId: string, auditId: string) =>
    both(
      `${type} finding "${findingId}" (audit ${auditId}) has no corrective action; add one on the Actions sheet.`,
      `El hallazgo «${findingId}» (${SPANISH.findingType[type]}, auditoría ${auditId}) no tiene acción correctiva; agregue una en la hoja Acciones.`,
    ),
  claimWithoutEvidence: (id: string, office: string, status: ControlStatus) =>
    both(
      `Control "${id}" of office ${office} is marked ${status} but has no accepted, current evidence; it counts as not compliant.`,
      `El control «${id}» de la oficina ${office} está marcado como «${SPANISH.controlStatus[status]}», pero no tiene evidencia aceptada y vigente; se cuenta como no conforme.`,
    ),
  allWeightsZero: (office: string, process: string) =>
    both(
      `Every applicable control of office ${office} for process ${process} has weight 0: its CCL is n/a and is left out of the means above it (the controls still count for evidence coverage).`,
      `Todos los controles aplicables de la oficina ${office} para el proceso ${process} tienen peso 0: su CCL es n/d y no entra en los promedios de nivel superior (los controles sí cuentan para la cobertura de evidencias).`,
    ),
  historyAfterAsOf: (office: string, date: string, asOf: string) =>
    both(
      `The OCL history row of office ${office} dated ${date} is after the as-of date ${asOf} and is left out of the trend (an assessment as of a date knows nothing later).`,
      `La fila de historial del OCL de la oficina ${office} con fecha ${date} es posterior a la fecha de corte ${asOf} y no entra en la tendencia (una evaluación a una fecha no conoce nada posterior).`,
    ),
  prkHistoryAfterAsOf: (office: string, date: string, asOf: string) =>
    both(
      `The PRK history row of office ${office} dated ${date} is after the as-of date ${asOf} and is left out of the PRK trend (an assessment as of a date knows nothing later).`,
      `La fila de historial del PRK de la oficina ${office} con fecha ${date} es posterior a la fecha de corte ${asOf} y no entra en la tendencia del PRK (una evaluación a una fecha no conoce nada posterior).`,
    ),
} as const;

// ---- Errors that stop a step (ScorecardError in scorecardError.ts) ----

/** Why a file could not be written (nodeFiles.ts reads it from Node's error code). */
export type WriteFailure = "noFolder" | "folderNamed" | "busy" | "locked" | "diskFull" | "readOnly" | "other";

/** What is broken in a damaged package. */
export type Damage =
  | { readonly kind: "zip" }
  | { readonly kind: "partMissing"; readonly part: string }
  | { readonly kind: "partNotXml"; readonly part: string; readonly detail: string }
  | { readonly kind: "noCellData"; readonly part: string }
  | { readonly kind: "noRelationships"; readonly part: string }
  | { readonly kind: "sheetNoRelationship"; readonly sheet: string }
  | { readonly kind: "sheetNoPart"; readonly sheet: string }
  | { readonly kind: "noSheetsListed" }
  | { readonly kind: "cellsCutShort" };

/** Why Excel would refuse a sheet name. */
export type SheetNameProblem =
  | { readonly kind: "empty" }
  | { readonly kind: "tooLong"; readonly max: number }
  | { readonly kind: "forbiddenCharacter" }
  | { readonly kind: "apostrophe" }
  | { readonly kind: "controlCharacter" }
  | { readonly kind: "reserved" };

type None = Readonly<Record<string, never>>;

/** Every error code and its parameters: what a caller matches on, and what the words are built from. */
export interface ErrorParams {
  // The input workbook
  readonly noControlsSheet: None;
  readonly noControlsInAny: { readonly workbooks: number };
  readonly sheetNotOwned: { readonly sheet: string };
  // The command line
  readonly badAsOf: { readonly value: string };
  readonly outputExists: { readonly file: string };
  readonly noWorkbookIn: { readonly inputs: readonly string[] };
  readonly outputIsInput: { readonly output: string; readonly input: string };
  readonly outputTwice: { readonly output: string };
  // Files (the file host)
  readonly fileMissing: { readonly file: string };
  readonly notAFile: { readonly file: string };
  readonly writeFailed: {
    readonly file: string;
    readonly reason: WriteFailure;
    /** Node's own words, for a reason not listed. */
    readonly detail: string;
    /** The files written before this one failed. */
    readonly written: readonly string[];
  };
  readonly fileTooLarge: { readonly bytes: number; readonly limit: number };
  readonly emptyFile: None;
  readonly oldXls: None;
  readonly textFile: None;
  readonly notZip: None;
  readonly notWorkbook: None;
  readonly xlsb: None;
  readonly strict: None;
  readonly encrypted: None;
  readonly damaged: { readonly damage: Damage };
  readonly noSheets: None;
  readonly noSuchSheet: { readonly sheet: string };
  readonly unsupportedCompression: { readonly method: number };
  readonly tooManyParts: { readonly parts: number; readonly limit: number };
  readonly partTooLarge: { readonly part: string; readonly limit: number };
  readonly contentsTooLarge: { readonly limit: number };
  readonly tooManyRows: { readonly sheet: string; readonly limit: number };
  readonly tooManyCells: { readonly sheet: string; readonly limit: number };
  readonly cellsSpreadOut: { readonly sheet: string; readonly range: string; readonly limit: number };
  readonly sheetTooBig: { readonly rows: number; readonly columns: number };
  readonly badSheetName: { readonly name: string; readonly problem: SheetNameProblem };
  readonly sameNameTwice: { readonly name: string };
  readonly notWorksheet: { readonly sheet: string; readonly name: string };
  readonly sharedFormula: { readonly cell: string; readonly sheet: string };
  readonly needsASheet: None;
  readonly tooManyPartsToWrite: { readonly parts: number };
  readonly tooLargeToWrite: None;
  readonly duplicateZipEntry: { readonly name: string };
  // Excel (the task pane's host): its refusals in plain words, never Excel's own message
  /** Office.js refused a request; `office` is its error code ("AccessDenied"…), kept for support. */
  readonly excelRefused: { readonly office: string };
  readonly sheetProtected: { readonly sheet: string };
  readonly workbookProtected: { readonly sheet: string };
  // explain
  readonly unknownIndicator: { readonly indicator: string };
  readonly unknownOffice: { readonly office: string; readonly offices: readonly string[] };
  readonly unknownCampaign: { readonly campaign: string; readonly campaigns: readonly string[] };
  // The task pane
  readonly workerFailed: None;
}

export type ErrorCode = keyof ErrorParams;

/** Where a message is shown: the command line names its command, the pane its own tab. */
export type Surface = { readonly kind: "cli" } | { readonly kind: "pane"; readonly templateTab: string };

export const CLI_SURFACE: Surface = { kind: "cli" };

const MB = 1024 * 1024;
const megabytes = (bytes: number): string => `${Math.ceil(bytes / MB).toLocaleString("en-US")} MB`;
const count = (n: number): string => n.toLocaleString("en-US");

const SAVE_AGAIN = both(
  "save it again from Excel, without unused sheets and data, or split it into smaller workbooks",
  "vuelva a guardarlo desde Excel, sin hojas ni datos que no se usen, o divídalo en libros más pequeños",
);

function damageText(damage: Damage): Text {
  switch (damage.kind) {
    case "zip":
      return both(
        "The file is damaged or incomplete (its zip structure is broken); save the workbook again from Excel and retry.",
        "El archivo está dañado o incompleto (su estructura zip está rota); vuelva a guardar el libro desde Excel e inténtelo de nuevo.",
      );
    case "partMissing":
      return both(
        `The workbook is damaged: its part ${damage.part} is missing.`,
        `El libro está dañado: falta su parte ${damage.part}.`,
      );
    case "partNotXml":
      return both(
        `The workbook is damaged: its part ${damage.part} is not well-formed XML (${damage.detail}).`,
        `El libro está dañado: su parte ${damage.part} no es XML bien formado (${damage.detail}).`,
      );
    case "noCellData":
      return both(
        `The workbook is damaged: its part ${damage.part} has no cell data.`,
        `El libro está dañado: su parte ${damage.part} no tiene datos de celdas.`,
      );
    case "noRelationships":
      return both(
        `The workbook is damaged: the relationships of ${damage.part} are missing.`,
        `El libro está dañado: faltan las relaciones de ${damage.part}.`,
      );
    case "sheetNoRelationship":
      return both(
        `The workbook is damaged: the sheet "${damage.sheet}" has no relationship.`,
        `El libro está dañado: la hoja «${damage.sheet}» no tiene relación.`,
      );
    case "sheetNoPart":
      return both(
        `The workbook is damaged: the sheet "${damage.sheet}" has no content part.`,
        `El libro está dañado: la hoja «${damage.sheet}» no tiene parte de contenido.`,
      );
    case "noSheetsListed":
      return both("The workbook is damaged: it lists no sheets.", "El libro está dañado: no enumera ninguna hoja.");
    case "cellsCutShort":
      return both(
        "The workbook is damaged: a sheet's cell data ends unexpectedly.",
        "El libro está dañado: los datos de celdas de una hoja terminan de forma inesperada.",
      );
  }
}

function sheetNameProblemText(problem: SheetNameProblem): Text {
  switch (problem.kind) {
    case "empty":
      return both("it is empty", "está vacío");
    case "tooLong":
      return both(`it is longer than ${problem.max} characters`, `tiene más de ${problem.max} caracteres`);
    case "forbiddenCharacter":
      return both("it contains one of [ ] : * ? / \\", "contiene uno de [ ] : * ? / \\");
    case "apostrophe":
      return both("it starts or ends with an apostrophe", "empieza o termina con un apóstrofo");
    case "controlCharacter":
      return both("it contains a control character", "contiene un carácter de control");
    case "reserved":
      return both("Excel reserves the name History", "Excel reserva el nombre History");
  }
}

/** Why a write failed and what to do about it: each cause has its own remedy. */
function writeFailureText(reason: WriteFailure, detail: string): { readonly why: Text; readonly remedy: Text } {
  const otherName = both("choose another -o file name", "elija otro nombre de archivo con -o");
  switch (reason) {
    case "noFolder":
      return {
        why: both("its folder does not exist", "su carpeta no existe"),
        remedy: both("create the folder or choose another -o file name", "cree la carpeta o elija otro nombre con -o"),
      };
    case "folderNamed":
      return { why: both("a folder has that name", "hay una carpeta con ese nombre"), remedy: otherName };
    case "busy":
      // Only a file another program holds open can be "closed".
      return {
        why: both(
          "the file is open in another program such as Excel",
          "el archivo está abierto en otro programa, como Excel",
        ),
        remedy: both("close the file or choose another -o file name", "cierre el archivo o elija otro nombre con -o"),
      };
    case "locked":
      return {
        why: both(
          "the folder is not writable or the file is open in another program such as Excel",
          "no se puede escribir en la carpeta o el archivo está abierto en otro programa, como Excel",
        ),
        remedy: both(
          "close the file or choose another -o file name or folder",
          "cierre el archivo o elija otro nombre o carpeta con -o",
        ),
      };
    case "diskFull":
      return {
        why: both("the disk is full", "el disco está lleno"),
        remedy: both("free some space or choose another folder", "libere espacio o elija otra carpeta"),
      };
    case "readOnly":
      return {
        why: both("the disk is read-only", "el disco es de solo lectura"),
        remedy: both("choose another folder", "elija otra carpeta"),
      };
    case "other":
      return {
        why: both(detail, detail),
        remedy: both("choose another -o file name or folder", "elija otro nombre o carpeta con -o"),
      };
  }
}

/** The Office.js error codes (Excel.ErrorCodes and OfficeExtension's) the Excel host can meet, in plain words. */
export const OFFICE_ERROR_WORDS = {
  AccessDenied: both(
    "Excel did not allow the change: a sheet or the workbook is protected, or the file is read-only. Remove the protection or open an editable copy, then run again.",
    "Excel no permitió el cambio: una hoja o el libro está protegido, o el archivo es de solo lectura. Quite la protección o abra una copia editable y vuelva a ejecutar.",
  ),
  InvalidSelection: both(
    "Excel could not reach this workbook's sheets while another workbook window was in front. Stay on this workbook while ITSM Scorecard runs, then try again.",
    "Excel no pudo acceder a las hojas de este libro mientras otra ventana de libro estaba delante. Permanezca en este libro mientras ITSM Scorecard trabaja y vuelva a intentarlo.",
  ),
  InvalidOperationInCellEditMode: both(
    "A cell is being edited. Press Enter or Esc to finish editing, then try again.",
    "Se está editando una celda. Pulse Intro o Esc para terminar la edición y vuelva a intentarlo.",
  ),
  RequestPayloadSizeLimitExceeded: both(
    "Excel refused a request as too large. Please report this problem; meanwhile the command line can compute the workbook.",
    "Excel rechazó una solicitud por ser demasiado grande. Informe de este problema; mientras tanto, la línea de comandos puede calcular el libro.",
  ),
  ResponsePayloadSizeLimitExceeded: both(
    "Excel refused to send so many cells at once. Please report this problem; meanwhile the command line can compute the workbook.",
    "Excel se negó a enviar tantas celdas a la vez. Informe de este problema; mientras tanto, la línea de comandos puede calcular el libro.",
  ),
  ItemNotFound: both(
    "A sheet or table ITSM Scorecard was using was deleted or renamed meanwhile. Try again.",
    "Una hoja o tabla que ITSM Scorecard estaba usando se eliminó o cambió de nombre mientras tanto. Vuelva a intentarlo.",
  ),
  ItemAlreadyExists: both(
    "A sheet, table or name ITSM Scorecard wanted to create already exists. Rename it, then try again.",
    "Ya existe una hoja, tabla o nombre que ITSM Scorecard quería crear. Cámbiele el nombre y vuelva a intentarlo.",
  ),
  ApiNotFound: both(
    "This version of Excel lacks a feature ITSM Scorecard needs (ExcelApi 1.9: Microsoft 365, Excel 2021 or later, or Excel on the web).",
    "Esta versión de Excel no tiene una función que ITSM Scorecard necesita (ExcelApi 1.9: Microsoft 365, Excel 2021 o posterior, o Excel para la web).",
  ),
  ActivityLimitReached: both(
    "Excel is busy with too many requests. Wait a moment, then try again.",
    "Excel está ocupado con demasiadas solicitudes. Espere un momento y vuelva a intentarlo.",
  ),
  InvalidOrTimedOutSession: both(
    "The connection to the workbook was lost. Reload the add-in, then try again.",
    "Se perdió la conexión con el libro. Vuelva a cargar el complemento y vuelva a intentarlo.",
  ),
  WriteNotSupportedWhenModalDialogOpen: both(
    "A dialog is open in Excel. Close it, then try again.",
    "Hay un cuadro de diálogo abierto en Excel. Ciérrelo y vuelva a intentarlo.",
  ),
} as const satisfies Readonly<Record<string, Text>>;

/** An Office.js code this product has words for. */
export type OfficeCode = keyof typeof OFFICE_ERROR_WORDS;

/** Any other Office.js code: the operation failed, with no cause to name. */
export const OFFICE_ERROR_UNKNOWN = both(
  "Excel could not complete the operation. Try again; if it fails again, please report it.",
  "Excel no pudo completar la operación. Vuelva a intentarlo; si vuelve a fallar, informe del problema.",
);

const officeWords = (office: string): Text =>
  Object.hasOwn(OFFICE_ERROR_WORDS, office) ? OFFICE_ERROR_WORDS[office as OfficeCode] : OFFICE_ERROR_UNKNOWN;

const CONTROLS_SHEET = both("Controls", "Controles");

type Wording = { readonly [C in ErrorCode]: (params: ErrorParams[C], surface: Surface) => Text };

const ERROR_TEXTS: Wording = {
  noControlsSheet: (_, surface) =>
    surface.kind === "cli"
      ? both(
          `The workbook has no "${CONTROLS_SHEET.en}" sheet. Add one (or create the template with "itsm-scorecard template") and run again.`,
          `El libro no tiene la hoja «${CONTROLS_SHEET.es}». Agréguela (o cree la plantilla con «itsm-scorecard template») y vuelva a ejecutar.`,
        )
      : both(
          `The workbook has no "${CONTROLS_SHEET.en}" sheet. Add one (or create the input sheets on the ${surface.templateTab} tab) and run again.`,
          `El libro no tiene la hoja «${CONTROLS_SHEET.es}». Agréguela (o cree las hojas de entrada en la pestaña ${surface.templateTab}) y vuelva a ejecutar.`,
        ),
  noControlsInAny: ({ workbooks }) =>
    both(
      `None of the ${workbooks} workbooks has a "${CONTROLS_SHEET.en}" sheet, so there is nothing to consolidate.`,
      `Ninguno de los ${workbooks} libros tiene una hoja «${CONTROLS_SHEET.es}», así que no hay nada que consolidar.`,
    ),
  sheetNotOwned: ({ sheet }) =>
    both(
      `The workbook already has a sheet named "${sheet}" that ITSM Scorecard did not create; rename or delete that sheet and run again.`,
      `El libro ya tiene una hoja llamada «${sheet}» que no creó ITSM Scorecard; cambie el nombre de esa hoja o elimínela y vuelva a ejecutar.`,
    ),
  badAsOf: ({ value }) =>
    both(
      `--as-of ${value} is not a real calendar date.`,
      `--as-of ${value} no es una fecha que exista en el calendario.`,
    ),
  outputExists: ({ file }) =>
    both(
      `${file} already exists; choose a new file name (nothing was overwritten).`,
      `${file} ya existe; elija otro nombre de archivo (no se sobrescribió nada).`,
    ),
  noWorkbookIn: ({ inputs }) =>
    both(`There is no .xlsx workbook in ${inputs.join(", ")}.`, `No hay ningún libro .xlsx en ${inputs.join(", ")}.`),
  outputIsInput: ({ output, input }) =>
    both(
      `Writing ${output} would overwrite the input workbook ${input}; choose another output file name.`,
      `Escribir ${output} sobrescribiría el libro de entrada ${input}; elija otro nombre para el archivo de salida.`,
    ),
  outputTwice: ({ output }) =>
    both(
      `${output} is named for two outputs; give each output its own file name.`,
      `${output} se indicó para dos salidas; dé a cada salida su propio nombre de archivo.`,
    ),
  fileMissing: ({ file }) =>
    both(
      `The file ${file} does not exist or cannot be opened; check its name and folder.`,
      `El archivo ${file} no existe o no se puede abrir; revise su nombre y su carpeta.`,
    ),
  notAFile: ({ file }) => both(`${file} is not a file.`, `${file} no es un archivo.`),
  writeFailed: ({ file, reason, detail, written }) => {
    const { why, remedy } = writeFailureText(reason, detail);
    return both(
      `Could not write ${file}: ${why.en}. ${written.length === 0 ? "Nothing was written" : `Only ${written.join(" and ")} was written`}; ${remedy.en}.`,
      `No se pudo escribir ${file}: ${why.es}. ${written.length === 0 ? "No se escribió nada" : `Solo se escribió ${written.join(" y ")}`}; ${remedy.es}.`,
    );
  },
  fileTooLarge: ({ bytes, limit }) =>
    both(
      `The file is ${megabytes(bytes)}, past the ${megabytes(limit)} limit for a workbook; ${SAVE_AGAIN.en}.`,
      `El archivo ocupa ${megabytes(bytes)}, más que el límite de ${megabytes(limit)} para un libro; ${SAVE_AGAIN.es}.`,
    ),
  emptyFile: () =>
    both(
      "The file is empty; choose an .xlsx workbook saved by Excel.",
      "El archivo está vacío; elija un libro .xlsx guardado con Excel.",
    ),
  oldXls: () =>
    both(
      "The file is an old .xls workbook or a password-protected workbook; open it in Excel and save it as an unprotected Excel Workbook (.xlsx).",
      "El archivo es un libro .xls antiguo o un libro protegido con contraseña; ábralo en Excel y guárdelo como Libro de Excel (.xlsx) sin protección.",
    ),
  textFile: () =>
    both(
      "The file is not an .xlsx workbook but text (for example CSV); open it in Excel and save it as an Excel Workbook (.xlsx).",
      "El archivo no es un libro .xlsx sino texto (por ejemplo, CSV); ábralo en Excel y guárdelo como Libro de Excel (.xlsx).",
    ),
  notZip: () =>
    both(
      "The file is not an .xlsx workbook (it is not a zip package); choose a workbook saved by Excel as .xlsx.",
      "El archivo no es un libro .xlsx (no es un paquete zip); elija un libro guardado con Excel como .xlsx.",
    ),
  notWorkbook: () =>
    both(
      "The file is a zip package but not an Excel workbook (it has no workbook part); choose an .xlsx file.",
      "El archivo es un paquete zip pero no un libro de Excel (no tiene la parte del libro); elija un archivo .xlsx.",
    ),
  xlsb: () =>
    both(
      'The workbook is in the binary .xlsb format; save it from Excel as "Excel Workbook (.xlsx)" and run again.',
      "El libro está en el formato binario .xlsb; guárdelo desde Excel como «Libro de Excel (.xlsx)» y vuelva a ejecutar.",
    ),
  strict: () =>
    both(
      'The workbook is saved as "Strict Open XML Spreadsheet"; save it from Excel as "Excel Workbook (.xlsx)" and run again.',
      "El libro está guardado como «Hoja de cálculo Open XML estricta»; guárdelo desde Excel como «Libro de Excel (.xlsx)» y vuelva a ejecutar.",
    ),
  encrypted: () =>
    both(
      "The workbook is encrypted; open it in Excel, remove the password and save it again.",
      "El libro está cifrado; ábralo en Excel, quite la contraseña y vuelva a guardarlo.",
    ),
  damaged: ({ damage }) => damageText(damage),
  noSheets: () => both("The workbook has no sheets.", "El libro no tiene hojas."),
  noSuchSheet: ({ sheet }) =>
    both(`The workbook has no sheet named "${sheet}".`, `El libro no tiene ninguna hoja llamada «${sheet}».`),
  unsupportedCompression: ({ method }) =>
    both(
      `The workbook uses an unsupported zip compression (method ${method}); save it again from Excel.`,
      `El libro usa una compresión zip no admitida (método ${method}); vuelva a guardarlo desde Excel.`,
    ),
  tooManyParts: ({ parts, limit }) =>
    both(
      `The workbook has ${count(parts)} parts, past the limit of ${count(limit)}; it is damaged or not a workbook saved by Excel: ${SAVE_AGAIN.en}.`,
      `El libro tiene ${count(parts)} partes, más que el límite de ${count(limit)}; está dañado o no es un libro guardado con Excel: ${SAVE_AGAIN.es}.`,
    ),
  partTooLarge: ({ part, limit }) =>
    both(
      `The workbook is too large: its part ${part} expands past the ${megabytes(limit)} limit per part; ${SAVE_AGAIN.en}.`,
      `El libro es demasiado grande: su parte ${part} descomprimida supera el límite de ${megabytes(limit)} por parte; ${SAVE_AGAIN.es}.`,
    ),
  contentsTooLarge: ({ limit }) =>
    both(
      `The workbook is too large: its contents expand past the ${megabytes(limit)} limit (uncompressed); ${SAVE_AGAIN.en}.`,
      `El libro es demasiado grande: su contenido descomprimido supera el límite de ${megabytes(limit)}; ${SAVE_AGAIN.es}.`,
    ),
  tooManyRows: ({ sheet, limit }) =>
    both(
      `The sheet "${sheet}" has more than ${count(limit)} rows with data, the limit per sheet; delete empty or unused rows, or split the data into several workbooks, and try again.`,
      `La hoja «${sheet}» tiene más de ${count(limit)} filas con datos, el límite por hoja; elimine las filas vacías o que no se usen, o reparta los datos en varios libros, e inténtelo de nuevo.`,
    ),
  tooManyCells: ({ sheet, limit }) =>
    both(
      `The sheet "${sheet}" has more than ${count(limit)} cells with data, past the limit of ${count(limit)} cells per sheet; delete stray cells far from the data and unused columns, and save again.`,
      `La hoja «${sheet}» tiene más de ${count(limit)} celdas con datos, más que el límite de ${count(limit)} celdas por hoja; elimine las celdas sueltas lejos de los datos y las columnas que no se usen, y vuelva a guardar.`,
    ),
  cellsSpreadOut: ({ sheet, range, limit }) =>
    both(
      `The sheet "${sheet}" has data spread over a very large range (${range}), past the limit of ${count(limit)} cells per sheet; delete stray cells far from the data and unused columns, and save again.`,
      `La hoja «${sheet}» tiene datos repartidos en un rango muy grande (${range}), más que el límite de ${count(limit)} celdas por hoja; elimine las celdas sueltas lejos de los datos y las columnas que no se usen, y vuelva a guardar.`,
    ),
  sheetTooBig: ({ rows, columns }) =>
    both(
      `A sheet would not fit in Excel's ${rows} rows and ${columns} columns.`,
      `Una hoja no cabría en las ${rows} filas y ${columns} columnas de Excel.`,
    ),
  badSheetName: ({ name, problem }) => {
    const why = sheetNameProblemText(problem);
    return both(
      `"${name}" cannot be used as a sheet name: ${why.en}.`,
      `«${name}» no se puede usar como nombre de hoja: ${why.es}.`,
    );
  },
  sameNameTwice: ({ name }) =>
    both(
      `Two sheets to be written are both named "${name}".`,
      `Dos de las hojas que se van a escribir se llaman «${name}».`,
    ),
  notWorksheet: ({ sheet, name }) =>
    both(
      `The sheet "${sheet}" is not a worksheet; rename it so that "${name}" can be written.`,
      `La hoja «${sheet}» no es una hoja de cálculo; cámbiele el nombre para que se pueda escribir «${name}».`,
    ),
  sharedFormula: ({ cell, sheet }) =>
    both(
      `The cell ${cell} of the sheet "${sheet}" starts a formula filled to other cells; move that formula out of the table's columns and run again.`,
      `La celda ${cell} de la hoja «${sheet}» inicia una fórmula extendida a otras celdas; saque esa fórmula de las columnas de la tabla y vuelva a ejecutar.`,
    ),
  needsASheet: () => both("A workbook needs at least one sheet.", "Un libro necesita al menos una hoja."),
  tooManyPartsToWrite: ({ parts }) =>
    both(`The workbook would have too many parts (${parts}).`, `El libro tendría demasiadas partes (${parts}).`),
  tooLargeToWrite: () =>
    both(
      "The workbook would be larger than 4 GB, which this program cannot write.",
      "El libro ocuparía más de 4 GB, y este programa no puede escribirlo.",
    ),
  duplicateZipEntry: ({ name }) => both(`Duplicate zip entry ${name}.`, `Entrada zip duplicada: ${name}.`),
  excelRefused: ({ office }) => officeWords(office),
  sheetProtected: ({ sheet }) =>
    both(
      `The sheet "${sheet}" is protected. ITSM Scorecard wrote nothing: unprotect the sheet (Review > Unprotect Sheet), then run again.`,
      `La hoja "${sheet}" está protegida. ITSM Scorecard no escribió nada: desproteja la hoja (Revisar > Desproteger hoja) y vuelva a ejecutar.`,
    ),
  workbookProtected: ({ sheet }) =>
    both(
      `The workbook's structure is protected, so the sheet "${sheet}" cannot be added. ITSM Scorecard wrote nothing: unprotect the workbook (Review > Protect Workbook), then run again.`,
      `La estructura del libro está protegida, así que no se puede agregar la hoja "${sheet}". ITSM Scorecard no escribió nada: desproteja el libro (Revisar > Proteger libro) y vuelva a ejecutar.`,
    ),
  workerFailed: () =>
    both("The background calculation could not start.", "No se pudo iniciar el cálculo en segundo plano."),
  unknownIndicator: ({ indicator }) =>
    both(
      `No indicator "${indicator}" here. Indicators: OCL, OCLT, CLS(X), CCL(N), PLC(Z), PRK, ML, ML(N), FGP, FOP, FOB, FNC, FCC, Audit LVL, evidence coverage, task completion.`,
      `No hay un indicador «${indicator}». Indicadores: OCL, OCLT, CLS(X), CCL(N), PLC(Z), PRK, ML, ML(N), FGP, FOP, FOB, FNC, FCC, Audit LVL, cobertura de evidencias, cumplimiento de tareas.`,
    ),
  unknownOffice: ({ office, offices }) =>
    both(
      `No office "${office}". Offices: ${offices.join(", ")} (or Consolidated).`,
      `No hay una oficina «${office}». Oficinas: ${offices.join(", ")} (o Consolidado).`,
    ),
  unknownCampaign: ({ campaign, campaigns }) =>
    campaigns.length === 0
      ? both("The workbook has no audit campaign.", "El libro no tiene campañas de auditoría.")
      : both(
          `No campaign "${campaign}". Campaigns: ${campaigns.join(", ")}.`,
          `No hay una campaña «${campaign}». Campañas: ${campaigns.join(", ")}.`,
        ),
};

/** The words of an error, in both languages, for where it is shown. */
export function errorText<C extends ErrorCode>(code: C, params: ErrorParams[C], surface: Surface): Text {
  return ERROR_TEXTS[code](params, surface);
}

/** An error about one of several files names that file first. */
export function inFile(file: string, text: Text): Text {
  return both(`${file}: ${text.en}`, `${file}: ${text.es}`);
}
