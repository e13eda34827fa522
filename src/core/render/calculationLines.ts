/**
 * The audit trail as lines: one block per indicator value (office, scope, campaign), its result
 * line first, then every input that went in or was left out, each with the reason and the input
 * row. The Calculation sheet writes these lines; `explain` tells one block in words. Nothing is
 * computed here that the engine did not decide: the lines only lay out the trail and the results.
 */
import { type Catalog, clausesOf } from "../model/catalog";
import { CONSOLIDATED } from "../model/records";
import type { Indicators, OfficeTraining, ScorecardResult, TrainingCourse, TrainingCoverage } from "../engine/results";
import type { ControlTrail, OfficeTrail, TrendTrail } from "../engine/trail";
import type { RungShortfall } from "../engine/maturity";
import type { ControlStatus, EvidenceStatus, FindingType, Source } from "../model/records";
import { FINDING_TYPES } from "../model/records";
import type { OclComponent } from "../engine/compliance";
import { type Day, isoFromDay } from "../model/days";
import { RISK_VALUE } from "../engine/projectRisk";
import { SPANISH } from "../model/spanishWords";

export const CALC_INDICATORS = [
  "SETTING",
  "CCL",
  "CLS",
  "PLC",
  "COVERAGE",
  "TASKS",
  "OCL",
  "OCLT",
  "STAGE",
  "DML",
  "DML_AVG",
  "PRK",
  "LEADER",
  "AML",
  "AML_AVG",
  "FINDINGS",
  "ALVL",
  "TRAINING",
  "CL",
  "CL_AVG",
] as const;
/**
 * Which indicator a block explains. DML: derived ML(N); AML: assessed ML(N); CL: capability level
 * CL(N) from process attributes; *_AVG: their mean and level; TRAINING: training coverage.
 */
export type CalcIndicator = (typeof CALC_INDICATORS)[number];

/** Why an input went in or was left out, or how a result came about; worded by the labels. */
export type CalcReason =
  | { readonly code: "evidenceValid"; readonly evidence: string }
  | { readonly code: "noEvidence" }
  | { readonly code: "evidenceNotAccepted"; readonly evidence: string; readonly status: EvidenceStatus }
  | { readonly code: "evidenceNotYetCollected"; readonly evidence: string; readonly day: Day }
  | { readonly code: "evidenceExpired"; readonly evidence: string; readonly day: Day }
  | { readonly code: "evidenceNotRequired" }
  | { readonly code: "notApplicable" }
  | { readonly code: "weightZero" }
  | { readonly code: "noControl" }
  | { readonly code: "allWeightsZero" }
  | { readonly code: "undefinedLeftOut" }
  | { readonly code: "noTasksSheet" }
  | { readonly code: "noTaskDue" }
  | { readonly code: "weightShared"; readonly setWeight: number }
  | { readonly code: "pointAfterAsOf" }
  | { readonly code: "pointOlder" }
  | { readonly code: "thisRun" }
  | { readonly code: "fewerThanTwoPoints" }
  | { readonly code: "exposureRisk"; readonly risk: string; readonly likelihood: number; readonly impact: number }
  | { readonly code: "noOpenRisk" }
  | { readonly code: "overdue" }
  | { readonly code: "rung"; readonly shortfall: RungShortfall | null; readonly done: number; readonly tasks: number }
  | { readonly code: "lowerRungMissing" }
  | { readonly code: "noLevel" }
  | { readonly code: "noRequiredCourse" };

export type CalcKind = "result" | "input";

export interface CalcLine {
  readonly indicator: CalcIndicator;
  readonly kind: CalcKind;
  /** The office, CONSOLIDATED, or "" (campaign lines of no one office). */
  readonly office: string;
  readonly campaign: string;
  /** Process code, clause, team, project ID, finding type, PDCA stage, owner. */
  readonly scope: string;
  /** What the line is: a control ID, a process, an office, a date, a component, a rung, an audit. */
  readonly item: string;
  readonly owner?: string;
  /** A word as the input sheet holds it (a status, a level), or the result's level or direction. */
  readonly written?: WrittenWord;
  readonly value: number | null;
  readonly weight?: number | null;
  /** Whether the input went in; null on result lines. */
  readonly counted: boolean | null;
  readonly numerator?: number | null;
  readonly denominator?: number | null;
  readonly result?: number | null;
  readonly evidence?: string;
  readonly why?: CalcReason;
  readonly source?: Source;
}

