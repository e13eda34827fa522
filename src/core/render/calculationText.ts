/** The words of the Calculation sheet and of `explain`, in English and Spanish. */
import { isoFromDay } from "../model/days";
import type { Language } from "../model/records";
import { SPANISH } from "../model/spanishWords";
import { CAPABILITY_LABELS } from "../text/capabilityLabels";
import { RESULT_LABELS } from "../text/labels";
import type { CalcIndicator, CalcKind, CalcReason, WrittenWord } from "./calculationLines";

export interface CalculationText {
  readonly title: string;
  readonly subtitle: string;
  readonly header: readonly string[];
  readonly indicator: Readonly<Record<CalcIndicator, string>>;
  readonly kind: Readonly<Record<CalcKind, string>>;
  /** Items that are codes (OCL components, a project's lines). */
  readonly item: Readonly<Record<string, string>>;
  readonly written: (w: WrittenWord) => string;
  readonly why: (r: CalcReason) => string;
  readonly yes: string;
  readonly no: string;
  readonly consolidated: string;
  /** A formula in words, per indicator. */
  readonly formula: Readonly<Record<CalcIndicator, string>>;
  readonly explain: {
    readonly inputs: string;
    readonly leftOut: string;
    readonly nothingLeftOut: string;
    readonly sources: string;
    readonly result: string;
    readonly calculationRow: (sheet: string, row: number) => string;
    readonly notOnSheet: (sheet: string) => string;
    /** An indicator's name as explain prints it (codes stay codes; named indicators are translated). */
    readonly label: (english: string) => string;
  };
}

