/**
 * The built standalone page in headless Chromium, used as a person would: open the sample
 * workbook, compute, read the cards, download the result. Needs `npm run build` (dist/) and
 * Debian's chromium; CI provides both, so there a missing one is a failure, not a skip.
 */
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { type Browser, chromium } from "playwright-core";
import { RESULT_SHEETS } from "../../src/core/text/labels";
import { runScorecard } from "../../src/core/pipeline";
import { todayDay } from "../../src/core/model/days";
import { createWorkbook } from "../../src/host/file/writeWorkbook";
import { readWorkbook } from "../../src/host/file/readWorkbook";
import { isInputSheet } from "../../src/app";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";

const DIST = path.resolve(__dirname, "../../dist");
const CHROMIUM = "/usr/bin/chromium";
const SCREENSHOT_DIR = path.resolve(__dirname, "../../test-output");
const ready = fs.existsSync(path.join(DIST, "taskpane.html")) && fs.existsSync(CHROMIUM);
const inCi = process.env.CI === "true";

if (!ready && !inCi) {
  console.warn("Skipping the browser test: run `npm run build` and install Debian's chromium to run it.");
}
const describeBrowser = ready || inCi ? describe : describe.skip;

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

function serve(root: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const file = path.join(root, path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, ""));
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

describeBrowser("standalone page in Chromium", () => {
  jest.setTimeout(120_000);
  let server: http.Server;
  let browser: Browser;
  const requests: string[] = [];

  beforeAll(async () => {
    server = await serve(DIST);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it("opens the sample, computes, shows the engine's figures and downloads the result", async () => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const page = await browser.newPage({
      viewport: { width: 420, height: 900 },
      acceptDownloads: true,
      locale: "en-US",
    });
    page.on("request", (r) => requests.push(r.url()));
    // No network here: office.js cannot load, so the page runs standalone, as it does outside Office.
    await page.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
    await page.goto(`${base}/taskpane.html`);
    await page.getByText("Open an .xlsx workbook, or start a new one, to begin.").waitFor();

    const input = createWorkbook(sampleWorkbook().sheets.map((s) => ({ name: s.name, rows: s.rows })));
    await page
      .getByTestId("file-input")
      .setInputFiles({ name: "sample.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from(input) });
    await page.getByText("sample.xlsx").waitFor();
    await page.getByRole("button", { name: "Compute scorecard" }).click();
    const ocl = page.getByTestId("card-ocl");
    await ocl.waitFor({ timeout: 60_000 });

    const expected = runScorecard(readWorkbook(input, { includeSheet: isInputSheet }), { today: todayDay() }).result;
    expect(Number(await ocl.getAttribute("data-value"))).toBeCloseTo(expected.consolidated.ocl ?? NaN, 12);
    expect(await ocl.getAttribute("data-status")).toBe(expected.consolidated.status.ocl);
    const latest = expected.campaigns[expected.campaigns.length - 1];
    expect(await page.getByTestId("card-ml").getAttribute("data-value")).toBe(String(latest.maturity.level));
    expect(await page.getByTestId("card-prk").getAttribute("data-value")).toBe(expected.consolidated.prk.level);
    expect(Number(await page.getByTestId("card-findings").getAttribute("data-value"))).toBeCloseTo(
      latest.findings.FNC,
      12,
    );

    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, "taskpane-standalone.png"), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download the result workbook" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("sample.scorecard.xlsx");
    const saved = path.join(SCREENSHOT_DIR, "sample.scorecard.xlsx");
    await download.saveAs(saved);
    const result = readWorkbook(new Uint8Array(fs.readFileSync(saved)));
    for (const name of Object.values(RESULT_SHEETS)) expect(result.ownedSheets.has(name)).toBe(true);
    const scorecard = result.sheets.find((s) => s.name === RESULT_SHEETS.scorecard);
    const oclRow = scorecard?.rows.find((r) => r[0] === "OCL");
    expect(oclRow?.[2]).toBeCloseTo(expected.consolidated.ocl ?? NaN, 12);

    // The computation ran in the background worker, off the page's thread.
    expect(requests).toContain(`${base}/scorecard.worker.js`);
    // Nothing but this page (and the refused office.js) was requested.
    expect(
      requests.filter(
        (u) =>
          !u.startsWith(base) &&
          !u.startsWith("https://appsforoffice.microsoft.com/") &&
          !u.startsWith("blob:") &&
          !u.startsWith("data:"),
      ),
    ).toEqual([]);
    await page.close();
  });
});
