/** Picks the four headline figures of a result for the pane's cards; computes nothing new. */
// @ts-nocheck

import type { ScorecardResult } from "../core/engine/results";
import { type Status, worstStatus } from "../core/engine/status";
import type { Language } from "../core/model/records";
import { RESULT_LABELS, RESULT_SHEET_NAMES, formatPercent } from "../core/text/labels";

export type CardKey = "ocl" | "ml" | "prk" | "findings";

export interface SummaryCard {
  readonly key: CardKey;
  /** The figure as the engine gives it (fraction, level, or mean per audit). */
  readonly value: number | string | null;
  readonly display: string;
  readonly status: Status | null;
  /** Where the figure comes from (consolidated, a campaign, derived). */
  readonly scope: { readonly kind: "consolidated" | "campaign" | "derived"; readonly name?: string };
  readonly sheet: string;
  /** What the figure means, for the line under it (the display alone, "3 (3.51)", does not say). */
  readonly meaning: CardMeaning;
}

export type CardMeaning =
  | { readonly kind: "ocl" }
  | { readonly kind: "prk" }
  /** A campaign's maturity: the level and the mean rating it is rounded down from, as displayed. */
  | { readonly kind: "ml"; readonly level: string; readonly mean: string }
  | { readonly kind: "mlDerived" }
  /** Mean FNC and FCC findings per audit, as displayed. */
  | { readonly kind: "findings"; readonly fnc: string; readonly fcc: string }
  | { readonly kind: "none" };

/**
 * `language`: the pane's. The cards are pane text (docs/decisions.md): their figures' words (risk
 * levels, "n/a") come from the result sheets' table in the pane's language; the sheets they open
 * are named in the workbook's Language setting, as the workbook has them.
 */
export function summaryCards(result: ScorecardResult, language: Language): SummaryCard[] {
  const words = RESULT_LABELS[language];
  const notAvailable = words.notAvailable;
  const sheetNames = RESULT_SHEET_NAMES[result.language];
  const c = result.consolidated;
  const latest = result.campaigns.length > 0 ? result.campaigns[result.campaigns.length - 1] : null;
  const ml: SummaryCard = latest
    ? {
        key: "ml",
        value: latest.maturity.level,
        display:
          latest.maturity.level === null
            ? notAvailable
            : `${latest.maturity.level} (${latest.maturity.average?.toFixed(2) ?? notAvailable})`,
        status: latest.status.maturity,
        scope: { kind: "campaign", name: latest.name },
        sheet: sheetNames.maturity,
        meaning:
          latest.maturity.level === null || latest.maturity.average === null
            ? { kind: "none" }
            : { kind: "ml", level: String(latest.maturity.level), mean: latest.maturity.average.toFixed(2) },
      }
    : {
        key: "ml",
        value: c.derivedMaturity.level,
        display: c.derivedMaturity.level === null ? notAvailable : String(c.derivedMaturity.level),
        status: c.status.derivedMaturity,
        scope: { kind: "derived" },
        sheet: sheetNames.maturity,
        meaning: c.derivedMaturity.level === null ? { kind: "none" } : { kind: "mlDerived" },
      };
  return [
    {
      key: "ocl",
      value: c.ocl,
      display: c.ocl === null ? notAvailable : formatPercent(c.ocl),
      status: c.status.ocl,
      scope: { kind: "consolidated" },
      sheet: sheetNames.scorecard,
      meaning: c.ocl === null ? { kind: "none" } : { kind: "ocl" },
    },
    ml,
    {
      key: "prk",
      value: c.prk.level,
      display: c.prk.level === null ? notAvailable : words.risk[c.prk.level],
      status: c.status.prk,
      scope: { kind: "consolidated" },
      sheet: sheetNames.projects,
      meaning: c.prk.level === null ? { kind: "none" } : { kind: "prk" },
    },
    {
      key: "findings",
      value: latest ? latest.findings.FNC : null,
      display: latest ? `FNC ${latest.findings.FNC.toFixed(2)} · FCC ${latest.findings.FCC.toFixed(2)}` : notAvailable,
      status: latest ? worstStatus([latest.status.FNC, latest.status.FCC]) : null,
      scope: latest ? { kind: "campaign", name: latest.name } : { kind: "consolidated" },
      sheet: sheetNames.findings,
      meaning: latest
        ? { kind: "findings", fnc: latest.findings.FNC.toFixed(2), fcc: latest.findings.FCC.toFixed(2) }
        : { kind: "none" },
    },
  ];
}
