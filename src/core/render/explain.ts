/**
 * One indicator explained: its formula in words, the numbers that went in, what was left out and
 * why, and the source rows. Built from the same lines as the Calculation sheet, so the command
 * line, the JSON and the task pane say exactly what the sheet shows.
 */
import { CONSOLIDATED } from "../model/records";
import type { ScorecardResult } from "../engine/results";
import type { TaskTrail } from "../engine/trail";
import type { Language, Source } from "../model/records";
import {
  type CalcIndicator,
  type CalcLine,
  blockKey,
  blockStarts,
  calculationLines,
  keyOfLine,
} from "./calculationLines";
import { MAX_CALCULATION_LINES, calculationRow } from "./calculationSheet";
import { fitTrail } from "./trailFit";
import { CALCULATION_TEXT } from "./calculationText";
import { RESULT_SHEET_NAMES } from "../text/labels";
import { ScorecardError } from "../text/scorecardError";

export interface ExplainQuery {
  readonly indicator: string;
  readonly office?: string;
  readonly campaign?: string;
}

export interface ExplainedLine {
  readonly item: string;
  /** The word as written (a status, a level), if any. */
  readonly written: string;
  readonly value: number | null;
  readonly weight: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly why: string;
  readonly source: Source | null;
  /**
   * For a number that is itself an indicator (a CCL in a CLS, an office's OCL in the consolidated
   * one): the row where that indicator's own lines start on the Calculation sheet.
   */
  readonly calculationRow: number | null;
}

export interface Explanation {
  /** The indicator as the Scorecard names it, e.g. "CCL(6.1)". */
  readonly indicator: string;
  /** The office, "Consolidated" (in the sheet's language), or null for a campaign's value. */
  readonly office: string | null;
  readonly campaign: string | null;
  readonly formula: string;
  readonly result: number | null;
  /** The result's level or direction in words, when it has one. */
  readonly resultWords: string;
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** Why the result is n/a, when it is. */
  readonly why: string;
  readonly inputs: readonly ExplainedLine[];
  readonly leftOut: readonly ExplainedLine[];
  /**
   * The input rows the numbers came from, each once, in order: for an indicator computed from
   * other indicators, the rows those came from.
   */
  readonly sources: readonly Source[];
  /** Where its lines start on the Calculation sheet. */
  /** Where its lines start on the Calculation sheet; row null when the sheet could not hold them. */
  readonly calculation: { readonly sheet: string; readonly row: number | null };
}

interface Target {
  readonly indicator: CalcIndicator;
  readonly scope: string;
  readonly label: string;
  readonly perCampaign: boolean;
}

const squash = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[\s_·-]+/g, "");

