/**
 * The Spanish word the product writes for each canonical value of an enumerated column (the
 * template's drop-downs, result sheets, messages). Each is among the words the parser accepts.
 */
// @ts-nocheck

import type { Activity } from "./catalog";
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
  TaskStatus,
} from "./records";

export type SpanishWords<T extends string> = Readonly<Record<T, string>>;

export const SPANISH = {
  controlStatus: {
    Compliant: "Cumple",
    "Partially compliant": "Cumple parcialmente",
    "Not compliant": "No cumple",
    "Not applicable": "No aplica",
  },
  evidenceStatus: { Accepted: "Aceptada", Pending: "Pendiente", Rejected: "Rechazada" },
  activity: { Define: "Definir", GAP: "Análisis GAP", Risk: "Riesgo", Compliance: "Cumplimiento", Record: "Registro" },
  taskStatus: { "Not started": "No iniciada", "In progress": "En curso", Done: "Hecha" },
  projectStatus: { Planned: "Planificado", Active: "Activo", Completed: "Completado", Cancelled: "Cancelado" },
  riskStatus: { Open: "Abierto", Closed: "Cerrado" },
  findingType: {
    FGP: "Buena práctica",
    FOP: "Oportunidad de mejora",
    FOB: "Observación",
    FNC: "No conformidad",
    FCC: "No conformidad crítica",
  },
  findingStatus: { Open: "Abierto", Closed: "Cerrado" },
  actionKind: { Corrective: "Correctiva", Preventive: "Preventiva" },
  actionStatus: { Open: "Abierta", "In progress": "En curso", Closed: "Cerrada" },
  improvementStatus: { Planned: "Planificado", "In progress": "En curso", Done: "Completado" },
  yesNo: { Yes: "Sí", No: "No" },
  // ISO/IEC 33020 names attributes and ratings by the same codes in Spanish texts.
  attribute: {
    "PA 1.1": "PA 1.1",
    "PA 2.1": "PA 2.1",
    "PA 2.2": "PA 2.2",
    "PA 3.1": "PA 3.1",
    "PA 3.2": "PA 3.2",
    "PA 4.1": "PA 4.1",
    "PA 4.2": "PA 4.2",
    "PA 5.1": "PA 5.1",
    "PA 5.2": "PA 5.2",
  },
  rating: { N: "N", P: "P", L: "L", F: "F" },
} as const satisfies {
  controlStatus: SpanishWords<ControlStatus>;
  evidenceStatus: SpanishWords<EvidenceStatus>;
  activity: SpanishWords<Activity>;
  taskStatus: SpanishWords<TaskStatus>;
  projectStatus: SpanishWords<ProjectStatus>;
  riskStatus: SpanishWords<RiskStatus>;
  findingType: SpanishWords<FindingType>;
  findingStatus: SpanishWords<FindingStatus>;
  actionKind: SpanishWords<ActionKind>;
  actionStatus: SpanishWords<ActionStatus>;
  improvementStatus: SpanishWords<ImprovementStatus>;
  yesNo: SpanishWords<"Yes" | "No">;
  attribute: SpanishWords<ProcessAttribute>;
  rating: SpanishWords<AttributeRating>;
};
