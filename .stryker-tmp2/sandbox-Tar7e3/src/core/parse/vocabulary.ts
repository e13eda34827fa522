/**
 * Words the parser recognises: sheet names, column headers and enumerated values,
 * in English (canonical, first) and Spanish. Matching ignores case, accents, spaces
 * and punctuation (see `normalizeKey`).
 */
// @ts-nocheck

import type { Activity, TeamCode } from "../model/catalog";
import type {
  ActionKind,
  AttributeRating,
  ProcessAttribute,
  ActionStatus,
  ControlStatus,
  EvidenceStatus,
  FindingStatus,
  FindingType,
  ImprovementStatus,
  ProjectStatus,
  RiskStatus,
  SheetKey,
  TaskStatus,
} from "../model/records";

/** Lower case, accents removed, everything but letters and digits dropped. */
export function normalizeKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** Sheet names: the English canonical name first. */
export const SHEET_NAMES: Readonly<Record<SheetKey, readonly string[]>> = {
  settings: ["Settings", "Configuración", "Parámetros"],
  controls: ["Controls", "Controles"],
  evidence: ["Evidence", "Evidencias", "Evidencia"],
  tasks: ["Tasks", "Tareas"],
  projects: ["Projects", "Proyectos"],
  risks: ["Risks", "Riesgos"],
  audits: ["Audits", "Auditorías"],
  maturity: ["Maturity", "Madurez"],
  findings: ["Findings", "Hallazgos"],
  actions: ["Actions", "Acciones"],
  improvements: ["Improvements", "Mejoras", "Planes de mejora"],
  history: ["Indicator history", "Historial de indicadores"],
  processAttributes: ["Process attributes", "Atributos de proceso", "Atributos de procesos"],
  training: ["Training", "Capacitación", "Formación"],
};

/** The optional sheet holding an organisation's own catalog (it is not one of SHEET_KEYS). */
export const CATALOG_SHEET_NAMES: readonly string[] = ["Catalog", "Catálogo", "Catalogue"];

/** The words of one column header: the English header (canonical), the Spanish one a Spanish template writes, and other accepted words. */
export interface ColumnWords {
  readonly en: string;
  readonly es: string;
  readonly aliases: readonly string[];
}

/**
 * Column headers by column key. A key names the same column in every sheet that has it (Status,
 * Due date...), so its words are written once here; which sheet has which columns, and how each is
 * filled in, is declared per sheet in sheetSchemas.ts.
 */