/** The indicator names the Scorecard shows (and their Spanish words) -> a block of the trail. */
function targetOf(name: string, campaign: boolean): Target | null {
  const s = squash(name);
  const scoped =
    /^(CLS|CCL|PLC|ML|PRK|CL|TRAINING|CAPACITACION)\((.+)\)$/.exec(s) ?? /^(CLS|CCL|PLC|ML|CL)(\d[\d.]*)$/.exec(s);
  if (scoped) {
    const [, kind, scope] = scoped;
    switch (kind) {
      case "CLS":
      case "CCL":
      case "PLC":
        return { indicator: kind, scope, label: `${kind}(${scope})`, perCampaign: false };
      case "ML":
        return campaign
          ? { indicator: "AML", scope, label: `ML(${scope})`, perCampaign: true }
          : { indicator: "DML", scope, label: `ML(${scope})`, perCampaign: false };
      case "PRK":
        return { indicator: "PRK", scope: name.trim().slice(4, -1).trim(), label: `PRK(${scope})`, perCampaign: false };
      case "CL":
        return { indicator: "CL", scope, label: `CL(${scope})`, perCampaign: true };
      case "TRAINING":
      case "CAPACITACION":
        return { indicator: "TRAINING", scope, label: `Training(${scope})`, perCampaign: false };
    }
  }
  const simple: Readonly<Record<string, Omit<Target, "label"> & { label?: string }>> = {
    OCL: { indicator: "OCL", scope: "", perCampaign: false },
    PLAN: { indicator: "OCL", scope: "", perCampaign: false },
    PLANIFICAR: { indicator: "OCL", scope: "", perCampaign: false },
    OCLT: { indicator: "OCLT", scope: "", perCampaign: false },
    OCLTDIRECTION: { indicator: "OCLT", scope: "", perCampaign: false },
    DIRECCIONDELOCLT: { indicator: "OCLT", scope: "", perCampaign: false },
    EVIDENCECOVERAGE: { indicator: "COVERAGE", scope: "", perCampaign: false, label: "Evidence coverage" },
    COVERAGE: { indicator: "COVERAGE", scope: "", perCampaign: false, label: "Evidence coverage" },
    COBERTURADEEVIDENCIAS: { indicator: "COVERAGE", scope: "", perCampaign: false, label: "Evidence coverage" },
    COBERTURA: { indicator: "COVERAGE", scope: "", perCampaign: false, label: "Evidence coverage" },
    TASKCOMPLETION: { indicator: "TASKS", scope: "", perCampaign: false, label: "Task completion" },
    TASKS: { indicator: "TASKS", scope: "", perCampaign: false, label: "Task completion" },
    CUMPLIMIENTODETAREAS: { indicator: "TASKS", scope: "", perCampaign: false, label: "Task completion" },
    TAREAS: { indicator: "TASKS", scope: "", perCampaign: false, label: "Task completion" },
    PRK: { indicator: "PRK", scope: "", perCampaign: false },
    PRKLEVEL: { indicator: "PRK", scope: "", perCampaign: false, label: "PRK" },
    NIVELDEPRK: { indicator: "PRK", scope: "", perCampaign: false, label: "PRK" },
    ACT: { indicator: "PRK", scope: "", perCampaign: false, label: "PRK" },
    ACTUAR: { indicator: "PRK", scope: "", perCampaign: false, label: "PRK" },
    DO: { indicator: "STAGE", scope: "DO", perCampaign: false, label: "DO" },
    HACER: { indicator: "STAGE", scope: "DO", perCampaign: false, label: "DO" },
    CHECK: { indicator: "STAGE", scope: "CHECK", perCampaign: false, label: "CHECK" },
    VERIFICAR: { indicator: "STAGE", scope: "CHECK", perCampaign: false, label: "CHECK" },
    AUDITLVL: { indicator: "ALVL", scope: "", perCampaign: true, label: "Audit LVL" },
    ALVL: { indicator: "ALVL", scope: "", perCampaign: true, label: "Audit LVL" },
    AUDITS: { indicator: "ALVL", scope: "", perCampaign: true, label: "Audit LVL" },
    AUDITORIAS: { indicator: "ALVL", scope: "", perCampaign: true, label: "Audit LVL" },
    TRAINING: { indicator: "TRAINING", scope: "", perCampaign: false, label: "Training coverage" },
    TRAININGCOVERAGE: { indicator: "TRAINING", scope: "", perCampaign: false, label: "Training coverage" },
    CAPACITACION: { indicator: "TRAINING", scope: "", perCampaign: false, label: "Training coverage" },
    COBERTURADECAPACITACION: { indicator: "TRAINING", scope: "", perCampaign: false, label: "Training coverage" },
    CL: { indicator: "CL_AVG", scope: "", perCampaign: true, label: "Capability level" },
    CAPABILITYLEVEL: { indicator: "CL_AVG", scope: "", perCampaign: true, label: "Capability level" },
    NIVELDECAPACIDAD: { indicator: "CL_AVG", scope: "", perCampaign: true, label: "Capability level" },
  };
  const hit = simple[s];
  if (hit) return { ...hit, label: hit.label ?? s };
  if (["FGP", "FOP", "FOB", "FNC", "FCC"].includes(s))
    return { indicator: "FINDINGS", scope: s, label: s, perCampaign: true };
  if (
    [
      "ML",
      "DERIVEDML",
      "MATURITY",
      "MATURITYLEVEL",
      "ASSESSEDML",
      "MLDERIVADO",
      "MLEVALUADO",
      "NIVELDEMADUREZ",
    ].includes(s)
  )
    return campaign || s === "ASSESSEDML" || s === "MLEVALUADO"
      ? { indicator: "AML_AVG", scope: "", label: "ML", perCampaign: true }
      : { indicator: "DML_AVG", scope: "", label: "ML", perCampaign: false };
  return null;
}

