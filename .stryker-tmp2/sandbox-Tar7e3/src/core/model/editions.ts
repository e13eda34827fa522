/**
 * The built-in editions of ISO/IEC 20000-1, the Framework setting that picks one, and the
 * table that carries a 2011 process to the 2018 process(es) that continue it (docs/catalogs.md).
 */
// @ts-nocheck

import { type Catalog, ISO20000_2011 } from "./catalog";
import { ISO20000_2018 } from "./catalog2018";

export const EDITIONS = ["2011", "2018"] as const;
export type Edition = (typeof EDITIONS)[number];

export function builtInCatalog(edition: Edition): Catalog {
  switch (edition) {
    case "2011":
      return ISO20000_2011;
    case "2018":
      return ISO20000_2018;
  }
}

/** The edition a catalog is, or null for an organisation's own catalog. */
export function editionOf(catalog: Catalog): Edition | null {
  return EDITIONS.find((e) => builtInCatalog(e).id === catalog.id) ?? null;
}

/**
 * 2011 process -> the 2018 processes that continue it. Every 2018 process appears exactly once,
 * so a 2018 rating goes back to one 2011 process, and a 2011 rating forward to each of its heirs.
 */
export const EDITION_MAP_2011_TO_2018: Readonly<Record<string, readonly string[]>> = {
  "4": ["4", "5", "6", "7", "8.1", "8.2.1", "8.2.3", "9", "10"],
  "5": ["8.2.2", "8.5.2"],
  "6.1": ["8.3.3", "8.2.4"],
  "6.2": ["9.4"],
  "6.3": ["8.7.1", "8.7.2"],
  "6.4": ["8.4.1"],
  "6.5": ["8.4.3", "8.4.2"],
  "6.6": ["8.7.3"],
  "7.1": ["8.3.2"],
  "7.2": ["8.3.4"],
  "8.1": ["8.6.1", "8.6.2"],
  "8.2": ["8.6.3"],
  "9.1": ["8.2.6", "8.2.5"],
  "9.2": ["8.5.1"],
  "9.3": ["8.5.3"],
};

const MAP_2018_TO_2011: ReadonlyMap<string, string> = new Map(
  Object.entries(EDITION_MAP_2011_TO_2018).flatMap(([from, to]) => to.map((code) => [code, from] as const)),
);

/** The processes of edition `to` that a process code of edition `from` stands for. */
export function mapProcess(code: string, from: Edition, to: Edition): readonly string[] {
  if (from === to) return [code];
  // Own keys only: a rated process code such as "constructor" is not a member of the map object.
  if (from === "2011") return Object.hasOwn(EDITION_MAP_2011_TO_2018, code) ? EDITION_MAP_2011_TO_2018[code] : [];
  const back = MAP_2018_TO_2011.get(code);
  return back === undefined ? [] : [back];
}

/**
 * Which edition a campaign's maturity ratings are written in: the other edition only when every
 * code is one of its processes and at least one is not a process of the current edition (codes
 * such as 4 or 8.1 exist in both; alone they say nothing, and the current edition is assumed).
 */
export function campaignEdition(current: Edition, codes: Iterable<string>): Edition {
  const other: Edition = current === "2011" ? "2018" : "2011";
  const here = new Set(builtInCatalog(current).processes.map((p) => p.code));
  const there = new Set(builtInCatalog(other).processes.map((p) => p.code));
  let onlyThere = false;
  for (const code of codes) {
    if (!there.has(code)) return current;
    if (!here.has(code)) onlyThere = true;
  }
  return onlyThere ? other : current;
}
