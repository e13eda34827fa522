/**
 * The rows of each input sheet -> its typed records: one function per sheet, each with the checks
 * its rows need (duplicate keys, dangling references, values out of range). A row that cannot be
 * used is skipped and reported; a doubtful value is used and reported.
 */
// @ts-nocheck

import { type Catalog, type Process, type TeamCode, processForClause } from "../model/catalog";
import { CONSOLIDATED } from "../model/records";
import type { Cell } from "../model/grid";
import type {
  Action,
  AttributeRating,
  AttributeRatingRow,
  Audit,
  Control,
  Evidence,
  Finding,
  HistoryPoint,
  Improvement,
  MaturityRating,
  ProcessAttribute,
  Project,
  Source,
  Risk,
  Task,
  TrainingRecord,
} from "../model/records";
import type { ScopedIds } from "../model/scopedIds";
import {
  type KeyKind,
  clauseWithoutProcess,
  doneWithoutDate,
  dueBeforeStart,
  duplicateKey,
  keyLabel,
  missingReference,
  negativeWeightUsesOne,
  reservedOffice,
  unknownProcessCode,
} from "../text/messages";
import { capabilityProblem } from "../text/capabilityMessages";
import { MEMO_LIMIT, type Parsed, parseInteger, parseNumber, parsePercent } from "./cellValues";
import type { RowReader } from "./sheetTable";
import { SHEET_SCHEMAS } from "./sheetSchemas";
import { type HeaderKey, TEAM, normalizeKey, vocabularyIndex } from "./vocabulary";

// Each enumerated column's parser and each whole number's range, as its sheet declares them.
const { columns: CONTROLS } = SHEET_SCHEMAS.controls;
const controlStatus = CONTROLS.status.rule.parse;
const evidenceStatus = SHEET_SCHEMAS.evidence.columns.status.rule.parse;
const activity = SHEET_SCHEMAS.tasks.columns.activity.rule.parse;
const taskStatus = SHEET_SCHEMAS.tasks.columns.status.rule.parse;
const projectStatus = SHEET_SCHEMAS.projects.columns.status.rule.parse;
const riskStatus = SHEET_SCHEMAS.risks.columns.status.rule.parse;
const findingType = SHEET_SCHEMAS.findings.columns.type.rule.parse;
const findingStatus = SHEET_SCHEMAS.findings.columns.status.rule.parse;
const actionKind = SHEET_SCHEMAS.actions.columns.kind.rule.parse;
const actionStatus = SHEET_SCHEMAS.actions.columns.status.rule.parse;
const improvementStatus = SHEET_SCHEMAS.improvements.columns.status.rule.parse;
const yesNo = SHEET_SCHEMAS.actions.columns.effective.rule.parse;
const whole = (rule: { readonly min: number; readonly max: number }) => (cell: Cell) =>
  parseInteger(cell, rule.min, rule.max);
const auditLevel = whole(SHEET_SCHEMAS.audits.columns.levelAchieved.rule);
const maturityLevel = whole(SHEET_SCHEMAS.maturity.columns.level.rule);
const likelihoodScale = whole(SHEET_SCHEMAS.risks.columns.likelihood.rule);
const impactScale = whole(SHEET_SCHEMAS.risks.columns.impact.rule);

/**
 * Tracks keys already seen and reports duplicates. Keys are (office, id), or (null, id) for keys
 * unique in the workbook: two map lookups, no composite string per row.
 */
