/** Settings: read from, and saved into, the workbook's Settings sheet alone (no data row is read). */
import type { Settings } from "../core/model/records";
import { findInputSheets, inputSheetKey, parseWorkbook } from "../core/parse/parseWorkbook";
import { type SettingsChange, upsertSettings } from "../core/settingsSheet";
import type { WorkbookHost } from "../host/workbookHost";
import { speaking, workbookLanguage } from "./language";

const isSettingsSheet = (name: string): boolean => inputSheetKey(name) === "settings";

export async function readSettings(host: WorkbookHost): Promise<Settings> {
  return parseWorkbook(await host.readInputs(isSettingsSheet)).records.settings;
}

export async function saveSettings(host: WorkbookHost, change: SettingsChange): Promise<void> {
  const input = await host.readInputs(isSettingsSheet);
  const current = findInputSheets(input).get("settings") ?? null;
  await speaking(
    () => change.language ?? workbookLanguage(input),
    () => host.writeSheet({ name: current?.name ?? "Settings", rows: upsertSettings(current, change) }),
  );
}