export const HEADERS = {
  setting: { en: "Setting", es: "Parámetro", aliases: ["Configuración"] },
  value: { en: "Value", es: "Valor", aliases: [] },
  controlId: { en: "Control ID", es: "ID de control", aliases: ["Control", "ID control", "Código de control"] },
  office: { en: "Office", es: "Oficina", aliases: [] },
  clause: { en: "Clause", es: "Cláusula", aliases: ["Requisito ISO"] },
  requirement: { en: "Requirement", es: "Requisito", aliases: [] },
  owner: { en: "Owner", es: "Responsable", aliases: [] },
  status: { en: "Status", es: "Estado", aliases: [] },
  weight: { en: "Weight", es: "Peso", aliases: [] },
  notes: { en: "Notes", es: "Notas", aliases: ["Observaciones"] },
  evidenceId: { en: "Evidence ID", es: "ID de evidencia", aliases: ["ID evidencia"] },
  description: { en: "Description", es: "Descripción", aliases: [] },
  link: { en: "Link", es: "Enlace", aliases: [] },
  collectedOn: { en: "Collected on", es: "Fecha de recogida", aliases: ["Recogida el"] },
  validUntil: { en: "Valid until", es: "Vigente hasta", aliases: ["Válida hasta"] },
  reviewer: { en: "Reviewer", es: "Revisor", aliases: [] },
  taskId: { en: "Task ID", es: "ID de tarea", aliases: ["ID tarea"] },
  activity: { en: "Activity", es: "Actividad", aliases: [] },
  projectId: { en: "Project ID", es: "ID de proyecto", aliases: ["ID proyecto"] },
  dueDate: { en: "Due date", es: "Fecha límite", aliases: ["Vence", "Fecha de vencimiento"] },
  doneOn: { en: "Done on", es: "Hecha el", aliases: ["Fecha de cierre"] },
  name: { en: "Name", es: "Nombre", aliases: [] },
  type: { en: "Type", es: "Tipo", aliases: [] },
  startDate: { en: "Start date", es: "Fecha de inicio", aliases: ["Inicio"] },
  progress: { en: "Progress", es: "Avance", aliases: ["Progreso"] },
  riskId: { en: "Risk ID", es: "ID de riesgo", aliases: ["ID riesgo"] },
  likelihood: { en: "Likelihood", es: "Probabilidad", aliases: [] },
  impact: { en: "Impact", es: "Impacto", aliases: [] },
  mitigation: { en: "Mitigation", es: "Mitigación", aliases: [] },
  auditId: { en: "Audit ID", es: "ID de auditoría", aliases: ["ID auditoría"] },
  campaign: { en: "Campaign", es: "Campaña", aliases: [] },
  endDate: { en: "End date", es: "Fecha de fin", aliases: ["Fin"] },
  levelAchieved: { en: "Level achieved", es: "Nivel alcanzado", aliases: [] },
  leadAuditor: { en: "Lead auditor", es: "Auditor líder", aliases: [] },
  process: { en: "Process", es: "Proceso", aliases: [] },
  serviceGroup: { en: "Service group", es: "Grupo de servicio", aliases: [] },
  level: { en: "Level", es: "Nivel", aliases: [] },
  findingId: { en: "Finding ID", es: "ID de hallazgo", aliases: ["ID hallazgo"] },
  actionId: { en: "Action ID", es: "ID de acción", aliases: ["ID acción"] },
  kind: { en: "Kind", es: "Tipo de acción", aliases: ["Clase"] },
  closedOn: { en: "Closed on", es: "Cerrada el", aliases: ["Fecha de cierre"] },
  effective: { en: "Effective", es: "Eficaz", aliases: ["Efectiva"] },
  planId: { en: "Plan ID", es: "ID de plan", aliases: ["ID plan"] },
  title: { en: "Title", es: "Título", aliases: [] },
  completedOn: { en: "Completed on", es: "Fecha de finalización", aliases: ["Completado el"] },
  asOfDate: { en: "As-of date", es: "Fecha de corte", aliases: ["Fecha"] },
  indicator: { en: "Indicator", es: "Indicador", aliases: [] },
  code: { en: "Code", es: "Código", aliases: ["Código de proceso"] },
  team: { en: "Team", es: "Equipo", aliases: [] },
  attribute: { en: "Attribute", es: "Atributo", aliases: ["Process attribute", "Atributo de proceso", "PA"] },
  rating: { en: "Rating", es: "Calificación", aliases: ["Valoración"] },
  person: { en: "Person", es: "Persona", aliases: ["Leader", "Líder", "Process leader", "Líder de proceso"] },
  teamOrProcess: { en: "Team or Process", es: "Equipo o proceso", aliases: ["Team / Process", "Equipo / Proceso"] },
  course: { en: "Course", es: "Curso", aliases: ["Training course", "Curso de capacitación"] },
  required: { en: "Required", es: "Obligatorio", aliases: ["Mandatory", "Requerido"] },
} as const satisfies Readonly<Record<string, ColumnWords>>;
export type HeaderKey = keyof typeof HEADERS;

/** An enumeration: canonical value -> accepted words and codes. */
export type Vocabulary<T extends string> = Readonly<Record<T, readonly string[]>>;

export const CONTROL_STATUS: Vocabulary<ControlStatus> = {
  Compliant: ["C", "Cumple", "Conforme", "Yes", "Sí"],
  "Partially compliant": ["PC", "P", "Partial", "Cumple parcialmente", "Parcial", "Parcialmente conforme"],
  "Not compliant": ["NC", "No cumple", "Non compliant", "No conforme"],
  "Not applicable": ["NA", "N/A", "No aplica", "n.a."],
};

export const EVIDENCE_STATUS: Vocabulary<EvidenceStatus> = {
  Accepted: ["A", "Aceptada", "Aceptado", "Approved", "Aprobada"],
  Pending: ["P", "Pendiente", "En revisión"],
  Rejected: ["R", "Rechazada", "Rechazado"],
};

export const ACTIVITY: Vocabulary<Activity> = {
  Define: ["DEF", "Definition", "Definir", "Definición"],
  GAP: ["Applicability analysis", "Gap analysis", "Análisis de aplicabilidad", "Análisis GAP", "Brecha"],
  Risk: ["RSK", "Risk assessment", "Riesgo", "Riesgos", "Evaluación de riesgos"],
  Compliance: ["CMP", "Compliance management", "Cumplimiento", "Gestión del cumplimiento"],
  Record: ["REC", "Improvement record", "Registro", "Registro de mejoras"],
};

export const TASK_STATUS: Vocabulary<TaskStatus> = {
  "Not started": ["NS", "No iniciada", "Sin iniciar", "To do", "Pendiente"],
  "In progress": ["IP", "En curso", "En progreso", "En proceso"],
  Done: ["D", "Completed", "Hecha", "Hecho", "Terminada", "Completada", "Finalizada"],
};

