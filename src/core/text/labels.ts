/** Texts of the result sheets, in English and Spanish (Language setting). */
import type { Process, Stage, Team } from "../model/catalog";
import type { OverdueKind, RiskLevel, Status, TrendDirection } from "../model/statuses";
import type { FindingType, Language, ProjectStatus, Severity } from "../model/records";
import { SPANISH } from "../model/spanishWords";
import { IMPROVEMENT_LABELS, type ImprovementLabels } from "./improvementLabels";
import { CAPABILITY_LABELS, type CapabilityLabels, type TrainingLabels } from "./capabilityLabels";

export type ResultSheetKey =
  | "scorecard"
  | "compliance"
  | "maturity"
  | "findings"
  | "projects"
  | "actions"
  | "improvement"
  | "calculation"
  | "issues";

/**
 * Result sheet names. workbook.md calls four of them Maturity, Findings, Projects and
 * Actions, which are also input sheets; a workbook cannot hold two sheets of one name,
 * so those four carry a second word (docs/decisions.md). The Spanish names avoid the
 * Spanish input sheet names the same way (Madurez, Hallazgos, Proyectos, Acciones).
 */
export const RESULT_SHEET_NAMES: Readonly<Record<Language, Readonly<Record<ResultSheetKey, string>>>> = {
  en: {
    scorecard: "Scorecard",
    compliance: "Compliance",
    maturity: "Maturity levels",
    findings: "Findings summary",
    projects: "Project risk",
    actions: "Actions summary",
    improvement: "Improvement view",
    calculation: "Calculation",
    issues: "Issues",
  },
  es: {
    scorecard: "Cuadro de mando",
    compliance: "Cumplimiento",
    maturity: "Niveles de madurez",
    findings: "Resumen de hallazgos",
    projects: "Riesgo de proyectos",
    actions: "Resumen de acciones",
    improvement: "Vista de mejora",
    calculation: "Cálculo",
    issues: "Problemas de datos",
  },
};

/** The English result sheet names (the default language). */
export const RESULT_SHEETS = RESULT_SHEET_NAMES.en;

/**
 * A fraction as a percentage, the one way the product writes one in text (result sheets, pane
 * cards, the command line): one decimal, "76.1 %"; `short` drops a zero decimal ("90 %", "85.5 %"),
 * as targets and thresholds are written.
 */
export function formatPercent(fraction: number, form: "fixed" | "short" = "fixed"): string {
  return `${form === "short" ? Math.round(fraction * 1000) / 10 : (fraction * 100).toFixed(1)} %`;
}