class KeySet {
  constructor(private readonly observer: ParseObserver | undefined) {}
  private readonly seen = new Map<string | null, Map<string, number>>();
  /** Sheets of first occurrences outside `firstSheet` (only rows merged from several workbooks have any). */
  private firstSheet: string | null = null;
  private readonly otherSheets = new Map<string | null, Map<string, string>>();
  /** True if new; otherwise reports the duplicate (the row is skipped), as a `kind` ID of `office` (null: a key unique in the workbook). */
  claim(row: RowReader, key: HeaderKey, office: string | null, id: string, kind: KeyKind): boolean {
    this.observer?.key(kind, office, id);
    let ids = this.seen.get(office);
    if (ids === undefined) {
      ids = new Map();
      this.seen.set(office, ids);
    }
    const first = ids.get(id);
    const sheet = row.sheet;
    this.firstSheet ??= sheet;
    if (first === undefined) {
      ids.set(id, row.excelRow);
      if (sheet !== this.firstSheet) {
        const sheets = this.otherSheets.get(office) ?? new Map<string, string>();
        this.otherSheets.set(office, sheets.set(id, sheet));
      }
      return true;
    }
    // Rows merged from several workbooks (consolidation) name the first one's sheet and file.
    const firstSheet = this.otherSheets.get(office)?.get(id) ?? this.firstSheet;
    row.problem(
      key,
      row.raw(key),
      "error",
      duplicateKey(keyLabel(kind, id, office), first, firstSheet === sheet ? null : firstSheet),
    );
    return false;
  }
}

/**
 * What a caller may learn of the rows as they are read (consolidation, to tell which workbooks
 * must be parsed together): every office a row names, every key claimed and every reference to a
 * workbook-wide key that these rows do not hold.
 */
export interface ParseObserver {
  office(office: string): void;
  /** A key claimed: (office, id), or (null, id) for keys unique in the workbook. */
  key(kind: KeyKind, office: string | null, id: string): void;
  missing(kind: "project" | "audit" | "finding", id: string): void;
}

/** What every sheet's rows are read with: the catalog, the office default and the memoised lookups. */
export class RecordContext {
  // "Consolidated" names the organisation's values (Scorecard column, Indicator history rows):
  // an office of that name would be mixed up with them, so it is counted under another name.
  private readonly reservedReported = new Set<string>();
  private readonly processByClause = new Map<string, Process | null>();

  constructor(
    readonly catalog: Catalog,
    private readonly defaultOffice: string,
    readonly observer?: ParseObserver,
  ) {}

  officeOf(row: RowReader): string {
    const office = this.named(row);
    this.observer?.office(office);
    return office;
  }

  private named(row: RowReader): string {
    const office = row.text("office") || this.defaultOffice;
    if (office.length !== CONSOLIDATED.length || office.toLowerCase() !== CONSOLIDATED.toLowerCase()) return office;
    const renamed = `${office} (office)`;
    if (!this.reservedReported.has(row.sheet)) {
      this.reservedReported.add(row.sheet);
      row.problem("office", row.raw("office"), "warning", reservedOffice(office, renamed));
    }
    return renamed;
  }

  /** An optional text field; "" when blank. */
  text(row: RowReader, key: HeaderKey): string {
    return row.text(key, false) ?? "";
  }

  /** The process a clause belongs to; an unknown clause makes the row unusable. */
  processOf(row: RowReader, clause: string | null): string | null {
    if (clause === null) return null;
    let process = this.processByClause.get(clause);
    if (process === undefined) {
      process = processForClause(this.catalog, clause);
      if (this.processByClause.size < MEMO_LIMIT) this.processByClause.set(clause, process);
    }
    if (process === null) {
      row.usable = false;
      row.problem("clause", row.raw("clause"), "error", clauseWithoutProcess(clause, this.catalog.id));
      return null;
    }
    return process.code;
  }

  source(row: RowReader): Source {
    return { sheet: row.sheet, row: row.excelRow, columns: row.sourceColumns };
  }
}

function knownAudit(
  ctx: RecordContext,
  auditIds: ReadonlySet<string>,
  row: RowReader,
  id: string,
  what: "maturity rating" | "finding",
): boolean {
  if (auditIds.has(id)) return true;
  ctx.observer?.missing("audit", id);
  row.problem("auditId", row.raw("auditId"), "error", missingReference.audit(id, what));
  return false;
}

