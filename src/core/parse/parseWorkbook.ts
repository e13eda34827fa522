/**
 * Cell grids -> typed records + issues. Bad data never stops the run: an unusable
 * row is skipped and reported, a doubtful value is used and reported.
 */
import { type Catalog, type Process, processForClause } from "../catalog";
import { builtInCatalog, campaignEdition, editionOf, mapProcess } from "../editions";
import { CONSOLIDATED } from "../engine/computeScorecard";
import type { Cell, SheetGrid, WorkbookGrids } from "../grid";
import {
  type Action,
  type Audit,
  type Control,
  type Evidence,
  type Finding,
  type HistoryPoint,
  type Improvement,
  type Issue,
  type MaturityRating,
  type Project,
  type Records,
  type Risk,
  SHEET_KEYS,
  type SheetKey,
    type Task,
} from "../records";
import { type Parsed, displayText, parseEnum, parseInteger, parseNumber, parsePercent } from "./cellValues";
import { CATALOG_COLUMNS, parseCatalog } from "./parseCatalog";
import { ScopedIds } from "../scopedIds";
import { parseSettings } from "./parseSettings";
import { type Report, RowReader, type SheetTable, checkRequiredHeaders, locateTable } from "./sheetTable";
import {
  ACTION_KIND,
  ACTION_STATUS,
  ACTIVITY,
  CATALOG_SHEET_NAMES,
  CONTROL_STATUS,
  EVIDENCE_STATUS,
  FINDING_STATUS,
  FINDING_TYPE,
  type HeaderKey,
  IMPROVEMENT_STATUS,
  PROJECT_STATUS,
  RISK_STATUS,
  SHEET_NAMES,
  TASK_STATUS,
  type Vocabulary,
  YES_NO,
  normalizeKey,
  vocabularyIndex,
} from "./vocabulary";

export interface ParseResult {
  readonly records: Records;
  readonly issues: readonly Issue[];
}

export interface ParseOptions {
  /** A catalog that overrides both the Catalog sheet and the Framework setting. */
  readonly catalog?: Catalog;
  /** The located Catalog sheet, and whether it has its required columns. */
  readonly catalogSheet?: { readonly table: SheetTable; readonly complete: boolean };
}

const sheetKeyByName: ReadonlyMap<string, SheetKey> = new Map(
  SHEET_KEYS.flatMap((key) => SHEET_NAMES[key].map((name) => [normalizeKey(name), key] as const)),
);

/** The input sheet a sheet name stands for (case, accents, spaces ignored), if any. */
export function inputSheetKey(name: string): SheetKey | undefined {
  return sheetKeyByName.get(normalizeKey(name));
}

const catalogSheetNames = new Set(CATALOG_SHEET_NAMES.map(normalizeKey));

/** Whether a sheet is the optional Catalog sheet (an organisation's own processes). */
export function isCatalogSheet(name: string): boolean {
  return catalogSheetNames.has(normalizeKey(name));
}

/** Finds each input sheet by any of its names; the first of a kind wins. */
export function findInputSheets(grids: WorkbookGrids): Map<SheetKey, SheetGrid> {
  const found = new Map<SheetKey, SheetGrid>();
  for (const grid of grids.sheets) {
    const key = inputSheetKey(grid.name);
    if (key !== undefined && !found.has(key)) found.set(key, grid);
  }
  return found;
}

/** Most cells of an enumerated column repeat a few spellings: each is normalised once. */
const ENUM_MEMO_LIMIT = 512;

function enumParser<T extends string>(vocabulary: Vocabulary<T>) {
  const index = vocabularyIndex(vocabulary);
  const allowed = Object.keys(vocabulary);
  const memo = new Map<string, Parsed<T>>();
  return (cell: Cell): Parsed<T> => {
    if (typeof cell !== "string") return parseEnum(cell, index, allowed);
    let parsed = memo.get(cell);
    if (parsed === undefined) {
      parsed = parseEnum(cell, index, allowed);
      if (memo.size < ENUM_MEMO_LIMIT) memo.set(cell, parsed);
    }
    return parsed;
  };
}