/** Every word a result sheet writes that depends on the language. */
export interface ResultLabels {
  readonly sheets: Readonly<Record<ResultSheetKey, string>>;
  readonly consolidated: string;
  readonly status: Readonly<Record<Status, string>>;
  readonly risk: Readonly<Record<RiskLevel, string>>;
  readonly direction: Readonly<Record<TrendDirection, string>>;
  readonly stage: Readonly<Record<Stage, string>>;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly yes: string;
  readonly no: string;
  readonly findingNames: Readonly<Record<FindingType, string>>;
  readonly projectStatus: Readonly<Record<ProjectStatus, string>>;
  readonly overdueKind: Readonly<Record<OverdueKind, string>>;
  readonly asOf: (date: string) => string;
  /** An undefined value, never 0 (framework.md section 2): "n/a", "n/d". */
  readonly notAvailable: string;
  /** Table 5's Audit LVL, in words. */
  readonly auditLevel: string;
  /**
   * The printed page's header and footer (Excel's codes: &P the page, &N the pages; text is
   * escaped by the caller): the organisation and the as-of date on top, the page count below.
   */
  readonly page: { readonly header: (org: string, asOf: string) => string; readonly footer: string };
  readonly processName: (p: Process) => string;
  readonly teamName: (t: Team) => string;
  readonly capability: CapabilityLabels;
  readonly training: TrainingLabels;
  readonly scorecard: {
    readonly title: (org: string) => string;
    readonly defaultOrg: string;
    readonly subtitle: (asOf: string, catalog: string, offices: number) => string;
    readonly target: (success: string, fail: string) => string;
    readonly header: readonly [string, string];
    readonly plan: string;
    readonly oclt: string;
    readonly positive: string;
    readonly ocltDirection: string;
    readonly evidenceCoverage: string;
    readonly taskCompletion: string;
    readonly clsSection: string;
    readonly cclSection: string;
    readonly plcSection: string;
    readonly actSection: string;
    readonly prk: string;
    readonly prkLevel: string;
    readonly derivedSection: string;
    readonly derivedMean: string;
    readonly derivedLevel: string;
    readonly derivedTarget: string;
    readonly stagePanel: string;
    readonly stageHeader: readonly [string, string];
    readonly campaigns: string;
    readonly campaignHeader: readonly string[];
    readonly trendSection: string;
    readonly asOfHeader: string;
    readonly trendChart: string;
    readonly legend: string;
    readonly legendLines: readonly [string, string, string, string];
    /** Why MEDIUM project risk is Fail. */
    readonly riskLegend: string;
  };
  readonly compliance: {
    readonly title: string;
    readonly subtitle: (asOf: string) => string;
    readonly cclSection: string;
    readonly processHeader: readonly [string, string, string];
    readonly clsSection: string;
    readonly clause: string;
    readonly clauseRow: (clause: string) => string;
    readonly clsChart: string;
    readonly measuresSection: string;
    readonly measure: string;
    readonly leadsSection: string;
    readonly leadsHeader: readonly string[];
  };
  readonly maturity: {
    readonly title: string;
    readonly subtitle: string;
    readonly assessedSection: string;
    readonly average: string;
    readonly level: string;
    readonly statusRow: string;
    readonly statusRule: string;
    readonly chart: string;
    readonly axis: string;
    readonly derivedSection: string;
  };
  readonly findings: {
    readonly title: string;
    readonly subtitle: string;
    readonly perAuditSection: string;
    readonly header: readonly [string, string];
    readonly objective: string;
    /** The limits charted over the campaigns: the least for FGP, the most for the others. */
    readonly objectiveMinimum: string;
    readonly objectiveMaximum: string;
    readonly chart: string;
    readonly axis: string;
    readonly levelSection: string;
    readonly variable: string;
    readonly meanLevel: string;
    readonly audits: string;
    readonly inCampaign: string;
  };
  readonly projects: {
    readonly title: string;
    readonly subtitle: string;
    readonly byOfficeSection: string;
    readonly officeHeader: readonly [string, string, string];
    readonly chart: string;
    readonly assessedSection: string;
    readonly projectHeader: readonly string[];
    readonly none: string;
  };
  readonly actions: {
    readonly title: string;
    readonly byOfficeSection: string;
    readonly header: readonly string[];
    readonly unactionedSection: string;
    readonly unactionedHeader: readonly string[];
    readonly allActioned: string;
    readonly overdueSection: string;
    readonly overdueHeader: readonly string[];
    readonly nothingOverdue: string;
  };
  readonly improvement: ImprovementLabels;
  readonly issues: {
    readonly title: string;
    readonly subtitle: (errors: number, warnings: number) => string;
    readonly header: readonly string[];
    readonly none: string;
  };
}