function explainedLine(l: CalcLine, language: Language, calculationRow: number | null): ExplainedLine {
  const T = CALCULATION_TEXT[language];
  return {
    calculationRow,
    item: T.item[l.item] ?? l.item,
    written: l.written ? T.written(l.written) : "",
    value: l.value,
    weight: l.weight ?? null,
    numerator: l.numerator ?? null,
    denominator: l.denominator ?? null,
    why: l.why ? T.why(l.why) : "",
    source: l.source ?? null,
  };
}

// A pane explains one card after another of the same run: its lines are laid out once.
interface Laid {
  readonly lines: CalcLine[];
  readonly starts: Map<string, number>;
  /** The Calculation sheet's row of line k, null when the sheet could not hold it (trailFit.ts). */
  readonly rowOf: (k: number) => number | null;
}
const LINES = new WeakMap<ScorecardResult, Laid>();

function linesOf(result: ScorecardResult): Laid {
  let known = LINES.get(result);
  if (known === undefined) {
    const lines = calculationLines(result, result.trail.catalog);
    const { sheetIndex } = fitTrail(lines, MAX_CALCULATION_LINES);
    known = {
      lines,
      starts: blockStarts(lines),
      rowOf: (k) => (sheetIndex[k] < 0 ? null : calculationRow(sheetIndex[k])),
    };
    LINES.set(result, known);
  }
  return known;
}

/** The lines of the block that starts at `first`: its result line, then its inputs. */
function blockAt(lines: readonly CalcLine[], first: number): { head: CalcLine; body: CalcLine[] } {
  const key = keyOfLine(lines[first]);
  let end = first + 1;
  while (end < lines.length && keyOfLine(lines[end]) === key) end++;
  return { head: lines[first], body: lines.slice(first + 1, end) };
}

/**
 * The blocks an input line stands for when it is itself an indicator, not an input row: an office's
 * value in a consolidated one, a CCL in a CLS or PLC, a PLC or CCL in a PDCA stage, a process's
 * ML in the mean ML, and OCL's components; an office's evidence coverage counts its controls.
 */
function referencedBlocks(
  head: CalcLine,
  line: CalcLine | null,
  starts: ReadonlyMap<string, number>,
  lines: readonly CalcLine[],
): number[] {
  const { indicator, scope, campaign } = head;
  const office = campaign === "" ? head.office : "";
  const at = (key: string) => starts.get(key);
  const found: (number | undefined)[] = [];
  if (line === null) {
    // A block without input lines: evidence coverage counts the office's controls, whose lines are under CCL.
    if (indicator === "COVERAGE" && office !== CONSOLIDATED)
      for (const [k, start] of starts)
        if (lines[start].indicator === "CCL" && keyOfLine(lines[start]) === k && lines[start].office === office)
          found.push(start);
    return found.filter((x): x is number => x !== undefined);
  }
  const item = line.item;
  if (office === CONSOLIDATED) found.push(at(blockKey(indicator, item, scope, campaign)));
  switch (indicator) {
    case "CLS":
    case "PLC":
      found.push(at(blockKey("CCL", office, item)));
      break;
    case "STAGE":
      found.push(at(blockKey(scope === "DO" ? "PLC" : "CCL", office, item)));
      break;
    case "DML_AVG":
      found.push(at(blockKey("DML", office, item)));
      break;
    case "AML_AVG":
      found.push(at(blockKey("AML", "", item, campaign)));
      break;
    case "CL_AVG":
      found.push(at(blockKey("CL", "", item, campaign)));
      break;
    case "TRAINING":
      if (scope === "" && office !== CONSOLIDATED) found.push(at(blockKey("TRAINING", office, item)));
      break;
    case "OCL":
      if (item === "evidence") found.push(at(blockKey("COVERAGE", office, "")));
      else if (item === "tasks") found.push(at(blockKey("TASKS", office, "")));
      else if (item === "controls")
        for (const [k, start] of starts)
          if (lines[start].indicator === "CLS" && lines[start].office === office && keyOfLine(lines[start]) === k)
            found.push(start);
      break;
    default:
      break;
  }
  return found.filter((x): x is number => x !== undefined);
}