const controlStatus = enumParser(CONTROL_STATUS);
const evidenceStatus = enumParser(EVIDENCE_STATUS);
const activity = enumParser(ACTIVITY);
const taskStatus = enumParser(TASK_STATUS);
const projectStatus = enumParser(PROJECT_STATUS);
const riskStatus = enumParser(RISK_STATUS);
const findingType = enumParser(FINDING_TYPE);
const findingStatus = enumParser(FINDING_STATUS);
const actionKind = enumParser(ACTION_KIND);
const actionStatus = enumParser(ACTION_STATUS);
const improvementStatus = enumParser(IMPROVEMENT_STATUS);
const yesNo = enumParser(YES_NO);
const level = (cell: Cell) => parseInteger(cell, 0, 5);
const oneToFive = (cell: Cell) => parseInteger(cell, 1, 5);

/** Columns each sheet reads, and which of them are required. */
const SHEET_COLUMNS: Readonly<Record<SheetKey, { required: readonly HeaderKey[]; optional: readonly HeaderKey[] }>> = {
  settings: { required: ["setting", "value"], optional: [] },
  controls: { required: ["controlId", "clause", "status"], optional: ["office", "requirement", "owner", "weight", "notes"] },
  evidence: {
    required: ["evidenceId", "controlId", "status"],
    optional: ["office", "description", "link", "collectedOn", "validUntil", "reviewer"],
  },
  tasks: { required: ["taskId", "clause", "activity", "dueDate", "status"], optional: ["office", "projectId", "owner", "doneOn"] },
  projects: {
    required: ["projectId", "startDate", "dueDate", "progress", "status"],
    optional: ["office", "name", "type", "owner"],
  },
  risks: { required: ["riskId", "projectId", "likelihood", "impact", "status"], optional: ["description", "mitigation"] },
  audits: { required: ["auditId", "campaign"], optional: ["office", "type", "startDate", "endDate", "levelAchieved", "leadAuditor"] },
  maturity: { required: ["auditId", "process", "level"], optional: ["serviceGroup", "notes"] },
  findings: { required: ["findingId", "auditId", "type"], optional: ["clause", "description", "status", "actionId"] },
  actions: {
    required: ["actionId", "kind", "dueDate", "status"],
    optional: ["office", "findingId", "description", "owner", "closedOn", "effective"],
  },
  improvements: { required: ["planId", "dueDate", "status"], optional: ["office", "clause", "title", "owner", "completedOn"] },
  history: { required: ["asOfDate", "office", "indicator", "value"], optional: [] },
};

/**
 * Tracks keys already seen and reports duplicates. Keys are (scope, id) with scope the office,
 * or "" for keys unique in the workbook: two map lookups, no composite string per row.
 */
class KeySet {
  private readonly seen = new Map<string, Map<string, number>>();
  /** Sheets of first occurrences outside `firstSheet` (only rows merged from several workbooks have any). */
  private firstSheet: string | null = null;
  private readonly otherSheets = new Map<string, Map<string, string>>();
  /** True if new; otherwise reports the duplicate (the row is skipped). */
  claim(row: RowReader, key: HeaderKey, scope: string, id: string, label: string): boolean {
    let ids = this.seen.get(scope);
    if (ids === undefined) {
      ids = new Map();
      this.seen.set(scope, ids);
    }
    const first = ids.get(id);
    const sheet = row.sheet;
    this.firstSheet ??= sheet;
    if (first === undefined) {
      ids.set(id, row.excelRow);
      if (sheet !== this.firstSheet) {
        const sheets = this.otherSheets.get(scope) ?? new Map<string, string>();
        this.otherSheets.set(scope, sheets.set(id, sheet));
      }
      return true;
    }
    // Rows merged from several workbooks (consolidation) name the first one's sheet and file.
    const firstSheet = this.otherSheets.get(scope)?.get(id) ?? this.firstSheet;
    const where = firstSheet === sheet ? `row ${first}` : `${firstSheet} row ${first}`;
    row.problem(key, row.raw(key), "error", `${label} is used again (first on ${where}); this row is skipped.`);
    return false;
  }
}

/**
 * The rows of a table, read through one reader that moves from row to row: nothing is
 * allocated per row (a for-of over it must not keep the reader past its iteration).
 */
