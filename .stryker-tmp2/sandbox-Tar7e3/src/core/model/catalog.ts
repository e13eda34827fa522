/**
 * The framework catalog as data: processes, the clause and team each belongs to,
 * and the PDCA stage each team carries (framework.md section 1).
 * Another edition or an organisation's own catalog is another `Catalog` value.
 */
// @ts-nocheck


export const TEAMS = ["SMR", "D&T", "S&C", "O&R"] as const;
export type TeamCode = (typeof TEAMS)[number];

export const STAGES = ["PLAN", "DO", "CHECK", "ACT"] as const;
export type Stage = (typeof STAGES)[number];

export interface Team {
  readonly code: TeamCode;
  readonly name: string;
  /** The name in Spanish, for result sheets written with Language = es. */
  readonly nameEs: string;
  readonly stage: Stage;
}

export interface Process {
  /** Dotted catalog code, e.g. "6.1". */
  readonly code: string;
  readonly name: string;
  /** The name in Spanish; absent in an organisation's own catalog (its one name is used). */
  readonly nameEs?: string;
  /** Top-level clause, e.g. "6". */
  readonly clause: string;
  readonly team: TeamCode;
}

export interface Catalog {
  readonly id: string;
  readonly title: string;
  readonly processes: readonly Process[];
  readonly teams: readonly Team[];
}

export const TEAMS_2011: readonly Team[] = [
  { code: "SMR", name: "SMS Representatives", nameEs: "Representantes del SGS", stage: "PLAN" },
  { code: "D&T", name: "Design and Transition", nameEs: "Diseño y Transición", stage: "DO" },
  { code: "S&C", name: "Support and Control", nameEs: "Soporte y Control", stage: "CHECK" },
  { code: "O&R", name: "Operation and Resolution", nameEs: "Operación y Resolución", stage: "ACT" },
];

export const ISO20000_2011: Catalog = {
  id: "ISO/IEC 20000-1:2011",
  title: "ISO/IEC 20000-1:2011 Service management system requirements",
  teams: TEAMS_2011,
  processes: [
    { code: "4", name: "SMS general requirements", nameEs: "Requisitos generales del SGS", clause: "4", team: "SMR" },
    {
      code: "5",
      name: "Design and transition of new or changed services",
      nameEs: "Diseño y transición de servicios nuevos o modificados",
      clause: "5",
      team: "D&T",
    },
    {
      code: "6.1",
      name: "Service level management",
      nameEs: "Gestión de niveles de servicio",
      clause: "6",
      team: "S&C",
    },
    { code: "6.2", name: "Service reporting", nameEs: "Informes del servicio", clause: "6", team: "S&C" },
    {
      code: "6.3",
      name: "Service continuity and availability management",
      nameEs: "Gestión de la continuidad y disponibilidad del servicio",
      clause: "6",
      team: "S&C",
    },
    {
      code: "6.4",
      name: "Budgeting and accounting for services",
      nameEs: "Presupuesto y contabilidad de los servicios",
      clause: "6",
      team: "D&T",
    },
    { code: "6.5", name: "Capacity management", nameEs: "Gestión de la capacidad", clause: "6", team: "D&T" },
    {
      code: "6.6",
      name: "Information security management",
      nameEs: "Gestión de la seguridad de la información",
      clause: "6",
      team: "S&C",
    },
    {
      code: "7.1",
      name: "Business relationship management",
      nameEs: "Gestión de las relaciones con el negocio",
      clause: "7",
      team: "S&C",
    },
    { code: "7.2", name: "Supplier management", nameEs: "Gestión de proveedores", clause: "7", team: "D&T" },
    {
      code: "8.1",
      name: "Incident and service request management",
      nameEs: "Gestión de incidentes y solicitudes de servicio",
      clause: "8",
      team: "O&R",
    },
    { code: "8.2", name: "Problem management", nameEs: "Gestión de problemas", clause: "8", team: "O&R" },
    { code: "9.1", name: "Configuration management", nameEs: "Gestión de la configuración", clause: "9", team: "O&R" },
    { code: "9.2", name: "Change management", nameEs: "Gestión de cambios", clause: "9", team: "O&R" },
    {
      code: "9.3",
      name: "Release and deployment management",
      nameEs: "Gestión de liberaciones y despliegues",
      clause: "9",
      team: "O&R",
    },
  ],
};

/** Framework activities, in the order of the maturity level each represents (Define = 1 ... Record = 5). */
export const ACTIVITIES = ["Define", "GAP", "Risk", "Compliance", "Record"] as const;
export type Activity = (typeof ACTIVITIES)[number];

/** The distinct clauses of a catalog, in catalog order. */
export function clausesOf(catalog: Catalog): string[] {
  const seen: string[] = [];
  for (const p of catalog.processes) if (!seen.includes(p.clause)) seen.push(p.clause);
  return seen;
}

/**
 * Maps a requirement's clause code to its process: the longest catalog code that is
 * a dotted prefix of it ("4.3.1" -> "4", "6.1.2" -> "6.1"). `null` when none is
 * (e.g. "8" alone under 2011, whose clause 8 has only sub-processes).
 */
export function processForClause(catalog: Catalog, clause: string): Process | null {
  const code = clause.trim();
  let best: Process | null = null;
  for (const p of catalog.processes) {
    if (code === p.code || code.startsWith(p.code + ".")) {
      if (best === null || p.code.length > best.code.length) best = p;
    }
  }
  return best;
}

export function teamOf(catalog: Catalog, code: TeamCode): Team {
  const team = catalog.teams.find((t) => t.code === code);
  if (!team) throw new Error(`Catalog ${catalog.id} has no team ${code}`);
  return team;
}