/** Words written on lines, kept as codes so that each language says them its own way. */
export type WrittenWord =
  | { readonly kind: "control"; readonly status: ControlStatus }
  | { readonly kind: "risk"; readonly level: "LOW" | "MEDIUM" | "HIGH" }
  | { readonly kind: "direction"; readonly direction: "Positive" | "Negative" | "Flat" }
  | { readonly kind: "level"; readonly level: number }
  | { readonly kind: "yesNo"; readonly yes: boolean }
  | { readonly kind: "bool"; readonly yes: boolean }
  | { readonly kind: "training"; readonly state: TrainingCourse["kind"] }
  | { readonly kind: "text"; readonly text: string };

/** The key of a block: what a result cell links to and what `explain` looks up. */
export function blockKey(indicator: CalcIndicator, office: string, scope: string, campaign = ""): string {
  return JSON.stringify([indicator, office, scope, campaign]);
}

/** A campaign's lines carry their audit's office, but belong to the campaign's block. */
export const keyOfLine = (l: CalcLine): string =>
  blockKey(l.indicator, l.campaign === "" ? l.office : "", l.scope, l.campaign);

/** keyOfLine(a) === keyOfLine(b), without making the keys (a national trail has 100,000s of lines). */
export const sameBlock = (a: BlockHead, b: BlockHead): boolean =>
  a.indicator === b.indicator &&
  a.scope === b.scope &&
  a.campaign === b.campaign &&
  (a.campaign === "" ? a.office : "") === (b.campaign === "" ? b.office : "");

/** The fields of a line that say which block it is in and whose it is (sameBlock, trailFit's owner). */
export type BlockHead = Pick<CalcLine, "indicator" | "office" | "scope" | "campaign">;

/** Where a trail's lines go, block after block, each block's result line first. */
export interface Blocks {
  add(line: CalcLine): void;
  /**
   * Asked before a block of `size` lines starting with `head`'s key is made, by the makers of the
   * blocks a consolidation has most of (one line an office): a fitted trail (trailFit.ts) first only
   * counts them, then makes only those the sheet keeps.
   */
  wants(head: BlockHead, size: number): boolean;
}

function controlLine(t: ControlTrail, requireEvidence: boolean): CalcLine {
  const { control, evidence } = t;
  let why: CalcReason;
  let evidenceId = "";
  switch (evidence.kind) {
    case "valid":
      why = { code: "evidenceValid", evidence: evidence.evidence.id };
      evidenceId = evidence.evidence.id;
      break;
    case "none":
      why = { code: "noEvidence" };
      break;
    case "notAccepted":
      why = { code: "evidenceNotAccepted", evidence: evidence.evidence.id, status: evidence.evidence.status };
      break;
    case "notYetCollected":
      why = {
        code: "evidenceNotYetCollected",
        evidence: evidence.evidence.id,
        day: evidence.evidence.collectedOn ?? 0,
      };
      break;
    case "expired":
      why = { code: "evidenceExpired", evidence: evidence.evidence.id, day: evidence.evidence.validUntil ?? 0 };
      break;
  }
  if (t.statusScore === null) why = { code: "notApplicable" };
  else if (control.weight <= 0) why = { code: "weightZero" };
  else if (!requireEvidence && evidence.kind !== "valid") why = { code: "evidenceNotRequired" };
  return {
    indicator: "CCL",
    kind: "input",
    office: control.office,
    campaign: "",
    scope: control.process,
    item: control.id,
    owner: control.owner,
    written: { kind: "control", status: control.status },
    value: t.score,
    weight: control.weight,
    counted: t.inCcl,
    numerator: t.inCcl && t.score !== null ? control.weight * t.score : null,
    denominator: t.inCcl ? control.weight : null,
    evidence: evidenceId,
    why,
    source: control.source,
  };
}