/** The input rows of a block and, through the indicators it is computed from, of theirs. */
function sourcesOf(
  first: number,
  lines: readonly CalcLine[],
  starts: ReadonlyMap<string, number>,
  seenBlocks: Set<number>,
  into: Map<string, Source>,
  tasksOf: (office: string) => readonly TaskTrail[],
): void {
  if (seenBlocks.has(first)) return;
  seenBlocks.add(first);
  const { head, body } = blockAt(lines, first);
  for (const l of [head, ...body]) if (l.source) into.set(`${l.source.sheet}!${l.source.row}`, l.source);
  const refs = body.length === 0 ? referencedBlocks(head, null, starts, lines) : [];
  for (const l of body) if (!l.source) refs.push(...referencedBlocks(head, l, starts, lines));
  for (const r of refs) sourcesOf(r, lines, starts, seenBlocks, into, tasksOf);
  // Task completion counts the office's tasks due by the as-of date, and a derived ML(N) the
  // office's tasks of process N: the Calculation sheet has their counts, the trail their rows.
  const office = head.campaign === "" ? head.office : "";
  if ((head.indicator === "TASKS" || head.indicator === "DML") && office !== CONSOLIDATED)
    for (const t of tasksOf(office))
      if (head.indicator === "TASKS" ? t.due : t.process === head.scope)
        into.set(`${t.source.sheet}!${t.source.row}`, t.source);
}

/** The explanation of one indicator of a run, in the workbook's language. */
export function explainIndicator(result: ScorecardResult, query: ExplainQuery): Explanation {
  const language = result.language;
  const T = CALCULATION_TEXT[language];
  const target = targetOf(query.indicator, query.campaign !== undefined);
  // Unknown names are ScorecardErrors in the workbook's language, naming what exists.
  const context = { language };
  if (target === null) throw new ScorecardError("unknownIndicator", { indicator: query.indicator }, context);

  let office = "";
  let campaign = "";
  if (target.perCampaign) {
    const names = result.campaigns.map((c) => c.name);
    const wanted = query.campaign ?? names[names.length - 1];
    const found = names.find((n) => n.toLowerCase() === (wanted ?? "").trim().toLowerCase());
    if (found === undefined)
      throw new ScorecardError("unknownCampaign", { campaign: query.campaign ?? "", campaigns: names }, context);
    campaign = found;
  } else {
    const wanted = (query.office ?? "").trim().toLowerCase();
    const consolidated = [CONSOLIDATED, T.consolidated].map((n) => n.toLowerCase());
    if (wanted === "" || consolidated.includes(wanted)) office = CONSOLIDATED;
    else {
      const found = result.offices.find((o) => o.toLowerCase() === wanted);
      if (found === undefined)
        throw new ScorecardError("unknownOffice", { office: query.office ?? "", offices: result.offices }, context);
      office = found;
    }
  }
  const { lines, starts, rowOf } = linesOf(result);
  const key = blockKey(target.indicator, office, target.scope, campaign);
  const start = starts.get(key);
  // A project's PRK is filed under its own office.
  const projectOffice =
    start === undefined && target.indicator === "PRK" && target.scope !== ""
      ? lines.find((l) => l.indicator === "PRK" && l.scope === target.scope && l.kind === "result")
      : undefined;
  const first = start ?? (projectOffice ? lines.indexOf(projectOffice) : undefined);
  if (first === undefined) throw new ScorecardError("unknownIndicator", { indicator: query.indicator }, context);
  const { head, body } = blockAt(lines, first);
  const explained = (l: CalcLine) => {
    const ref = l.source ? undefined : referencedBlocks(head, l, starts, lines)[0];
    return explainedLine(l, language, ref === undefined ? null : rowOf(ref));
  };
  const inputs = body.filter((l) => l.counted !== false).map(explained);
  const leftOut = body.filter((l) => l.counted === false).map(explained);
  const found = new Map<string, Source>();
  const tasksByOffice = new Map(result.trail.offices.map((o) => [o.office, o.tasks?.rows ?? []]));
  sourcesOf(first, lines, starts, new Set(), found, (o) => tasksByOffice.get(o) ?? []);
  return {
    indicator: T.explain.label(target.label),
    office: target.perCampaign ? null : head.office === CONSOLIDATED ? T.consolidated : head.office,
    campaign: target.perCampaign ? campaign : null,
    formula: T.formula[target.indicator],
    result: head.result ?? null,
    resultWords: head.written ? T.written(head.written) : "",
    numerator: head.numerator ?? null,
    denominator: head.denominator ?? null,
    why: head.why ? T.why(head.why) : "",
    inputs,
    leftOut,
    sources: [...found.values()],
    calculation: { sheet: RESULT_SHEET_NAMES[language].calculation, row: rowOf(first) },
  };
}

