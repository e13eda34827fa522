/**
 * Guarantee 7 (docs/security.md): the add-in's surface. Its pages allow no script but their own
 * and office.js and no connection beyond their own origin (Content-Security-Policy), and the
 * built bundle (dist/, from `npm run build`) names no URL it could fetch other than office.js and
 * calls no network API. The manifest's permission (ReadWriteDocument, no more) is checked in
 * test/manifest/manifest.test.ts. Locally the bundle checks are skipped when dist/ is missing;
 * in CI (CI=true) dist/ is required.
 */
// @ts-nocheck

import * as fs from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";
const OFFICE_JS = `${OFFICE_JS_ORIGIN}/lib/1/hosted/office.js`;
const PAGES = ["src/taskpane/taskpane.html", "src/commands/commands.html", "src/support/support.html"];

/**
 * Strings in the bundle that look like URLs but are never requested, each with its reason.
 * Anything else that looks like a URL fails the test.
 */
const NOT_FETCHED: readonly { readonly pattern: RegExp; readonly reason: string }[] = [
  {
    pattern: /^http:\/\/schemas\.openxmlformats\.org\//,
    reason: "OOXML namespace and relationship-type URIs, compared as names when reading and writing .xlsx",
  },
  {
    pattern: /^http:\/\/purl\.oclc\.org\/ooxml\//,
    reason: "strict OOXML namespace URI, recognised when reading .xlsx",
  },
  { pattern: /^http:\/\/schemas\.microsoft\.com\/office\//, reason: "Microsoft Office XML namespace URIs" },
  {
    pattern:
      /^http:\/\/www\.w3\.org\/(1999\/xhtml|2000\/svg|1999\/xlink|XML\/1998\/namespace|1998\/Math\/MathML|2000\/xmlns\/)$/,
    reason: "XML namespace URIs React DOM uses to create elements",
  },
  {
    pattern: /^https:\/\/reactjs\.org\/docs\/error-decoder\.html\?invariant=$/,
    reason: "text of React's minified error messages, shown, never loaded",
  },
  {
    pattern: /^https:\/\/[a-z.-]*\.example\//,
    reason: "the sample workbook's evidence links, on the reserved .example domain (RFC 2606): cell text",
  },
];

const URL_PATTERN = /\b(?:https?|wss?|ftp):\/\/[^\s"'`<>)\\]+/g;
/** Browser APIs that send requests; the pane and its worker use none. */
const NETWORK_APIS = [
  /\bfetch\(/,
  /\bXMLHttpRequest\b/,
  /\bWebSocket\b/,
  /\bsendBeacon\b/,
  /\bEventSource\b/,
  /\bimportScripts\b/,
  /\bserviceWorker\b/,
  /\beval\(/,
  /\bnew Function\(/,
];

/** The Content-Security-Policy of an HTML page, as directive -> sources. */
function contentSecurityPolicy(html: string): Map<string, string[]> {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  if (!meta) throw new Error("no Content-Security-Policy meta element");
  return new Map(
    meta[1]
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0] !== "")
      .map(([name, ...sources]) => [name, sources]),
  );
}

/** The sources a directive allows, falling back to default-src as browsers do. */
const allowed = (csp: Map<string, string[]>, directive: string): string[] =>
  csp.get(directive) ?? csp.get("default-src") ?? ["*"];

describe("Content-Security-Policy of the add-in's pages", () => {
  it.each(PAGES)("%s allows scripts only from itself and office.js, connections only to itself", (page) => {
    const csp = contentSecurityPolicy(fs.readFileSync(path.join(ROOT, page), "utf8"));
    expect(csp.get("default-src")).toEqual(["'self'"]);
    for (const source of allowed(csp, "script-src")) expect(["'self'", OFFICE_JS_ORIGIN]).toContain(source);
    for (const directive of ["connect-src", "worker-src", "form-action", "base-uri"]) {
      for (const source of allowed(csp, directive)) expect(["'self'", "'none'"]).toContain(source);
    }
    expect(allowed(csp, "object-src")).not.toContain("*");
    const everything = [...csp.values()].flat();
    expect(everything).not.toContain("*");
    expect(everything).not.toContain("'unsafe-eval'");
    expect(everything.filter((s) => s.startsWith("http:"))).toEqual([]);
  });

  it("the task pane's only external script is office.js, over https", () => {
    const html = fs.readFileSync(path.join(ROOT, "src/taskpane/taskpane.html"), "utf8");
    const external = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)]
      .map((m) => m[1])
      .filter((src) => /^[a-z]+:/i.test(src));
    expect(external).toEqual([OFFICE_JS]);
  });

  it("the policy parser sees a policy that would allow more", () => {
    const loose = contentSecurityPolicy(
      '<meta http-equiv="Content-Security-Policy" content="default-src *; script-src \'self\' https://cdn.example">',
    );
    expect(allowed(loose, "connect-src")).toEqual(["*"]);
    expect(allowed(loose, "script-src")).toContain("https://cdn.example");
  });
});

const built = fs.existsSync(path.join(DIST, "taskpane.js"));
const inCi = process.env.CI === "true";
const describeBundle = built || inCi ? describe : describe.skip;

describeBundle("the built bundle (dist/)", () => {
  // Source maps are read only by developer tools, never by the pane; they are left out.
  const files = () => fs.readdirSync(DIST).filter((f) => /\.(js|html)$/.test(f));

  it("exists (npm run build)", () => {
    expect(files()).toEqual(
      expect.arrayContaining(["taskpane.html", "taskpane.js", "scorecard.worker.js", "commands.html"]),
    );
  });

  it("names no URL but office.js, apart from the listed strings that are never fetched", () => {
    const unexpected: string[] = [];
    for (const file of files()) {
      const text = fs.readFileSync(path.join(DIST, file), "utf8");
      for (const [url] of text.matchAll(URL_PATTERN)) {
        const bare = url.replace(/[;,.]+$/, "");
        if (bare === OFFICE_JS || bare === OFFICE_JS_ORIGIN) continue;
        if (!NOT_FETCHED.some((n) => n.pattern.test(bare))) unexpected.push(`${file}: ${bare}`);
      }
    }
    expect(unexpected).toEqual([]);
  });

  it("calls no network API (fetch, XMLHttpRequest, WebSocket, beacons, workers' importScripts) and no eval", () => {
    for (const file of files().filter((f) => f.endsWith(".js"))) {
      const text = fs.readFileSync(path.join(DIST, file), "utf8");
      for (const api of NETWORK_APIS) expect(`${file}: ${api.test(text) ? api.source : "none"}`).toBe(`${file}: none`);
    }
  });

  it("ships the same policy in its pages as the sources", () => {
    for (const page of PAGES) {
      const built = path.join(DIST, path.basename(page));
      expect(contentSecurityPolicy(fs.readFileSync(built, "utf8"))).toEqual(
        contentSecurityPolicy(fs.readFileSync(path.join(ROOT, page), "utf8")),
      );
    }
  });
});
