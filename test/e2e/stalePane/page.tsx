/**
 * The task pane as Excel shows it, for headless Chromium: the real App and ComputePanel over a
 * session that computes the sample with the real core (the file host, in memory) and whose input
 * watch is driven by the test, as Excel's change events would drive it (src/host/excel/inputWatch.ts
 * has its own tests over Microsoft's client). Bundled by staleBanner.test.ts with esbuild.
 */
import { createRoot } from "react-dom/client";
import { XlsxFileHost } from "../../../src/host/file/xlsxFileHost";
import { sampleWorkbook } from "../../../src/sample/sampleWorkbook";
import { App } from "../../../src/taskpane/App";
import type { UiLanguage } from "../../../src/taskpane/i18n";
import { HostSession, type InputChange, type ScorecardSession } from "../../../src/taskpane/session";

/** What the test calls in the page: an input sheet changed, added or deleted at a given time. */
export interface StalePaneHooks {
  change(sheet: string, kind: InputChange["kind"], atIso: string): void;
  /** How many times the pane's Compute ran. */
  computed: number;
}

const language: UiLanguage = new URLSearchParams(location.search).get("lang") === "es" ? "es" : "en";
const host = XlsxFileHost.create(sampleWorkbook().sheets.map((s) => ({ name: s.name, rows: s.rows })));
const inner = new HostSession(host);
let listener: ((change: InputChange) => void) | null = null;
const hooks: StalePaneHooks = {
  change(sheet, kind, atIso) {
    listener?.({ sheet, kind, at: new Date(atIso) });
  },
  computed: 0,
};
(window as unknown as { stalePane: StalePaneHooks }).stalePane = hooks;

const session: ScorecardSession = {
  kind: "excel",
  validate: (h) => inner.validate(h),
  compute: async (h) => {
    const outcome = await inner.compute(h);
    hooks.computed++;
    return outcome;
  },
  createTemplate: (withSample, lang) => inner.createTemplate(withSample, lang),
  readSettings: () => inner.readSettings(),
  saveSettings: (change) => inner.saveSettings(change),
  show: async () => undefined,
  // The workbook already holds results, as after an earlier Compute.
  watchInputs: async (onChange) => {
    listener = onChange;
    document.body.dataset.watching = "yes";
    return { hadResults: true, stop: async () => void (listener = null) };
  },
};

const root = document.getElementById("root");
if (root) createRoot(root).render(<App session={session} initialLanguage={language} />);
