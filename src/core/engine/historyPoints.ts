/** Earlier runs' points of one indicator from Indicator history, by office (OCLT's trend, the improvement view's PRK). */
import { type Day, isoFromDay } from "../model/days";
import type { HistoryPoint, Issue, Settings } from "../model/records";
import type { Text } from "../text/messages";
import { say } from "../text/messages";
import type { TrendPoint } from "./trend";

/** An indicator's earlier points by office, and those left out for being after the as-of date. */
export interface HistoryPoints {
  readonly points: ReadonlyMap<string, readonly TrendPoint[]>;
  readonly later: ReadonlyMap<string, readonly TrendPoint[]>;
}

/**
 * The history rows of `indicator` before `asOf`, by office, in sheet order. The same as-of date is
 * this run's own point; a later date is left out with the warning `later` words (an assessment as
 * of a date knows nothing later), and kept aside for the audit trail.
 */
export function historyPoints(
  history: readonly HistoryPoint[],
  indicator: "OCL" | "PRK",
  asOf: Day,
  warn: (issue: Issue) => void,
  language: Settings["language"],
  later: (office: string, date: string, asOf: string) => Text,
): HistoryPoints {
  const byOffice = new Map<string, TrendPoint[]>();
  const leftOut = new Map<string, TrendPoint[]>();
  for (const h of history) {
    if (h.asOf === asOf || h.indicator.trim().toUpperCase() !== indicator) continue;
    const point: TrendPoint = { day: h.asOf, value: h.value, source: h.source };
    if (h.asOf > asOf) {
      pushTo(leftOut, h.office, point);
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
    pushTo(byOffice, h.office, point);
  }
  return { points: byOffice, later: leftOut };
}

function pushTo(map: Map<string, TrendPoint[]>, office: string, point: TrendPoint): void {
  const points = map.get(office);
  if (points) points.push(point);
  else map.set(office, [point]);
}