function tableReader(table: SheetTable | undefined, report: Report): Iterable<RowReader> {
  if (table === undefined) return [];
  return {
    [Symbol.iterator]() {
      const reader = new RowReader(table, 0, [], report);
      const step = { done: false, value: reader };
      let i = 0;
      return {
        next() {
          if (i >= table.rows.length) return { done: true, value: reader };
          const row = table.rows[i++];
          reader.reset(row.table ?? table, row.excelRow, row.cells);
          return step;
        },
      };
    },
  };
}

/**
 * Finds each input sheet's header row and columns, reporting missing required columns; only
 * sheets with every required column are returned. `label` names each sheet in issues.
 */
export function locateInputTables(grids: WorkbookGrids, report: Report, label: (sheet: string) => string = (s) => s): Map<SheetKey, SheetTable> {
  const tables = new Map<SheetKey, SheetTable>();
  for (const [key, grid] of findInputSheets(grids)) {
    const { required, optional } = SHEET_COLUMNS[key];
    const table = locateTable({ ...grid, name: label(grid.name) }, [...required, ...optional]);
    if (checkRequiredHeaders(table, required, report)) tables.set(key, table);
  }
  return tables;
}

export function parseWorkbook(grids: WorkbookGrids, options: ParseOptions = {}): ParseResult {
  const issues: Issue[] = [];
  const report: Report = (issue) => issues.push(issue);
  const tables = locateInputTables(grids, report);
  return parseTables(tables, new Set(findInputSheets(grids).keys()), issues, { catalogSheet: locateCatalogSheet(grids, report), ...options });
}

/** The workbook's Catalog sheet located (its missing required columns reported), if it has one. */
export function locateCatalogSheet(grids: WorkbookGrids, report: Report, label: (sheet: string) => string = (s) => s): ParseOptions["catalogSheet"] {
  const grid = grids.sheets.find((g) => isCatalogSheet(g.name));
  if (grid === undefined) return undefined;
  const table = locateTable({ ...grid, name: label(grid.name) }, [...CATALOG_COLUMNS.required, ...CATALOG_COLUMNS.optional]);
  return { table, complete: checkRequiredHeaders(table, CATALOG_COLUMNS.required, report) };
}

/**
 * Located tables -> records. A table's rows may come from several sheets (consolidation): each
 * row then carries its own table, and issues name that row's sheet. `issues` is appended to.
 */