/** Controls: unique by (office, Control ID). */
export function readControls(ctx: RecordContext, rows: Iterable<RowReader>): Control[] {
  const controls: Control[] = [];
  const controlKeys = new KeySet(ctx.observer);
  for (const row of rows) {
    const id = row.text("controlId");
    const clause = row.text("clause");
    const status = row.field("status", controlStatus);
    let weight = row.field("weight", parseNumber) ?? 1;
    if (weight < 0) {
      row.problem("weight", row.raw("weight"), "warning", negativeWeightUsesOne());
      weight = 1;
    }
    const office = ctx.officeOf(row);
    const process = ctx.processOf(row, clause);
    if (!row.usable || id === null || clause === null || status === null || process === null) continue;
    if (!controlKeys.claim(row, "controlId", office, id, "control")) continue;
    controls.push({
      source: ctx.source(row),
      office,
      id,
      clause,
      process,
      requirement: ctx.text(row, "requirement"),
      owner: ctx.text(row, "owner"),
      status,
      statusText: ctx.text(row, "status"),
      weight,
    });
  }
  return controls;
}

/** Evidence: must point at a known control of its office. */
export function readEvidence(ctx: RecordContext, rows: Iterable<RowReader>, controlIds: ScopedIds): Evidence[] {
  const evidence: Evidence[] = [];
  const evidenceKeys = new KeySet(ctx.observer);
  for (const row of rows) {
    const id = row.text("evidenceId");
    const controlId = row.text("controlId");
    const status = row.field("status", evidenceStatus);
    const collectedOn = row.date("collectedOn");
    const validUntil = row.date("validUntil");
    const office = ctx.officeOf(row);
    if (!row.usable || id === null || controlId === null || status === null) continue;
    if (!evidenceKeys.claim(row, "evidenceId", office, id, "evidence")) continue;
    if (!controlIds.has(office, controlId)) {
      row.problem("controlId", row.raw("controlId"), "error", missingReference.control(controlId, office));
      continue;
    }
    evidence.push({ source: ctx.source(row), id, office, controlId, status, collectedOn, validUntil });
  }
  return evidence;
}

/** Tasks: the activity ladder of derived maturity. */
export function readTasks(ctx: RecordContext, rows: Iterable<RowReader>): Task[] {
  const tasks: Task[] = [];
  const taskKeys = new KeySet(ctx.observer);
  for (const row of rows) {
    const id = row.text("taskId");
    const clause = row.text("clause");
    const act = row.field("activity", activity);
    const due = row.date("dueDate");
    const status = row.field("status", taskStatus);
    const doneOn = row.date("doneOn");
    const office = ctx.officeOf(row);
    const process = ctx.processOf(row, clause);
    if (!row.usable || id === null || act === null || due === null || status === null || process === null) continue;
    if (!taskKeys.claim(row, "taskId", office, id, "task")) continue;
    if (status === "Done" && doneOn === null) {
      row.problem("doneOn", null, "warning", doneWithoutDate(id));
    }
    tasks.push({
      source: ctx.source(row),
      id,
      office,
      process,
      activity: act,
      projectId: ctx.text(row, "projectId"),
      owner: ctx.text(row, "owner"),
      due,
      doneOn,
      status,
    });
  }
  return tasks;
}

/** Projects: unique across the workbook, since Risks name them without an office. */
export function readProjects(ctx: RecordContext, rows: Iterable<RowReader>): Project[] {
  const projects: Project[] = [];
  const projectKeys = new KeySet(ctx.observer);
  for (const row of rows) {
    const id = row.text("projectId");
    const start = row.date("startDate");
    const due = row.date("dueDate");
    const progress = row.field("progress", parsePercent);
    const status = row.field("status", projectStatus);
    const office = ctx.officeOf(row);
    if (!row.usable || id === null || start === null || due === null || progress === null || status === null) continue;
    if (!projectKeys.claim(row, "projectId", null, id, "project")) continue;
    if (due < start) row.problem("dueDate", row.raw("dueDate"), "warning", dueBeforeStart(id));
    projects.push({ source: ctx.source(row), id, office, name: ctx.text(row, "name"), start, due, progress, status });
  }
  return projects;
}

