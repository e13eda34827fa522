/** Ribbon commands. The only button opens the task pane (ShowTaskpane), so nothing runs here yet. */
// @ts-nocheck

/// <reference types="office-js" />
Office.onReady(() => {
  // Required by the FunctionFile contract even when no ExecuteFunction command is declared.
});
