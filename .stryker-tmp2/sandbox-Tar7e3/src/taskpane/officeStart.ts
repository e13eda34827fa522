/**
 * Whether the page runs inside Office, and waiting for office.js without hanging. office.js is
 * loaded async (taskpane.html): a firewall that drops the request would otherwise keep the page
 * blank for as long as the request hangs. Inside Office the page waits for it; elsewhere it
 * becomes the standalone page after a short wait.
 */
// @ts-nocheck


/** How long the page outside Office waits for office.js before it starts standalone. */
export const OUTSIDE_OFFICE_WAIT_MS = 2500;
/**
 * Inside Office the page waits longer, but not for ever: the script may have failed before this
 * code ran (its error event is then gone), and a page that works on files beats a blank one.
 */
export const INSIDE_OFFICE_WAIT_MS = 15_000;

/** The traces Office leaves for its add-ins to find (as office.js itself looks for them). */
export interface HostTraces {
  readonly search: string;
  readonly windowName: string;
  readonly sessionHostInfo: string | null;
  /** Office's desktop webviews expose GetHostInfo on window.external. */
  readonly externalHostInfo: boolean;
}

export function looksLikeOffice(traces: HostTraces): boolean {
  if (/[?&]_host_Info=/i.test(traces.search)) return true;
  if (traces.sessionHostInfo !== null && traces.sessionHostInfo !== "") return true;
  if (traces.externalHostInfo) return true;
  try {
    const name: unknown = JSON.parse(traces.windowName);
    return typeof name === "object" && name !== null && "hostInfo" in name;
  } catch {
    return false;
  }
}

export function browserTraces(): HostTraces {
  let sessionHostInfo: string | null = null;
  try {
    sessionHostInfo = window.sessionStorage.getItem("hostInfoValue");
  } catch {
    // Storage can be denied (sandboxed frames): no trace there.
  }
  const external = (window as unknown as { external?: { GetHostInfo?: unknown } }).external;
  return {
    search: window.location.search,
    windowName: window.name,
    sessionHostInfo,
    externalHostInfo: typeof external?.GetHostInfo === "function",
  };
}

export type OfficeScript = "loaded" | "failed" | "timeout";

/**
 * Waits for the office.js script element to load or fail, for at most `waitMs`.
 * `isLoaded` says whether it already ran (the element's events fired before this was called).
 */
export function whenOfficeScript(
  script: HTMLScriptElement | null,
  isLoaded: () => boolean,
  waitMs: number,
): Promise<OfficeScript> {
  if (isLoaded()) return Promise.resolve("loaded");
  if (script === null) return Promise.resolve("failed");
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(isLoaded() ? "loaded" : "timeout"), waitMs);
    const done = (outcome: OfficeScript) => () => {
      clearTimeout(timer);
      resolve(outcome);
    };
    script.addEventListener("load", done("loaded"), { once: true });
    script.addEventListener("error", done("failed"), { once: true });
  });
}
