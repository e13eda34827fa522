/**
 * Records -> every indicator of framework.md, per office and consolidated, per campaign
 * (scorecardParts.ts: the offices' parts, then the whole). Pure: the same records and as-of
 * date always give the same result.
 */
// @ts-nocheck

import { isoFromDay } from "../model/days";
import { CONSOLIDATED, type HistoryRow, type Records } from "../model/records";
import type { Indicators, ScorecardResult } from "./results";
import { type ComputeOptions, assembleScorecard, scorecardPart } from "./scorecardParts";

/** Indicators that each run records in Indicator history. */
export const HISTORY_INDICATORS = ["OCL", "PRK", "ML"] as const;

export type { ComputeOptions };

export function computeScorecard(records: Records, options: ComputeOptions): ScorecardResult {
  const part = scorecardPart(records, {
    catalog: records.catalog,
    settings: records.settings,
    hasTasks: records.sheetsPresent.has("tasks"),
    options,
    fileOf: () => 0,
  });
  return assembleScorecard(records.catalog, records.settings, options, [part], records.history);
}

/** This run's rows for Indicator history: OCL, PRK and ML for each office and the consolidated view. */
export function historyRows(result: ScorecardResult): HistoryRow[] {
  const rows: HistoryRow[] = [];
  const asOf = isoFromDay(result.asOf);
  const add = (office: string, i: Indicators) => {
    const values: Record<(typeof HISTORY_INDICATORS)[number], number | null> = {
      OCL: i.ocl,
      PRK: i.prk.value,
      ML: i.derivedMaturity.average,
    };
    for (const indicator of HISTORY_INDICATORS) {
      const value = values[indicator];
      if (value !== null) rows.push({ asOf, office, indicator, value });
    }
  };
  for (const [office, i] of result.byOffice) add(office, i);
  add(CONSOLIDATED, result.consolidated);
  return rows;
}