/** Risks: must name a known project. */
export function readRisks(ctx: RecordContext, rows: Iterable<RowReader>, projectIds: ReadonlySet<string>): Risk[] {
  const risks: Risk[] = [];
  const riskKeys = new KeySet(ctx.observer);
  for (const row of rows) {
    const id = row.text("riskId");
    const projectId = row.text("projectId");
    const likelihood = row.field("likelihood", likelihoodScale);
    const impact = row.field("impact", impactScale);
    const status = row.field("status", riskStatus);
    if (!row.usable || id === null || projectId === null || likelihood === null || impact === null || status === null)
      continue;
    if (!riskKeys.claim(row, "riskId", null, id, "risk")) continue;
    if (!projectIds.has(projectId)) {
      ctx.observer?.missing("project", projectId);
      row.problem("projectId", row.raw("projectId"), "error", missingReference.project(projectId));
      continue;
    }
    risks.push({ source: ctx.source(row), id, projectId, likelihood, impact, status });
  }
  return risks;
}

/** Audits: unique across the workbook (Maturity and Findings take their office from them). */
export function readAudits(ctx: RecordContext, rows: Iterable<RowReader>): Audit[] {
  const audits: Audit[] = [];
  const auditKeys = new KeySet(ctx.observer);
  for (const row of rows) {
    const id = row.text("auditId");
    const campaign = row.text("campaign");
    const levelAchieved = row.field("levelAchieved", auditLevel);
    row.date("startDate");
    row.date("endDate");
    const office = ctx.officeOf(row);
    if (!row.usable || id === null || campaign === null) continue;
    if (!auditKeys.claim(row, "auditId", null, id, "audit")) continue;
    audits.push({ source: ctx.source(row), id, office, campaign, levelAchieved });
  }
  return audits;
}

/** How a Maturity row's process code is read: the edition its campaign was rated on. */
export interface RatingEdition {
  readonly catalog: Catalog;
  readonly codes: ReadonlySet<string>;
  /** A written code -> the codes of the workbook's catalog it counts for. */
  readonly map: (code: string) => readonly string[];
}

/** Maturity: one level per audit, process and service group, in the workbook's catalog's codes. */
export function readMaturity(
  ctx: RecordContext,
  rows: Iterable<RowReader>,
  auditIds: ReadonlySet<string>,
  ratingEdition: (auditId: string | null) => RatingEdition,
): MaturityRating[] {
  const maturity: MaturityRating[] = [];
  for (const row of rows) {
    const auditId = row.text("auditId");
    const process = row.text("process");
    const lvl = row.field("level", maturityLevel);
    const written = ratingEdition(auditId);
    if (process !== null && !written.codes.has(process)) {
      row.usable = false;
      row.problem(
        "process",
        row.raw("process"),
        "error",
        unknownProcessCode(
          process,
          written.catalog.id,
          written.catalog.processes.slice(-2).map((p) => p.code),
        ),
      );
    }
    if (!row.usable || auditId === null || process === null || lvl === null) continue;
    if (!knownAudit(ctx, auditIds, row, auditId, "maturity rating")) continue;
    for (const code of written.map(process))
      maturity.push({
        source: ctx.source(row),
        auditId,
        process: code,
        serviceGroup: ctx.text(row, "serviceGroup"),
        level: lvl,
      });
  }
  return maturity;
}

