/**
 * The Maturity levels sheet's capability tables (Process attributes): CL(N) beside the typed
 * ML(N) per campaign with the processes to check, then each campaign's process profile
 * (attributes x processes, N/P/L/F on their fills) with the counts its chart draws.
 */
// @ts-nocheck

import type { Catalog } from "../model/catalog";
import { ATTRIBUTE_RATINGS, type AttributeRating, PROCESS_ATTRIBUTES } from "../model/records";
import type { CampaignResult, CapabilityView } from "../engine/results";
import type { ResultLabels } from "../text/labels";
import type { Fill } from "./resultSheet";
import { NOT_AVAILABLE, type SheetBuilder, bold, columnRange, level } from "./sheetBuilder";

/** Each rating's fill: F and L achieve a level (green, blue), P and N do not (amber, red). */
const RATING_FILL: Readonly<Record<AttributeRating, Fill>> = { F: "success", L: "section", P: "warning", N: "fail" };
/** The profile chart's colours, as the fills read. */
const RATING_COLOR: Readonly<Record<AttributeRating, string>> = { F: "70AD47", L: "2E75B6", P: "FFC000", N: "C00000" };

/** Columns the profile table takes: process, name, the nine attributes, CL(N) and the four counts. */
export const PROFILE_COLUMNS = 2 + PROCESS_ATTRIBUTES.length + 1 + ATTRIBUTE_RATINGS.length;

type Rated = readonly [CampaignResult, CapabilityView];

/** The campaigns that have attribute ratings, with them. */
export function ratedCampaigns(campaigns: readonly CampaignResult[]): Rated[] {
  return campaigns.flatMap((c) => (c.capability === undefined ? [] : [[c, c.capability] as const]));
}

/** CL(N) beside ML(N) per campaign, and a check mark where they differ by 2 or more. */
export function capabilityTable(
  s: SheetBuilder,
  catalog: Catalog,
  rated: readonly Rated[],
  labels: ResultLabels,
): void {
  const L = labels.capability;
  s.section(L.section);
  s.row([L.note], { fill: "muted" });
  // Each campaign's name over its three columns.
  s.row(["", "", ...rated.flatMap(([c]) => [bold(c.name, { fill: "section" }), "", ""])]);
  s.header([...L.processHeader, ...rated.flatMap(() => [L.typedHeader, L.capabilityHeader, L.gapHeader])]);
  // The processes rated attribute by attribute in some campaign (the others' ML(N) is in the table above).
  const processes = catalog.processes.filter((p) => rated.some(([, cap]) => cap.profile[p.code] !== undefined));
  for (const p of processes) {
    s.row([
      bold(`CL(${p.code})`),
      labels.processName(p),
      ...rated.flatMap(([c, cap]) => {
        const flagged = cap.flagged.includes(p.code);
        return [
          level(c.maturity.byProcess[p.code]),
          level(cap.byProcess[p.code], flagged ? "Fail" : null),
          flagged ? { value: L.flag, style: { fill: "fail" as const, bold: true } } : "",
        ];
      }),
    ]);
  }
  s.row([bold(L.average), "", ...rated.flatMap(([c, cap]) => [level(c.maturity.average), level(cap.average), ""])]);
  s.row([
    bold(L.level),
    "",
    ...rated.flatMap(([c, cap]) => [
      { value: c.maturity.level ?? NOT_AVAILABLE, style: { bold: true } },
      { value: cap.level ?? NOT_AVAILABLE, style: { bold: true } },
      "",
    ]),
  ]);
  s.blank();
}

/** One campaign's profile: a row per rated process, its ratings on their fills, CL(N) and the counts; a chart of the counts. */
export function profileTable(s: SheetBuilder, catalog: Catalog, [c, cap]: Rated, labels: ResultLabels): void {
  const L = labels.capability;
  s.clearCharts();
  s.section(L.profileSection(c.name, cap.audits));
  s.row([L.legend], { fill: "muted" });
  const header = s.header([
    ...L.processHeader,
    ...PROCESS_ATTRIBUTES,
    L.capabilityShort,
    ...ATTRIBUTE_RATINGS.map((r) => L.ratingWords[r]),
  ]);
  const first = s.nextRow;
  for (const p of catalog.processes) {
    const ratings = cap.profile[p.code];
    if (ratings === undefined) continue;
    const given = PROCESS_ATTRIBUTES.map((a) => ratings[a]);
    s.row([
      bold(p.code),
      labels.processName(p),
      ...given.map((r) =>
        r === null
          ? { value: L.notRated, style: { fill: "muted" as const, align: "center" as const } }
          : { value: r, style: { fill: RATING_FILL[r], bold: true, align: "center" as const } },
      ),
      level(cap.byProcess[p.code]),
      ...ATTRIBUTE_RATINGS.map((r) => ({
        value: given.filter((g) => g === r).length,
        style: { format: "integer" as const },
      })),
    ]);
  }
  const last = s.nextRow - 1;
  const countColumn = (r: AttributeRating) => 2 + PROCESS_ATTRIBUTES.length + 1 + ATTRIBUTE_RATINGS.indexOf(r);
  // Fully achieved first, so the bars read from the best rating.
  const order = [...ATTRIBUTE_RATINGS].reverse();
  s.chart({
    kind: "bar",
    title: L.profileChart(c.name),
    categories: columnRange(0, first, last),
    series: order.map((r) => ({
      name: L.ratingWords[r],
      nameCell: { row: header, col: countColumn(r) },
      values: columnRange(countColumn(r), first, last),
      color: RATING_COLOR[r],
    })),
    // Below the table, which is as wide as the page.
    anchor: { row: last + 2, col: 1, columns: 6, rows: Math.max(12, 2 * (last - first + 1) + 6) },
    yAxisTitle: L.profileAxis,
    yMin: 0,
    yMax: PROCESS_ATTRIBUTES.length,
    stacked: true,
  });
  s.blank();
  s.clearCharts();
}