export function parseTables(
  tables: ReadonlyMap<SheetKey, SheetTable>,
  sheetsPresent: ReadonlySet<SheetKey>,
  issues: Issue[],
  options: ParseOptions = {},
): ParseResult {
  const report: Report = (issue) => issues.push(issue);
  const rowsOf = (key: SheetKey): Iterable<RowReader> => tableReader(tables.get(key), report);

  const settings = parseSettings(tables.get("settings") ?? null, report);
  const catalog =
    options.catalog ??
    parseCatalog(options.catalogSheet?.table ?? null, options.catalogSheet?.complete ?? false, builtInCatalog(settings.framework), report);
  const defaultOffice = settings.organization.trim() || "Office";
  // "Consolidated" names the organisation's values (Scorecard column, Indicator history rows):
  // an office of that name would be mixed up with them, so it is counted under another name.
  const reservedReported = new Set<string>();
  const officeOf = (row: RowReader): string => {
    const office = row.text("office", false) || defaultOffice;
    if (office.length !== CONSOLIDATED.length || office.toLowerCase() !== CONSOLIDATED.toLowerCase()) return office;
    const renamed = `${office} (office)`;
    if (!reservedReported.has(row.sheet)) {
      reservedReported.add(row.sheet);
      row.problem(
        "office",
        row.raw("office"),
        "warning",
        `"${office}" is the name of the organisation's consolidated values, so this office is counted as "${renamed}" on this sheet. Rename the office to avoid the confusion.`,
      );
    }
    return renamed;
  };
  const text = (row: RowReader, key: HeaderKey): string => row.text(key, false) ?? "";
  const processByClause = new Map<string, Process | null>();
  const processOf = (row: RowReader, clause: string | null): string | null => {
    if (clause === null) return null;
    let process = processByClause.get(clause);
    if (process === undefined) {
      process = processForClause(catalog, clause);
      if (processByClause.size < ENUM_MEMO_LIMIT) processByClause.set(clause, process);
    }
    if (process === null) {
      row.usable = false;
      row.problem(
        "clause",
        row.raw("clause"),
        "error",
        `Clause "${clause}" maps to no process of ${catalog.id}; write a process clause such as 8.1 or 6.1.2. The row is skipped.`,
      );
      return null;
    }
    return process.code;
  };

  const source = (row: RowReader) => ({ sheet: row.sheet, row: row.excelRow });

  // Controls: unique by (office, Control ID).
  const controls: Control[] = [];
  const controlKeys = new KeySet();
  for (const row of rowsOf("controls")) {
    const id = row.text("controlId", true);
    const clause = row.text("clause", true);
    const status = row.field("status", controlStatus, true);
    let weight = row.field("weight", parseNumber, false) ?? 1;
    if (weight < 0) {
      row.problem("weight", row.raw("weight"), "warning", "A weight cannot be negative; 1 is used.");
      weight = 1;
    }
    const office = officeOf(row);
    const process = processOf(row, clause);
    if (!row.usable || id === null || clause === null || status === null || process === null) continue;
    if (!controlKeys.claim(row, "controlId", office, id, `Control ID "${id}" of office ${office}`)) continue;
    controls.push({
      source: source(row),
      office,
      id,
      clause,
      process,
      requirement: text(row, "requirement"),
      owner: text(row, "owner"),
      status,
      weight,
    });
  }
  const controlIds = new ScopedIds();
  for (const c of controls) controlIds.add(c.office, c.id);

  // Evidence: must point at a known control of its office.
  const evidence: Evidence[] = [];
  const evidenceKeys = new KeySet();
  for (const row of rowsOf("evidence")) {
    const id = row.text("evidenceId", true);
    const controlId = row.text("controlId", true);
    const status = row.field("status", evidenceStatus, true);
    const collectedOn = row.date("collectedOn", false);
    const validUntil = row.date("validUntil", false);
    const office = officeOf(row);
    if (!row.usable || id === null || controlId === null || status === null) continue;
    if (!evidenceKeys.claim(row, "evidenceId", office, id, `Evidence ID "${id}" of office ${office}`)) continue;
    if (!controlIds.has(office, controlId)) {
      row.problem("controlId", row.raw("controlId"), "error", `No control "${controlId}" exists for office ${office} on the Controls sheet; this evidence is skipped.`);
      continue;
    }
    evidence.push({ source: source(row), id, office, controlId, status, collectedOn, validUntil });
  }

  // Tasks: the activity ladder of derived maturity.
  const tasks: Task[] = [];
  const taskKeys = new KeySet();
  for (const row of rowsOf("tasks")) {
    const id = row.text("taskId", true);
    const clause = row.text("clause", true);
    const act = row.field("activity", activity, true);
    const due = row.date("dueDate", true);
    const status = row.field("status", taskStatus, true);
    const doneOn = row.date("doneOn", false);
    const office = officeOf(row);
    const process = processOf(row, clause);
    if (!row.usable || id === null || act === null || due === null || status === null || process === null) continue;
    if (!taskKeys.claim(row, "taskId", office, id, `Task ID "${id}" of office ${office}`)) continue;
    if (status === "Done" && doneOn === null) {
      row.problem("doneOn", null, "warning", `Task "${id}" is Done but has no "Done on" date; it is counted as done on time.`);
    }
    tasks.push({ source: source(row), id, office, process, activity: act, projectId: text(row, "projectId"), owner: text(row, "owner"), due, doneOn, status });
  }

  // Projects: unique across the workbook, since Risks name them without an office.
  const projects: Project[] = [];
  const projectKeys = new KeySet();
  for (const row of rowsOf("projects")) {
    const id = row.text("projectId", true);
    const start = row.date("startDate", true);
    const due = row.date("dueDate", true);
    const progress = row.field("progress", parsePercent, true);
    const status = row.field("status", projectStatus, true);
    const office = officeOf(row);
    if (!row.usable || id === null || start === null || due === null || progress === null || status === null) continue;
    if (!projectKeys.claim(row, "projectId", "", id, `Project ID "${id}"`)) continue;
    if (due < start) row.problem("dueDate", row.raw("dueDate"), "warning", `Project "${id}" is due before it starts; its schedule is judged by the due date alone.`);
    projects.push({ source: source(row), id, office, name: text(row, "name"), start, due, progress, status });
  }
  const projectIds = new Set(projects.map((p) => p.id));

  // Risks: must name a known project.
  const risks: Risk[] = [];
  const riskKeys = new KeySet();
  for (const row of rowsOf("risks")) {
    const id = row.text("riskId", true);
    const projectId = row.text("projectId", true);
    const likelihood = row.field("likelihood", oneToFive, true);
    const impact = row.field("impact", oneToFive, true);
    const status = row.field("status", riskStatus, true);
    if (!row.usable || id === null || projectId === null || likelihood === null || impact === null || status === null) continue;
    if (!riskKeys.claim(row, "riskId", "", id, `Risk ID "${id}"`)) continue;
    if (!projectIds.has(projectId)) {
      row.problem("projectId", row.raw("projectId"), "error", `No project "${projectId}" exists on the Projects sheet; this risk is skipped.`);
      continue;
    }
    risks.push({ source: source(row), id, projectId, likelihood, impact, status });
  }

  // Audits: unique across the workbook (Maturity and Findings take their office from them).
  const audits: Audit[] = [];
  const auditKeys = new KeySet();
  for (const row of rowsOf("audits")) {
    const id = row.text("auditId", true);
    const campaign = row.text("campaign", true);
    const levelAchieved = row.field("levelAchieved", level, false);
    row.date("startDate", false);
    row.date("endDate", false);
    const office = officeOf(row);
    if (!row.usable || id === null || campaign === null) continue;
    if (!auditKeys.claim(row, "auditId", "", id, `Audit ID "${id}"`)) continue;
    audits.push({ source: source(row), id, office, campaign, levelAchieved });
  }
  const auditIds = new Set(audits.map((a) => a.id));
  const knownAudit = (row: RowReader, id: string, what: string): boolean => {
    if (auditIds.has(id)) return true;
    row.problem("auditId", row.raw("auditId"), "error", `No audit "${id}" exists on the Audits sheet; this ${what} is skipped.`);
    return false;
  };

  // Maturity: one level per audit, process and service group. A campaign rated on the other
  // built-in edition's codes is carried to this catalog's processes (editions.ts).
  const maturity: MaturityRating[] = [];
  const ratingEdition = maturityEditions(catalog, rowsOf("maturity"), new Map(audits.map((a) => [a.id, a.campaign])), report);
  for (const row of rowsOf("maturity")) {
    const auditId = row.text("auditId", true);
    const process = row.text("process", true);
    const lvl = row.field("level", level, true);
    const written = ratingEdition(auditId);
    if (process !== null && !written.codes.has(process)) {
      row.usable = false;
      row.problem("process", row.raw("process"), "error", `"${process}" is not a process code of ${written.catalog.id} (for example ${written.catalog.processes.slice(-2).map((p) => p.code).join(" or ")}); the row is skipped.`);
    }
    if (!row.usable || auditId === null || process === null || lvl === null) continue;
    if (!knownAudit(row, auditId, "maturity rating")) continue;
    for (const code of written.map(process)) maturity.push({ source: source(row), auditId, process: code, serviceGroup: text(row, "serviceGroup"), level: lvl });
  }

  // Findings
  const findings: Finding[] = [];
  const findingKeys = new KeySet();
  for (const row of rowsOf("findings")) {
    const id = row.text("findingId", true);
    const auditId = row.text("auditId", true);
    const type = row.field("type", findingType, true);
    const status = row.field("status", findingStatus, false);
    if (!row.usable || id === null || auditId === null || type === null) continue;
    if (!findingKeys.claim(row, "findingId", "", id, `Finding ID "${id}"`)) continue;
    if (!knownAudit(row, auditId, "finding")) continue;
    findings.push({ source: source(row), id, auditId, type, status, actionId: text(row, "actionId") });
  }
  const findingIds = new Set(findings.map((f) => f.id));

  // Actions (CPA)
  const actions: Action[] = [];
  const actionKeys = new KeySet();
  for (const row of rowsOf("actions")) {
    const id = row.text("actionId", true);
    const kind = row.field("kind", actionKind, true);
    const due = row.date("dueDate", true);
    const status = row.field("status", actionStatus, true);
    const closedOn = row.date("closedOn", false);
    const effective = row.field("effective", yesNo, false);
    const findingId = text(row, "findingId");
    const office = officeOf(row);
    if (!row.usable || id === null || kind === null || due === null || status === null) continue;
    if (!actionKeys.claim(row, "actionId", office, id, `Action ID "${id}" of office ${office}`)) continue;
    if (findingId !== "" && !findingIds.has(findingId)) {
      row.problem("findingId", row.raw("findingId"), "warning", `No finding "${findingId}" exists on the Findings sheet; the action is counted but linked to no finding.`);
    }
    actions.push({
      source: source(row),
      id,
      office,
      findingId: findingIds.has(findingId) ? findingId : "",
      kind,
      due,
      closedOn,
      status,
      effective: effective === null ? null : effective === "Yes",
    });
  }

  // Improvements (CIP)
  const improvements: Improvement[] = [];
  const planKeys = new KeySet();
  for (const row of rowsOf("improvements")) {
    const id = row.text("planId", true);
    const due = row.date("dueDate", true);
    const status = row.field("status", improvementStatus, true);
    const completedOn = row.date("completedOn", false);
    const office = officeOf(row);
    if (!row.usable || id === null || due === null || status === null) continue;
    if (!planKeys.claim(row, "planId", office, id, `Plan ID "${id}" of office ${office}`)) continue;
    improvements.push({ source: source(row), id, office, due, completedOn, status });
  }

  // Indicator history: earlier runs' values, for trends.
  const history: HistoryPoint[] = [];
  for (const row of rowsOf("history")) {
    const asOf = row.date("asOfDate", true);
    const office = row.text("office", true);
    const indicator = row.text("indicator", true);
    const value = row.field("value", parseNumber, true);
    if (!row.usable || asOf === null || office === null || indicator === null || value === null) continue;
    history.push({ source: source(row), asOf, office, indicator, value });
  }

  return {
    records: {
      catalog,
      settings,
      controls,
      evidence,
      tasks,
      projects,
      risks,
      audits,
      maturity,
      findings,
      actions,
      improvements,
      history,
      sheetsPresent: new Set(sheetsPresent),
    },
    issues,
  };
}

