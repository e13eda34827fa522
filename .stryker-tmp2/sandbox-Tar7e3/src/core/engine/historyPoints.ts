/** Earlier runs' points of one indicator from Indicator history, by office (OCLT's trend, the improvement view's PRK). */
// @ts-nocheck

import { type Day, isoFromDay } from "../model/days";
import type { HistoryPoint, Issue, Settings } from "../model/records";
import type { Text } from "../text/messages";
import { say } from "../text/messages";
import type { TrendPoint } from "./trend";

/**
 * The history rows of `indicator` before `asOf`, by office, in sheet order. The same as-of date is
 * this run's own point; a later date is left out with the warning `later` words (an assessment as
 * of a date knows nothing later).
 */
export function historyPoints(
  history: readonly HistoryPoint[],
  indicator: "OCL" | "PRK",
  asOf: Day,
  warn: (issue: Issue) => void,
  language: Settings["language"],
  later: (office: string, date: string, asOf: string) => Text,
): Map<string, TrendPoint[]> {
  const byOffice = new Map<string, TrendPoint[]>();
  for (const h of history) {
    if (h.asOf === asOf || h.indicator.trim().toUpperCase() !== indicator) continue;
    if (h.asOf > asOf) {
      warn({
        severity: "warning",
        sheet: h.source.sheet,
        row: h.source.row,
        column: "As-of date",
        cell: null,
        value: isoFromDay(h.asOf),
        message: say(later(h.office, isoFromDay(h.asOf), isoFromDay(asOf)), language),
      });
      continue;
    }
    const point: TrendPoint = { day: h.asOf, value: h.value, source: h.source };
    const points = byOffice.get(h.office);
    if (points) points.push(point);
    else byOffice.set(h.office, [point]);
  }
  return byOffice;
}
