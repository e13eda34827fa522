/**
 * Consolidation in parts: a few workbooks (usually one) -> what the consolidated result needs of
 * them, and nothing of their rows. Their tables are located and merged as consolidateScorecard
 * does, parsed with the organisation's settings and catalog (the first workbooks', given by the
 * caller), and computed into a scorecard part (engine/scorecardParts.ts). What the part keeps:
 * - the part itself: per office its indicator components, warnings and CPA/CIP figures; the
 *   projects, leaders, overdue items, unactioned findings and campaign tallies;
 * - every issue, tagged with its step and file so that merging restores one workbook's order;
 * - the Indicator history rows and points (the history of every office is written back);
 * - what tells whether this part may be merged with others as it is: the offices it names, hashes
 *   of its workbook-wide keys (projects, risks, audits, findings, actions) and of references it
 *   could not resolve, whether it saw a Tasks or Catalog sheet and carried a campaign's edition.
 */
// @ts-nocheck

import type { Catalog } from "../model/catalog";
import type { Cell, WorkbookGrids } from "../model/grid";
import {
  CONSOLIDATED,
  SHEET_KEYS,
  type HistoryPoint,
  type Issue,
  type Settings,
  type SheetKey,
} from "../model/records";
import { type FromFile, type ScorecardPart, scorecardPart } from "../engine/scorecardParts";
import {
  type ParseOptions,
  findInputSheets,
  isCatalogSheet,
  locateInputTables,
  parseTables,
} from "../parse/parseWorkbook";
import type { SheetTable, TableRow } from "../parse/sheetTable";
import { type IssueDraft, consolidatedRowsIgnored, settingsDiffer } from "../text/messages";
import { HISTORY_COLUMNS, isConsolidatedRow, notice, sameSettings, sheetInFile } from "../parse/parseWorkbooks";
import type { RunOptions } from "../pipeline";
import { keyHash } from "./keyHashes";

export interface IndexedWorkbook {
  /** Position in the order the workbooks were given. */
  readonly index: number;
  /** The file name issues show. */
  readonly file: string;
  readonly grids: WorkbookGrids;
}

/** What every part is parsed with: found in the first workbooks, before the parts are made. */
export interface SharedInputs {
  /** The first workbook with a Settings table (its settings apply to every office), if any. */
  readonly holder: { readonly index: number; readonly file: string; readonly table: SheetTable } | null;
  /** The first workbook's file name (the history keeper when none has Settings). */
  readonly firstFile: string;
  /** The Catalog sheet used, located, and the index of its workbook. */
  readonly catalog: { readonly index: number; readonly sheet: NonNullable<ParseOptions["catalogSheet"]> } | null;
  /** Whether a Tasks sheet is known to exist in some workbook. */
  readonly hasTasks: boolean;
  readonly options: RunOptions;
}

/**
 * The order of issues in one merged parse: sheets located (0), merge notices (1), the Catalog
 * sheet located (2), Settings (3) and Catalog (4) read, then each input sheet's rows.
 */
export const STAGE_LOCATE = 0;
export const STAGE_MERGE = 1;
export const STAGE_CATALOG_LOCATE = 2;
export const STAGE_SETTINGS = 3;
export const STAGE_CATALOG = 4;
const stageOf = (step: SheetKey | "catalog"): number =>
  step === "catalog" ? STAGE_CATALOG : step === "settings" ? STAGE_SETTINGS : STAGE_CATALOG + SHEET_KEYS.indexOf(step);

export interface StagedIssue {
  readonly stage: number;
  readonly file: number;
  readonly issue: Issue;
}

export interface WorkbooksPart {
  /** The workbooks (indexes) this part was made of, in order. */
  readonly files: readonly number[];
  readonly part: ScorecardPart;
  /** Parse issues other than the shared Settings' and Catalog's, in this part's order. */
  readonly issues: readonly StagedIssue[];
  readonly present: readonly SheetKey[];
  /** Whether this part was computed as if some workbook had a Tasks sheet. */
  readonly hasTasks: boolean;
  /** The first of these workbooks with a Catalog sheet. */
  readonly catalogAt: number | null;
  /** Whether a campaign's Maturity rows were read on the other built-in edition. */
  readonly carried: boolean;
  readonly offices: readonly string[];
  /** Hashes of workbook-wide keys claimed (two parts claiming one is a duplicate). */
  readonly keys: Float64Array;
  /** Hashes of Action IDs, which are unique per office but also looked up by ID alone. */
  readonly actions: Float64Array;
  /** Hashes of references to workbook-wide keys or Action IDs that these workbooks do not hold. */
  readonly missing: Float64Array;
  /** Whether any of these workbooks has an Indicator history table. */
  readonly historyTable: boolean;
  /** Indicator history rows in the standard column order, and as read. */
  readonly historyRows: readonly FromFile<Cell[]>[];
  readonly history: readonly FromFile<HistoryPoint>[];
}

/** The settings and catalog every part is parsed with, and the issues reading them gives. */
export function sharedRecords(shared: SharedInputs): { settings: Settings; catalog: Catalog; issues: Issue[] } {
  const tables = new Map<SheetKey, SheetTable>();
  if (shared.holder !== null) tables.set("settings", shared.holder.table);
  const { records, issues } = parseTables(tables, new Set(), [], { catalogSheet: shared.catalog?.sheet });
  return { settings: records.settings, catalog: records.catalog, issues: [...issues] };
}