/** A mean's result line and one input line per value (undefined values left out). */
function meanBlock(
  blocks: Blocks,
  head: Omit<CalcLine, "kind" | "item" | "value" | "counted">,
  result: number | null,
  inputs: readonly { readonly item: string; readonly value: number | null; readonly source?: Source }[],
  emptyWhy?: CalcReason,
  resultWritten?: WrittenWord,
): void {
  if (!blocks.wants(head, inputs.length + 1)) return;
  const defined = inputs.filter((i) => i.value !== null);
  blocks.add({
    ...head,
    ...(resultWritten ? { written: resultWritten } : {}),
    kind: "result",
    item: "",
    value: null,
    counted: null,
    numerator: defined.length === 0 ? null : defined.reduce((s, i) => s + (i.value ?? 0), 0),
    denominator: defined.length,
    result,
    ...(result === null && emptyWhy ? { why: emptyWhy } : {}),
  });
  for (const i of inputs) {
    blocks.add({
      ...head,
      kind: "input",
      item: i.item,
      value: i.value,
      counted: i.value !== null,
      numerator: i.value,
      denominator: i.value === null ? null : 1,
      ...(i.value === null ? { why: { code: "undefinedLeftOut" } } : {}),
      ...(i.source ? { source: i.source } : {}),
    });
  }
}

function trendBlock(blocks: Blocks, office: string, oclt: Indicators["oclt"], trail: TrendTrail): void {
  blocks.add({
    indicator: "OCLT",
    kind: "result",
    office,
    campaign: "",
    scope: "",
    item: "",
    value: oclt.points,
    counted: null,
    result: oclt.slope,
    ...(oclt.direction ? { written: { kind: "direction", direction: oclt.direction } } : {}),
    ...(oclt.slope === null ? { why: { code: "fewerThanTwoPoints" } } : {}),
  });
  const point = (p: TrendTrail["used"][number], counted: boolean, why: CalcReason | undefined): CalcLine => ({
    indicator: "OCLT",
    kind: "input",
    office,
    campaign: "",
    scope: "",
    item: isoFromDay(p.day),
    value: p.value,
    counted,
    ...(why ? { why } : {}),
    ...(p.source ? { source: p.source } : {}),
  });
  for (const p of trail.used) blocks.add(point(p, true, p.source ? undefined : { code: "thisRun" }));
  for (const { point: p, reason } of trail.leftOut) {
    const why: CalcReason = reason === "afterAsOf" ? { code: "pointAfterAsOf" } : { code: "pointOlder" };
    blocks.add(point(p, false, why));
  }
}

