/** Offices' training parts -> coverage per office and team, the consolidated view and the gaps. */
// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import type { Catalog } from "../model/catalog";
import type { OfficeTraining, TrainingCoverage, TrainingResult } from "./results";
import { type Thresholds, percentStatus } from "./status";
import { meanDefined, recordOf } from "./stats";
import { coverageOf } from "./training";
function withStatuses(coverage: number | null, byTeam: Record<string, number | null>, t: Thresholds): TrainingCoverage {
  if (stryMutAct_9fa48("204")) {
    {}
  } else {
    stryCov_9fa48("204");
    return stryMutAct_9fa48("205") ? {} : (stryCov_9fa48("205"), {
      coverage,
      byTeam,
      status: percentStatus(coverage, t),
      teamStatus: recordOf(Object.entries(byTeam).map(stryMutAct_9fa48("206") ? () => undefined : (stryCov_9fa48("206"), ([team, v]) => [team, percentStatus(v, t)] as const)))
    });
  }
}

/**
 * An office's coverage is its held / required courses over all teams; the organisation's, like
 * every consolidated value, the mean over offices (each team's too). Offices come in scorecard
 * order (`offices`), an office known only from Training after them.
 */
export function trainingResult(catalog: Catalog, offices: readonly string[], parts: readonly OfficeTraining[], t: Thresholds): TrainingResult {
  if (stryMutAct_9fa48("207")) {
    {}
  } else {
    stryCov_9fa48("207");
    const position = (office: string) => {
      if (stryMutAct_9fa48("208")) {
        {}
      } else {
        stryCov_9fa48("208");
        const i = offices.indexOf(office);
        return (stryMutAct_9fa48("212") ? i >= 0 : stryMutAct_9fa48("211") ? i <= 0 : stryMutAct_9fa48("210") ? false : stryMutAct_9fa48("209") ? true : (stryCov_9fa48("209", "210", "211", "212"), i < 0)) ? offices.length : i;
      }
    };
    const ordered = stryMutAct_9fa48("213") ? [...parts] : (stryCov_9fa48("213"), (stryMutAct_9fa48("214") ? [] : (stryCov_9fa48("214"), [...parts])).sort(stryMutAct_9fa48("215") ? () => undefined : (stryCov_9fa48("215"), (a, b) => stryMutAct_9fa48("216") ? position(a.office) + position(b.office) : (stryCov_9fa48("216"), position(a.office) - position(b.office)))));
    const teams = catalog.teams.map(stryMutAct_9fa48("217") ? () => undefined : (stryCov_9fa48("217"), team => team.code));
    const byOffice = new Map<string, TrainingCoverage>();
    for (const o of ordered) {
      if (stryMutAct_9fa48("218")) {
        {}
      } else {
        stryCov_9fa48("218");
        const totals = Object.values(o.byTeam).reduce(stryMutAct_9fa48("219") ? () => undefined : (stryCov_9fa48("219"), (sum, x) => stryMutAct_9fa48("220") ? {} : (stryCov_9fa48("220"), {
          required: stryMutAct_9fa48("221") ? sum.required - x.required : (stryCov_9fa48("221"), sum.required + x.required),
          held: stryMutAct_9fa48("222") ? sum.held - x.held : (stryCov_9fa48("222"), sum.held + x.held)
        })), stryMutAct_9fa48("223") ? {} : (stryCov_9fa48("223"), {
          required: 0,
          held: 0
        }));
        byOffice.set(o.office, withStatuses(coverageOf(totals), recordOf(teams.map(stryMutAct_9fa48("224") ? () => undefined : (stryCov_9fa48("224"), team => [team, coverageOf(o.byTeam[team] ?? {
          required: 0,
          held: 0
        })] as const))), t));
      }
    }
    const views = stryMutAct_9fa48("225") ? [] : (stryCov_9fa48("225"), [...byOffice.values()]);
    return stryMutAct_9fa48("226") ? {} : (stryCov_9fa48("226"), {
      consolidated: withStatuses(meanDefined(views.map(stryMutAct_9fa48("227") ? () => undefined : (stryCov_9fa48("227"), v => v.coverage))), recordOf(teams.map(stryMutAct_9fa48("228") ? () => undefined : (stryCov_9fa48("228"), team => [team, meanDefined(views.map(v => v.byTeam[team]))] as const))), t),
      byOffice,
      gaps: ordered.flatMap(stryMutAct_9fa48("229") ? () => undefined : (stryCov_9fa48("229"), o => o.gaps))
    });
  }
}