interface RatingEdition {
  readonly catalog: Catalog;
  readonly codes: ReadonlySet<string>;
  /** A written code -> the codes of the workbook's catalog it counts for. */
  readonly map: (code: string) => readonly string[];
}

/**
 * Decides, campaign by campaign, which edition the Maturity rows are written in, and reports each
 * campaign carried across editions. Only between built-in editions: a custom catalog maps nothing.
 */
function maturityEditions(
  catalog: Catalog,
  rows: Iterable<RowReader>,
  campaignOf: ReadonlyMap<string, string>,
  report: Report,
): (auditId: string | null) => RatingEdition {
  const same: RatingEdition = { catalog, codes: new Set(catalog.processes.map((p) => p.code)), map: (code) => [code] };
  const current = editionOf(catalog);
  if (current === null) return () => same;
  const codesByCampaign = new Map<string, Set<string>>();
  let sheet: string | null = null;
  for (const row of rows) {
    sheet ??= row.sheet;
    // Read quietly: the main pass reports whatever is wrong with these cells.
    const campaign = campaignOf.get(displayText(row.raw("auditId")).trim());
    const code = displayText(row.raw("process")).trim();
    if (campaign === undefined || code === "") continue;
    const codes = codesByCampaign.get(campaign) ?? new Set<string>();
    codesByCampaign.set(campaign, codes.add(code));
  }
  const carried = new Map<string, RatingEdition>();
  for (const [campaign, codes] of codesByCampaign) {
    const written = campaignEdition(current, codes);
    if (written === current) continue;
    const other = builtInCatalog(written);
    carried.set(campaign, { catalog: other, codes: new Set(other.processes.map((p) => p.code)), map: (code) => mapProcess(code, written, current) });
    report({
      severity: "warning",
      sheet: sheet ?? "Maturity",
      row: null,
      column: "Process",
      cell: null,
      value: campaign,
      message: `Campaign "${campaign}" is rated on the processes of ${other.id}; its ratings are carried to the ${catalog.id} processes through the mapping between editions (docs/catalogs.md), so that campaigns can be compared.`,
    });
  }
  return (auditId) => carried.get(campaignOf.get(auditId ?? "") ?? "") ?? same;
}

/** Canonical English name of an input sheet. */
export function sheetName(key: SheetKey): string {
  return SHEET_NAMES[key][0];
}
