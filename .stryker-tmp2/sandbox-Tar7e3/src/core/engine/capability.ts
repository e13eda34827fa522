/**
 * Process capability (ISO/IEC 33020, as TIPA for ITIL applies it) from the Process attributes
 * sheet: each attribute's rating, each process's capability level in an audit, and per campaign
 * the mean level, the profile of ratings and the processes whose typed ML(N) is 2 or more away
 * from their capability level (docs/decisions.md "Process capability").
 */
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
import { ATTRIBUTE_RATINGS, type AttributeRating, type AttributeRatingRow, PROCESS_ATTRIBUTES, type ProcessAttribute } from "../model/records";
import type { Issue, Language } from "../model/records";
import { SHEET_NAMES } from "../parse/vocabulary";
import { capabilityWarning } from "../text/capabilityMessages";
import { say } from "../text/messages";
import { atLeast, atMost } from "./decimal";
import type { CampaignResult } from "./results";
import { groupBy } from "./stats";

/** The capability level each attribute belongs to. */
export const ATTRIBUTE_LEVEL: Readonly<Record<ProcessAttribute, number>> = stryMutAct_9fa48("0") ? {} : (stryCov_9fa48("0"), {
  "PA 1.1": 1,
  "PA 2.1": 2,
  "PA 2.2": 2,
  "PA 3.1": 3,
  "PA 3.2": 3,
  "PA 4.1": 4,
  "PA 4.2": 4,
  "PA 5.1": 5,
  "PA 5.2": 5
});

/** The highest capability level. */
export const TOP_CAPABILITY_LEVEL = 5;

/**
 * A percentage achieved rated on ISO/IEC 33020's scale: N 0-15 %, P >15-50 %, L >50-85 %,
 * F >85-100 %. Each boundary belongs to the lower rating, compared as decimals (15 % is N).
 */
export function ratingOfFraction(fraction: number): AttributeRating {
  if (stryMutAct_9fa48("1")) {
    {}
  } else {
    stryCov_9fa48("1");
    if (stryMutAct_9fa48("3") ? false : stryMutAct_9fa48("2") ? true : (stryCov_9fa48("2", "3"), atMost(fraction, 0.15))) return stryMutAct_9fa48("4") ? "" : (stryCov_9fa48("4"), "N");
    if (stryMutAct_9fa48("6") ? false : stryMutAct_9fa48("5") ? true : (stryCov_9fa48("5", "6"), atMost(fraction, 0.5))) return stryMutAct_9fa48("7") ? "" : (stryCov_9fa48("7"), "P");
    if (stryMutAct_9fa48("9") ? false : stryMutAct_9fa48("8") ? true : (stryCov_9fa48("8", "9"), atMost(fraction, 0.85))) return stryMutAct_9fa48("10") ? "" : (stryCov_9fa48("10"), "L");
    return stryMutAct_9fa48("11") ? "" : (stryCov_9fa48("11"), "F");
  }
}

/** A rating as typed: its letter, or a percentage's. */
export const ratingOf = stryMutAct_9fa48("12") ? () => undefined : (stryCov_9fa48("12"), (() => {
  const ratingOf = (rating: AttributeRating | number): AttributeRating => (stryMutAct_9fa48("15") ? typeof rating !== "number" : stryMutAct_9fa48("14") ? false : stryMutAct_9fa48("13") ? true : (stryCov_9fa48("13", "14", "15"), typeof rating === (stryMutAct_9fa48("16") ? "" : (stryCov_9fa48("16"), "number")))) ? ratingOfFraction(rating) : rating;
  return ratingOf;
})());

/** Position on the scale, N = 0 to F = 3 (what the profile chart draws). */
export const ratingScore = stryMutAct_9fa48("17") ? () => undefined : (stryCov_9fa48("17"), (() => {
  const ratingScore = (rating: AttributeRating): number => ATTRIBUTE_RATINGS.indexOf(rating);
  return ratingScore;
})());
const largely = stryMutAct_9fa48("18") ? () => undefined : (stryCov_9fa48("18"), (() => {
  const largely = (r: AttributeRating | undefined): boolean => stryMutAct_9fa48("21") ? r === "L" && r === "F" : stryMutAct_9fa48("20") ? false : stryMutAct_9fa48("19") ? true : (stryCov_9fa48("19", "20", "21"), (stryMutAct_9fa48("23") ? r !== "L" : stryMutAct_9fa48("22") ? false : (stryCov_9fa48("22", "23"), r === (stryMutAct_9fa48("24") ? "" : (stryCov_9fa48("24"), "L")))) || (stryMutAct_9fa48("26") ? r !== "F" : stryMutAct_9fa48("25") ? false : (stryCov_9fa48("25", "26"), r === (stryMutAct_9fa48("27") ? "" : (stryCov_9fa48("27"), "F")))));
  return largely;
})());