function officeBlocks(
  blocks: Blocks,
  catalog: Catalog,
  result: ScorecardResult,
  office: string,
  i: Indicators,
  trail: OfficeTrail,
  controls: readonly ControlTrail[],
): void {
  const { requireEvidence } = result.trail;
  const byProcess = new Map<string, ControlTrail[]>();
  for (const c of controls) {
    const list = byProcess.get(c.control.process) ?? [];
    byProcess.set(c.control.process, list);
    list.push(c);
  }
  const base = { office, campaign: "" };
  for (const p of catalog.processes) {
    const t = trail.ccl[p.code];
    const value = i.ccl[p.code];
    blocks.add({
      ...base,
      indicator: "CCL",
      kind: "result",
      scope: p.code,
      item: "",
      value: null,
      counted: null,
      numerator: t.denominator > 0 ? t.numerator : null,
      denominator: t.denominator,
      result: value,
      ...(value === null ? { why: { code: t.applicable > 0 ? "allWeightsZero" : "noControl" } } : {}),
    });
    for (const c of byProcess.get(p.code) ?? []) blocks.add(controlLine(c, requireEvidence));
  }
  for (const clause of clausesOf(catalog)) {
    meanBlock(
      blocks,
      { ...base, indicator: "CLS", scope: clause },
      i.cls[clause],
      catalog.processes.filter((p) => p.clause === clause).map((p) => ({ item: p.code, value: i.ccl[p.code] })),
    );
  }
  for (const team of catalog.teams) {
    meanBlock(
      blocks,
      { ...base, indicator: "PLC", scope: team.code },
      i.plc[team.code],
      catalog.processes.filter((p) => p.team === team.code).map((p) => ({ item: p.code, value: i.ccl[p.code] })),
    );
  }
  const ratio = (
    indicator: CalcIndicator,
    numerator: number,
    denominator: number,
    value: number | null,
    why?: CalcReason,
  ) =>
    blocks.add({
      ...base,
      indicator,
      kind: "result",
      scope: "",
      item: "",
      value: null,
      counted: null,
      numerator,
      denominator,
      result: value,
      ...(value === null && why ? { why } : {}),
    });
  ratio("COVERAGE", trail.coverage.withEvidence, trail.coverage.applicable, i.evidenceCoverage, { code: "noControl" });
  if (trail.tasks === null) ratio("TASKS", 0, 0, null, { code: "noTasksSheet" });
  else ratio("TASKS", trail.tasks.done, trail.tasks.due, i.taskCompletion, { code: "noTaskDue" });
  oclBlock(blocks, office, i.ocl, trail.oclComponents);
  trendBlock(blocks, office, i.oclt, trail.oclt);
  stageBlocks(blocks, catalog, office, i);
  for (const p of catalog.processes) {
    const rungs = trail.rungs[p.code];
    const level = i.derivedMaturity.byProcess[p.code];
    blocks.add({
      ...base,
      indicator: "DML",
      kind: "result",
      scope: p.code,
      item: "",
      value: null,
      counted: null,
      result: level,
    });
    let below = true;
    for (const r of rungs) {
      blocks.add({
        ...base,
        indicator: "DML",
        kind: "input",
        scope: p.code,
        // The activity as the workbook's language writes it (the Tasks sheet's own words).
        item: `${r.level} ${result.language === "es" ? SPANISH.activity[r.activity] : r.activity}`,
        value: r.level,
        counted: below && r.holds,
        numerator: r.done,
        denominator: r.tasks,
        written: { kind: "yesNo", yes: r.holds },
        why:
          r.holds && !below
            ? { code: "lowerRungMissing" }
            : { code: "rung", shortfall: r.shortfall, done: r.done, tasks: r.tasks },
      });
      below = below && r.holds;
    }
  }
  maturityAverage(blocks, catalog, "DML_AVG", office, "", i.derivedMaturity);
}

function oclBlock(blocks: Blocks, office: string, ocl: number | null, components: readonly OclComponent[]): void {
  const used = components.filter((c) => c.weight > 0 && c.value !== null);
  blocks.add({
    indicator: "OCL",
    kind: "result",
    office,
    campaign: "",
    scope: "",
    item: "",
    value: null,
    counted: null,
    numerator: used.length === 0 ? null : used.reduce((s, c) => s + (c.value ?? 0) * c.weight, 0),
    denominator: used.reduce((s, c) => s + c.weight, 0),
    result: ocl,
  });
  for (const c of components) {
    const counted = c.weight > 0 && c.value !== null;
    blocks.add({
      indicator: "OCL",
      kind: "input",
      office,
      campaign: "",
      scope: "",
      item: c.name,
      value: c.value,
      weight: c.weight,
      counted,
      numerator: counted ? (c.value ?? 0) * c.weight : null,
      denominator: counted ? c.weight : null,
      why: c.value === null ? { code: "undefinedLeftOut" } : { code: "weightShared", setWeight: c.setWeight },
    });
  }
}

function stageBlocks(blocks: Blocks, catalog: Catalog, office: string, i: Indicators): void {
  const base = { office, campaign: "", indicator: "STAGE" as const };
  const stage = (name: "DO" | "CHECK") => i.stages.find((s) => s.stage === name)?.value ?? null;
  meanBlock(
    blocks,
    { ...base, scope: "DO" },
    stage("DO"),
    catalog.teams.map((t) => ({ item: t.code, value: i.plc[t.code] })),
  );
  meanBlock(
    blocks,
    { ...base, scope: "CHECK" },
    stage("CHECK"),
    catalog.processes.map((p) => ({ item: p.code, value: i.ccl[p.code] })),
  );
}

function maturityAverage(
  blocks: Blocks,
  catalog: Catalog,
  indicator: "DML_AVG" | "AML_AVG" | "CL_AVG",
  office: string,
  campaign: string,
  view: Indicators["derivedMaturity"],
): void {
  meanBlock(
    blocks,
    { indicator, office, campaign, scope: "" },
    view.average,
    catalog.processes.map((p) => ({ item: p.code, value: view.byProcess[p.code] })),
    undefined,
    view.level === null ? undefined : { kind: "level", level: view.level },
  );
}

