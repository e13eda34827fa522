/**
 * Training of process leaders, from the Training sheet: per office and team the share of
 * required courses held on the as-of date, and the leaders whose required training is missing,
 * expired or about to expire (docs/decisions.md "Training coverage").
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
import type { Catalog, TeamCode } from "../model/catalog";
import type { Day } from "../model/days";
import type { TrainingRecord } from "../model/records";
import type { OfficeTraining, TrainingGap, TrainingGapKind } from "./results";
import { groupBy } from "./stats";

/** A course valid on the as-of date that ends within this many days (the 90th day included) is listed as expiring. */
export const EXPIRY_WINDOW_DAYS = 90;

/** A row's course is held on `asOf`: completed on or before it, and valid until it or later (or with no end). */
export function heldOn(row: TrainingRecord, asOf: Day): boolean {
  if (stryMutAct_9fa48("97")) {
    {}
  } else {
    stryCov_9fa48("97");
    return stryMutAct_9fa48("100") ? row.completedOn !== null && row.completedOn <= asOf || row.validUntil === null || row.validUntil >= asOf : stryMutAct_9fa48("99") ? false : stryMutAct_9fa48("98") ? true : (stryCov_9fa48("98", "99", "100"), (stryMutAct_9fa48("102") ? row.completedOn !== null || row.completedOn <= asOf : stryMutAct_9fa48("101") ? true : (stryCov_9fa48("101", "102"), (stryMutAct_9fa48("104") ? row.completedOn === null : stryMutAct_9fa48("103") ? true : (stryCov_9fa48("103", "104"), row.completedOn !== null)) && (stryMutAct_9fa48("107") ? row.completedOn > asOf : stryMutAct_9fa48("106") ? row.completedOn < asOf : stryMutAct_9fa48("105") ? true : (stryCov_9fa48("105", "106", "107"), row.completedOn <= asOf)))) && (stryMutAct_9fa48("109") ? row.validUntil === null && row.validUntil >= asOf : stryMutAct_9fa48("108") ? true : (stryCov_9fa48("108", "109"), (stryMutAct_9fa48("111") ? row.validUntil !== null : stryMutAct_9fa48("110") ? false : (stryCov_9fa48("110", "111"), row.validUntil === null)) || (stryMutAct_9fa48("114") ? row.validUntil < asOf : stryMutAct_9fa48("113") ? row.validUntil > asOf : stryMutAct_9fa48("112") ? false : (stryCov_9fa48("112", "113", "114"), row.validUntil >= asOf)))));
  }
}