const EN: CalculationText = {
  title: "Calculation: the audit trail",
  subtitle:
    "Every number of the result sheets from the rows that went in. Filter by Indicator, Office and Scope: Result = sum of Numerator / sum of Denominator over the input lines counted (Counted = Yes).",
  header: [
    "Indicator",
    "Line",
    "Office",
    "Campaign",
    "Scope",
    "Item",
    "Owner",
    "As written",
    "Value",
    "Weight",
    "Counted",
    "Numerator",
    "Denominator",
    "Result",
    "Evidence",
    "Why",
    "Source",
  ],
  indicator: {
    SETTING: "Setting",
    CCL: "CCL(N)",
    CLS: "CLS(X)",
    PLC: "PLC(Z)",
    COVERAGE: "Evidence coverage",
    TASKS: "Task completion",
    OCL: "OCL",
    OCLT: "OCLT",
    STAGE: "PDCA stage",
    DML: "Derived ML(N)",
    DML_AVG: "Derived ML",
    PRK: "PRK",
    LEADER: "Process lead",
    AML: "Assessed ML(N)",
    AML_AVG: "Assessed ML",
    FINDINGS: "Findings per audit",
    ALVL: "Audit LVL",
    TRAINING: "Training coverage",
    CL: "Capability CL(N)",
    CL_AVG: "Capability level",
  },
  kind: { result: "Result", input: "Input" },
  item: {
    asOf: "As-of date",
    requireEvidence: "Require evidence",
    successThreshold: "Success threshold",
    failThreshold: "Fail threshold",
    weightControls: "OCL weight: controls",
    weightEvidence: "OCL weight: evidence",
    weightTasks: "OCL weight: tasks",
    controls: "Controls: mean of CLS",
    evidence: "Evidence coverage",
    tasks: "Task completion",
    exposure: "Risk exposure",
    planned: "Planned progress",
    progress: "Progress",
    gap: "Schedule gap",
  },
  written: (w) => {
    switch (w.kind) {
      case "control":
        return w.status;
      case "risk":
        return w.level;
      case "direction":
        return w.direction;
      case "level":
        return `level ${w.level}`;
      case "yesNo":
        return w.yes ? "holds" : "does not hold";
      case "bool":
        return w.yes ? "Yes" : "No";
      case "training":
        return w.state === "Held" ? "Held" : CAPABILITY_LABELS.en.training.kind[w.state];
      case "text":
        return w.text;
    }
  },
  why: (r) => {
    switch (r.code) {
      case "evidenceValid":
        return `valid evidence ${r.evidence}`;
      case "noEvidence":
        return "no evidence row: a claim without evidence counts 0";
      case "evidenceNotAccepted":
        return `evidence ${r.evidence} is ${r.status}, not Accepted: counts 0`;
      case "evidenceNotYetCollected":
        return `evidence ${r.evidence} collected after the as-of date (${isoFromDay(r.day)}): counts 0`;
      case "evidenceExpired":
        return `evidence ${r.evidence} expired on ${isoFromDay(r.day)}: counts 0`;
      case "evidenceNotRequired":
        return "no valid evidence, but Require evidence is No: the status score counts";
      case "notApplicable":
        return "Not applicable: left out of CCL and of evidence coverage";
      case "weightZero":
        return "weight 0: left out of CCL (still counted for evidence coverage)";
      case "noControl":
        return "no applicable control: n/a, left out of the means above it";
      case "allWeightsZero":
        return "every applicable control weighs 0: n/a, left out of the means above it";
      case "undefinedLeftOut":
        return "n/a: left out of the mean";
      case "noTasksSheet":
        return "no Tasks sheet: n/a";
      case "noTaskDue":
        return "no task due by the as-of date: n/a";
      case "weightShared":
        return `weight ${r.setWeight} as set; the weight used is after sharing out undefined components`;
      case "pointAfterAsOf":
        return "dated after the as-of date: left out";
      case "pointOlder":
        return "older than the last 6 points: left out";
      case "thisRun":
        return "this run's value";
      case "fewerThanTwoPoints":
        return "fewer than 2 points on different dates: n/a";
      case "exposureRisk":
        return `largest open risk ${r.risk}: ${r.likelihood} x ${r.impact}`;
      case "noOpenRisk":
        return "no open risk: exposure 0";
      case "overdue":
        return "past due with progress below 100 %: HIGH";
      case "rung":
        switch (r.shortfall) {
          case null:
            return `complete: ${r.done} of ${r.tasks} task(s) done by the as-of date`;
          case "noTask":
            return "no task of this activity";
          case "notAllDone":
            return `${r.done} of ${r.tasks} task(s) done by the as-of date`;
          case "cclUndefined":
            return "tasks complete, but CCL(N) is n/a";
          case "cclBelow":
            return "tasks complete, but CCL(N) is below the success threshold";
        }
        return "";
      case "lowerRungMissing":
        return "holds, but a lower rung does not: not counted";
      case "noLevel":
        return "no Level achieved: left out of the mean";
      case "noRequiredCourse":
        return "no required course: left out";
    }
  },
  yes: "Yes",
  no: "No",
  consolidated: "Consolidated",
  formula: {
    CCL: "CCL(N) = sum(weight x score) / sum(weight) over the office's applicable controls of process N; score = status score (Compliant 1, Partially 0.5, Not compliant 0) when the control has valid evidence, else 0. Consolidated: the mean over offices.",
    CLS: "CLS(X) = the mean of CCL(N) over the processes N of clause X that have one.",
    PLC: "PLC(Z) = the mean of CCL(N) over the processes N that team Z owns.",
    COVERAGE: "Evidence coverage = applicable controls with valid evidence / applicable controls.",
    TASKS: "Task completion = tasks due by the as-of date and done by then / tasks due by the as-of date.",
    OCL: "OCL = 0.6 x mean(CLS) + 0.2 x evidence coverage + 0.2 x task completion (the weights are settings; an undefined component's weight is shared out over the others).",
    OCLT: "OCLT = the least-squares slope of OCL over the last 6 points (Indicator history up to the as-of date and this run), in percentage points per 30 days: Positive above +0.5, Negative below -0.5, otherwise Flat.",
    SETTING: "The settings every number depends on, as the Settings sheet gives them.",
    STAGE: "PDCA stages: DO = the mean of PLC over teams; CHECK = the mean of CCL over processes.",
    DML: "Derived ML(N) = the highest rung L such that every rung up to L holds: 1 Define, 2 GAP, 3 Risk, 4 Compliance and CCL(N) >= the success threshold, 5 Record; an activity holds when all its tasks are done by the as-of date.",
    DML_AVG: "Derived ML = the mean of ML(N) over the processes; the level is that mean rounded down.",
    PRK: "PRK of a project = the higher of its exposure level (largest open likelihood x impact: LOW <= 6, MEDIUM 8-12, HIGH >= 15) and its schedule level (gap = planned - actual progress: LOW <= 0.10, MEDIUM <= 0.25, HIGH above or past due); LOW = 1, MEDIUM = 2, HIGH = 3. PRK of an office = the mean value over its projects, its level rounded half up.",
    LEADER: "Process lead = the weighted compliance of the controls they own, and their overdue tasks.",
    AML: "Assessed ML(N) = the mean Level of the Maturity rows for process N in the campaign's audits.",
    AML_AVG:
      "Assessed ML = the mean of ML(N) over the processes that have one; the maturity level is that mean rounded down.",
    FINDINGS:
      "Findings per audit = findings of the type in the campaign / audits in the campaign (an audit with none counts 0).",
    ALVL: "Audit LVL = the mean Level achieved of the campaign's audits.",
    TRAINING:
      "Training coverage = required courses held on the as-of date (completed by it and valid on it; Held or Expiring) / required courses, per team and over all teams. Consolidated: the mean over offices.",
    CL: "CL(N) = the mean over the campaign's audits of each audit's capability level: the highest level k whose attributes are rated L or F with every attribute below level k rated F (ISO/IEC 33020; a percentage is N up to 15 %, P up to 50 %, L up to 85 %, else F; an attribute not rated is not achieved).",
    CL_AVG:
      "Capability level = the mean of CL(N) over the processes that have one; the level is that mean rounded down.",
  },
  explain: {
    inputs: "Numbers that went in",
    leftOut: "Left out",
    nothingLeftOut: "nothing",
    sources: "Source rows",
    result: "Result",
    calculationRow: (sheet, row) => `Lines on the ${sheet} sheet from row ${row}.`,
    notOnSheet: (sheet) =>
      `Not on the ${sheet} sheet, which could not hold every office's lines; see the office's own workbook.`,
    label: (english) => english,
  },
};