function projectBlocks(blocks: Blocks, result: ScorecardResult): void {
  const byOffice = new Map<string, number[]>();
  result.projects.forEach((p, k) => {
    const t = result.trail.projects[k];
    const risk = t.exposureRisk;
    const base = { indicator: "PRK" as const, office: p.office, campaign: "", scope: p.id };
    const list = byOffice.get(p.office) ?? [];
    byOffice.set(p.office, list);
    list.push(k);
    // The result, then exposure, planned, progress and gap.
    if (!blocks.wants(base, 5)) return;
    blocks.add({
      ...base,
      kind: "result",
      item: "",
      value: null,
      counted: null,
      result: RISK_VALUE[p.level],
      written: { kind: "risk", level: p.level },
      source: t.source,
    });
    blocks.add({
      ...base,
      kind: "input",
      item: "exposure",
      value: p.exposure,
      counted: true,
      written: { kind: "risk", level: p.exposureLevel },
      why: risk
        ? { code: "exposureRisk", risk: risk.id, likelihood: risk.likelihood, impact: risk.impact }
        : { code: "noOpenRisk" },
      ...(risk ? { source: risk.source } : {}),
    });
    blocks.add({ ...base, kind: "input", item: "planned", value: p.plannedProgress, counted: true, source: t.source });
    blocks.add({ ...base, kind: "input", item: "progress", value: p.progress, counted: true, source: t.source });
    blocks.add({
      ...base,
      kind: "input",
      item: "gap",
      value: p.gap,
      counted: true,
      written: { kind: "risk", level: p.scheduleLevel },
      ...(p.overdue ? { why: { code: "overdue" } } : {}),
      source: t.source,
    });
  });
  const officeLine = (
    office: string,
    indexes: readonly number[],
    value: number | null,
    level: Indicators["prk"]["level"],
  ) => {
    if (!blocks.wants({ indicator: "PRK", office, campaign: "", scope: "" }, indexes.length + 1)) return;
    blocks.add({
      indicator: "PRK",
      kind: "result",
      office,
      campaign: "",
      scope: "",
      item: "",
      value: null,
      counted: null,
      numerator: indexes.length === 0 ? null : indexes.reduce((s, k) => s + RISK_VALUE[result.projects[k].level], 0),
      denominator: indexes.length,
      result: value,
      ...(level ? { written: { kind: "risk", level } } : {}),
    });
    for (const k of indexes) {
      const p = result.projects[k];
      const t = result.trail.projects[k];
      blocks.add({
        indicator: "PRK",
        kind: "input",
        office,
        campaign: "",
        scope: "",
        item: p.id,
        value: RISK_VALUE[p.level],
        counted: true,
        numerator: RISK_VALUE[p.level],
        denominator: 1,
        written: { kind: "risk", level: p.level },
        source: t.source,
      });
    }
  };
  for (const [office, i] of result.byOffice) officeLine(office, byOffice.get(office) ?? [], i.prk.value, i.prk.level);
  officeLine(
    CONSOLIDATED,
    result.projects.map((_p, k) => k),
    result.consolidated.prk.value,
    result.consolidated.prk.level,
  );
}

