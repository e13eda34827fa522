/** Settings: read from, and saved into, the workbook's Settings sheet alone (no data row is read). */
// @ts-nocheck

import type { Settings } from "../core/model/records";
import { findInputSheets, inputSheetKey, parseWorkbook } from "../core/parse/parseWorkbook";
import { type SettingsChange, upsertSettings } from "../core/settingsSheet";
import type { WorkbookHost } from "../host/workbookHost";
import { speaking, workbookLanguage } from "./language";

const isSettingsSheet = (name: string): boolean => inputSheetKey(name) === "settings";

/** The name a new Settings sheet is given. */
const NEW_SETTINGS_SHEET = "Settings";

/** The settings, and the sheet that holds them as the workbook names it (Configuración...), or will. */
export type SettingsOnSheet = Settings & { readonly sheetName: string };

export async function readSettings(host: WorkbookHost): Promise<SettingsOnSheet> {
  const grids = await host.readInputs(isSettingsSheet);
  const sheetName = findInputSheets(grids).get("settings")?.name ?? NEW_SETTINGS_SHEET;
  return { ...parseWorkbook(grids).records.settings, sheetName };
}

export async function saveSettings(host: WorkbookHost, change: SettingsChange): Promise<void> {
  const input = await host.readInputs(isSettingsSheet);
  const current = findInputSheets(input).get("settings") ?? null;
  await speaking(
    () => change.language ?? workbookLanguage(input),
    () => host.writeSheet({ name: current?.name ?? NEW_SETTINGS_SHEET, rows: upsertSettings(current, change) }),
  );
}
