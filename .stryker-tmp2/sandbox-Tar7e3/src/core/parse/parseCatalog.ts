/**
 * The optional Catalog sheet: an organisation's own processes (Code, Process, Clause, Team).
 * It replaces the built-in edition when at least one row is usable; otherwise the built-in
 * edition stays, and an issue says why.
 */
// @ts-nocheck

import { type Catalog, type Process, TEAMS_2011 } from "../model/catalog";
import type { Cell } from "../model/grid";
import { type Parsed, displayText, enumParser, isBlank } from "./cellValues";
import { type Text, catalogProblem, cellProblem } from "../text/messages";
import { type Report, RowReader, type SheetTable, sheetIssue } from "./sheetTable";
import { TEAM } from "./vocabulary";

export const CATALOG_COLUMNS = { required: ["code", "team"], optional: ["process", "clause"] } as const;

export const ORGANISATION_CATALOG_ID = "Organisation catalog";

const teamCode = enumParser(TEAM);
const DOTTED = /^\d+(\.\d+)*$/;

function parseDotted(cell: Cell): Parsed<string> {
  const text = displayText(cell);
  return DOTTED.test(text) ? { ok: true, value: text } : { ok: false, problem: cellProblem.dotted() };
}

function fallbackIssue(table: SheetTable, builtIn: Catalog, why: Text) {
  return sheetIssue(table.sheet, "warning", catalogProblem.fallback(why, builtIn.id));
}

/**
 * `table` is null when the workbook has no Catalog sheet, or when its header lacks a required
 * column (already reported). Returns the organisation's catalog, or `builtIn`.
 */
export function parseCatalog(
  table: SheetTable | null,
  headersComplete: boolean,
  builtIn: Catalog,
  report: Report,
): Catalog {
  if (table === null) return builtIn;
  if (!headersComplete) {
    report(fallbackIssue(table, builtIn, catalogProblem.noColumns()));
    return builtIn;
  }
  if (table.rows.length === 0) return builtIn; // an empty Catalog sheet asks for nothing
  const processes: Process[] = [];
  const firstRow = new Map<string, number>();
  for (const { excelRow, cells } of table.rows) {
    const row = new RowReader(table, excelRow, cells, report);
    const code = row.field("code", parseDotted, true);
    const team = row.field("team", teamCode, true);
    const clauseCell = row.raw("clause");
    const clause = isBlank(clauseCell) ? null : parseDotted(clauseCell);
    if (clause !== null && !clause.ok) {
      row.usable = false;
      row.problem("clause", clauseCell, "error", catalogProblem.badClause(displayText(clauseCell), clause.problem));
    }
    if (!row.usable || code === null || team === null || (clause !== null && !clause.ok)) continue;
    const first = firstRow.get(code);
    if (first !== undefined) {
      row.problem("code", row.raw("code"), "error", catalogProblem.duplicateCode(code, first));
      continue;
    }
    firstRow.set(code, excelRow);
    const topLevel = code.split(".")[0];
    const clauseCode = clause?.value ?? topLevel;
    if (code !== clauseCode && !code.startsWith(`${clauseCode}.`)) {
      row.problem("clause", clauseCell, "warning", catalogProblem.outsideClause(code, clauseCode));
    }
    let name = row.text("process", false) ?? "";
    if (name === "") {
      row.problem("process", null, "warning", catalogProblem.noName(code));
      name = code;
    }
    processes.push({ code, name, clause: clauseCode, team });
  }
  if (processes.length === 0) {
    report(fallbackIssue(table, builtIn, catalogProblem.noRows()));
    return builtIn;
  }
  return {
    id: ORGANISATION_CATALOG_ID,
    title: `The organisation's own catalog (${table.sheet} sheet)`,
    teams: TEAMS_2011,
    processes,
  };
}
