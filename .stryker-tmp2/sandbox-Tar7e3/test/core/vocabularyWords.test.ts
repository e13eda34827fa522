/**
 * The spellings the parser promises to read (vocabulary.ts), written out here rather than taken
 * from the vocabulary itself: a word dropped from it by accident would stop auditors' existing
 * workbooks from being read, and only a list kept apart can notice. Matching ignores case,
 * accents, spaces and punctuation, so each word is also tried in capitals and without accents.
 */
// @ts-nocheck

import * as VOCABULARY from "../../src/core/parse/vocabulary";
import { type HeaderKey, type Vocabulary, normalizeKey } from "../../src/core/parse/vocabulary";
import { enumParser } from "../../src/core/parse/cellValues";
import { inputSheetKey, isCatalogSheet } from "../../src/core/parse/parseWorkbook";
import { locateTable } from "../../src/core/parse/sheetTable";
import { sheet } from "../helpers/grids";

const unaccented = (word: string) => word.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
/** A word as written, in capitals, without its accents and with other spacing and punctuation. */
const spellings = (word: string) => [word, word.toUpperCase(), unaccented(word), ` ${word.replace(/ /g, "_")} `];

const SHEET_NAMES = {
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
} as const;
const CATALOG_NAMES = ["Catalog", "Catálogo", "Catalogue"];
const HEADER_WORDS: Readonly<Record<HeaderKey, readonly string[]>> = {
  setting: ["Parámetro", "Configuración"],
  value: ["Valor"],
  controlId: ["ID de control", "Control", "ID control", "Código de control"],
  office: ["Oficina"],
  clause: ["Cláusula", "Requisito ISO"],
  requirement: ["Requisito"],
  owner: ["Responsable"],
  status: ["Estado"],
  weight: ["Peso"],
  notes: ["Notas", "Observaciones"],
  evidenceId: ["ID de evidencia", "ID evidencia"],
  description: ["Descripción"],
  link: ["Enlace"],
  collectedOn: ["Fecha de recogida", "Recogida el"],
  validUntil: ["Vigente hasta", "Válida hasta"],
  reviewer: ["Revisor"],
  taskId: ["ID de tarea", "ID tarea"],
  activity: ["Actividad"],
  projectId: ["ID de proyecto", "ID proyecto"],
  dueDate: ["Fecha límite", "Vence", "Fecha de vencimiento"],
  doneOn: ["Hecha el", "Fecha de cierre"],
  name: ["Nombre"],
  type: ["Tipo"],
  startDate: ["Fecha de inicio", "Inicio"],
  progress: ["Avance", "Progreso"],
  riskId: ["ID de riesgo", "ID riesgo"],
  likelihood: ["Probabilidad"],
  impact: ["Impacto"],
  mitigation: ["Mitigación"],
  auditId: ["ID de auditoría", "ID auditoría"],
  campaign: ["Campaña"],
  endDate: ["Fecha de fin", "Fin"],
  levelAchieved: ["Nivel alcanzado"],
  leadAuditor: ["Auditor líder"],
  process: ["Proceso"],
  serviceGroup: ["Grupo de servicio"],
  level: ["Nivel"],
  findingId: ["ID de hallazgo", "ID hallazgo"],
  actionId: ["ID de acción", "ID acción"],
  kind: ["Tipo de acción", "Clase"],
  closedOn: ["Cerrada el", "Fecha de cierre"],
  effective: ["Eficaz", "Efectiva"],
  planId: ["ID de plan", "ID plan"],
  title: ["Título"],
  completedOn: ["Fecha de finalización", "Completado el"],
  asOfDate: ["Fecha de corte", "Fecha"],
  indicator: ["Indicador"],
  code: ["Código", "Código de proceso"],
  team: ["Equipo"],
  attribute: ["Atributo", "Process attribute", "Atributo de proceso", "PA"],
  rating: ["Calificación", "Valoración"],
  person: ["Persona", "Leader", "Líder", "Process leader", "Líder de proceso"],
  teamOrProcess: ["Equipo o proceso", "Team / Process", "Equipo / Proceso"],
  course: ["Curso", "Training course", "Curso de capacitación"],
  required: ["Obligatorio", "Mandatory", "Requerido"],
};
/** Each enumeration by its name in vocabulary.ts: canonical value -> the other words it is read from. */
const WORDS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  CONTROL_STATUS: {
    Compliant: ["C", "Cumple", "Conforme", "Yes", "Sí"],
    "Partially compliant": ["PC", "P", "Partial", "Cumple parcialmente", "Parcial", "Parcialmente conforme"],
    "Not compliant": ["NC", "No cumple", "Non compliant", "No conforme"],
    "Not applicable": ["NA", "N/A", "No aplica", "n.a."],
  },
  EVIDENCE_STATUS: {
    Accepted: ["A", "Aceptada", "Aceptado", "Approved", "Aprobada"],
    Pending: ["P", "Pendiente", "En revisión"],
    Rejected: ["R", "Rechazada", "Rechazado"],
  },
  ACTIVITY: {
    Define: ["DEF", "Definition", "Definir", "Definición"],
    GAP: ["Applicability analysis", "Gap analysis", "Análisis de aplicabilidad", "Análisis GAP", "Brecha"],
    Risk: ["RSK", "Risk assessment", "Riesgo", "Riesgos", "Evaluación de riesgos"],
    Compliance: ["CMP", "Compliance management", "Cumplimiento", "Gestión del cumplimiento"],
    Record: ["REC", "Improvement record", "Registro", "Registro de mejoras"],
  },
  TASK_STATUS: {
    "Not started": ["NS", "No iniciada", "Sin iniciar", "To do", "Pendiente"],
    "In progress": ["IP", "En curso", "En progreso", "En proceso"],
    Done: ["D", "Completed", "Hecha", "Hecho", "Terminada", "Completada", "Finalizada"],
  },
  PROJECT_STATUS: {
    Planned: ["Planificado", "Planeado", "Plan"],
    Active: ["En curso", "Activo", "In progress", "En ejecución"],
    Completed: ["Done", "Completado", "Terminado", "Finalizado", "Cerrado"],
    Cancelled: ["Canceled", "Cancelado", "Anulado"],
  },
  RISK_STATUS: { Open: ["Abierto", "Abierta", "Activo"], Closed: ["Cerrado", "Cerrada"] },
  FINDING_TYPE: {
    FGP: ["Good practice", "Buena práctica", "Buenas prácticas"],
    FOP: ["Opportunity for improvement", "Opportunity of improvement", "Oportunidad de mejora", "OM"],
    FOB: ["Observation", "Observación"],
    FNC: ["Non-conformity", "Nonconformity", "Non-conformance", "No conformidad", "NC"],
    FCC: ["Critical non-conformity", "Critical non-conformance", "No conformidad crítica", "No conformidad mayor"],
  },
  FINDING_STATUS: { Open: ["Abierto", "Abierta"], Closed: ["Cerrado", "Cerrada"] },
  ACTION_KIND: {
    Corrective: ["C", "CA", "Correctiva", "Correctivo"],
    Preventive: ["P", "PA", "Preventiva", "Preventivo"],
  },
  ACTION_STATUS: {
    Open: ["Abierta", "Abierto", "Not started"],
    "In progress": ["En curso", "En progreso", "En proceso"],
    Closed: ["Done", "Cerrada", "Cerrado", "Completada"],
  },
  IMPROVEMENT_STATUS: {
    Planned: ["Planificado", "Planificada", "Planeado"],
    "In progress": ["En curso", "En progreso"],
    Done: ["Completed", "Hecho", "Completado", "Completada", "Terminado"],
  },
  TEAM: {
    SMR: ["SMS Representatives", "Representantes del SGS", "Representantes del SMS"],
    "D&T": ["Design and Transition", "Diseño y Transición"],
    "S&C": ["Support and Control", "Soporte y Control"],
    "O&R": ["Operation and Resolution", "Operación y Resolución"],
  },
  YES_NO: { Yes: ["Y", "Sí", "Si", "S", "True", "Verdadero", "1"], No: ["N", "False", "Falso", "0"] },
  PROCESS_ATTRIBUTE: {
    "PA 1.1": ["AP 1.1"],
    "PA 2.1": ["AP 2.1"],
    "PA 2.2": ["AP 2.2"],
    "PA 3.1": ["AP 3.1"],
    "PA 3.2": ["AP 3.2"],
    "PA 4.1": ["AP 4.1"],
    "PA 4.2": ["AP 4.2"],
    "PA 5.1": ["AP 5.1"],
    "PA 5.2": ["AP 5.2"],
  },
  ATTRIBUTE_RATING: {
    N: ["Not achieved", "No alcanzado"],
    P: ["Partially achieved", "Partially", "Parcialmente alcanzado", "Parcialmente"],
    L: ["Largely achieved", "Largely", "Ampliamente alcanzado", "Ampliamente", "A"],
    F: ["Fully achieved", "Fully", "Totalmente alcanzado", "Totalmente", "T"],
  },
};

