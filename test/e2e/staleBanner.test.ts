/**
 * The stale-results banner of the task pane in headless Chromium, as Excel shows it: the real App
 * (test/e2e/stalePane/page.tsx, bundled here with esbuild) over a session whose input watch the
 * test drives as Excel's change events would. At a narrow pane's 320 px and a desktop's 1280 px,
 * in English and Spanish: the banner names the sheets and the time, nothing of it is cut off or
 * overlaps, axe-core finds no violation, its Compute button computes and clears it, and a later
 * change brings it back. Screenshots go to test-output/. Needs Debian's chromium; CI has it, so
 * there a missing one is a failure, not a skip.
 */
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { build } from "esbuild";
import { type Browser, type Page, chromium } from "playwright-core";
import { STRINGS } from "../../src/taskpane/i18n";
import type { StalePaneHooks } from "./stalePane/page";

const AXE = require.resolve("axe-core/axe.min.js");
const CHROMIUM = "/usr/bin/chromium";
const SCREENSHOT_DIR = path.resolve(__dirname, "../../test-output");
const ready = fs.existsSync(CHROMIUM);
if (!ready && process.env.CI !== "true") console.warn("Skipping the stale banner test: install Debian's chromium.");
const describeBrowser = ready || process.env.CI === "true" ? describe : describe.skip;

/** The page's script: the pane's own modules, bundled for the browser as webpack does (no Node built-ins). */
async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(__dirname, "stalePane/page.tsx")],
    bundle: true,
    write: false,
    platform: "browser",
    format: "iife",
    target: "es2022",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
    plugins: [
      {
        name: "no-node-builtins",
        setup(b) {
          b.onResolve({ filter: /^(node:)?(zlib|fs|path)$/ }, () => ({ path: "empty", namespace: "empty" }));
          b.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "module.exports = {};" }));
        },
      },
    ],
  });
  return result.outputFiles[0].text;
}

function serve(script: string): Promise<http.Server> {
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ITSM Scorecard</title>' +
    '<meta name="viewport" content="width=device-width, initial-scale=1"></head>' +
    '<body><div id="root"></div><script src="pane.js"></script></body></html>';
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/pane.js") res.writeHead(200, { "Content-Type": "text/javascript" }).end(script);
    else if (url.pathname === "/taskpane.html") res.writeHead(200, { "Content-Type": "text/html" }).end(html);
    else res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** A change as Excel reports it, at a fixed time (the page runs in UTC). */
const change = (page: Page, sheet: string, kind: "changed" | "added" | "deleted", atIso: string) =>
  page.evaluate(([s, k, t]) => (window as unknown as { stalePane: StalePaneHooks }).stalePane.change(s, k, t), [
    sheet,
    kind,
    atIso,
  ] as [string, "changed" | "added" | "deleted", string]);

describeBrowser("the stale-results banner in Chromium", () => {
  jest.setTimeout(180_000);
  let server: http.Server;
  let browser: Browser;

  beforeAll(async () => {
    server = await serve(await bundle());
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  async function axeViolations(page: Page): Promise<string[]> {
    await page.mouse.move(0, 0);
    await page.waitForTimeout(300);
    if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(fs.readFileSync(AXE, "utf8"));
    return page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { html: string }[] }[] }> } }
      ).axe;
      const result = await axe.run();
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`);
    });
  }

  /** Elements of the banner whose text is wider or taller than their box (cut off, or hidden by an ellipsis). */
  const clipped = (page: Page) =>
    page.getByTestId("stale-banner").evaluate((banner) =>
      [banner, ...banner.querySelectorAll("*")]
        .filter(
          (e) => e.textContent !== "" && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1),
        )
        .filter((e) => getComputedStyle(e).overflow !== "visible" || e === banner)
        .map((e) => `${e.tagName} "${(e.textContent ?? "").slice(0, 40)}"`),
    );

  const CASES = [
    { width: 320, language: "en" },
    { width: 1280, language: "en" },
    { width: 320, language: "es" },
    { width: 1280, language: "es" },
  ] as const;

  it.each(CASES)(
    "at $width px in $language: names the sheets and the time, fits, passes axe, and Compute clears it",
    async ({ width, language }) => {
      const strings = STRINGS[language];
      const page = await browser.newPage({
        viewport: { width, height: 800 },
        locale: language === "es" ? "es-EC" : "en-US",
        timezoneId: "UTC",
      });
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/taskpane.html?lang=${language}`);
      await page.waitForFunction(() => document.body.dataset.watching === "yes");
      // Nothing is out of date before a change.
      await page.getByRole("button", { name: strings.compute }).waitFor();
      expect(await page.getByTestId("stale-banner").count()).toBe(0);

      // A user's edit of Controls at 12:03, then a Training sheet added: the banner says both, in order.
      const [controls, training] = language === "es" ? ["Controles", "Capacitación"] : ["Controls", "Training"];
      await change(page, controls, "changed", "2026-11-02T12:03:20Z");
      await change(page, training, "added", "2026-11-02T12:05:00Z");
      const banner = page.getByTestId("stale-banner");
      await banner.waitFor();
      // The time on one line: a no-break space before PM.
      const time = language === "es" ? "12:03" : "12:03\u00a0PM";
      const expected = strings.staleSince(
        time,
        [strings.staleChange.changed(controls), strings.staleChange.added(training)].join(", "),
      );
      expect(await banner.textContent()).toBe(`${strings.staleTitle}${expected}${strings.staleCompute}`);

      // Laid out within the pane: no sideways scroll, nothing cut off, the button apart from the text.
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      ).toBe(0);
      const box = (await banner.boundingBox())!;
      expect(box.x >= 0 && box.x + box.width <= width).toBe(true);
      expect(await clipped(page)).toEqual([]);
      const button = (await banner.getByRole("button", { name: strings.staleCompute }).boundingBox())!;
      const text = (await banner.getByText(expected).boundingBox())!;
      expect(button.x >= box.x && button.x + button.width <= box.x + box.width).toBe(true);
      const overlaps =
        button.x < text.x + text.width &&
        text.x < button.x + button.width &&
        button.y < text.y + text.height &&
        text.y < button.y + button.height;
      expect(overlaps).toBe(false);
      expect(await axeViolations(page)).toEqual([]);
      fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({
        path: path.join(SCREENSHOT_DIR, `stale-banner-${width}-${language}.png`),
        fullPage: true,
      });

      // Compute is one click away, and clears the banner once the results are written.
      await banner.getByRole("button", { name: strings.staleCompute }).click();
      await page.getByTestId("compute-result").waitFor({ timeout: 90_000 });
      expect(await page.getByTestId("stale-banner").count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { stalePane: StalePaneHooks }).stalePane.computed)).toBe(
        1,
      );
      expect(await axeViolations(page)).toEqual([]);

      // A later change brings it back, naming only what changed since.
      await change(page, controls, "changed", "2026-11-02T13:10:00Z");
      await banner.waitFor();
      expect(await banner.textContent()).toContain(
        strings.staleSince(language === "es" ? "13:10" : "01:10\u00a0PM", strings.staleChange.changed(controls)),
      );
      await page.close();
    },
  );
});