function consolidatedBlocks(blocks: Blocks, catalog: Catalog, result: ScorecardResult): void {
  const c = result.consolidated;
  const offices = [...result.byOffice];
  const base = { office: CONSOLIDATED, campaign: "" };
  const over = (pick: (i: Indicators) => number | null) => offices.map(([o, i]) => ({ item: o, value: pick(i) }));
  for (const p of catalog.processes)
    meanBlock(
      blocks,
      { ...base, indicator: "CCL", scope: p.code },
      c.ccl[p.code],
      over((i) => i.ccl[p.code]),
    );
  for (const clause of clausesOf(catalog))
    meanBlock(
      blocks,
      { ...base, indicator: "CLS", scope: clause },
      c.cls[clause],
      over((i) => i.cls[clause]),
    );
  for (const t of catalog.teams)
    meanBlock(
      blocks,
      { ...base, indicator: "PLC", scope: t.code },
      c.plc[t.code],
      over((i) => i.plc[t.code]),
    );
  meanBlock(
    blocks,
    { ...base, indicator: "COVERAGE", scope: "" },
    c.evidenceCoverage,
    over((i) => i.evidenceCoverage),
  );
  meanBlock(
    blocks,
    { ...base, indicator: "TASKS", scope: "" },
    c.taskCompletion,
    over((i) => i.taskCompletion),
  );
  meanBlock(
    blocks,
    { ...base, indicator: "OCL", scope: "" },
    c.ocl,
    over((i) => i.ocl),
  );
  trendBlock(blocks, CONSOLIDATED, c.oclt, result.trail.consolidatedOclt);
  stageBlocks(blocks, catalog, CONSOLIDATED, c);
  for (const p of catalog.processes)
    meanBlock(
      blocks,
      { ...base, indicator: "DML", scope: p.code },
      c.derivedMaturity.byProcess[p.code],
      over((i) => i.derivedMaturity.byProcess[p.code]),
    );
  maturityAverage(blocks, catalog, "DML_AVG", CONSOLIDATED, "", c.derivedMaturity);
}

function campaignBlocks(blocks: Blocks, catalog: Catalog, result: ScorecardResult): void {
  result.campaigns.forEach((campaign, k) => {
    const t = result.trail.campaigns[k];
    const officeOf = new Map(t.audits.map((a) => [a.audit.id, a.audit.office]));
    const base = { office: "", campaign: campaign.name };
    for (const p of catalog.processes) {
      const ratings = t.ratings.filter((r) => r.process === p.code);
      blocks.add({
        ...base,
        indicator: "AML",
        kind: "result",
        scope: p.code,
        item: "",
        value: null,
        counted: null,
        numerator: ratings.length === 0 ? null : ratings.reduce((s, r) => s + r.level, 0),
        denominator: ratings.length === 0 ? null : ratings.length,
        result: campaign.maturity.byProcess[p.code],
      });
      for (const r of ratings) {
        blocks.add({
          ...base,
          office: officeOf.get(r.auditId) ?? "",
          indicator: "AML",
          kind: "input",
          scope: p.code,
          item: r.serviceGroup === "" ? r.auditId : `${r.auditId} · ${r.serviceGroup}`,
          value: r.level,
          counted: true,
          numerator: r.level,
          denominator: 1,
          source: r.source,
        });
      }
    }
    maturityAverage(blocks, catalog, "AML_AVG", "", campaign.name, campaign.maturity);
    for (const type of FINDING_TYPES) findingBlock(blocks, campaign.name, type, campaign.findings[type], t.audits);
    const levels = t.audits.filter((a) => a.audit.levelAchieved !== null);
    blocks.add({
      ...base,
      indicator: "ALVL",
      kind: "result",
      scope: "",
      item: "",
      value: null,
      counted: null,
      numerator: levels.length === 0 ? null : levels.reduce((s, a) => s + (a.audit.levelAchieved ?? 0), 0),
      denominator: levels.length,
      result: campaign.auditLevel,
    });
    for (const a of t.audits) {
      const v = a.audit.levelAchieved;
      blocks.add({
        ...base,
        office: a.audit.office,
        indicator: "ALVL",
        kind: "input",
        scope: "",
        item: a.audit.id,
        value: v,
        counted: v !== null,
        numerator: v,
        denominator: v === null ? null : 1,
        ...(v === null ? { why: { code: "noLevel" } } : {}),
        source: a.audit.source,
      });
    }
  });
}

/**
 * CL(N) of a campaign: the mean over its audits of each audit's capability level, each audit's
 * level followed by the attribute ratings it was decided from (as typed: a letter, or a
 * percentage in Value), then the mean over processes and its level.
 */
