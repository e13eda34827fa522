/**
 * The messages of the two optional sheets, Process attributes and Training (their reading and
 * what the engine tells of them), in English and Spanish as messages.ts words them.
 */
// @ts-nocheck

import type { Text } from "./messages";

const both = (en: string, es: string): Text => ({ en, es });

export const capabilityProblem = {
  /** Why a Rating cell cannot be read. */
  notRating: () =>
    both(
      "write N, P, L or F, or the percentage achieved (e.g. 60 %)",
      "escriba N, P, L o F, o el porcentaje alcanzado (p. ej. 60 %)",
    ),
  unknownAudit: (id: string) =>
    both(
      `No audit "${id}" exists on the Audits sheet; this attribute rating is skipped.`,
      `No existe la auditoría «${id}» en la hoja Auditorías; se omite esta calificación de atributo.`,
    ),
  ratedTwice: (attribute: string, process: string, auditId: string, firstRow: number) =>
    both(
      `${attribute} of process ${process} is rated again for audit ${auditId} (first on row ${firstRow}); this row is skipped.`,
      `${attribute} del proceso ${process} se califica de nuevo en la auditoría ${auditId} (aparece primero en la fila ${firstRow}); se omite esta fila.`,
    ),
  unknownTeamOrProcess: (value: string, teams: readonly string[]) =>
    both(
      `"${value}" is neither a team (${teams.join(", ")}) nor a process code of the catalog; the row is skipped.`,
      `«${value}» no es un equipo (${teams.join(", ")}) ni un código de proceso del catálogo; se omite la fila.`,
    ),
  validBeforeCompleted: (person: string, course: string) =>
    both(
      `The course "${course}" of ${person} is valid until a date before it was completed; check the dates.`,
      `El curso «${course}» de ${person} vence antes de la fecha en que se completó; revise las fechas.`,
    ),
} as const;

export const capabilityWarning = {
  levelGap: (process: string, campaign: string, typed: string, capability: string) =>
    both(
      `Process ${process} in campaign ${campaign}: the typed ML(${process}) ${typed} and the capability level derived from its attributes ${capability} differ by 2 or more; check the ratings.`,
      `Proceso ${process} en la campaña ${campaign}: el ML(${process}) escrito, ${typed}, y el nivel de capacidad derivado de sus atributos, ${capability}, difieren en 2 o más; revise las calificaciones.`,
    ),
} as const;