/** What one leader's required course is on `asOf`, from all its rows (a renewal is another row of the same course). */
export function courseState(rows: readonly TrainingRecord[], asOf: Day): {
  readonly kind: TrainingGapKind | "Held";
  readonly validUntil: Day | null;
} {
  if (stryMutAct_9fa48("115")) {
    {}
  } else {
    stryCov_9fa48("115");
    const held = stryMutAct_9fa48("116") ? rows : (stryCov_9fa48("116"), rows.filter(stryMutAct_9fa48("117") ? () => undefined : (stryCov_9fa48("117"), r => heldOn(r, asOf))));
    if (stryMutAct_9fa48("121") ? held.length <= 0 : stryMutAct_9fa48("120") ? held.length >= 0 : stryMutAct_9fa48("119") ? false : stryMutAct_9fa48("118") ? true : (stryCov_9fa48("118", "119", "120", "121"), held.length > 0)) {
      if (stryMutAct_9fa48("122")) {
        {}
      } else {
        stryCov_9fa48("122");
        // The longest-lasting row counts; no end outlasts every date.
        const validUntil = (stryMutAct_9fa48("123") ? held.every(r => r.validUntil === null) : (stryCov_9fa48("123"), held.some(stryMutAct_9fa48("124") ? () => undefined : (stryCov_9fa48("124"), r => stryMutAct_9fa48("127") ? r.validUntil !== null : stryMutAct_9fa48("126") ? false : stryMutAct_9fa48("125") ? true : (stryCov_9fa48("125", "126", "127"), r.validUntil === null))))) ? null : stryMutAct_9fa48("128") ? Math.min(...held.map(r => r.validUntil ?? 0)) : (stryCov_9fa48("128"), Math.max(...held.map(stryMutAct_9fa48("129") ? () => undefined : (stryCov_9fa48("129"), r => stryMutAct_9fa48("130") ? r.validUntil && 0 : (stryCov_9fa48("130"), r.validUntil ?? 0)))));
        const expiring = stryMutAct_9fa48("133") ? validUntil !== null || validUntil - asOf <= EXPIRY_WINDOW_DAYS : stryMutAct_9fa48("132") ? false : stryMutAct_9fa48("131") ? true : (stryCov_9fa48("131", "132", "133"), (stryMutAct_9fa48("135") ? validUntil === null : stryMutAct_9fa48("134") ? true : (stryCov_9fa48("134", "135"), validUntil !== null)) && (stryMutAct_9fa48("138") ? validUntil - asOf > EXPIRY_WINDOW_DAYS : stryMutAct_9fa48("137") ? validUntil - asOf < EXPIRY_WINDOW_DAYS : stryMutAct_9fa48("136") ? true : (stryCov_9fa48("136", "137", "138"), (stryMutAct_9fa48("139") ? validUntil + asOf : (stryCov_9fa48("139"), validUntil - asOf)) <= EXPIRY_WINDOW_DAYS)));
        return stryMutAct_9fa48("140") ? {} : (stryCov_9fa48("140"), {
          kind: expiring ? stryMutAct_9fa48("141") ? "" : (stryCov_9fa48("141"), "Expiring") : stryMutAct_9fa48("142") ? "" : (stryCov_9fa48("142"), "Held"),
          validUntil
        });
      }
    }
    const expired = stryMutAct_9fa48("143") ? rows : (stryCov_9fa48("143"), rows.filter(stryMutAct_9fa48("144") ? () => undefined : (stryCov_9fa48("144"), r => stryMutAct_9fa48("147") ? r.completedOn !== null && r.completedOn <= asOf || r.validUntil !== null : stryMutAct_9fa48("146") ? false : stryMutAct_9fa48("145") ? true : (stryCov_9fa48("145", "146", "147"), (stryMutAct_9fa48("149") ? r.completedOn !== null || r.completedOn <= asOf : stryMutAct_9fa48("148") ? true : (stryCov_9fa48("148", "149"), (stryMutAct_9fa48("151") ? r.completedOn === null : stryMutAct_9fa48("150") ? true : (stryCov_9fa48("150", "151"), r.completedOn !== null)) && (stryMutAct_9fa48("154") ? r.completedOn > asOf : stryMutAct_9fa48("153") ? r.completedOn < asOf : stryMutAct_9fa48("152") ? true : (stryCov_9fa48("152", "153", "154"), r.completedOn <= asOf)))) && (stryMutAct_9fa48("156") ? r.validUntil === null : stryMutAct_9fa48("155") ? true : (stryCov_9fa48("155", "156"), r.validUntil !== null))))));
    if (stryMutAct_9fa48("160") ? expired.length <= 0 : stryMutAct_9fa48("159") ? expired.length >= 0 : stryMutAct_9fa48("158") ? false : stryMutAct_9fa48("157") ? true : (stryCov_9fa48("157", "158", "159", "160"), expired.length > 0)) return stryMutAct_9fa48("161") ? {} : (stryCov_9fa48("161"), {
      kind: stryMutAct_9fa48("162") ? "" : (stryCov_9fa48("162"), "Expired"),
      validUntil: stryMutAct_9fa48("163") ? Math.min(...expired.map(r => r.validUntil ?? 0)) : (stryCov_9fa48("163"), Math.max(...expired.map(stryMutAct_9fa48("164") ? () => undefined : (stryCov_9fa48("164"), r => stryMutAct_9fa48("165") ? r.validUntil && 0 : (stryCov_9fa48("165"), r.validUntil ?? 0)))))
    });
    return stryMutAct_9fa48("166") ? {} : (stryCov_9fa48("166"), {
      kind: stryMutAct_9fa48("167") ? "" : (stryCov_9fa48("167"), "Missing"),
      validUntil: null
    });
  }
}

/**
 * One office's training: per team, the required courses (one per leader, team and course; a
 * course no row of which is required is not counted) and those held on `asOf`; the gaps in
 * sheet order of their first row.
 */