const EN: ResultLabels = {
  sheets: RESULT_SHEET_NAMES.en,
  consolidated: "Consolidated",
  status: { Success: "Success", Warning: "Warning", Fail: "Fail" },
  risk: { LOW: "LOW", MEDIUM: "MEDIUM", HIGH: "HIGH" },
  direction: { Positive: "Positive", Negative: "Negative", Flat: "Flat" },
  stage: { PLAN: "PLAN", DO: "DO", CHECK: "CHECK", ACT: "ACT" },
  severity: { error: "error", warning: "warning" },
  yes: "Yes",
  no: "No",
  findingNames: {
    FGP: "Good practices",
    FOP: "Opportunities for improvement",
    FOB: "Observations",
    FNC: "Non-conformities",
    FCC: "Critical non-conformities",
  },
  projectStatus: { Planned: "Planned", Active: "Active", Completed: "Completed", Cancelled: "Cancelled" },
  overdueKind: { Action: "Action", "Improvement plan": "Improvement plan" },
  asOf: (date) => `As of ${date}`,
  notAvailable: "n/a",
  auditLevel: "Audit LVL",
  page: { header: (org, asOf) => `${org} · as of ${asOf}`, footer: "Page &P of &N" },
  processName: (p) => p.name,
  teamName: (t) => t.name,
  ...CAPABILITY_LABELS.en,
  scorecard: {
    title: (org) => `${org}: service management scorecard`,
    defaultOrg: "ITSM Scorecard",
    subtitle: (asOf, catalog, offices) => `As of ${asOf} · ${catalog} · ${offices} office(s)`,
    target: (success, fail) => `>= ${success} (fail < ${fail})`,
    header: ["Indicator", "Target"],
    plan: "PLAN · office compliance",
    oclt: "OCLT (points per 30 days)",
    positive: "Positive",
    ocltDirection: "OCLT direction",
    evidenceCoverage: "Evidence coverage",
    taskCompletion: "Task completion",
    clsSection: "CLS(X) · compliance by clause",
    cclSection: "CCL(N) · compliance by process",
    plcSection: "PLC(Z) · process leads compliance",
    actSection: "ACT · project risk",
    prk: "PRK (1 LOW - 3 HIGH)",
    prkLevel: "PRK level",
    derivedSection: "Maturity derived from the activity ladder",
    derivedMean: "Derived ML (mean of ML(N))",
    derivedLevel: "Derived maturity level",
    derivedTarget: ">= 4 (fail <= 2)",
    stagePanel: "PDCA stage panel",
    stageHeader: ["Stage", "Team · indicator"],
    campaigns: "Audit campaigns",
    campaignHeader: [
      "Campaign",
      "Audits",
      "Assessed ML",
      "Maturity level",
      "Audit LVL",
      "FNC per audit",
      "FCC per audit",
    ],
    trendSection: "OCL trend (Indicator history and this run)",
    asOfHeader: "As of",
    trendChart: "OCL trend",
    legend: "Legend",
    legendLines: [
      "meets the target",
      "between the fail and success thresholds",
      "misses the target",
      "nothing feeds the indicator; left out of the means above it",
    ],
    riskLegend: "project risk (PRK): only LOW meets the target; MEDIUM and HIGH are Fail (Table 1 has no middle band)",
  },
  compliance: {
    title: "Control compliance",
    subtitle: (asOf) =>
      `As of ${asOf} · weighted score of applicable controls; a claim without valid evidence counts 0`,
    cclSection: "CCL(N) by process and office",
    processHeader: ["Process", "Name", "Team"],
    clsSection: "CLS(X) by clause",
    clause: "Clause",
    clauseRow: (clause) => `Clause ${clause}`,
    clsChart: "CLS by clause (consolidated)",
    measuresSection: "Evidence and tasks",
    measure: "Measure",
    leadsSection: "Process leads: controls they own",
    leadsHeader: ["Owner", "Office", "Controls", "Compliance", "Overdue tasks"],
  },
  maturity: {
    title: "Process maturity",
    subtitle: "Assessed ML(N): mean audit rating per process and campaign · level = the average rounded down",
    assessedSection: "Assessed maturity by campaign (Table 3)",
    average: "AVERAGE",
    level: "MATURITY LEVEL",
    statusRow: "Status",
    statusRule: "level >= 4 Success, <= 2 Fail",
    chart: "Process maturity by campaign",
    axis: "Maturity level",
    derivedSection: "Derived maturity by office (activity ladder)",
  },
  findings: {
    title: "Audit findings",
    subtitle: "Mean number of findings per audit in each campaign; an audit without a finding of a type counts 0",
    perAuditSection: "Findings per audit (Table 4)",
    header: ["Type", "Description"],
    objective: "Objective",
    objectiveMinimum: "Objective (minimum)",
    objectiveMaximum: "Objective (maximum)",
    chart: "Findings per audit by campaign",
    axis: "Findings per audit",
    levelSection: "Audit level achieved (Table 5)",
    variable: "Variable",
    meanLevel: "mean level achieved",
    audits: "Audits",
    inCampaign: "in the campaign",
  },
  projects: {
    title: "Project risk (PRK)",
    subtitle:
      "Planned and Active projects · PRK = the higher of exposure (likelihood x impact of open risks) and schedule",
    byOfficeSection: "PRK by office",
    officeHeader: ["Office", "Projects assessed", "PRK level"],
    chart: "Project risk by office",
    assessedSection: "Assessed projects",
    projectHeader: [
      "Office",
      "Project",
      "Name",
      "Status",
      "Exposure",
      "Exposure level",
      "Planned progress",
      "Progress",
      "Schedule gap",
      "Past due",
      "Schedule level",
      "PRK",
    ],
    none: "No Planned or Active project.",
  },
  actions: {
    title: "Corrective and preventive actions (CPA) and improvement plans (CIP)",
    byOfficeSection: "CPA and CIP by office",
    header: [
      "Office",
      "Open actions",
      "Overdue actions",
      "Closed actions",
      "Closed on time",
      "Effective",
      "Plans planned",
      "Plans in progress",
      "Plans done",
      "Overdue plans",
    ],
    unactionedSection: "Non-conformities without a corrective action",
    unactionedHeader: ["Office", "Finding", "Audit", "Type"],
    allActioned: "Every FNC and FCC has a corrective action.",
    overdueSection: "Overdue items",
    overdueHeader: ["Office", "Item", "ID", "Due date"],
    nothingOverdue: "Nothing is overdue.",
  },
  improvement: IMPROVEMENT_LABELS.en,
  issues: {
    title: "Problems found in the input",
    subtitle: (errors, warnings) =>
      `${errors} error(s): rows skipped · ${warnings} warning(s): values used or left out as said`,
    header: ["Severity", "Sheet", "Row", "Column", "Cell", "Value", "Message"],
    none: "No problems found.",
  },
};