/** Findings: must name a known audit. */
export function readFindings(ctx: RecordContext, rows: Iterable<RowReader>, auditIds: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  const findingKeys = new KeySet(ctx.observer);
  for (const row of rows) {
    const id = row.text("findingId");
    const auditId = row.text("auditId");
    const type = row.field("type", findingType);
    const status = row.field("status", findingStatus);
    if (!row.usable || id === null || auditId === null || type === null) continue;
    if (!findingKeys.claim(row, "findingId", null, id, "finding")) continue;
    if (!knownAudit(ctx, auditIds, row, auditId, "finding")) continue;
    findings.push({ source: ctx.source(row), id, auditId, type, status, actionId: ctx.text(row, "actionId") });
  }
  return findings;
}

/** Actions (CPA): a link to an unknown finding is dropped, the action kept. */
export function readActions(ctx: RecordContext, rows: Iterable<RowReader>, findingIds: ReadonlySet<string>): Action[] {
  const actions: Action[] = [];
  const actionKeys = new KeySet(ctx.observer);
  for (const row of rows) {
    const id = row.text("actionId");
    const kind = row.field("kind", actionKind);
    const due = row.date("dueDate");
    const status = row.field("status", actionStatus);
    const closedOn = row.date("closedOn");
    const effective = row.field("effective", yesNo);
    const findingId = ctx.text(row, "findingId");
    const office = ctx.officeOf(row);
    if (!row.usable || id === null || kind === null || due === null || status === null) continue;
    if (!actionKeys.claim(row, "actionId", office, id, "action")) continue;
    const linked = findingIds.has(findingId);
    if (findingId !== "" && !linked) {
      ctx.observer?.missing("finding", findingId);
      row.problem("findingId", row.raw("findingId"), "warning", missingReference.finding(findingId));
    }
    actions.push({
      source: ctx.source(row),
      id,
      office,
      findingId: linked ? findingId : "",
      kind,
      due,
      closedOn,
      status,
      effective: effective === null ? null : effective === "Yes",
    });
  }
  return actions;
}

/** Improvement plans (CIP). */
export function readImprovements(ctx: RecordContext, rows: Iterable<RowReader>): Improvement[] {
  const improvements: Improvement[] = [];
  const planKeys = new KeySet(ctx.observer);
  for (const row of rows) {
    const id = row.text("planId");
    const due = row.date("dueDate");
    const status = row.field("status", improvementStatus);
    const completedOn = row.date("completedOn");
    const office = ctx.officeOf(row);
    if (!row.usable || id === null || due === null || status === null) continue;
    if (!planKeys.claim(row, "planId", office, id, "plan")) continue;
    improvements.push({ source: ctx.source(row), id, office, due, completedOn, status });
  }
  return improvements;
}

/** Indicator history: earlier runs' values, for trends. */
export function readHistory(ctx: RecordContext, rows: Iterable<RowReader>): HistoryPoint[] {
  const history: HistoryPoint[] = [];
  for (const row of rows) {
    const asOf = row.date("asOfDate");
    const office = row.text("office");
    const indicator = row.text("indicator");
    // OCL is a percentage like any other (0.45, 45 %, 45); PRK and ML are plain numbers.
    const isOcl = indicator !== null && indicator.trim().toUpperCase() === "OCL";
    const value = row.field("value", isOcl ? parsePercent : parseNumber);
    if (!row.usable || asOf === null || office === null || indicator === null || value === null) continue;
    history.push({ source: ctx.source(row), asOf, office, indicator, value });
  }
  return history;
}

// Typed as their own lists' parsers (a declared list rule is also every list's, ListRule<string>).
const processAttribute: (cell: Cell) => Parsed<ProcessAttribute> =
  SHEET_SCHEMAS.processAttributes.columns.attribute.rule.parse;
const ratingWord: (cell: Cell) => Parsed<AttributeRating> = SHEET_SCHEMAS.processAttributes.columns.rating.rule.parse;
const trainingRequired = SHEET_SCHEMAS.training.columns.required.rule.parse;
const teamIndex = vocabularyIndex(TEAM);