export function officeTraining(catalog: Catalog, office: string, rows: readonly TrainingRecord[], asOf: Day): OfficeTraining {
  if (stryMutAct_9fa48("168")) {
    {}
  } else {
    stryCov_9fa48("168");
    const byTeam = Object.fromEntries(catalog.teams.map(t => [t.code, {
      required: 0,
      held: 0
    }] as const)) as Record<TeamCode, {
      required: number;
      held: number;
    }>;
    const gaps: TrainingGap[] = stryMutAct_9fa48("169") ? ["Stryker was here"] : (stryCov_9fa48("169"), []);
    for (const course of groupBy(rows, stryMutAct_9fa48("170") ? () => undefined : (stryCov_9fa48("170"), r => stryMutAct_9fa48("171") ? `` : (stryCov_9fa48("171"), `${r.person}\u0000${r.team}\u0000${r.course}`))).values()) {
      if (stryMutAct_9fa48("172")) {
        {}
      } else {
        stryCov_9fa48("172");
        if (stryMutAct_9fa48("175") ? false : stryMutAct_9fa48("174") ? true : stryMutAct_9fa48("173") ? course.some(r => r.required) : (stryCov_9fa48("173", "174", "175"), !(stryMutAct_9fa48("176") ? course.every(r => r.required) : (stryCov_9fa48("176"), course.some(stryMutAct_9fa48("177") ? () => undefined : (stryCov_9fa48("177"), r => r.required)))))) continue;
        const {
          person,
          team,
          course: name
        } = course[0];
        const state = courseState(course, asOf);
        const tally = byTeam[team];
        stryMutAct_9fa48("178") ? tally.required-- : (stryCov_9fa48("178"), tally.required++);
        if (stryMutAct_9fa48("181") ? state.kind === "Held" && state.kind === "Expiring" : stryMutAct_9fa48("180") ? false : stryMutAct_9fa48("179") ? true : (stryCov_9fa48("179", "180", "181"), (stryMutAct_9fa48("183") ? state.kind !== "Held" : stryMutAct_9fa48("182") ? false : (stryCov_9fa48("182", "183"), state.kind === (stryMutAct_9fa48("184") ? "" : (stryCov_9fa48("184"), "Held")))) || (stryMutAct_9fa48("186") ? state.kind !== "Expiring" : stryMutAct_9fa48("185") ? false : (stryCov_9fa48("185", "186"), state.kind === (stryMutAct_9fa48("187") ? "" : (stryCov_9fa48("187"), "Expiring")))))) stryMutAct_9fa48("188") ? tally.held-- : (stryCov_9fa48("188"), tally.held++);
        if (stryMutAct_9fa48("191") ? state.kind === "Held" : stryMutAct_9fa48("190") ? false : stryMutAct_9fa48("189") ? true : (stryCov_9fa48("189", "190", "191"), state.kind !== (stryMutAct_9fa48("192") ? "" : (stryCov_9fa48("192"), "Held")))) gaps.push(stryMutAct_9fa48("193") ? {} : (stryCov_9fa48("193"), {
          office,
          person,
          team,
          course: name,
          kind: state.kind,
          validUntil: state.validUntil,
          source: course[0].source
        }));
      }
    }
    return stryMutAct_9fa48("194") ? {} : (stryCov_9fa48("194"), {
      office,
      byTeam,
      gaps
    });
  }
}

/** Held / required, null when nothing is required. */
export const coverageOf = stryMutAct_9fa48("195") ? () => undefined : (stryCov_9fa48("195"), (() => {
  const coverageOf = ({
    required,
    held
  }: {
    required: number;
    held: number;
  }): number | null => (stryMutAct_9fa48("198") ? required !== 0 : stryMutAct_9fa48("197") ? false : stryMutAct_9fa48("196") ? true : (stryCov_9fa48("196", "197", "198"), required === 0)) ? null : stryMutAct_9fa48("199") ? held * required : (stryCov_9fa48("199"), held / required);
  return coverageOf;
})());

/** Each office's training, offices in order of their first Training row. */
export function trainingByOffice(catalog: Catalog, rows: readonly TrainingRecord[], asOf: Day): OfficeTraining[] {
  if (stryMutAct_9fa48("200")) {
    {}
  } else {
    stryCov_9fa48("200");
    return (stryMutAct_9fa48("201") ? [] : (stryCov_9fa48("201"), [...groupBy(rows, stryMutAct_9fa48("202") ? () => undefined : (stryCov_9fa48("202"), r => r.office))])).map(stryMutAct_9fa48("203") ? () => undefined : (stryCov_9fa48("203"), ([office, officeRows]) => officeTraining(catalog, office, officeRows, asOf)));
  }
}