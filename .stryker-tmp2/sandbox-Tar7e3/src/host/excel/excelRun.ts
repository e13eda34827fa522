/**
 * How the task pane opens every Excel batch: Excel.run with delayForCellEdit, so that a batch
 * sent while the user is editing a cell waits for the edit to end instead of failing with
 * InvalidOperationInCellEditMode (the client sets it only where Excel supports DelayForCellEdit).
 */
// @ts-nocheck

/// <reference types="office-js" />

export const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

export function runInExcel<T>(excel: typeof Excel, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return excel.run(RUN_OPTIONS, batch);
}