/**
 * ISO/IEC 33020: the highest level k such that every attribute of level k is rated L or F and
 * every attribute of the levels below k is F; 0 when PA 1.1 is below L. An attribute not rated
 * is not achieved, so it stops the levels it belongs to and every level above.
 */
export function capabilityLevel(ratings: ReadonlyMap<ProcessAttribute, AttributeRating>): number {
  if (stryMutAct_9fa48("28")) {
    {}
  } else {
    stryCov_9fa48("28");
    let level = 0;
    for (let k = 1; stryMutAct_9fa48("31") ? k > TOP_CAPABILITY_LEVEL : stryMutAct_9fa48("30") ? k < TOP_CAPABILITY_LEVEL : stryMutAct_9fa48("29") ? false : (stryCov_9fa48("29", "30", "31"), k <= TOP_CAPABILITY_LEVEL); stryMutAct_9fa48("32") ? k-- : (stryCov_9fa48("32"), k++)) {
      if (stryMutAct_9fa48("33")) {
        {}
      } else {
        stryCov_9fa48("33");
        const holds = stryMutAct_9fa48("34") ? PROCESS_ATTRIBUTES.some(a => {
          const at = ATTRIBUTE_LEVEL[a];
          if (at < k) return ratings.get(a) === "F";
          if (at === k) return largely(ratings.get(a));
          return true;
        }) : (stryCov_9fa48("34"), PROCESS_ATTRIBUTES.every(a => {
          if (stryMutAct_9fa48("35")) {
            {}
          } else {
            stryCov_9fa48("35");
            const at = ATTRIBUTE_LEVEL[a];
            if (stryMutAct_9fa48("39") ? at >= k : stryMutAct_9fa48("38") ? at <= k : stryMutAct_9fa48("37") ? false : stryMutAct_9fa48("36") ? true : (stryCov_9fa48("36", "37", "38", "39"), at < k)) return stryMutAct_9fa48("42") ? ratings.get(a) !== "F" : stryMutAct_9fa48("41") ? false : stryMutAct_9fa48("40") ? true : (stryCov_9fa48("40", "41", "42"), ratings.get(a) === (stryMutAct_9fa48("43") ? "" : (stryCov_9fa48("43"), "F")));
            if (stryMutAct_9fa48("46") ? at !== k : stryMutAct_9fa48("45") ? false : stryMutAct_9fa48("44") ? true : (stryCov_9fa48("44", "45", "46"), at === k)) return largely(ratings.get(a));
            return stryMutAct_9fa48("47") ? false : (stryCov_9fa48("47"), true);
          }
        }));
        // Level k+1 needs level k's attributes F, so once a level fails no higher one can hold.
        if (stryMutAct_9fa48("50") ? false : stryMutAct_9fa48("49") ? true : stryMutAct_9fa48("48") ? holds : (stryCov_9fa48("48", "49", "50"), !holds)) break;
        level = k;
      }
    }
    return level;
  }
}

/** One process as one audit rated its attributes. */
export interface AuditCapability {
  readonly auditId: string;
  readonly process: string;
  readonly ratings: ReadonlyMap<ProcessAttribute, AttributeRating>;
  readonly level: number;
  /** The sheet its rows were read from (as issues name it). */
  readonly sheet: string;
}

/** Each (audit, process) that has attribute ratings, in the order of their first row. */
export function auditCapabilities(rows: readonly AttributeRatingRow[]): AuditCapability[] {
  if (stryMutAct_9fa48("51")) {
    {}
  } else {
    stryCov_9fa48("51");
    return (stryMutAct_9fa48("52") ? [] : (stryCov_9fa48("52"), [...groupBy(rows, stryMutAct_9fa48("53") ? () => undefined : (stryCov_9fa48("53"), r => stryMutAct_9fa48("54") ? `` : (stryCov_9fa48("54"), `${r.auditId}\u0000${r.process}`))).values()])).map(group => {
      if (stryMutAct_9fa48("55")) {
        {}
      } else {
        stryCov_9fa48("55");
        const ratings = new Map(group.map(stryMutAct_9fa48("56") ? () => undefined : (stryCov_9fa48("56"), r => [r.attribute, ratingOf(r.rating)] as const)));
        const {
          auditId,
          process,
          source
        } = group[0];
        return stryMutAct_9fa48("57") ? {} : (stryCov_9fa48("57"), {
          auditId,
          process,
          ratings,
          level: capabilityLevel(ratings),
          sheet: source.sheet
        });
      }
    });
  }
}

