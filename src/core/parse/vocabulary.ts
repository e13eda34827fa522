/**
 * Words the parser recognises: sheet names, column headers and enumerated values,
 * in English (canonical, first) and Spanish. Matching ignores case, accents, spaces
 * and punctuation (see `normalizeKey`).
 */
import type { Activity, TeamCode } from "../model/catalog";
import type {
  ActionKind,
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
};

/** The optional sheet holding an organisation's own catalog (it is not one of SHEET_KEYS). */
export const CATALOG_SHEET_NAMES: readonly string[] = ["Catalog", "Catálogo", "Catalogue"];

/** Column headers of each sheet: canonical English header -> accepted variants. */
export const HEADERS = {
  setting: ["Setting", "Parámetro", "Configuración"],
  value: ["Value", "Valor"],
  controlId: ["Control ID", "Control", "ID control", "ID de control", "Código de control"],
  office: ["Office", "Oficina"],
  clause: ["Clause", "Cláusula", "Requisito ISO"],
  requirement: ["Requirement", "Requisito"],
  owner: ["Owner", "Responsable"],
  status: ["Status", "Estado"],
  weight: ["Weight", "Peso"],
  notes: ["Notes", "Notas", "Observaciones"],
  evidenceId: ["Evidence ID", "ID evidencia", "ID de evidencia"],
  description: ["Description", "Descripción"],
  link: ["Link", "Enlace"],
  collectedOn: ["Collected on", "Recogida el", "Fecha de recogida"],
  validUntil: ["Valid until", "Válida hasta", "Vigente hasta"],
  reviewer: ["Reviewer", "Revisor"],
  taskId: ["Task ID", "ID tarea", "ID de tarea"],
  activity: ["Activity", "Actividad"],
  projectId: ["Project ID", "ID proyecto", "ID de proyecto"],
  dueDate: ["Due date", "Fecha límite", "Vence", "Fecha de vencimiento"],
  doneOn: ["Done on", "Hecha el", "Fecha de cierre"],
  name: ["Name", "Nombre"],
  type: ["Type", "Tipo"],
  startDate: ["Start date", "Fecha de inicio", "Inicio"],
  progress: ["Progress", "Avance", "Progreso"],
  riskId: ["Risk ID", "ID riesgo", "ID de riesgo"],
  likelihood: ["Likelihood", "Probabilidad"],
  impact: ["Impact", "Impacto"],
  mitigation: ["Mitigation", "Mitigación"],
  auditId: ["Audit ID", "ID auditoría", "ID de auditoría"],
  campaign: ["Campaign", "Campaña"],
  endDate: ["End date", "Fecha de fin", "Fin"],
  levelAchieved: ["Level achieved", "Nivel alcanzado"],
  leadAuditor: ["Lead auditor", "Auditor líder"],
  process: ["Process", "Proceso"],
  serviceGroup: ["Service group", "Grupo de servicio"],
  level: ["Level", "Nivel"],
  findingId: ["Finding ID", "ID hallazgo", "ID de hallazgo"],
  actionId: ["Action ID", "ID acción", "ID de acción"],
  kind: ["Kind", "Clase", "Tipo de acción"],
  closedOn: ["Closed on", "Cerrada el", "Fecha de cierre"],
  effective: ["Effective", "Eficaz", "Efectiva"],
  planId: ["Plan ID", "ID plan", "ID de plan"],
  title: ["Title", "Título"],
  completedOn: ["Completed on", "Completado el", "Fecha de finalización"],
  asOfDate: ["As-of date", "Fecha de corte", "Fecha"],
  indicator: ["Indicator", "Indicador"],
  code: ["Code", "Código", "Código de proceso"],
  team: ["Team", "Equipo"],
} as const;
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

/** The Spanish header of each column the template writes, by its English header (template.ts, messages). */
export const SPANISH_HEADERS = {
  Setting: "Parámetro",
  Value: "Valor",
  "Control ID": "ID de control",
  Office: "Oficina",
  Clause: "Cláusula",
  Requirement: "Requisito",
  Owner: "Responsable",
  Status: "Estado",
  Weight: "Peso",
  Notes: "Notas",
  "Evidence ID": "ID de evidencia",
  Description: "Descripción",
  Link: "Enlace",
  "Collected on": "Fecha de recogida",
  "Valid until": "Vigente hasta",
  Reviewer: "Revisor",
  "Task ID": "ID de tarea",
  Activity: "Actividad",
  "Project ID": "ID de proyecto",
  "Due date": "Fecha límite",
  "Done on": "Hecha el",
  Name: "Nombre",
  Type: "Tipo",
  "Start date": "Fecha de inicio",
  Progress: "Avance",
  "Risk ID": "ID de riesgo",
  Likelihood: "Probabilidad",
  Impact: "Impacto",
  Mitigation: "Mitigación",
  "Audit ID": "ID de auditoría",
  Campaign: "Campaña",
  "End date": "Fecha de fin",
  "Level achieved": "Nivel alcanzado",
  "Lead auditor": "Auditor líder",
  Process: "Proceso",
  "Service group": "Grupo de servicio",
  Level: "Nivel",
  "Finding ID": "ID de hallazgo",
  "Action ID": "ID de acción",
  Kind: "Tipo de acción",
  "Closed on": "Cerrada el",
  Effective: "Eficaz",
  "Plan ID": "ID de plan",
  Title: "Título",
  "Completed on": "Fecha de finalización",
  "As-of date": "Fecha de corte",
  Indicator: "Indicador",
} as const;

/** The Spanish header of an English one, or the English one when there is none. */
export function spanishHeader(english: string): string {
  return Object.hasOwn(SPANISH_HEADERS, english) ? SPANISH_HEADERS[english as keyof typeof SPANISH_HEADERS] : english;
}