export const PROJECT_STATUS: Vocabulary<ProjectStatus> = {
  Planned: ["Planificado", "Planeado", "Plan"],
  Active: ["En curso", "Activo", "In progress", "En ejecución"],
  Completed: ["Done", "Completado", "Terminado", "Finalizado", "Cerrado"],
  Cancelled: ["Canceled", "Cancelado", "Anulado"],
};

export const RISK_STATUS: Vocabulary<RiskStatus> = {
  Open: ["Abierto", "Abierta", "Activo"],
  Closed: ["Cerrado", "Cerrada"],
};

export const FINDING_TYPE: Vocabulary<FindingType> = {
  FGP: ["Good practice", "Buena práctica", "Buenas prácticas"],
  FOP: ["Opportunity for improvement", "Opportunity of improvement", "Oportunidad de mejora", "OM"],
  FOB: ["Observation", "Observación"],
  FNC: ["Non-conformity", "Nonconformity", "Non-conformance", "No conformidad", "NC"],
  FCC: ["Critical non-conformity", "Critical non-conformance", "No conformidad crítica", "No conformidad mayor"],
};

export const FINDING_STATUS: Vocabulary<FindingStatus> = {
  Open: ["Abierto", "Abierta"],
  Closed: ["Cerrado", "Cerrada"],
};

export const ACTION_KIND: Vocabulary<ActionKind> = {
  Corrective: ["C", "CA", "Correctiva", "Correctivo"],
  Preventive: ["P", "PA", "Preventiva", "Preventivo"],
};

export const ACTION_STATUS: Vocabulary<ActionStatus> = {
  Open: ["Abierta", "Abierto", "Not started"],
  "In progress": ["En curso", "En progreso", "En proceso"],
  Closed: ["Done", "Cerrada", "Cerrado", "Completada"],
};

export const IMPROVEMENT_STATUS: Vocabulary<ImprovementStatus> = {
  Planned: ["Planificado", "Planificada", "Planeado"],
  "In progress": ["En curso", "En progreso"],
  Done: ["Completed", "Hecho", "Completado", "Completada", "Terminado"],
};

export const TEAM: Vocabulary<TeamCode> = {
  SMR: ["SMS Representatives", "Representantes del SGS", "Representantes del SMS"],
  "D&T": ["Design and Transition", "Diseño y Transición"],
  "S&C": ["Support and Control", "Soporte y Control"],
  "O&R": ["Operation and Resolution", "Operación y Resolución"],
};

export const YES_NO: Vocabulary<"Yes" | "No"> = {
  Yes: ["Y", "Sí", "Si", "S", "True", "Verdadero", "1"],
  No: ["N", "False", "Falso", "0"],
};

/** ISO/IEC 33020's process attributes; "AP" is how Spanish texts abbreviate them. */
export const PROCESS_ATTRIBUTE: Vocabulary<ProcessAttribute> = {
  "PA 1.1": ["AP 1.1"],
  "PA 2.1": ["AP 2.1"],
  "PA 2.2": ["AP 2.2"],
  "PA 3.1": ["AP 3.1"],
  "PA 3.2": ["AP 3.2"],
  "PA 4.1": ["AP 4.1"],
  "PA 4.2": ["AP 4.2"],
  "PA 5.1": ["AP 5.1"],
  "PA 5.2": ["AP 5.2"],
};

/** ISO/IEC 33020's rating words (a percentage is read as well: cellValues' rating parser). */
export const ATTRIBUTE_RATING: Vocabulary<AttributeRating> = {
  N: ["Not achieved", "No alcanzado"],
  P: ["Partially achieved", "Partially", "Parcialmente alcanzado", "Parcialmente"],
  L: ["Largely achieved", "Largely", "Ampliamente alcanzado", "Ampliamente", "A"],
  F: ["Fully achieved", "Fully", "Totalmente alcanzado", "Totalmente", "T"],
};

/** Builds a lookup from every normalised word of a vocabulary to its canonical value. */
export function vocabularyIndex<T extends string>(vocabulary: Vocabulary<T>): ReadonlyMap<string, T> {
  const index = new Map<string, T>();
  for (const canonical of Object.keys(vocabulary) as T[]) {
    index.set(normalizeKey(canonical), canonical);
    for (const word of vocabulary[canonical]) {
      const key = normalizeKey(word);
      if (!index.has(key)) index.set(key, canonical);
    }
  }
  return index;
}

/** Every word a column header is recognised by: the English, the Spanish, then the aliases. */
export function headerWords(key: HeaderKey): readonly string[] {
  const words: ColumnWords = HEADERS[key];
  return [words.en, words.es, ...words.aliases];
}
