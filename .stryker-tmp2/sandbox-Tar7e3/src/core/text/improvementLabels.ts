/** Texts of the Improvement view and of the Scorecard's OCL change, in English and Spanish. */
// @ts-nocheck

import type { BetterWhen, ChangeDirection, PrkTrendDirection } from "../model/statuses";
import type { Language } from "../model/records";

export interface ImprovementLabels {
  readonly title: string;
  readonly subtitle: (asOf: string) => string;
  readonly campaignSection: (previous: string, latest: string) => string;
  readonly campaignSectionNone: string;
  readonly fewerThanTwoCampaigns: (campaigns: number) => string;
  readonly campaignHeader: readonly [string, string];
  readonly change: string;
  readonly betterWhen: string;
  readonly result: string;
  readonly better: Readonly<Record<BetterWhen, string>>;
  readonly direction: Readonly<Record<ChangeDirection, string>>;
  readonly assessedMl: string;
  readonly maturityLevel: string;
  readonly perAudit: (name: string) => string;
  readonly auditLevel: string;
  readonly prkSection: string;
  readonly asOf: string;
  readonly prkTrend: string;
  readonly prkDirection: string;
  readonly prkTrendDirection: Readonly<Record<PrkTrendDirection, string>>;
  readonly prkNoHistory: string;
  readonly prkChart: string;
  readonly prkAxis: string;
  readonly oclSection: string;
  readonly oclHeader: readonly [string, string, string, string];
  readonly noEarlierOcl: string;
  /** The Scorecard's row. */
  readonly scorecardOclChange: string;
  readonly scorecardNoEarlier: string;
}

const EN: ImprovementLabels = {
  title: "Improvement since the previous campaign and as-of date",
  subtitle: (asOf) =>
    `As of ${asOf} · green: better, red: worse · fewer non-conformities, observations and opportunities for improvement is better`,
  campaignSection: (previous, latest) => `From campaign ${previous} to campaign ${latest}`,
  campaignSectionNone: "Change between audit campaigns",
  fewerThanTwoCampaigns: (campaigns) =>
    `The Audits sheet holds ${campaigns} campaign(s): a change needs two campaigns, so there is nothing to compare yet.`,
  campaignHeader: ["Indicator", "Description"],
  change: "Change",
  betterWhen: "Better when",
  result: "Result",
  better: { higher: "higher", lower: "lower" },
  direction: { Better: "Better", Worse: "Worse", Unchanged: "Unchanged" },
  assessedMl: "assessed ML (average of ML(N))",
  maturityLevel: "maturity level",
  perAudit: (name) => `${name} per audit`,
  auditLevel: "mean level achieved",
  prkSection: "PRK over Indicator history (1 LOW - 3 HIGH)",
  asOf: "As of",
  prkTrend: "PRK trend (points per 30 days)",
  prkDirection: "PRK trend direction",
  prkTrendDirection: { Falling: "Falling (better)", Rising: "Rising (worse)", Flat: "Flat" },
  prkNoHistory:
    "Indicator history holds no earlier PRK row: a trend needs two as-of dates (each Compute adds this run's row).",
  prkChart: "PRK over time",
  prkAxis: "PRK",
  oclSection: "OCL since the previous as-of date in Indicator history",
  oclHeader: ["Office", "Previous as-of date", "Previous OCL", "OCL"],
  noEarlierOcl: "no earlier OCL row",
  scorecardOclChange: "OCL change since the previous as-of date",
  scorecardNoEarlier: "no earlier row",
};

const ES: ImprovementLabels = {
  title: "Mejora desde la campaña y la fecha de corte anteriores",
  subtitle: (asOf) =>
    `Fecha de corte ${asOf} · verde: mejor, rojo: peor · menos no conformidades, observaciones y oportunidades de mejora es mejor`,
  campaignSection: (previous, latest) => `De la campaña ${previous} a la campaña ${latest}`,
  campaignSectionNone: "Cambio entre campañas de auditoría",
  fewerThanTwoCampaigns: (campaigns) =>
    `La hoja Auditorías tiene ${campaigns} campaña(s): un cambio necesita dos campañas, así que aún no hay nada que comparar.`,
  campaignHeader: ["Indicador", "Descripción"],
  change: "Cambio",
  betterWhen: "Mejor si es",
  result: "Resultado",
  better: { higher: "mayor", lower: "menor" },
  direction: { Better: "Mejor", Worse: "Peor", Unchanged: "Sin cambio" },
  assessedMl: "ML evaluado (promedio de ML(N))",
  maturityLevel: "nivel de madurez",
  perAudit: (name) => `${name} por auditoría`,
  auditLevel: "nivel medio alcanzado",
  prkSection: "PRK en el historial de indicadores (1 BAJO - 3 ALTO)",
  asOf: "Fecha de corte",
  prkTrend: "Tendencia del PRK (puntos cada 30 días)",
  prkDirection: "Dirección de la tendencia del PRK",
  prkTrendDirection: { Falling: "A la baja (mejor)", Rising: "Al alza (peor)", Flat: "Estable" },
  prkNoHistory:
    "El historial de indicadores no tiene ninguna fila anterior del PRK: una tendencia necesita dos fechas de corte (cada cálculo agrega la fila de esta ejecución).",
  prkChart: "PRK en el tiempo",
  prkAxis: "PRK",
  oclSection: "OCL desde la fecha de corte anterior del historial de indicadores",
  oclHeader: ["Oficina", "Fecha de corte anterior", "OCL anterior", "OCL"],
  noEarlierOcl: "sin fila anterior del OCL",
  scorecardOclChange: "Cambio del OCL desde la fecha de corte anterior",
  scorecardNoEarlier: "sin fila anterior",
};

export const IMPROVEMENT_LABELS: Readonly<Record<Language, ImprovementLabels>> = { en: EN, es: ES };