/** A number as an auditor reads it: up to 6 decimals, no float noise, "n/a" when undefined. */
export function plainNumber(v: number | null): string {
  if (v === null) return "n/a";
  return String(Math.round(v * 1e6) / 1e6);
}

/** An input's number as an explanation shows it: none for a word without one (an attribute rated F), else plainNumber. */
export const lineValue = (l: ExplainedLine): string =>
  l.value === null && l.written !== "" ? "" : plainNumber(l.value);

/** The explanation as lines of text, for the command line. */
export function explanationText(e: Explanation, language: Language): string {
  const T = CALCULATION_TEXT[language];
  const where = [e.office, e.campaign].filter((x) => x !== null).join(" · ");
  const out: string[] = [];
  const words = e.resultWords ? ` (${e.resultWords})` : "";
  out.push(`${e.indicator} · ${where} = ${plainNumber(e.result)}${words}`);
  if (e.numerator !== null && e.denominator !== null)
    out.push(`  = ${plainNumber(e.numerator)} / ${plainNumber(e.denominator)}`);
  if (e.why) out.push(`  ${e.why}`);
  out.push("", e.formula, "", `${T.explain.inputs}:`);
  const line = (l: ExplainedLine) => {
    const parts = [l.item, l.written, lineValue(l)];
    if (l.weight !== null) parts.push(`x ${plainNumber(l.weight)}`);
    if (l.numerator !== null && l.denominator !== null && (l.numerator !== l.value || l.denominator !== 1))
      parts.push(`(${plainNumber(l.numerator)} / ${plainNumber(l.denominator)})`);
    if (l.why) parts.push(`- ${l.why}`);
    if (l.source) parts.push(`[${l.source.sheet}!${l.source.row}]`);
    else if (l.calculationRow !== null) parts.push(`[${e.calculation.sheet}!${l.calculationRow}]`);
    return `  ${parts.filter((p) => p !== "").join("  ")}`;
  };
  if (e.inputs.length === 0) out.push(`  ${T.explain.nothingLeftOut}`);
  for (const l of e.inputs) out.push(line(l));
  out.push("", `${T.explain.leftOut}:`);
  if (e.leftOut.length === 0) out.push(`  ${T.explain.nothingLeftOut}`);
  for (const l of e.leftOut) out.push(line(l));
  out.push("", `${T.explain.sources}:`);
  out.push(
    e.sources.length === 0
      ? `  ${T.explain.nothingLeftOut}`
      : `  ${e.sources.map((s) => `${s.sheet}!${s.row}`).join(", ")}`,
  );
  out.push(
    "",
    e.calculation.row === null
      ? T.explain.notOnSheet(e.calculation.sheet)
      : T.explain.calculationRow(e.calculation.sheet, e.calculation.row),
  );
  return out.join("\n");
}
