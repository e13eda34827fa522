/**
 * Many offices' workbooks -> one set of records (consolidation). Each workbook's input sheets are
 * located on their own (their columns may be in any order), then every table's rows are put
 * together and parsed once, as if they were one workbook: duplicate keys across files are found
 * by the same checks, and every issue names the file and the sheet, as `[file.xlsx]Sheet`.
 *
 * The first workbook (in the order given) holding a Settings sheet gives the settings, and only
 * its "Consolidated" Indicator history rows are kept: another office's file holds its own
 * values under that name, not the organisation's (docs/decisions.md, "Consolidation").
 */
// @ts-nocheck

import { CONSOLIDATED } from "../model/records";
import type { Cell, SheetGrid, WorkbookGrids } from "../model/grid";
import { displayText } from "./cellValues";
import {
  type ParseResult,
  findInputSheets,
  isCatalogSheet,
  locateCatalogSheet,
  locateInputTables,
  parseTables,
  sheetName,
} from "./parseWorkbook";
import type { SheetTable, TableRow } from "./sheetTable";
import { columnKeys } from "./sheetSchemas";
import { HEADERS, type HeaderKey } from "./vocabulary";
import { type IssueDraft, type Text, consolidatedRowsIgnored, settingsDiffer } from "../text/messages";
import type { SheetKey } from "../model/records";

export interface NamedWorkbook {
  /** The file name issues show (without folders). */
  readonly file: string;
  readonly grids: WorkbookGrids;
}

/** How issues name a sheet of one of several workbooks: Excel's own `[Book.xlsx]Sheet`. */
export const sheetInFile = (file: string, sheet: string): string => `[${file}]${sheet}`;

export const HISTORY_COLUMNS: readonly HeaderKey[] = columnKeys("history");

export interface ParsedWorkbooks extends ParseResult {
  /** Whether any workbook has a Controls sheet (without one there is nothing to consolidate). */
  readonly hasControls: boolean;
  /** Every workbook's Indicator history rows as one sheet, or null when none has the sheet. */
  readonly history: SheetGrid | null;
  /** The Settings sheet used, as its workbook holds it, or null when no workbook has one. */
  readonly settingsSheet: SheetGrid | null;
}

export function parseWorkbooks(workbooks: readonly NamedWorkbook[]): ParsedWorkbooks {
  const drafts: IssueDraft[] = [];
  const report = (issue: IssueDraft) => drafts.push(issue);
  const present = new Set<SheetKey>();
  const merged = new Map<SheetKey, { first: SheetTable; rows: TableRow[] }>();
  const located = workbooks.map(({ file, grids }) => {
    const sheets = findInputSheets(grids);
    for (const key of sheets.keys()) present.add(key);
    return { file, sheets, tables: locateInputTables(grids, report, (sheet) => sheetInFile(file, sheet)) };
  });
  const holder = located.find((w) => w.tables.has("settings"));
  const settingsTable = holder?.tables.get("settings");
  const settingsGrid = holder?.sheets.get("settings");
  const settings =
    holder !== undefined && settingsTable !== undefined && settingsGrid !== undefined
      ? { table: settingsTable, grid: settingsGrid, file: holder.file }
      : null;

  for (const workbook of located) {
    const holdsSettings = workbook === holder;
    const ownSettings = workbook.tables.get("settings");
    if (
      !holdsSettings &&
      ownSettings !== undefined &&
      settings !== null &&
      !sameSettings(ownSettings, settings.table)
    ) {
      report(notice(ownSettings, settingsDiffer(settings.file)));
    }
    for (const [key, table] of workbook.tables) {
      if (key === "settings") continue;
      let into = merged.get(key);
      if (into === undefined) {
        into = { first: table, rows: [] };
        merged.set(key, into);
      }
      // Without any Settings sheet, the first workbook holds the organisation's history.
      const keepConsolidated = key !== "history" || holdsSettings || (holder === undefined && workbook === located[0]);
      let dropped = 0;
      for (const row of table.rows) {
        if (!keepConsolidated && isConsolidatedRow(table, row)) {
          dropped++;
          continue;
        }
        into.rows.push(table === into.first ? row : { excelRow: row.excelRow, cells: row.cells, table });
      }
      if (dropped > 0) {
        report(notice(table, consolidatedRowsIgnored(dropped, CONSOLIDATED, holder?.file ?? located[0].file)));
      }
    }
  }
  const tables = new Map<SheetKey, SheetTable>();
  for (const [key, { first, rows }] of merged) tables.set(key, { ...first, rows });
  if (settings !== null) tables.set("settings", settings.table);
  // An organisation's own catalog applies to every office: the first workbook's that has one.
  const catalogHolder = workbooks.find(({ grids }) => grids.sheets.some((g) => isCatalogSheet(g.name)));
  const catalogSheet =
    catalogHolder === undefined
      ? undefined
      : locateCatalogSheet(catalogHolder.grids, report, (sheet) => sheetInFile(catalogHolder.file, sheet));
  const { records, issues } = parseTables(tables, present, drafts, { catalogSheet });
  const history = merged.get("history");
  return {
    records,
    issues,
    hasControls: present.has("controls"),
    history: history === undefined ? null : historySheet(history.first, history.rows),
    settingsSheet: settings?.grid ?? null,
  };
}

export function notice(table: SheetTable, message: Text): IssueDraft {
  return {
    severity: "warning",
    sheet: table.sheet,
    row: table.headerRow,
    column: null,
    cell: null,
    value: null,
    message,
  };
}

export function isConsolidatedRow(table: SheetTable, row: TableRow): boolean {
  const column = table.columns.get("office");
  return column !== undefined && displayText(row.cells[column] ?? null).toLowerCase() === CONSOLIDATED.toLowerCase();
}

/** Setting -> value as a person reads them, to tell whether two Settings sheets say the same. */
function settingsText(table: SheetTable): string {
  const setting = table.columns.get("setting") ?? 0;
  const value = table.columns.get("value") ?? 1;
  return table.rows
    .map((r) => `${displayText(r.cells[setting] ?? null)}\u0000${displayText(r.cells[value] ?? null)}`)
    .join("\u0001");
}

export function sameSettings(a: SheetTable, b: SheetTable): boolean {
  return settingsText(a) === settingsText(b);
}

/** Every workbook's Indicator history rows as one sheet in the standard column order. */
function historySheet(first: SheetTable, rows: readonly TableRow[]): SheetGrid {
  const cells: Cell[][] = [HISTORY_COLUMNS.map((k) => HEADERS[k].en)];
  for (const row of rows) {
    const table = row.table ?? first;
    cells.push(
      HISTORY_COLUMNS.map((k) => {
        const column = table.columns.get(k);
        return column === undefined ? null : (row.cells[column] ?? null);
      }),
    );
  }
  return { name: sheetName("history"), rows: cells, firstRow: 1, firstColumn: 1 };
}