function capabilityBlocks(
  blocks: Blocks,
  catalog: Catalog,
  campaign: string,
  view: NonNullable<ScorecardResult["campaigns"][number]["capability"]>,
  trail: ScorecardResult["trail"]["campaigns"][number],
): void {
  const base = { indicator: "CL" as const, office: "", campaign };
  for (const p of catalog.processes) {
    const audits = trail.capabilities.filter((c) => c.process === p.code);
    if (audits.length === 0) continue;
    blocks.add({
      ...base,
      kind: "result",
      scope: p.code,
      item: "",
      value: null,
      counted: null,
      numerator: audits.reduce((s, c) => s + c.level, 0),
      denominator: audits.length,
      result: view.byProcess[p.code],
    });
    for (const c of audits) {
      blocks.add({
        ...base,
        office: c.office,
        kind: "input",
        scope: p.code,
        item: c.auditId,
        value: c.level,
        counted: true,
        numerator: c.level,
        denominator: 1,
        ...(c.rows[0] ? { source: c.rows[0].source } : {}),
      });
      for (const r of c.rows)
        blocks.add({
          ...base,
          office: c.office,
          kind: "input",
          scope: p.code,
          item: `${c.auditId} · ${r.attribute}`,
          ...(typeof r.rating === "string" ? { written: { kind: "text", text: r.rating } } : {}),
          value: typeof r.rating === "number" ? r.rating : null,
          counted: null,
          source: r.source,
        });
    }
  }
  maturityAverage(blocks, catalog, "CL_AVG", "", campaign, view);
}

/**
 * Training coverage of an office: per team held / required over its leaders' required courses,
 * one input line per course; over all teams the sums of the teams'. Consolidated: the means.
 */
function trainingBlocks(blocks: Blocks, catalog: Catalog, result: ScorecardResult): void {
  const training = result.training;
  if (training === undefined) return;
  const parts = new Map<string, OfficeTraining[]>();
  for (const t of result.trail.training) parts.set(t.office, [...(parts.get(t.office) ?? []), t]);
  const ratio = (office: string, scope: string, courses: readonly TrainingCourse[], value: number | null) =>
    blocks.add({
      indicator: "TRAINING",
      kind: "result",
      office,
      campaign: "",
      scope,
      item: "",
      value: null,
      counted: null,
      numerator: courses.filter((c) => c.held).length,
      denominator: courses.length,
      result: value,
    });
  for (const [office, coverage] of training.byOffice) {
    const courses = (parts.get(office) ?? []).flatMap((t) => t.courses);
    ratio(office, "", courses, coverage.coverage);
    // Over all teams: each team's held and required courses, whose own blocks follow.
    for (const team of catalog.teams) {
      const own = courses.filter((c) => c.team === team.code);
      const held = own.filter((c) => c.held).length;
      blocks.add({
        indicator: "TRAINING",
        kind: "input",
        office,
        campaign: "",
        scope: "",
        item: team.code,
        value: coverage.byTeam[team.code] ?? null,
        counted: own.length > 0,
        numerator: own.length > 0 ? held : null,
        denominator: own.length > 0 ? own.length : null,
        ...(own.length === 0 ? { why: { code: "noRequiredCourse" } } : {}),
      });
    }
    for (const team of catalog.teams) {
      const own = courses.filter((c) => c.team === team.code);
      ratio(office, team.code, own, coverage.byTeam[team.code] ?? null);
      for (const c of own)
        blocks.add({
          indicator: "TRAINING",
          kind: "input",
          office,
          campaign: "",
          scope: team.code,
          item: c.course,
          owner: c.person,
          written: { kind: "training", state: c.kind },
          value: c.held ? 1 : 0,
          counted: true,
          numerator: c.held ? 1 : 0,
          denominator: 1,
          source: c.source,
        });
    }
  }
  const over = (pick: (t: TrainingCoverage) => number | null) =>
    [...training.byOffice].map(([office, t]) => ({ item: office, value: pick(t) }));
  const base = { indicator: "TRAINING" as const, office: CONSOLIDATED, campaign: "" };
  meanBlock(
    blocks,
    { ...base, scope: "" },
    training.consolidated.coverage,
    over((t) => t.coverage),
  );
  for (const team of catalog.teams)
    meanBlock(
      blocks,
      { ...base, scope: team.code },
      training.consolidated.byTeam[team.code] ?? null,
      over((t) => t.byTeam[team.code] ?? null),
    );
}

