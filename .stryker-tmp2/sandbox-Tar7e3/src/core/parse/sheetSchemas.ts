/**
 * One declaration per input sheet: its columns in template order, each with its key (its header
 * words are HEADERS[key] and the sheet's names SHEET_NAMES[sheet], in vocabulary.ts), whether a row needs it, how the template lets it be typed in (the
 * vocabulary of an enumerated column included), what it means and an example value. The parser's
 * column lookup and required checks, the template (headers, drop-downs, formats), the sample's
 * headers and the Instructions sheet are all derived from here.
 */
// @ts-nocheck

import type { Cell } from "../model/grid";
import type { SheetKey } from "../model/records";
import type { Text } from "../text/messages";
import { enumParser } from "./cellValues";
import {
  ACTION_KIND,
  ACTION_STATUS,
  ACTIVITY,
  CONTROL_STATUS,
  EVIDENCE_STATUS,
  FINDING_STATUS,
  FINDING_TYPE,
  HEADERS,
  type HeaderKey,
  ATTRIBUTE_RATING,
  IMPROVEMENT_STATUS,
  PROCESS_ATTRIBUTE,
  PROJECT_STATUS,
  RISK_STATUS,
  TASK_STATUS,
  type Vocabulary,
  YES_NO,
} from "./vocabulary";
import { SPANISH, type SpanishWords } from "../model/spanishWords";

/** An enumerated column: the words the parser accepts, the Spanish word a Spanish template offers, and its parser. */
export interface ListRule<T extends string> {
  readonly kind: "list";
  readonly vocabulary: Vocabulary<T>;
  readonly spanish: SpanishWords<T>;
  readonly parse: ReturnType<typeof enumParser<T>>;
  /** Other values are accepted too (a rating typed as a percentage): the drop-down offers, it does not refuse. */
  readonly open?: boolean;
}

/** How a column is typed in. `id` and `code` are text (so that 6.10 stays 6.10); `process` is a catalog code. */
export type ColumnRule =
  | { readonly kind: "id" }
  | { readonly kind: "text" }
  | ListRule<string>
  | { readonly kind: "process" }
  | { readonly kind: "date" }
  | { readonly kind: "percent" }
  | { readonly kind: "whole"; readonly min: number; readonly max: number }
  | { readonly kind: "number" };

/** An example value: the same in both languages, or worded in each (list values are canonical words). */
export type Example = string | number | Text;

export interface ColumnSchema {
  readonly required: boolean;
  readonly rule: ColumnRule;
  /** What the column holds (the Instructions sheet). */
  readonly meaning: Text;
  /** The value the example row shows; absent leaves the cell blank. */
  readonly example?: Example;
}

export interface SheetSchema<K extends HeaderKey = HeaderKey> {
  /** What one row of the sheet is (the Instructions sheet). */
  readonly purpose: Text;
  /** The columns in template order, by key. */
  readonly columns: { readonly [C in K]: ColumnSchema };
}

/** A sheet's declaration whatever its columns. */
export type AnySheetSchema = Omit<SheetSchema, "columns"> & {
  readonly columns: Readonly<Partial<Record<HeaderKey, ColumnSchema>>>;
};

const both = (en: string, es: string): Text => ({ en, es });

function list<T extends string>(vocabulary: Vocabulary<T>, spanish: SpanishWords<T>): ListRule<T> {
  return { kind: "list", vocabulary, spanish, parse: enumParser(vocabulary, spanish) };
}

/** A list whose drop-down offers its words without refusing other values (read by the sheet's own reader). */
function openList<T extends string>(vocabulary: Vocabulary<T>, spanish: SpanishWords<T>): ListRule<T> {
  return { ...list(vocabulary, spanish), open: true };
}

const ID = { kind: "id" } as const;
const TEXT = { kind: "text" } as const;
const DATE = { kind: "date" } as const;
const PERCENT = { kind: "percent" } as const;
const LEVEL = { kind: "whole", min: 0, max: 5 } as const;
const ONE_TO_FIVE = { kind: "whole", min: 1, max: 5 } as const;

/** A column with its own rule type kept, so that a reader can take its list's parser from here. */
type Column<R extends ColumnRule> = ColumnSchema & { readonly rule: R };

const required = <R extends ColumnRule>(rule: R, meaning: Text, example?: Example): Column<R> => ({
  required: true,
  rule,
  meaning,
  ...(example === undefined ? {} : { example }),
});
const optional = <R extends ColumnRule>(rule: R, meaning: Text, example?: Example): Column<R> => ({
  required: false,
  rule,
  meaning,
  ...(example === undefined ? {} : { example }),
});