export function workbooksPart(workbooks: readonly IndexedWorkbook[], shared: SharedInputs): WorkbooksPart {
  const drafts: IssueDraft[] = [];
  const draftFiles: number[] = [];
  let file = workbooks[0]?.index ?? 0;
  const report = (issue: IssueDraft) => {
    drafts.push(issue);
    draftFiles.push(file);
  };
  const fileBySheet = new Map<string, number>();
  const present = new Set<SheetKey>();
  let catalogAt: number | null = null;
  const located = workbooks.map((w) => {
    file = w.index;
    for (const g of w.grids.sheets) {
      const label = sheetInFile(w.file, g.name);
      if (!fileBySheet.has(label)) fileBySheet.set(label, w.index);
      if (catalogAt === null && isCatalogSheet(g.name)) catalogAt = w.index;
    }
    for (const key of findInputSheets(w.grids).keys()) present.add(key);
    return { ...w, tables: locateInputTables(w.grids, report, (sheet) => sheetInFile(w.file, sheet)) };
  });
  const locateEnd = drafts.length;

  // The merge of consolidateScorecard, with the holder's Settings given rather than found.
  const holder = shared.holder;
  const merged = new Map<SheetKey, { first: SheetTable; rows: TableRow[] }>();
  const historyRows: FromFile<Cell[]>[] = [];
  for (const w of located) {
    file = w.index;
    const holdsSettings = holder !== null && w.index === holder.index;
    const ownSettings = w.tables.get("settings");
    if (!holdsSettings && ownSettings !== undefined && holder !== null && !sameSettings(ownSettings, holder.table)) {
      report(notice(ownSettings, settingsDiffer(holder.file)));
    }
    for (const [key, table] of w.tables) {
      if (key === "settings") continue;
      let into = merged.get(key);
      if (into === undefined) {
        into = { first: table, rows: [] };
        merged.set(key, into);
      }
      const keepConsolidated = key !== "history" || holdsSettings || (holder === null && w.index === 0);
      let dropped = 0;
      for (const row of table.rows) {
        if (!keepConsolidated && isConsolidatedRow(table, row)) {
          dropped++;
          continue;
        }
        into.rows.push(table === into.first ? row : { excelRow: row.excelRow, cells: row.cells, table });
        if (key === "history")
          historyRows.push({
            file: w.index,
            item: HISTORY_COLUMNS.map((k) => {
              const column = table.columns.get(k);
              return column === undefined ? null : (row.cells[column] ?? null);
            }),
          });
      }
      if (dropped > 0) {
        report(notice(table, consolidatedRowsIgnored(dropped, CONSOLIDATED, holder?.file ?? shared.firstFile)));
      }
    }
  }

  const tables = new Map<SheetKey, SheetTable>();
  for (const [key, { first, rows }] of merged) tables.set(key, { ...first, rows });
  if (holder !== null) tables.set("settings", holder.table);
  const stages: { at: number; stage: number }[] = [];
  const offices = new Set<string>();
  const keys: number[] = [];
  const actions: number[] = [];
  const missing: number[] = [];
  let carried = false;
  const { records, issues } = parseTables(tables, present, drafts, {
    catalogSheet: shared.catalog?.sheet,
    observer: {
      stage: (step) => stages.push({ at: drafts.length, stage: stageOf(step) }),
      office: (office) => offices.add(office),
      // Keys unique per office only meet when two parts name the same office; Action IDs are
      // also looked up by ID alone (a finding's Action ID).
      key: (kind, office, id) => {
        if (office === null) keys.push(keyHash(kind, id));
        else if (kind === "action") actions.push(keyHash(kind, id));
      },
      missing: (kind, id) => missing.push(keyHash(kind, id)),
      carried: () => {
        carried = true;
      },
    },
  });
  const fileOf = (sheet: string) => fileBySheet.get(sheet) ?? workbooks[0]?.index ?? 0;

  const hasTasks = shared.hasTasks || present.has("tasks");
  const part = scorecardPart(records, {
    catalog: records.catalog,
    settings: records.settings,
    hasTasks,
    options: shared.options,
    fileOf,
  });
  // A finding left unactioned here may name an action another part holds.
  const findingAction = new Map(records.findings.map((f) => [f.id, f.actionId]));
  for (const { item } of part.unactioned) {
    const actionId = findingAction.get(item.finding.findingId) ?? "";
    if (actionId !== "") missing.push(keyHash("action", actionId));
  }

  const staged: StagedIssue[] = [];
  let s = 0;
  issues.forEach((issue, i) => {
    if (i < locateEnd) {
      staged.push({ stage: STAGE_LOCATE, file: draftFiles[i], issue });
      return;
    }
    if (stages.length === 0 || i < stages[0].at) {
      staged.push({ stage: STAGE_MERGE, file: draftFiles[i], issue });
      return;
    }
    while (s + 1 < stages.length && stages[s + 1].at <= i) s++;
    const stage = stages[s].stage;
    // The shared Settings and Catalog are read once for all parts (sharedRecords).
    if (stage === STAGE_SETTINGS || stage === STAGE_CATALOG) return;
    staged.push({ stage, file: fileOf(issue.sheet), issue });
  });

  return {
    files: workbooks.map((w) => w.index),
    part,
    issues: staged,
    present: [...present],
    hasTasks,
    catalogAt,
    carried,
    offices: [...offices],
    keys: Float64Array.from(keys),
    actions: Float64Array.from(actions),
    missing: Float64Array.from(missing),
    historyTable: merged.has("history"),
    historyRows,
    history: records.history.map((h) => ({ file: fileOf(h.source.sheet), item: h })),
  };
}