/** The lower of two ratings (a campaign's profile shows its weakest audit). */
export const lowerRating = stryMutAct_9fa48("58") ? () => undefined : (stryCov_9fa48("58"), (() => {
  const lowerRating = (a: AttributeRating, b: AttributeRating): AttributeRating => (stryMutAct_9fa48("62") ? ratingScore(a) > ratingScore(b) : stryMutAct_9fa48("61") ? ratingScore(a) < ratingScore(b) : stryMutAct_9fa48("60") ? false : stryMutAct_9fa48("59") ? true : (stryCov_9fa48("59", "60", "61", "62"), ratingScore(a) <= ratingScore(b))) ? a : b;
  return lowerRating;
})());

/** How far typed ML(N) and the capability level may be apart before the process is flagged. */
export const LEVEL_GAP_FLAG = 2;

/** Whether a typed level and a capability level differ by LEVEL_GAP_FLAG or more (decimal comparison). */
export function levelsDisagree(typed: number | null, capability: number | null): boolean {
  if (stryMutAct_9fa48("63")) {
    {}
  } else {
    stryCov_9fa48("63");
    return stryMutAct_9fa48("66") ? typed !== null && capability !== null || atLeast(Math.abs(typed - capability), LEVEL_GAP_FLAG) : stryMutAct_9fa48("65") ? false : stryMutAct_9fa48("64") ? true : (stryCov_9fa48("64", "65", "66"), (stryMutAct_9fa48("68") ? typed !== null || capability !== null : stryMutAct_9fa48("67") ? true : (stryCov_9fa48("67", "68"), (stryMutAct_9fa48("70") ? typed === null : stryMutAct_9fa48("69") ? true : (stryCov_9fa48("69", "70"), typed !== null)) && (stryMutAct_9fa48("72") ? capability === null : stryMutAct_9fa48("71") ? true : (stryCov_9fa48("71", "72"), capability !== null)))) && atLeast(Math.abs(stryMutAct_9fa48("73") ? typed + capability : (stryCov_9fa48("73"), typed - capability)), LEVEL_GAP_FLAG));
  }
}
const levelText = stryMutAct_9fa48("74") ? () => undefined : (stryCov_9fa48("74"), (() => {
  const levelText = (value: number | null): string => (stryMutAct_9fa48("77") ? value !== null : stryMutAct_9fa48("76") ? false : stryMutAct_9fa48("75") ? true : (stryCov_9fa48("75", "76", "77"), value === null)) ? stryMutAct_9fa48("78") ? "" : (stryCov_9fa48("78"), "n/a") : String(stryMutAct_9fa48("79") ? Math.round(value * 100) * 100 : (stryCov_9fa48("79"), Math.round(stryMutAct_9fa48("80") ? value / 100 : (stryCov_9fa48("80"), value * 100)) / 100));
  return levelText;
})());

/** A warning for each process of a campaign whose typed ML(N) and capability level differ by 2 or more. */
export function capabilityWarnings(campaigns: readonly CampaignResult[], language: Language): Issue[] {
  if (stryMutAct_9fa48("81")) {
    {}
  } else {
    stryCov_9fa48("81");
    return campaigns.flatMap(stryMutAct_9fa48("82") ? () => undefined : (stryCov_9fa48("82"), c => (stryMutAct_9fa48("83") ? c.capability?.flagged && [] : (stryCov_9fa48("83"), (stryMutAct_9fa48("84") ? c.capability.flagged : (stryCov_9fa48("84"), c.capability?.flagged)) ?? (stryMutAct_9fa48("85") ? ["Stryker was here"] : (stryCov_9fa48("85"), [])))).map(stryMutAct_9fa48("86") ? () => undefined : (stryCov_9fa48("86"), (process): Issue => stryMutAct_9fa48("87") ? {} : (stryCov_9fa48("87"), {
      severity: stryMutAct_9fa48("88") ? "" : (stryCov_9fa48("88"), "warning"),
      sheet: stryMutAct_9fa48("89") ? c.capability?.sheet && SHEET_NAMES.processAttributes[language === "es" ? 1 : 0] : (stryCov_9fa48("89"), (stryMutAct_9fa48("90") ? c.capability.sheet : (stryCov_9fa48("90"), c.capability?.sheet)) ?? SHEET_NAMES.processAttributes[(stryMutAct_9fa48("93") ? language !== "es" : stryMutAct_9fa48("92") ? false : stryMutAct_9fa48("91") ? true : (stryCov_9fa48("91", "92", "93"), language === (stryMutAct_9fa48("94") ? "" : (stryCov_9fa48("94"), "es")))) ? 1 : 0]),
      row: null,
      column: null,
      cell: null,
      value: null,
      message: say(capabilityWarning.levelGap(process, c.name, levelText(c.maturity.byProcess[process]), levelText(stryMutAct_9fa48("95") ? c.capability?.byProcess[process] && null : (stryCov_9fa48("95"), (stryMutAct_9fa48("96") ? c.capability.byProcess[process] : (stryCov_9fa48("96"), c.capability?.byProcess[process])) ?? null))), language)
    })))));
  }
}