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
    "El umbral de fallo es mayor que el umbral de éxito; se usan los umbrales predeterminados (90 % y 70 %).",
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
} as const;