const ES: ResultLabels = {
  sheets: RESULT_SHEET_NAMES.es,
  consolidated: "Consolidado",
  status: { Success: "Éxito", Warning: "Advertencia", Fail: "Falla" },
  risk: { LOW: "BAJO", MEDIUM: "MEDIO", HIGH: "ALTO" },
  direction: { Positive: "Positiva", Negative: "Negativa", Flat: "Estable" },
  stage: { PLAN: "PLANIFICAR", DO: "HACER", CHECK: "VERIFICAR", ACT: "ACTUAR" },
  severity: { error: "error", warning: "advertencia" },
  yes: "Sí",
  no: "No",
  findingNames: {
    FGP: "Buenas prácticas",
    FOP: "Oportunidades de mejora",
    FOB: "Observaciones",
    FNC: "No conformidades",
    FCC: "No conformidades críticas",
  },
  projectStatus: SPANISH.projectStatus,
  overdueKind: { Action: "Acción", "Improvement plan": "Plan de mejora" },
  asOf: (date) => `Fecha de corte ${date}`,
  notAvailable: "n/d",
  auditLevel: "Nivel de auditoría",
  page: { header: (org, asOf) => `${org} · fecha de corte ${asOf}`, footer: "Página &P de &N" },
  processName: (p) => p.nameEs ?? p.name,
  teamName: (t) => t.nameEs,
  ...CAPABILITY_LABELS.es,
  scorecard: {
    title: (org) => `${org}: cuadro de mando de gestión de servicios`,
    defaultOrg: "ITSM Scorecard",
    subtitle: (asOf, catalog, offices) => `Fecha de corte ${asOf} · ${catalog} · ${offices} oficina(s)`,
    target: (success, fail) => `>= ${success} (falla < ${fail})`,
    header: ["Indicador", "Meta"],
    plan: "PLANIFICAR · cumplimiento de la oficina",
    oclt: "OCLT (puntos cada 30 días)",
    positive: "Positiva",
    ocltDirection: "Dirección del OCLT",
    evidenceCoverage: "Cobertura de evidencias",
    taskCompletion: "Cumplimiento de tareas",
    clsSection: "CLS(X) · cumplimiento por cláusula",
    cclSection: "CCL(N) · cumplimiento por proceso",
    plcSection: "PLC(Z) · cumplimiento de los líderes de proceso",
    actSection: "ACTUAR · riesgo de proyectos",
    prk: "PRK (1 BAJO - 3 ALTO)",
    prkLevel: "Nivel de PRK",
    derivedSection: "Madurez derivada de la escala de actividades",
    derivedMean: "ML derivado (media de ML(N))",
    derivedLevel: "Nivel de madurez derivado",
    derivedTarget: ">= 4 (falla <= 2)",
    stagePanel: "Panel de etapas PHVA",
    stageHeader: ["Etapa", "Equipo · indicador"],
    campaigns: "Campañas de auditoría",
    campaignHeader: [
      "Campaña",
      "Auditorías",
      "ML evaluado",
      "Nivel de madurez",
      "Nivel de auditoría",
      "FNC por auditoría",
      "FCC por auditoría",
    ],
    trendSection: "Tendencia del OCL (historial de indicadores y esta ejecución)",
    asOfHeader: "Fecha de corte",
    trendChart: "Tendencia del OCL",
    legend: "Leyenda",
    legendLines: [
      "cumple la meta",
      "entre los umbrales de falla y de éxito",
      "no alcanza la meta",
      "ningún dato alimenta el indicador; se excluye de las medias superiores",
    ],
    riskLegend:
      "riesgo de proyectos (PRK): solo BAJO cumple la meta; MEDIO y ALTO son Falla (la Tabla 1 no tiene banda intermedia)",
  },
  compliance: {
    title: "Cumplimiento de controles",
    subtitle: (asOf) =>
      `Fecha de corte ${asOf} · puntaje ponderado de los controles aplicables; una declaración sin evidencia válida cuenta 0`,
    cclSection: "CCL(N) por proceso y oficina",
    processHeader: ["Proceso", "Nombre", "Equipo"],
    clsSection: "CLS(X) por cláusula",
    clause: "Cláusula",
    clauseRow: (clause) => `Cláusula ${clause}`,
    clsChart: "CLS por cláusula (consolidado)",
    measuresSection: "Evidencias y tareas",
    measure: "Medida",
    leadsSection: "Líderes de proceso: controles a su cargo",
    leadsHeader: ["Responsable", "Oficina", "Controles", "Cumplimiento", "Tareas vencidas"],
  },
  maturity: {
    title: "Madurez de los procesos",
    subtitle:
      "ML(N) evaluado: calificación media de auditoría por proceso y campaña · nivel = el promedio redondeado hacia abajo",
    assessedSection: "Madurez evaluada por campaña (Tabla 3)",
    average: "PROMEDIO",
    level: "NIVEL DE MADUREZ",
    statusRow: "Estado",
    statusRule: "nivel >= 4 Éxito, <= 2 Falla",
    chart: "Madurez de los procesos por campaña",
    axis: "Nivel de madurez",
    derivedSection: "Madurez derivada por oficina (escala de actividades)",
  },
  findings: {
    title: "Hallazgos de auditoría",
    subtitle:
      "Número medio de hallazgos por auditoría en cada campaña; una auditoría sin hallazgos de un tipo cuenta 0",
    perAuditSection: "Hallazgos por auditoría (Tabla 4)",
    header: ["Tipo", "Descripción"],
    objective: "Objetivo",
    objectiveMinimum: "Objetivo (mínimo)",
    objectiveMaximum: "Objetivo (máximo)",
    chart: "Hallazgos por auditoría y campaña",
    axis: "Hallazgos por auditoría",
    levelSection: "Nivel de auditoría alcanzado (Tabla 5)",
    variable: "Variable",
    meanLevel: "nivel medio alcanzado",
    audits: "Auditorías",
    inCampaign: "en la campaña",
  },
  projects: {
    title: "Riesgo de proyectos (PRK)",
    subtitle:
      "Proyectos planificados y activos · PRK = el mayor entre la exposición (probabilidad x impacto de los riesgos abiertos) y el cronograma",
    byOfficeSection: "PRK por oficina",
    officeHeader: ["Oficina", "Proyectos evaluados", "Nivel de PRK"],
    chart: "Riesgo de proyectos por oficina",
    assessedSection: "Proyectos evaluados",
    projectHeader: [
      "Oficina",
      "Proyecto",
      "Nombre",
      "Estado",
      "Exposición",
      "Nivel de exposición",
      "Avance planificado",
      "Avance",
      "Brecha de cronograma",
      "Vencido",
      "Nivel de cronograma",
      "PRK",
    ],
    none: "Ningún proyecto planificado o activo.",
  },
  actions: {
    title: "Acciones correctivas y preventivas (CPA) y planes de mejora continua (CIP)",
    byOfficeSection: "CPA y CIP por oficina",
    header: [
      "Oficina",
      "Acciones abiertas",
      "Acciones vencidas",
      "Acciones cerradas",
      "Cerradas a tiempo",
      "Eficaces",
      "Planes planificados",
      "Planes en curso",
      "Planes completados",
      "Planes vencidos",
    ],
    unactionedSection: "No conformidades sin acción correctiva",
    unactionedHeader: ["Oficina", "Hallazgo", "Auditoría", "Tipo"],
    allActioned: "Toda FNC y FCC tiene una acción correctiva.",
    overdueSection: "Elementos vencidos",
    overdueHeader: ["Oficina", "Elemento", "ID", "Fecha límite"],
    nothingOverdue: "Nada está vencido.",
  },
  improvement: IMPROVEMENT_LABELS.es,
  issues: {
    title: "Problemas encontrados en los datos",
    subtitle: (errors, warnings) =>
      `${errors} error(es): filas omitidas · ${warnings} advertencia(s): valores usados o excluidos según se indica`,
    header: ["Gravedad", "Hoja", "Fila", "Columna", "Celda", "Valor", "Mensaje"],
    none: "No se encontraron problemas.",
  },
};

export const RESULT_LABELS: Readonly<Record<Language, ResultLabels>> = { en: EN, es: ES };