/** A rating: N/P/L/F (or their words), else a percentage achieved, kept as a fraction for the engine to rate. */
export function parseRating(cell: Cell): Parsed<AttributeRating | number> {
  const word = ratingWord(cell);
  if (word.ok) return word;
  const fraction = parsePercent(cell);
  return fraction.ok ? fraction : { ok: false, problem: capabilityProblem.notRating() };
}

/** Process attributes: one rating per audit, process (a code of the workbook's catalog) and attribute. */
export function readProcessAttributes(
  ctx: RecordContext,
  rows: Iterable<RowReader>,
  auditIds: ReadonlySet<string>,
): AttributeRatingRow[] {
  const ratings: AttributeRatingRow[] = [];
  const codes = new Set(ctx.catalog.processes.map((p) => p.code));
  // audit -> process -> attribute -> first row.
  const firstRows = new Map<string, Map<string, Map<string, number>>>();
  for (const row of rows) {
    const auditId = row.text("auditId");
    const process = row.text("process");
    const attribute = row.field("attribute", processAttribute);
    const rating = row.field("rating", parseRating);
    if (process !== null && !codes.has(process)) {
      row.usable = false;
      row.problem(
        "process",
        row.raw("process"),
        "error",
        unknownProcessCode(
          process,
          ctx.catalog.id,
          ctx.catalog.processes.slice(-2).map((p) => p.code),
        ),
      );
    }
    if (!row.usable || auditId === null || process === null || attribute === null || rating === null) continue;
    if (!auditIds.has(auditId)) {
      ctx.observer?.missing("audit", auditId);
      row.problem("auditId", row.raw("auditId"), "error", capabilityProblem.unknownAudit(auditId));
      continue;
    }
    const byProcess = firstRows.get(auditId) ?? new Map<string, Map<string, number>>();
    firstRows.set(auditId, byProcess);
    const byAttribute = byProcess.get(process) ?? new Map<string, number>();
    byProcess.set(process, byAttribute);
    const first = byAttribute.get(attribute);
    if (first !== undefined) {
      row.problem(
        "attribute",
        row.raw("attribute"),
        "error",
        capabilityProblem.ratedTwice(attribute, process, auditId, first),
      );
      continue;
    }
    byAttribute.set(attribute, row.excelRow);
    ratings.push({ source: ctx.source(row), auditId, process, attribute, rating });
  }
  return ratings;
}

/** The team a Team or Process cell names: a team's code or words, else the team of a process code. */
function teamNamed(catalog: Catalog, text: string): TeamCode | null {
  const team = teamIndex.get(normalizeKey(text));
  if (team !== undefined) return catalog.teams.some((t) => t.code === team) ? team : null;
  return catalog.processes.find((p) => p.code === text)?.team ?? null;
}

/** Training: each leader's courses; Required blank = Yes. */
export function readTraining(ctx: RecordContext, rows: Iterable<RowReader>): TrainingRecord[] {
  const training: TrainingRecord[] = [];
  for (const row of rows) {
    const person = row.text("person");
    const named = row.text("teamOrProcess");
    const course = row.text("course");
    const required = row.field("required", trainingRequired);
    const completedOn = row.date("completedOn");
    const validUntil = row.date("validUntil");
    const office = ctx.officeOf(row);
    const team = named === null ? null : teamNamed(ctx.catalog, named);
    if (named !== null && team === null) {
      row.usable = false;
      row.problem(
        "teamOrProcess",
        row.raw("teamOrProcess"),
        "error",
        capabilityProblem.unknownTeamOrProcess(
          named,
          ctx.catalog.teams.map((t) => t.code),
        ),
      );
    }
    if (!row.usable || person === null || course === null || team === null) continue;
    if (completedOn !== null && validUntil !== null && validUntil < completedOn)
      row.problem(
        "validUntil",
        row.raw("validUntil"),
        "warning",
        capabilityProblem.validBeforeCompleted(person, course),
      );
    training.push({
      source: ctx.source(row),
      person,
      office,
      team,
      course,
      required: required !== "No",
      completedOn,
      validUntil,
    });
  }
  return training;
}