const SPANISH_LABELS: Readonly<Record<string, string>> = {
  "Evidence coverage": "Cobertura de evidencias",
  "Task completion": "Cumplimiento de tareas",
  "Training coverage": "Cobertura de capacitación",
  "Capability level": "Nivel de capacidad",
};

const ES: CalculationText = {
  title: "Cálculo: la pista de auditoría",
  subtitle:
    "Cada número de las hojas de resultados a partir de las filas que entraron. Filtre por Indicador, Oficina y Ámbito: Resultado = suma del Numerador / suma del Denominador de las líneas de entrada contadas (Cuenta = Sí).",
  header: [
    "Indicador",
    "Línea",
    "Oficina",
    "Campaña",
    "Ámbito",
    "Elemento",
    "Responsable",
    "Como está escrito",
    "Valor",
    "Peso",
    "Cuenta",
    "Numerador",
    "Denominador",
    "Resultado",
    "Evidencia",
    "Motivo",
    "Origen",
  ],
  indicator: {
    SETTING: "Configuración",
    CCL: "CCL(N)",
    CLS: "CLS(X)",
    PLC: "PLC(Z)",
    COVERAGE: "Cobertura de evidencias",
    TASKS: "Cumplimiento de tareas",
    OCL: "OCL",
    OCLT: "OCLT",
    STAGE: "Etapa PHVA",
    DML: "ML(N) derivado",
    DML_AVG: "ML derivado",
    PRK: "PRK",
    LEADER: "Líder de proceso",
    AML: "ML(N) evaluado",
    AML_AVG: "ML evaluado",
    FINDINGS: "Hallazgos por auditoría",
    ALVL: "Nivel de auditoría",
    TRAINING: "Cobertura de capacitación",
    CL: "Capacidad CL(N)",
    CL_AVG: "Nivel de capacidad",
  },
  kind: { result: "Resultado", input: "Entrada" },
  item: {
    asOf: "Fecha de corte",
    requireEvidence: "Exigir evidencia",
    successThreshold: "Umbral de éxito",
    failThreshold: "Umbral de fallo",
    weightControls: "Peso del OCL: controles",
    weightEvidence: "Peso del OCL: evidencias",
    weightTasks: "Peso del OCL: tareas",
    controls: "Controles: media de CLS",
    evidence: "Cobertura de evidencias",
    tasks: "Cumplimiento de tareas",
    exposure: "Exposición al riesgo",
    planned: "Avance planificado",
    progress: "Avance",
    gap: "Brecha de cronograma",
  },
  written: (w) => {
    switch (w.kind) {
      case "control":
        return SPANISH.controlStatus[w.status];
      case "risk":
        return RESULT_LABELS.es.risk[w.level];
      case "direction":
        return RESULT_LABELS.es.direction[w.direction];
      case "level":
        return `nivel ${w.level}`;
      case "yesNo":
        return w.yes ? "se cumple" : "no se cumple";
      case "bool":
        return w.yes ? "Sí" : "No";
      case "training":
        return w.state === "Held" ? "Vigente" : CAPABILITY_LABELS.es.training.kind[w.state];
      case "text":
        return w.text;
    }
  },
  why: (r) => {
    switch (r.code) {
      case "evidenceValid":
        return `evidencia válida ${r.evidence}`;
      case "noEvidence":
        return "sin fila de evidencia: una declaración sin evidencia cuenta 0";
      case "evidenceNotAccepted":
        return `la evidencia ${r.evidence} está ${SPANISH.evidenceStatus[r.status]}, no Aceptada: cuenta 0`;
      case "evidenceNotYetCollected":
        return `la evidencia ${r.evidence} se recopiló después de la fecha de corte (${isoFromDay(r.day)}): cuenta 0`;
      case "evidenceExpired":
        return `la evidencia ${r.evidence} venció el ${isoFromDay(r.day)}: cuenta 0`;
      case "evidenceNotRequired":
        return "sin evidencia válida, pero Exigir evidencia es No: cuenta el puntaje del estado";
      case "notApplicable":
        return "No aplica: no entra en el CCL ni en la cobertura de evidencias";
      case "weightZero":
        return "peso 0: no entra en el CCL (sí cuenta para la cobertura de evidencias)";
      case "noControl":
        return "ningún control aplicable: n/d, no entra en los promedios superiores";
      case "allWeightsZero":
        return "todos los controles aplicables pesan 0: n/d, no entra en los promedios superiores";
      case "undefinedLeftOut":
        return "n/d: no entra en la media";
      case "noTasksSheet":
        return "no hay hoja de Tareas: n/d";
      case "noTaskDue":
        return "ninguna tarea vence hasta la fecha de corte: n/d";
      case "weightShared":
        return `peso ${r.setWeight} según la configuración; el peso usado es tras repartir los componentes no definidos`;
      case "pointAfterAsOf":
        return "fecha posterior a la fecha de corte: no entra";
      case "pointOlder":
        return "anterior a los últimos 6 puntos: no entra";
      case "thisRun":
        return "el valor de esta ejecución";
      case "fewerThanTwoPoints":
        return "menos de 2 puntos en fechas distintas: n/d";
      case "exposureRisk":
        return `mayor riesgo abierto ${r.risk}: ${r.likelihood} x ${r.impact}`;
      case "noOpenRisk":
        return "ningún riesgo abierto: exposición 0";
      case "overdue":
        return "vencido con avance menor al 100 %: ALTO";
      case "rung":
        switch (r.shortfall) {
          case null:
            return `completa: ${r.done} de ${r.tasks} tarea(s) hechas a la fecha de corte`;
          case "noTask":
            return "ninguna tarea de esta actividad";
          case "notAllDone":
            return `${r.done} de ${r.tasks} tarea(s) hechas a la fecha de corte`;
          case "cclUndefined":
            return "tareas completas, pero el CCL(N) es n/d";
          case "cclBelow":
            return "tareas completas, pero el CCL(N) está por debajo del umbral de éxito";
        }
        return "";
      case "lowerRungMissing":
        return "se cumple, pero un escalón inferior no: no cuenta";
      case "noLevel":
        return "sin Nivel alcanzado: no entra en la media";
      case "noRequiredCourse":
        return "ningún curso obligatorio: no entra";
    }
  },
  yes: "Sí",
  no: "No",
  consolidated: "Consolidado",
  formula: {
    CCL: "CCL(N) = suma(peso x puntaje) / suma(peso) sobre los controles aplicables de la oficina del proceso N; puntaje = puntaje del estado (Cumple 1, Cumple parcialmente 0,5, No cumple 0) si el control tiene evidencia válida, si no 0. Consolidado: la media de las oficinas.",
    CLS: "CLS(X) = la media de los CCL(N) de los procesos N de la cláusula X que tienen uno.",
    PLC: "PLC(Z) = la media de los CCL(N) de los procesos N del equipo Z.",
    COVERAGE: "Cobertura de evidencias = controles aplicables con evidencia válida / controles aplicables.",
    TASKS:
      "Cumplimiento de tareas = tareas que vencen hasta la fecha de corte y están hechas a esa fecha / tareas que vencen hasta la fecha de corte.",
    OCL: "OCL = 0,6 x media(CLS) + 0,2 x cobertura de evidencias + 0,2 x cumplimiento de tareas (los pesos son configurables; el peso de un componente no definido se reparte entre los demás).",
    OCLT: "OCLT = la pendiente de mínimos cuadrados del OCL en los últimos 6 puntos (historial de indicadores hasta la fecha de corte y esta ejecución), en puntos porcentuales cada 30 días: Positiva por encima de +0,5, Negativa por debajo de -0,5, si no Estable.",
    SETTING: "La configuración de la que depende cada número, como la da la hoja de Configuración.",
    STAGE: "Etapas PHVA: HACER = la media de los PLC de los equipos; VERIFICAR = la media de los CCL de los procesos.",
    DML: "ML(N) derivado = el escalón L más alto tal que todos los escalones hasta L se cumplen: 1 Definir, 2 GAP, 3 Riesgo, 4 Cumplimiento y CCL(N) >= umbral de éxito, 5 Registro; una actividad se cumple cuando todas sus tareas están hechas a la fecha de corte.",
    DML_AVG: "ML derivado = la media de los ML(N) de los procesos; el nivel es esa media redondeada hacia abajo.",
    PRK: "PRK de un proyecto = el mayor entre su nivel de exposición (mayor probabilidad x impacto abierto: BAJO <= 6, MEDIO 8-12, ALTO >= 15) y su nivel de cronograma (brecha = avance planificado - real: BAJO <= 0,10, MEDIO <= 0,25, ALTO por encima o vencido); BAJO = 1, MEDIO = 2, ALTO = 3. PRK de una oficina = la media de sus proyectos, su nivel redondeado a la mitad hacia arriba.",
    LEADER: "Líder de proceso = el cumplimiento ponderado de los controles que tiene a cargo, y sus tareas vencidas.",
    AML: "ML(N) evaluado = la media del Nivel de las filas de Madurez del proceso N en las auditorías de la campaña.",
    AML_AVG:
      "ML evaluado = la media de los ML(N) de los procesos que tienen uno; el nivel de madurez es esa media redondeada hacia abajo.",
    FINDINGS:
      "Hallazgos por auditoría = hallazgos del tipo en la campaña / auditorías de la campaña (una auditoría sin hallazgos cuenta 0).",
    ALVL: "Nivel de auditoría = la media del Nivel alcanzado de las auditorías de la campaña.",
    TRAINING:
      "Cobertura de capacitación = cursos obligatorios vigentes a la fecha de corte (completados hasta ella y válidos en ella; Vigente o Por vencer) / cursos obligatorios, por equipo y de todos los equipos. Consolidado: la media de las oficinas.",
    CL: "CL(N) = la media, en las auditorías de la campaña, del nivel de capacidad de cada auditoría: el nivel k más alto cuyos atributos tienen L o F y todos los atributos de niveles inferiores F (ISO/IEC 33020; un porcentaje es N hasta 15 %, P hasta 50 %, L hasta 85 %, si no F; un atributo sin calificar no se alcanza).",
    CL_AVG:
      "Nivel de capacidad = la media de los CL(N) de los procesos que tienen uno; el nivel es esa media redondeada hacia abajo.",
  },
  explain: {
    inputs: "Números que entraron",
    leftOut: "Excluido",
    nothingLeftOut: "nada",
    sources: "Filas de origen",
    result: "Resultado",
    calculationRow: (sheet, row) => `Líneas en la hoja ${sheet} desde la fila ${row}.`,
    notOnSheet: (sheet) =>
      `No está en la hoja ${sheet}, que no podía contener las líneas de todas las oficinas; vea el libro propio de la oficina.`,
    label: (english) => SPANISH_LABELS[english] ?? english.replace(/^Training\(/, "Capacitación("),
  },
};

export const CALCULATION_TEXT: Readonly<Record<Language, CalculationText>> = { en: EN, es: ES };
