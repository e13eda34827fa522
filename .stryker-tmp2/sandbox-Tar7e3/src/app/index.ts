/**
 * The application layer: the product's use cases, once, over the host port. The command line
 * (src/cli) and the task pane (src/taskpane) call only these; hosts only move cells.
 */
// @ts-nocheck

export { compute, type ComputeHooks } from "./compute";
export {
  consolidate,
  consolidateParts,
  readOffice,
  type NamedWorkbook,
  type NewWorkbook,
  type PartsHooks,
} from "./consolidate";
export { speaking, workbookLanguage } from "./language";
export { conflictingSheets } from "./ownership";
export { type CoreRun, type CoreRunner, type HereRun, coreRun, isInputSheet, runHere } from "./run";
export { type SettingsOnSheet, readSettings, saveSettings } from "./settings";
export { addTemplate, templateFirstSheet, templateFor, type TemplateRequest } from "./template";
export { validate, type Validation } from "./validate";
