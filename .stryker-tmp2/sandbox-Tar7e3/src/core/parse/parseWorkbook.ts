/**
 * Cell grids -> typed records + issues. Bad data never stops the run: an unusable
 * row is skipped and reported, a doubtful value is used and reported.
 */
// @ts-nocheck

import type { Catalog } from "../model/catalog";
import { builtInCatalog, campaignEdition, editionOf, mapProcess } from "../model/editions";
import type { SheetGrid, WorkbookGrids } from "../model/grid";
import { type Issue, type Records, SHEET_KEYS, type SheetKey } from "../model/records";
import { type IssueDraft, campaignCarried, localize } from "../text/messages";
import { ScopedIds } from "../model/scopedIds";
import { displayText } from "./cellValues";
import { CATALOG_COLUMNS, parseCatalog } from "./parseCatalog";
import { parseSettings } from "./parseSettings";
import {
  type RatingEdition,
  type ParseObserver,
  RecordContext,
  readActions,
  readAudits,
  readControls,
  readEvidence,
  readFindings,
  readHistory,
  readImprovements,
  readMaturity,
  readProcessAttributes,
  readProjects,
  readRisks,
  readTraining,
  readTasks,
} from "./sheetRecords";
import { type Report, RowReader, type SheetTable, checkRequiredHeaders, locateTable } from "./sheetTable";
import { sheetColumns } from "./sheetSchemas";
import { CATALOG_SHEET_NAMES, SHEET_NAMES, normalizeKey } from "./vocabulary";

export interface ParseResult {
  readonly records: Records;
  readonly issues: readonly Issue[];
}

