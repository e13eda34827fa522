/**
 * Writes changed settings back into the Settings sheet: each setting's Value cell is
 * replaced where its row is, a missing setting gets a new row, every other cell stays.
 */
// @ts-nocheck

import type { Cell, SheetGrid } from "./model/grid";
import { type Day, dateFromDay } from "./model/days";
import { placeAtA1 } from "./render/historyUpsert";
import { displayText } from "./parse/cellValues";
import { type SettingKey, settingKeyOf, settingName } from "./parse/parseSettings";
import { locateTable } from "./parse/sheetTable";
import type { Settings } from "./model/records";

export type SettingsChange = Partial<
  Pick<
    Settings,
    "organization" | "successThreshold" | "failThreshold" | "requireEvidence" | "oclWeights" | "language" | "framework"
  >
> & {
  readonly asOf?: Day | null;
};

function changedValues(change: SettingsChange): Map<SettingKey, Cell> {
  const values = new Map<SettingKey, Cell>();
  if (change.organization !== undefined) values.set("organization", change.organization);
  if (change.asOf !== undefined) values.set("asOf", change.asOf === null ? null : dateFromDay(change.asOf));
  if (change.successThreshold !== undefined) values.set("success", change.successThreshold);
  if (change.failThreshold !== undefined) values.set("fail", change.failThreshold);
  if (change.requireEvidence !== undefined) values.set("requireEvidence", change.requireEvidence ? "Yes" : "No");
  if (change.oclWeights !== undefined) {
    values.set("weightControls", change.oclWeights.controls);
    values.set("weightEvidence", change.oclWeights.evidence);
    values.set("weightTasks", change.oclWeights.tasks);
  }
  if (change.language !== undefined) values.set("language", change.language);
  if (change.framework !== undefined) values.set("framework", `ISO/IEC 20000-1:${change.framework}`);
  return values;
}

/** The Settings sheet's rows from A1 after applying `change`. */
export function upsertSettings(existing: SheetGrid | null, change: SettingsChange): Cell[][] {
  const values = changedValues(change);
  if (values.has("weightControls")) values.set("oclWeights", null); // the three rows replace a combined one
  const table = existing === null ? null : locateTable(existing, ["setting", "value"]);
  const settingCol = table?.columns.get("setting");
  const valueCol = table?.columns.get("value");
  if (existing === null || table === null || settingCol === undefined || valueCol === undefined) {
    const rows: Cell[][] = [["Setting", "Value"]];
    for (const [key, value] of values) if (key !== "oclWeights") rows.push([settingName(key), value]);
    return rows;
  }
  const rows: Cell[][] = existing.rows.map((r) => [...r]);
  const done = new Set<SettingKey>();
  for (let i = table.headerRow - existing.firstRow + 1; i < rows.length; i++) {
    const key = settingKeyOf(displayText(rows[i][settingCol] ?? null));
    if (key === undefined || !values.has(key)) continue;
    if (key === "oclWeights") {
      rows.splice(i, 1);
      i--;
      continue;
    }
    while (rows[i].length <= valueCol) rows[i].push(null);
    rows[i][valueCol] = values.get(key) ?? null;
    done.add(key);
  }
  for (const [key, value] of values) {
    if (done.has(key) || key === "oclWeights") continue;
    const row: Cell[] = [];
    row[settingCol] = settingName(key);
    row[valueCol] = value;
    rows.push(Array.from(row, (c) => c ?? null));
  }
  // Back to A1: the grid may start below or right of it.
  return placeAtA1(existing, rows);
}
