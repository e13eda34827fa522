/**
 * Microsoft's Excel client (@microsoft/office-js, dist/excel-web-16.00.debug.js), loaded into a
 * jsdom window once per process. Everything the host does goes through this client's proxies:
 * it builds and serializes the requests, and raises PropertyNotLoaded and ApiNotFound itself.
 */
// @ts-nocheck

/// <reference types="office-js" />
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";

export interface OfficeJsClient {
  readonly Excel: typeof Excel;
  readonly OfficeExtension: typeof OfficeExtension;
  /** The client's hook for the object that resolves each context's URL and request executor. */
  readonly sessions: { _overrideSession?: unknown };
  /** Requirement sets the simulated Excel supports (Office.context.requirements.isSetSupported). */
  readonly supported: Map<string, number>;
  /** The ExcelApi version of each member ("Range.setCellProperties" -> "1.9"), from the client's own checks. */
  readonly memberSets: ReadonlyMap<string, string>;
}

/** The requirement sets of the oldest Excel the manifest admits: ExcelApi 1.9 (manifest.xml), and cell-edit delay. */
export const DEFAULT_SETS: ReadonlyMap<string, number> = new Map([
  ["ExcelApi", 1.9],
  ["DelayForCellEdit", 1.0],
]);

let loaded: OfficeJsClient | undefined;

function clientSource(): string {
  const file = "node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js";
  return readFileSync(join(process.cwd(), file), "utf8");
}

/** Versions compare as numbers ("1.10" is above "1.9"): minor parts of ExcelApi go past 9. */
export function versionAtMost(wanted: string | undefined, have: number): boolean {
  if (wanted === undefined || wanted === "") return true;
  const [major, minor = "0"] = wanted.split(".");
  const [haveMajor, haveMinor = "0"] = String(have).split(".");
  return (
    Number(major) < Number(haveMajor) || (Number(major) === Number(haveMajor) && Number(minor) <= Number(haveMinor))
  );
}

export function officeJs(): OfficeJsClient {
  if (loaded !== undefined) return loaded;
  const dom = new JSDOM("<!doctype html><html><head></head><body></body></html>", {
    runScripts: "outside-only",
    url: "https://localhost:3000/taskpane.html",
  });
  const window = dom.window as unknown as Record<string, unknown> & { eval(source: string): unknown };
  const source = clientSource();
  window.eval(source);
  const supported = new Map(DEFAULT_SETS);
  // Office.context is what Office's start-up handshake with Excel would build (OSF._OfficeAppFactory);
  // the bed gives it the one member the client reads: requirements, asked before each API above 1.1.
  const requirements = {
    isSetSupported: (name: string, version?: string | number) => {
      const have = supported.get(name);
      return have !== undefined && versionAtMost(version === undefined ? undefined : String(version), have);
    },
  };
  const osf = window.OSF as { _OfficeAppFactory?: unknown };
  osf._OfficeAppFactory = { getContext: () => ({ requirements }) };
  const extension = window.OfficeExtension as typeof OfficeExtension & {
    SessionBase: { _overrideSession?: unknown };
    _testSetRichApiMessageReadyImpl(impl: () => Promise<void>): void;
  };
  // Events: the client waits for its Rich API message channel to Excel before it registers a
  // handler (GenericEventRegistration.ready, through Office.context.document); the bed is that
  // channel, ready at once, through the client's own hook for it. Events come in by
  // _testTriggerRichApiMessageEvent (events.ts), the entry the channel's messages take.
  extension._testSetRichApiMessageReadyImpl(() => Promise.resolve());
  loaded = {
    Excel: window.Excel as typeof Excel,
    OfficeExtension: extension,
    sessions: extension.SessionBase,
    supported,
    memberSets: excelMemberSets(source),
  };
  return loaded;
}

/**
 * The client names each Excel member's requirement set where it calls _throwIfApiNotSupported
 * (in the ExcelApi part of the file). That check is off in this build (CommonUtility's
 * _doApiNotSupportedCheck stays false), so an API too new for the Excel at hand is refused by
 * Excel itself, with ApiNotFound: the executor does so from this table.
 */
function excelMemberSets(source: string): Map<string, string> {
  const start = source.indexOf('var _defaultApiSetName = "ExcelApi";');
  const excel = source.slice(start);
  const sets = new Map<string, string>();
  for (const m of excel.matchAll(/_throwIfApiNotSupported\("(\w+)\.(\w+)", _defaultApiSetName, "([\d.]+)"/g)) {
    const key = `${m[1]}.${m[2]}`;
    if (!sets.has(key)) sets.set(key, m[3]);
  }
  return sets;
}
