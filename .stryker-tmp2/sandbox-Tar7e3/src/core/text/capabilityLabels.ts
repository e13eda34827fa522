/** Texts of the capability tables (Maturity levels) and of training coverage (Compliance, Scorecard), per language. */
// @ts-nocheck

import type { AttributeRating, Language, TrainingGapKind } from "../model/records";

export interface CapabilityLabels {
  readonly section: string;
  readonly note: string;
  readonly processHeader: readonly [string, string];
  readonly typedHeader: string;
  readonly capabilityHeader: string;
  readonly gapHeader: string;
  readonly flag: string;
  readonly average: string;
  readonly level: string;
  readonly profileSection: (campaign: string, audits: number) => string;
  readonly capabilityShort: string;
  readonly ratingWords: Readonly<Record<AttributeRating, string>>;
  readonly notRated: string;
  readonly legend: string;
  readonly profileChart: (campaign: string) => string;
  readonly profileAxis: string;
}

export interface TrainingLabels {
  readonly section: string;
  readonly note: string;
  readonly measure: string;
  readonly plcRow: (team: string) => string;
  readonly trainingRow: (team: string) => string;
  readonly allTeams: string;
  readonly gapsSection: string;
  readonly gapsHeader: readonly string[];
  readonly kind: Readonly<Record<TrainingGapKind, string>>;
  readonly noGaps: string;
  /** The Scorecard's line in the DO stage. */
  readonly stageLine: string;
}

const EN: { readonly capability: CapabilityLabels; readonly training: TrainingLabels } = {
  capability: {
    section: "Capability levels from process attributes (ISO/IEC 33020)",
    note: "CL(N): the highest level whose attributes are L or F with every attribute below F, mean over the campaign's audits · flagged where ML(N) and CL(N) differ by 2 or more",
    processHeader: ["Process", "Name"],
    typedHeader: "ML(N)",
    capabilityHeader: "CL(N)",
    gapHeader: "Check",
    flag: "gap >= 2",
    average: "AVERAGE",
    level: "CAPABILITY LEVEL",
    profileSection: (campaign, audits) =>
      `Process profile, ${campaign} (${audits} audit(s)): the lowest rating of each attribute`,
    capabilityShort: "CL(N)",
    ratingWords: { N: "N not", P: "P partially", L: "L largely", F: "F fully" },
    notRated: "-",
    legend: "N not achieved (0-15 %), P partially (>15-50 %), L largely (>50-85 %), F fully (>85 %); - not rated",
    profileChart: (campaign) => `Attributes by rating, ${campaign}`,
    profileAxis: "Attributes",
  },
  training: {
    section: "Process leads: PLC and training coverage",
    note: "Training coverage: required courses completed by the as-of date and valid on it / required courses",
    measure: "Measure",
    plcRow: (team) => `PLC(${team})`,
    trainingRow: (team) => `Training(${team})`,
    allTeams: "Training (all teams)",
    gapsSection: "Leaders with required training missing, expired or expiring within 90 days",
    gapsHeader: ["Person", "Course", "Team", "Training", "Office", "Valid until"],
    kind: { Missing: "Missing", Expired: "Expired", Expiring: "Expiring" },
    noGaps: "Every required course is held and none expires within 90 days.",
    stageLine: "all teams · Training",
  },
};

const ES: typeof EN = {
  capability: {
    section: "Niveles de capacidad según los atributos de proceso (ISO/IEC 33020)",
    note: "CL(N): el mayor nivel con sus atributos en L o F y todos los inferiores en F, promedio de las auditorías de la campaña · se marca cuando ML(N) y CL(N) difieren en 2 o más",
    processHeader: ["Proceso", "Nombre"],
    typedHeader: "ML(N)",
    capabilityHeader: "CL(N)",
    gapHeader: "Revisar",
    flag: "diferencia >= 2",
    average: "PROMEDIO",
    level: "NIVEL DE CAPACIDAD",
    profileSection: (campaign, audits) =>
      `Perfil de procesos, ${campaign} (${audits} auditoría(s)): la calificación más baja de cada atributo`,
    capabilityShort: "CL(N)",
    ratingWords: { N: "N no", P: "P parcialmente", L: "L ampliamente", F: "F totalmente" },
    notRated: "-",
    legend:
      "N no alcanzado (0-15 %), P parcialmente (>15-50 %), L ampliamente (>50-85 %), F totalmente (>85 %); - sin calificar",
    profileChart: (campaign) => `Atributos por calificación, ${campaign}`,
    profileAxis: "Atributos",
  },
  training: {
    section: "Líderes de proceso: PLC y cobertura de capacitación",
    note: "Cobertura de capacitación: cursos obligatorios completados hasta la fecha de corte y vigentes en ella / cursos obligatorios",
    measure: "Medida",
    plcRow: (team) => `PLC(${team})`,
    trainingRow: (team) => `Capacitación(${team})`,
    allTeams: "Capacitación (todos los equipos)",
    gapsSection: "Líderes con capacitación obligatoria faltante, vencida o que vence en 90 días",
    gapsHeader: ["Persona", "Curso", "Equipo", "Capacitación", "Oficina", "Vigente hasta"],
    kind: { Missing: "Falta", Expired: "Vencida", Expiring: "Por vencer" },
    noGaps: "Todos los cursos obligatorios están vigentes y ninguno vence en 90 días.",
    stageLine: "todos los equipos · Capacitación",
  },
};

export const CAPABILITY_LABELS: Readonly<Record<Language, typeof EN>> = { en: EN, es: ES };