function sheet<C extends { readonly [K in keyof C]: K extends HeaderKey ? ColumnSchema : never }>(schema: {
  readonly purpose: Text;
  readonly columns: C;
}): { readonly purpose: Text; readonly columns: C } {
  return schema;
}

// Words several sheets share.
const OFFICE = optional(
  TEXT,
  both(
    "The office or unit; blank = the organisation of Settings.",
    "La oficina o unidad; en blanco = la organización de Configuración.",
  ),
  both("Head office", "Oficina central"),
);
const OWNER = optional(TEXT, both("Who is responsible.", "Quién es responsable."), "Ana Pérez");
const CLAUSE = (needed: boolean) =>
  (needed ? required : optional)(
    ID,
    both(
      "The ISO/IEC 20000-1 clause, e.g. 6.1 (2011) or 8.6.1 (2018); it gives the process.",
      "La cláusula de la ISO/IEC 20000-1, p. ej. 6.1 (2011) u 8.6.1 (2018); de ella sale el proceso.",
    ),
    "6.1",
  );

export const SHEET_SCHEMAS = {
  settings: sheet({
    purpose: both(
      "One setting per row: organisation, as-of date, thresholds, evidence rule, OCL weights, language, framework.",
      "Un parámetro por fila: organización, fecha de corte, umbrales, regla de evidencia, pesos del OCL, idioma, marco.",
    ),
    columns: {
      setting: required(
        TEXT,
        both("The setting's name (keep it as written).", "El nombre del parámetro (no lo cambie)."),
      ),
      value: required(TEXT, both("Its value.", "Su valor.")),
    },
  }),
  controls: sheet({
    purpose: both(
      "Required. One row per ISO/IEC 20000-1 requirement and office.",
      "Obligatoria. Una fila por requisito de la ISO/IEC 20000-1 y oficina.",
    ),
    columns: {
      controlId: required(ID, both("A code unique within the office.", "Un código único en la oficina."), "C-001"),
      office: OFFICE,
      clause: CLAUSE(true),
      requirement: optional(
        TEXT,
        both("The requirement, in words.", "El requisito, en palabras."),
        both("Service level agreements are reviewed", "Los acuerdos de nivel de servicio se revisan"),
      ),
      owner: OWNER,
      status: required(
        list(CONTROL_STATUS, SPANISH.controlStatus),
        both("How far the requirement is met.", "En qué medida se cumple el requisito."),
        "Compliant",
      ),
      weight: optional(
        { kind: "number" },
        both("Its weight in compliance; blank = 1.", "Su peso en el cumplimiento; en blanco = 1."),
        1,
      ),
      notes: optional(TEXT, both("Anything worth noting.", "Cualquier observación.")),
    },
  }),
  evidence: sheet({
    purpose: both(
      "What proves each control; only accepted evidence valid on the as-of date counts.",
      "Lo que demuestra cada control; solo cuenta la evidencia aceptada y vigente en la fecha de corte.",
    ),
    columns: {
      evidenceId: required(ID, both("A code unique within the office.", "Un código único en la oficina."), "E-001"),
      office: OFFICE,
      controlId: required(
        ID,
        both("The control it proves (same office).", "El control que demuestra (misma oficina)."),
        "C-001",
      ),
      description: optional(
        TEXT,
        both("What the evidence is.", "Qué es la evidencia."),
        both("Signed SLA 2026", "ANS firmado 2026"),
      ),
      link: optional(TEXT, both("Where to find it.", "Dónde encontrarla.")),
      status: required(
        list(EVIDENCE_STATUS, SPANISH.evidenceStatus),
        both("Its review status.", "Su estado de revisión."),
        "Accepted",
      ),
      collectedOn: optional(DATE, both("When it was collected.", "Cuándo se recogió."), "2026-02-10"),
      validUntil: optional(
        DATE,
        both("Until when it is valid; blank = no end.", "Hasta cuándo es válida; en blanco = sin fin."),
        "2027-02-10",
      ),
      reviewer: optional(TEXT, both("Who reviewed it.", "Quién la revisó.")),
    },
  }),
  tasks: sheet({
    purpose: both(
      "The framework's activities per clause; they give the derived maturity.",
      "Las actividades del marco por cláusula; de ellas se deriva la madurez.",
    ),
    columns: {
      taskId: required(ID, both("A code unique within the office.", "Un código único en la oficina."), "T-001"),
      office: OFFICE,
      clause: CLAUSE(true),
      activity: required(
        list(ACTIVITY, SPANISH.activity),
        both("The framework activity.", "La actividad del marco."),
        "Define",
      ),
      projectId: optional(ID, both("The project it belongs to.", "El proyecto al que pertenece."), "PRJ-001"),
      owner: OWNER,
      dueDate: required(DATE, both("When it is due.", "Cuándo vence."), "2026-04-30"),
      doneOn: optional(DATE, both("When it was done.", "Cuándo se hizo."), "2026-04-20"),
      status: required(list(TASK_STATUS, SPANISH.taskStatus), both("Where it stands.", "En qué estado está."), "Done"),
    },
  }),
  projects: sheet({
    purpose: both(
      "Planned and active projects, with their progress.",
      "Los proyectos planificados y activos, con su avance.",
    ),
    columns: {
      projectId: required(ID, both("A code unique in the workbook.", "Un código único en el libro."), "PRJ-001"),
      office: OFFICE,
      name: optional(
        TEXT,
        both("The project's name.", "El nombre del proyecto."),
        both("Service catalogue", "Catálogo de servicios"),
      ),
      type: optional(TEXT, both("Its type, in your words.", "Su tipo, en sus palabras.")),
      owner: OWNER,
      startDate: required(DATE, both("When it starts.", "Cuándo empieza."), "2026-01-15"),
      dueDate: required(DATE, both("When it is due.", "Cuándo vence."), "2026-06-30"),
      progress: required(PERCENT, both("How much is done.", "Cuánto se ha hecho."), "45 %"),
      status: required(
        list(PROJECT_STATUS, SPANISH.projectStatus),
        both("Where it stands.", "En qué estado está."),
        "Active",
      ),
    },
  }),
  risks: sheet({
    purpose: both("The risks of each project.", "Los riesgos de cada proyecto."),
    columns: {
      riskId: required(ID, both("A code unique in the workbook.", "Un código único en el libro."), "R-001"),
      projectId: required(ID, both("The project it threatens.", "El proyecto al que amenaza."), "PRJ-001"),
      description: optional(
        TEXT,
        both("What could happen.", "Qué podría pasar."),
        both("Key staff leave", "Se va personal clave"),
      ),
      likelihood: required(
        ONE_TO_FIVE,
        both("How likely, 1 (rare) to 5 (almost certain).", "Qué tan probable, de 1 (raro) a 5 (casi seguro)."),
        3,
      ),
      impact: required(
        ONE_TO_FIVE,
        both("How bad, 1 (minor) to 5 (severe).", "Qué tan grave, de 1 (menor) a 5 (grave)."),
        4,
      ),
      status: required(list(RISK_STATUS, SPANISH.riskStatus), both("Open or closed.", "Abierto o cerrado."), "Open"),
      mitigation: optional(TEXT, both("What is done about it.", "Qué se hace al respecto.")),
    },
  }),
  audits: sheet({
    purpose: both("Each audit of a campaign.", "Cada auditoría de una campaña."),
    columns: {
      auditId: required(ID, both("A code unique in the workbook.", "Un código único en el libro."), "AUD-001"),
      office: OFFICE,
      campaign: required(TEXT, both("The campaign it belongs to.", "La campaña a la que pertenece."), "2026-H1"),
      type: optional(TEXT, both("Internal, external...", "Interna, externa..."), both("Internal", "Interna")),
      startDate: optional(DATE, both("First day.", "Primer día."), "2026-03-02"),
      endDate: optional(DATE, both("Last day.", "Último día."), "2026-03-06"),
      levelAchieved: optional(LEVEL, both("Overall level, 0 to 5.", "Nivel global, de 0 a 5."), 3),
      leadAuditor: optional(TEXT, both("Who led it.", "Quién la dirigió.")),
    },
  }),
  maturity: sheet({
    purpose: both(
      "The maturity rating of each process in an audit.",
      "La calificación de madurez de cada proceso en una auditoría.",
    ),
    columns: {
      auditId: required(ID, both("The audit that rated it.", "La auditoría que lo calificó."), "AUD-001"),
      process: required(
        { kind: "process" },
        both("The process code of the catalog.", "El código de proceso del catálogo."),
        "4",
      ),
      serviceGroup: optional(
        TEXT,
        both("The service group rated, if any.", "El grupo de servicio calificado, si lo hay."),
      ),
      level: required(LEVEL, both("The level, 0 to 5.", "El nivel, de 0 a 5."), 3),
      notes: optional(TEXT, both("Anything worth noting.", "Cualquier observación.")),
    },
  }),
  findings: sheet({
    purpose: both("What each audit found.", "Lo que encontró cada auditoría."),
    columns: {
      findingId: required(ID, both("A code unique in the workbook.", "Un código único en el libro."), "F-001"),
      auditId: required(ID, both("The audit that found it.", "La auditoría que lo encontró."), "AUD-001"),
      clause: CLAUSE(false),
      type: required(
        list(FINDING_TYPE, SPANISH.findingType),
        both("The kind of finding.", "El tipo de hallazgo."),
        "FOP",
      ),
      description: optional(TEXT, both("What was found.", "Qué se encontró.")),
      status: optional(
        list(FINDING_STATUS, SPANISH.findingStatus),
        both("Open or closed.", "Abierto o cerrado."),
        "Open",
      ),
      actionId: optional(ID, both("The action that answers it.", "La acción que lo atiende."), "ACT-001"),
    },
  }),
  actions: sheet({
    purpose: both("Corrective and preventive actions.", "Las acciones correctivas y preventivas."),
    columns: {
      actionId: required(ID, both("A code unique within the office.", "Un código único en la oficina."), "ACT-001"),
      office: OFFICE,
      findingId: optional(ID, both("The finding it answers.", "El hallazgo que atiende."), "F-001"),
      kind: required(
        list(ACTION_KIND, SPANISH.actionKind),
        both("Corrective or preventive.", "Correctiva o preventiva."),
        "Corrective",
      ),
      description: optional(TEXT, both("What will be done.", "Qué se hará.")),
      owner: OWNER,
      dueDate: required(DATE, both("When it is due.", "Cuándo vence."), "2026-06-30"),
      closedOn: optional(DATE, both("When it was closed.", "Cuándo se cerró.")),
      status: required(
        list(ACTION_STATUS, SPANISH.actionStatus),
        both("Where it stands.", "En qué estado está."),
        "In progress",
      ),
      effective: optional(
        list(YES_NO, SPANISH.yesNo),
        both("Whether it worked, once closed.", "Si funcionó, una vez cerrada."),
      ),
    },
  }),
  improvements: sheet({
    purpose: both("Continual improvement plans.", "Los planes de mejora continua."),
    columns: {
      planId: required(ID, both("A code unique within the office.", "Un código único en la oficina."), "CIP-001"),
      office: OFFICE,
      clause: CLAUSE(false),
      title: optional(
        TEXT,
        both("The plan, in a few words.", "El plan, en pocas palabras."),
        both("Faster incident triage", "Clasificación de incidentes más rápida"),
      ),
      owner: OWNER,
      dueDate: required(DATE, both("When it is due.", "Cuándo vence."), "2026-09-30"),
      completedOn: optional(DATE, both("When it was completed.", "Cuándo se completó.")),
      status: required(
        list(IMPROVEMENT_STATUS, SPANISH.improvementStatus),
        both("Where it stands.", "En qué estado está."),
        "Planned",
      ),
    },
  }),
  history: sheet({
    purpose: both(
      "Written by each run (keep it to see the OCL trend).",
      "Lo escribe cada ejecución (consérvelo para ver la tendencia del OCL).",
    ),
    columns: {
      asOfDate: required(DATE, both("The run's as-of date.", "La fecha de corte de la ejecución."), "2026-03-31"),
      office: required(
        TEXT,
        both("The office, or Consolidated.", "La oficina, o Consolidated."),
        both("Head office", "Oficina central"),
      ),
      indicator: required(TEXT, both("The indicator's code.", "El código del indicador."), "OCL"),
      value: required({ kind: "number" }, both("Its value then.", "Su valor entonces."), 0.82),
    },
  }),
  processAttributes: sheet({
    purpose: both(
      "Optional. Each process attribute (ISO/IEC 33020) rated in an audit; they give the capability level.",
      "Opcional. Cada atributo de proceso (ISO/IEC 33020) calificado en una auditoría; dan el nivel de capacidad.",
    ),
    columns: {
      auditId: required(ID, both("The audit that rated it.", "La auditoría que lo calificó."), "AUD-001"),
      process: required(
        { kind: "process" },
        both("The process code of the catalog.", "El código de proceso del catálogo."),
        "4",
      ),
      attribute: required(
        list(PROCESS_ATTRIBUTE, SPANISH.attribute),
        both(
          "PA k.x is of level k. Level = highest k with its attributes L or F and all below F (0 if PA 1.1 is below L); an attribute not rated is not achieved.",
          "PA k.x es del nivel k. Nivel = el mayor k con sus atributos en L o F y los inferiores en F (0 si PA 1.1 < L); un atributo sin calificar no se alcanza.",
        ),
        "PA 1.1",
      ),
      rating: required(
        openList(ATTRIBUTE_RATING, SPANISH.rating),
        both(
          "N, P, L or F, or the percentage achieved: N up to 15 %, P above 15 up to 50 %, L above 50 up to 85 %, F above 85 % (15, 50 and 85 % exactly are N, P and L).",
          "N, P, L o F, o el porcentaje alcanzado: N hasta 15 %, P más de 15 hasta 50 %, L más de 50 hasta 85 %, F más de 85 % (15, 50 y 85 % exactos son N, P y L).",
        ),
        "F",
      ),
      notes: optional(TEXT, both("Anything worth noting.", "Cualquier observación.")),
    },
  }),
  training: sheet({
    purpose: both(
      "Optional. One course of one process leader; coverage = required courses held on the as-of date / required courses.",
      "Opcional. Un curso de un líder de proceso; cobertura = cursos obligatorios vigentes en la fecha de corte / obligatorios.",
    ),
    columns: {
      person: required(TEXT, both("The process leader.", "El líder de proceso."), "Ana Pérez"),
      office: OFFICE,
      teamOrProcess: required(
        TEXT,
        both(
          "The leader's team (SMR, D&T, S&C, O&R) or a process code, whose team is taken.",
          "El equipo del líder (SMR, D&T, S&C, O&R) o un código de proceso, del que se toma su equipo.",
        ),
        "S&C",
      ),
      course: required(
        TEXT,
        both("The course.", "El curso."),
        both("ISO/IEC 20000 Foundation", "Fundamentos de ISO/IEC 20000"),
      ),
      required: optional(
        list(YES_NO, SPANISH.yesNo),
        both("Whether the leader must hold it; blank = Yes.", "Si el líder debe tenerlo; en blanco = Sí."),
        "Yes",
      ),
      completedOn: optional(
        DATE,
        both(
          "When it was completed; held from that day (blank = not held).",
          "Cuándo se completó; vigente desde ese día (en blanco = no lo tiene).",
        ),
        "2026-02-10",
      ),
      validUntil: optional(
        DATE,
        both(
          "Last day it is valid; blank = no end. Listed as expiring when it ends within 90 days of the as-of date.",
          "Último día de vigencia; en blanco = sin fin. Se lista como por vencer si vence dentro de 90 días desde la fecha de corte.",
        ),
        "2028-02-10",
      ),
    },
  }),
} as const satisfies { readonly [S in SheetKey]: AnySheetSchema };