export interface ParseOptions {
  /** A catalog that overrides both the Catalog sheet and the Framework setting. */
  readonly catalog?: Catalog;
  /** The located Catalog sheet, and whether it has its required columns. */
  readonly catalogSheet?: { readonly table: SheetTable; readonly complete: boolean };
  /** Told of each step (before its issues are reported), and of the offices, keys and references read. */
  readonly observer?: ParseObserver & { stage(step: SheetKey | "catalog"): void; carried(campaign: string): void };
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
export function locateInputTables(
  grids: WorkbookGrids,
  report: Report,
  label: (sheet: string) => string = (s) => s,
): Map<SheetKey, SheetTable> {
  const tables = new Map<SheetKey, SheetTable>();
  for (const [key, grid] of findInputSheets(grids)) {
    const { required, optional } = sheetColumns(key);
    const table = locateTable({ ...grid, name: label(grid.name) }, optional, required);
    if (checkRequiredHeaders(table, required, report)) tables.set(key, table);
  }
  return tables;
}

export function parseWorkbook(grids: WorkbookGrids, options: ParseOptions = {}): ParseResult {
  const drafts: IssueDraft[] = [];
  const report: Report = (issue) => drafts.push(issue);
  const tables = locateInputTables(grids, report);
  return parseTables(tables, new Set(findInputSheets(grids).keys()), drafts, {
    catalogSheet: locateCatalogSheet(grids, report),
    ...options,
  });
}

/** The workbook's Catalog sheet located (its missing required columns reported), if it has one. */
export function locateCatalogSheet(
  grids: WorkbookGrids,
  report: Report,
  label: (sheet: string) => string = (s) => s,
): ParseOptions["catalogSheet"] {
  const grid = grids.sheets.find((g) => isCatalogSheet(g.name));
  if (grid === undefined) return undefined;
  const table = locateTable({ ...grid, name: label(grid.name) }, [
    ...CATALOG_COLUMNS.required,
    ...CATALOG_COLUMNS.optional,
  ]);
  return { table, complete: checkRequiredHeaders(table, CATALOG_COLUMNS.required, report) };
}

/**
 * Located tables -> records. A table's rows may come from several sheets (consolidation): each
 * row then carries its own table, and issues name that row's sheet. `drafts` (the problems
 * already found, e.g. missing columns) is appended to; the issues returned are all of them, in
 * the language of the Language setting.
 */
export function parseTables(
  tables: ReadonlyMap<SheetKey, SheetTable>,
  sheetsPresent: ReadonlySet<SheetKey>,
  drafts: IssueDraft[],
  options: ParseOptions = {},
): ParseResult {
  const report: Report = (issue) => drafts.push(issue);

  const observer = options.observer;
  observer?.stage("settings");
  const settings = parseSettings(tables.get("settings") ?? null, report);
  observer?.stage("catalog");
  const catalog =
    options.catalog ??
    parseCatalog(
      options.catalogSheet?.table ?? null,
      options.catalogSheet?.complete ?? false,
      builtInCatalog(settings.framework),
      report,
    );
  const ctx = new RecordContext(catalog, settings.organization.trim() || "Office", observer);
  const rowsOf = (key: SheetKey): Iterable<RowReader> => {
    observer?.stage(key);
    return tableReader(tables.get(key), report);
  };

  const controls = readControls(ctx, rowsOf("controls"));
  const controlIds = new ScopedIds();
  for (const c of controls) controlIds.add(c.office, c.id);
  const evidence = readEvidence(ctx, rowsOf("evidence"), controlIds);
  const tasks = readTasks(ctx, rowsOf("tasks"));
  const projects = readProjects(ctx, rowsOf("projects"));
  const risks = readRisks(ctx, rowsOf("risks"), new Set(projects.map((p) => p.id)));
  const audits = readAudits(ctx, rowsOf("audits"));
  const auditIds = new Set(audits.map((a) => a.id));
  // A campaign rated on the other built-in edition's codes is carried to this catalog's processes (editions.ts).
  const ratingEdition = maturityEditions(
    catalog,
    rowsOf("maturity"),
    new Map(audits.map((a) => [a.id, a.campaign])),
    (issue) => {
      if (typeof issue.value === "string") observer?.carried(issue.value);
      report(issue);
    },
  );
  const maturity = readMaturity(ctx, tableReader(tables.get("maturity"), report), auditIds, ratingEdition);
  const findings = readFindings(ctx, rowsOf("findings"), auditIds);
  const actions = readActions(ctx, rowsOf("actions"), new Set(findings.map((f) => f.id)));
  const improvements = readImprovements(ctx, rowsOf("improvements"));
  const history = readHistory(ctx, rowsOf("history"));
  const processAttributes = readProcessAttributes(ctx, rowsOf("processAttributes"), auditIds);
  const training = readTraining(ctx, rowsOf("training"));

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
      processAttributes,
      training,
      sheetsPresent: new Set(sheetsPresent),
    },
    issues: drafts.map((draft) => localize(draft, settings.language)),
  };
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
  // Each campaign's codes, and the sheet of its first row (where its warning points).
  const byCampaign = new Map<string, { sheet: string; codes: Set<string> }>();
  for (const row of rows) {
    // Read quietly: the main pass reports whatever is wrong with these cells.
    const campaign = campaignOf.get(displayText(row.raw("auditId")));
    const code = displayText(row.raw("process"));
    if (campaign === undefined || code === "") continue;
    const seen = byCampaign.get(campaign);
    if (seen === undefined) byCampaign.set(campaign, { sheet: row.sheet, codes: new Set([code]) });
    else seen.codes.add(code);
  }
  const carried = new Map<string, RatingEdition>();
  for (const [campaign, { sheet, codes }] of byCampaign) {
    const written = campaignEdition(current, codes);
    if (written === current) continue;
    const other = builtInCatalog(written);
    carried.set(campaign, {
      catalog: other,
      codes: new Set(other.processes.map((p) => p.code)),
      map: (code) => mapProcess(code, written, current),
    });
    report({
      severity: "warning",
      sheet,
      row: null,
      column: "Process",
      cell: null,
      value: campaign,
      message: campaignCarried(campaign, other.id, catalog.id),
    });
  }
  return (auditId) => carried.get(campaignOf.get(auditId ?? "") ?? "") ?? same;
}

/** Canonical English name of an input sheet. */
export function sheetName(key: SheetKey): string {
  return SHEET_NAMES[key][0];
}