function findingBlock(
  blocks: Blocks,
  campaign: string,
  type: FindingType,
  mean: number,
  audits: readonly {
    readonly audit: { readonly id: string; readonly office: string; readonly source: Source };
    readonly findings: Readonly<Record<FindingType, number>>;
  }[],
): void {
  const base = { office: "", campaign, indicator: "FINDINGS" as const, scope: type };
  if (!blocks.wants(base, audits.length + 1)) return;
  blocks.add({
    ...base,
    kind: "result",
    item: "",
    value: null,
    counted: null,
    numerator: audits.reduce((s, a) => s + a.findings[type], 0),
    denominator: audits.length,
    result: mean,
  });
  for (const a of audits) {
    blocks.add({
      ...base,
      office: a.audit.office,
      kind: "input",
      item: a.audit.id,
      value: a.findings[type],
      counted: true,
      numerator: a.findings[type],
      denominator: 1,
      source: a.audit.source,
    });
  }
}

function leaderBlocks(blocks: Blocks, result: ScorecardResult): void {
  for (const l of result.leaders) {
    const base = { indicator: "LEADER" as const, office: l.office, campaign: "", scope: l.owner };
    blocks.add({
      ...base,
      kind: "result",
      item: "",
      value: l.overdueTasks,
      counted: null,
      result: l.compliance,
      denominator: l.controls,
    });
  }
}

/** The settings every number depends on, first, so that the sheet holds all a recomputation needs. */
function settingLines(blocks: Blocks, result: ScorecardResult): void {
  const t = result.trail;
  const setting = (item: string, value: number | null, written?: WrittenWord) =>
    blocks.add({
      indicator: "SETTING",
      kind: "input",
      office: "",
      campaign: "",
      scope: "",
      item,
      value,
      counted: true,
      ...(written ? { written } : {}),
    });
  setting("asOf", null, { kind: "text", text: isoFromDay(t.asOf) });
  setting("requireEvidence", null, { kind: "bool", yes: t.requireEvidence });
  setting("successThreshold", t.successThreshold);
  setting("failThreshold", t.failThreshold);
  setting("weightControls", t.oclWeights.controls);
  setting("weightEvidence", t.oclWeights.evidence);
  setting("weightTasks", t.oclWeights.tasks);
}

/** Every line of the trail: the settings, each office, the consolidated view, projects, leads, campaigns, training, capability. */
export function calculationLines(result: ScorecardResult, catalog: Catalog, officeLines = true): CalcLine[] {
  const lines: CalcLine[] = [];
  trailBlocks(result, catalog, officeLines, { add: (line) => lines.push(line), wants: () => true });
  return lines;
}

/** Each block of the trail, in calculationLines' order, handed to `blocks`. */
export function trailBlocks(result: ScorecardResult, catalog: Catalog, officeLines: boolean, blocks: Blocks): void {
  settingLines(blocks, result);
  const controlsByOffice = new Map<string, ControlTrail[]>();
  for (const c of result.trail.controls) {
    const list = controlsByOffice.get(c.control.office) ?? [];
    controlsByOffice.set(c.control.office, list);
    list.push(c);
  }
  const trails = new Map(result.trail.offices.map((t) => [t.office, t]));
  // A consolidation leaves each office's own derivation to the office's own compute (officeLines false).
  if (officeLines)
    for (const [office, i] of result.byOffice) {
      const trail = trails.get(office);
      if (trail) officeBlocks(blocks, catalog, result, office, i, trail, controlsByOffice.get(office) ?? []);
    }
  consolidatedBlocks(blocks, catalog, result);
  projectBlocks(blocks, result);
  if (officeLines) leaderBlocks(blocks, result);
  campaignBlocks(blocks, catalog, result);
  // The optional sheets' blocks come last, so that they move no other block's row.
  trainingBlocks(blocks, catalog, result);
  result.campaigns.forEach((campaign, k) => {
    if (campaign.capability !== undefined)
      capabilityBlocks(blocks, catalog, campaign.name, campaign.capability, result.trail.campaigns[k]);
  });
}

/** Each block's first line (its result line), by block key. */
export function blockStarts(lines: readonly CalcLine[]): Map<string, number> {
  const starts = new Map<string, number>();
  lines.forEach((l, k) => {
    const key = keyOfLine(l);
    if (!starts.has(key)) starts.set(key, k);
  });
  return starts;
}