type Schemas = typeof SHEET_SCHEMAS;
/** The column keys of sheet S, in template order. */
export type ColumnKeyOf<S extends SheetKey> = S extends SheetKey ? keyof Schemas[S]["columns"] & HeaderKey : never;
/** The English headers of sheet S. */
export type EnglishHeaderOf<S extends SheetKey> = (typeof HEADERS)[ColumnKeyOf<S>]["en"];

/** The column keys of a sheet, in template order. */
export function columnKeys<S extends SheetKey>(key: S): readonly ColumnKeyOf<S>[] {
  return Object.keys(SHEET_SCHEMAS[key].columns) as ColumnKeyOf<S>[];
}

/** One column of a sheet's declaration. */
export function columnSchema(sheet: SheetKey, column: HeaderKey): ColumnSchema | undefined {
  const columns: Readonly<Partial<Record<HeaderKey, ColumnSchema>>> = SHEET_SCHEMAS[sheet].columns;
  return columns[column];
}

/** The keys a sheet's rows need and the others it reads (the parser's column lookup). */
export function sheetColumns(key: SheetKey): { required: readonly HeaderKey[]; optional: readonly HeaderKey[] } {
  const keys = columnKeys(key);
  const isRequired = (k: HeaderKey) => columnSchema(key, k)?.required === true;
  return { required: keys.filter(isRequired), optional: keys.filter((k) => !isRequired(k)) };
}

/** The example row of a sheet, in `language`, in template column order. */
export function exampleRow(key: SheetKey, language: "en" | "es"): Cell[] {
  return columnKeys(key).map((k) => exampleValue(columnSchema(key, k), language));
}

function exampleValue(column: ColumnSchema | undefined, language: "en" | "es"): Cell {
  const example = column?.example;
  if (example === undefined) return null;
  if (typeof example === "object") return example[language];
  if (language === "es" && column?.rule.kind === "list" && typeof example === "string")
    return (column.rule.spanish as Readonly<Record<string, string>>)[example] ?? example;
  return example;
}