describe("the words the parser reads", () => {
  it("finds each input sheet by any of its names, and the Catalog sheet by its own", () => {
    const wrong: string[] = [];
    for (const [key, names] of Object.entries(SHEET_NAMES))
      for (const name of names) for (const s of spellings(name)) if (inputSheetKey(s) !== key) wrong.push(s);
    for (const name of CATALOG_NAMES) for (const s of spellings(name)) if (!isCatalogSheet(s)) wrong.push(s);
    expect(wrong).toEqual([]);
    expect([inputSheetKey("Control"), isCatalogSheet("Catalogs")]).toEqual([undefined, false]);
  });

  it("finds each column by its Spanish header and its other names", () => {
    const wrong: string[] = [];
    for (const [key, words] of Object.entries(HEADER_WORDS) as [HeaderKey, readonly string[]][])
      for (const word of words)
        for (const s of spellings(word))
          if (locateTable(sheet("S", [[s]]), [key]).columns.get(key) !== 0) wrong.push(`${key}: ${s}`);
    expect(wrong).toEqual([]);
  });

  it("reads each enumerated value from its canonical word and each other word", () => {
    const wrong: string[] = [];
    for (const [name, words] of Object.entries(WORDS)) {
      const vocabulary = (VOCABULARY as unknown as Record<string, Vocabulary<string>>)[name];
      const parse = enumParser(vocabulary);
      for (const [canonical, others] of Object.entries(words))
        for (const word of [canonical, ...others])
          for (const s of spellings(word)) {
            const read = parse(s);
            if (!read.ok || read.value !== canonical) wrong.push(`${name}: ${s}`);
          }
      expect([name, Object.keys(vocabulary)]).toEqual([name, Object.keys(words)]);
    }
    expect(wrong).toEqual([]);
  });

  it("compares words without case, accents, spaces or punctuation", () => {
    expect(["Cláusula", "CLAUSULA", " cláu-su.la ", "Clau sula"].map(normalizeKey)).toEqual(Array(4).fill("clausula"));
    expect(normalizeKey("Ñandú 20000-1:2018")).toBe("nandu2000012018");
  });
});
