/**
 * The built standalone page in headless Chromium, used as a person would: open the sample
 * workbook, compute, read the cards, download the result. Needs `npm run build` (dist/) and
 * Debian's chromium; CI provides both, so there a missing one is a failure, not a skip.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import * as os from "node:os";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { type Browser, type Page, chromium } from "playwright-core";
import { RESULT_SHEETS } from "../../src/core/text/labels";
import { runScorecard } from "../../src/core/pipeline";
import { todayDay } from "../../src/core/model/days";
import { createWorkbook } from "../../src/host/file/writeWorkbook";
import { readWorkbook } from "../../src/host/file/readWorkbook";
import { isInputSheet } from "../../src/app";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { scaleSheets } from "../bench/workload";
import { unzipSync } from "fflate";

const DIST = path.resolve(__dirname, "../../dist");
const AXE = require.resolve("axe-core/axe.min.js");
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

  const base = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const sampleInput = () => createWorkbook(sampleWorkbook().sheets.map((s) => ({ name: s.name, rows: s.rows })));

  /** The standalone page as outside Office, where office.js cannot load. */
  async function openPage(width: number, language: "en" | "es", height = 900): Promise<Page> {
    const page = await browser.newPage({
      viewport: { width, height },
      locale: language === "es" ? "es-ES" : "en-US",
      acceptDownloads: true,
    });
    await page.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
    await page.goto(`${base()}/taskpane.html`);
    await page.getByTestId("file-input").waitFor({ state: "attached" });
    return page;
  }

  async function openFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
    await page
      .getByTestId("file-input")
      .setInputFiles({ name, mimeType: "application/octet-stream", buffer: Buffer.from(bytes) });
  }

  /** axe-core's violations on the page as it stands (run through the debugger, not the page's CSP). */
  async function axeViolations(page: Page): Promise<string[]> {
    // The steady page: no hover on the button just clicked, its colour transitions over.
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

  /** How far the page scrolls sideways (0: everything fits the width). */
  const sidewaysScroll = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  const shot = async (page: Page, name: string) => {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  };

  const TEXT = {
    en: {
      compute: "Compute scorecard",
      validate: "Check the input",
      tabs: ["Scorecard", "Validate", "Template", "Settings"],
      start: "Open an .xlsx workbook, or start a new one, to begin.",
      textFile: "not an .xlsx workbook but text",
    },
    es: {
      compute: "Calcular el cuadro de mando",
      validate: "Revisar los datos",
      tabs: ["Cuadro de mando", "Validar", "Plantilla", "Configuración"],
      start: "Abra un libro .xlsx, o empiece uno nuevo.",
      textFile: "no es un libro .xlsx sino texto",
    },
  } as const;

  it.each(["en", "es"] as const)(
    "at 320 px in %s: refuses a bad file on open, clears the error with the next file, fits every tab, no axe violation",
    async (language) => {
      const t = TEXT[language];
      const page = await openPage(320, language);
      await page.getByText(t.start).waitFor();
      expect(await axeViolations(page)).toEqual([]);

      // A text file named .xlsx is refused when it is opened, with the file host's plain reason, in the pane's language.
      await openFile(page, "notes.xlsx", new TextEncoder().encode("Office,OCL\nQuito,0.8\n"));
      const alert = page.getByRole("alert");
      await alert.waitFor();
      expect(await alert.textContent()).toContain(t.textFile);
      expect(await page.getByRole("tablist").count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, `bad-file-320-${language}`);

      // The next file clears that error.
      await openFile(page, "sample.xlsx", sampleInput());
      await page.getByText("sample.xlsx").waitFor();
      await page.getByRole("tablist").waitFor();
      expect(await page.getByRole("alert").count()).toBe(0);

      for (const [k, tab] of t.tabs.entries()) {
        await page.getByRole("tab", { name: tab }).click();
        // Settings reads the workbook first; wait for its form.
        if (k === 3)
          await page
            .getByRole("button", { name: language === "es" ? "Guardar la configuración" : "Save settings" })
            .waitFor();
        expect(`${tab}: ${await sidewaysScroll(page)}`).toBe(`${tab}: 0`);
        const box = await page.getByRole("tab", { name: tab }).boundingBox();
        expect(box !== null && box.x >= 0 && box.x + box.width <= 320).toBe(true);
        expect(await axeViolations(page)).toEqual([]);
      }
      await shot(page, `settings-320-${language}`);

      await page.getByRole("tab", { name: t.tabs[0] }).click();
      await page.getByRole("button", { name: t.compute }).click();
      await page.getByTestId("card-ocl").waitFor({ timeout: 60_000 });
      expect(await sidewaysScroll(page)).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, `scorecard-320-${language}`);

      await page.getByRole("tab", { name: t.tabs[1] }).click();
      await page.getByRole("button", { name: t.validate }).click();
      await page.getByTestId("issue-kind").first().waitFor({ timeout: 60_000 });
      expect(await sidewaysScroll(page)).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, `issues-320-${language}`);
      await page.close();
    },
  );

  it("shows a result sheet in the page, and the input row an issue names; asks before leaving undownloaded", async () => {
    const page = await openPage(420, "en");
    const input = sampleInput();
    await openFile(page, "sample.xlsx", input);
    await page.getByRole("button", { name: "Compute scorecard" }).click();
    const prk = page.getByTestId("card-prk");
    await prk.waitFor({ timeout: 60_000 });
    // Focus is on the result, not on <body>.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("compute-result");

    // "Open Project risk" draws the sheet the renderer described: values, formats and fills.
    await prk.getByRole("button", { name: /Open Project risk/ }).click();
    const table = page.locator('[data-testid="sheet-view"] table');
    await table.waitFor();
    const run = runScorecard(readWorkbook(input, { includeSheet: isInputSheet }), { today: todayDay() });
    const sheet = run.sheets.find((s) => s.name === "Project risk")!;
    const cells = await table
      .locator("tr")
      .evaluateAll((rows) =>
        rows.map((r) => [...r.children].map((c) => [c.textContent ?? "", getComputedStyle(c).backgroundColor])),
      );
    expect(cells.length).toBe(sheet.rows.length);
    let checked = 0;
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell === null) return;
        if (cell.style?.format === "percent1" && typeof cell.value === "number") {
          expect(cells[r][c][0]).toBe(`${(cell.value * 100).toFixed(1)}%`);
          checked++;
        }
        if (typeof cell.value === "string") expect(cells[r][c][0]).toBe(cell.value);
        const fill = cell.style?.fill;
        if (fill === "success" || fill === "fail" || fill === "warning" || fill === "header") {
          const hex = { success: "C6EFCE", warning: "FFEB9C", fail: "FFC7CE", header: "1F4E78" }[fill];
          const [rr, gg, bb] = [0, 2, 4].map((k) => parseInt(hex.slice(k, k + 2), 16));
          expect(cells[r][c][1]).toBe(`rgb(${rr}, ${gg}, ${bb})`);
          checked++;
        }
      }),
    );
    expect(checked).toBeGreaterThan(3);
    expect(await sidewaysScroll(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, "result-sheet-420-en");

    // An issue's link shows the row it names, under the sheet's header row, the cell marked.
    await page.getByRole("tab", { name: "Validate" }).click();
    await page.getByRole("button", { name: "Check the input" }).click();
    await page.getByRole("searchbox", { name: "Filter the problems" }).fill("likelihood");
    const issue = run.result.issues.find((i) => i.sheet === "Risks" && i.column === "Likelihood")!;
    await page.getByRole("list", { name: "Risks: Likelihood" }).getByRole("button", { name: issue.cell! }).click();
    const row = page.getByTestId("row-view");
    await row.waitFor({ timeout: 30_000 });
    expect(await row.getAttribute("data-row")).toBe(String(issue.row));
    const risks = sampleWorkbook().sheets.find((s) => s.name === "Risks")!;
    expect(await row.locator("[data-marked]").textContent()).toBe(
      `D${String(risks.rows[0][3])}${String(risks.rows[(issue.row ?? 0) - 1][3])}`,
    );
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, "issue-row-420-en");

    // Leaving the page with a computed, undownloaded result asks first (the browser's own dialog).
    const dialog = new Promise<string>((resolve) =>
      page.once("dialog", (d) => {
        resolve(d.type());
        void d.accept();
      }),
    );
    expect(await page.getByTestId("unsaved").textContent()).toContain("not been downloaded");
    await page.goto("about:blank");
    expect(await dialog).toBe("beforeunload");
    await page.close();
  });

  it.each(["en", "es"] as const)("looks composed at 1280 px in %s", async (language) => {
    const page = await openPage(1280, language);
    await openFile(page, "sample.xlsx", sampleInput());
    const compute = page.getByRole("button", { name: TEXT[language].compute });
    await compute.click();
    await page.getByTestId("card-ocl").waitFor({ timeout: 60_000 });
    const button = await compute.boundingBox();
    expect(button!.width).toBeLessThan(400);
    // The four cards side by side.
    const tops = await Promise.all(
      ["ocl", "ml", "prk", "findings"].map(async (k) => (await page.getByTestId(`card-${k}`).boundingBox())!.y),
    );
    expect(new Set(tops).size).toBe(1);
    expect(await sidewaysScroll(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, `scorecard-1280-${language}`);
    await page.getByRole("tab", { name: TEXT[language].tabs[3] }).click();
    await page
      .getByRole("button", { name: language === "es" ? "Guardar la configuración" : "Save settings" })
      .waitFor();
    await shot(page, `settings-1280-${language}`);
    await page.close();
  });

  it("falls back to the standalone page when office.js hangs", async () => {
    const page = await browser.newPage({ viewport: { width: 350, height: 700 } });
    // A firewall that drops the request: it never answers.
    await page.route("https://appsforoffice.microsoft.com/**", () => undefined);
    const started = Date.now();
    await page.goto(`${base()}/taskpane.html`, { waitUntil: "commit" });
    await page.getByText("Open an .xlsx workbook, or start a new one, to begin.").waitFor({ timeout: 10_000 });
    expect(Date.now() - started).toBeLessThan(8_000);
    await page.close();
  });

  it("keeps painting while a large workbook is checked, its progress moving through the rows", async () => {
    // 80,000 controls (about 7 MB of sheet XML): seconds of reading, in the worker.
    const sheets = sampleWorkbook().sheets.map((s) => ({ name: s.name, rows: s.rows }));
    const controls = sheets.find((s) => s.name === "Controls")!;
    const template = controls.rows.slice(1);
    const rows = [controls.rows[0]];
    for (let k = 0; rows.length <= 80_000; k++) {
      const row = [...template[k % template.length]];
      row[0] = `CTL-${String(k + 1).padStart(6, "0")}`;
      // Not compliant: no evidence is needed, so the copies add rows to read, not issues.
      row[5] = "Not compliant";
      rows.push(row);
    }
    const big = createWorkbook(sheets.map((s) => (s === controls ? { name: s.name, rows } : s)));
    const page = await openPage(420, "en");
    await openFile(page, "large.xlsx", big);
    await page.getByText("large.xlsx").waitFor();
    await page.getByRole("tab", { name: "Validate" }).click();
    // Frame gaps and the progress bar as the page saw them, frame by frame.
    await page.evaluate(() => {
      const w = window as unknown as { gaps: string[]; seen: string[]; long: number[]; stop: boolean };
      w.gaps = [];
      w.long = [];
      // Tasks that held the page's thread: what the page itself did, whatever else the machine runs.
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.long.push(e.duration))).observe({
        type: "longtask",
      });
      w.seen = [];
      w.stop = false;
      let last = performance.now();
      const frame = (now: number) => {
        const bar = document.querySelector('[data-testid="progress"]');
        const at = bar
          ? `${bar.getAttribute("data-stage")}:${bar.getAttribute("data-sheet")}:${bar.getAttribute("data-percent")}`
          : "no progress bar";
        if (now - last >= 200) w.gaps.push(`${Math.round(now - last)} ms at ${at}`);
        last = now;
        if (bar) w.seen.push(at);
        if (!w.stop) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    await page.getByRole("button", { name: "Check the input" }).click();
    await page.getByText(/error\(s\) · \d+ warning\(s\)/).waitFor({ timeout: 200_000 });
    const { gaps, seen, long } = await page.evaluate(() => {
      const w = window as unknown as { gaps: string[]; seen: string[]; long: number[]; stop: boolean };
      w.stop = true;
      return { gaps: w.gaps, seen: w.seen, long: w.long };
    });
    const prefix = "read:Controls:";
    const reading = [...new Set(seen.filter((s) => s.startsWith(prefix) && s !== prefix))].map((s) =>
      Number(s.slice(prefix.length)),
    );
    // The percentage of rows read moved through the large sheet, upwards.
    expect(reading.length).toBeGreaterThanOrEqual(5);
    expect([...reading].sort((a, b) => a - b)).toEqual(reading);
    expect(seen.some((s) => s.startsWith("check:"))).toBe(true);
    expect(Math.max(...reading)).toBeGreaterThan(50);
    // The page's thread was never held 200 ms: the reading and checking ran in the worker.
    expect(long.filter((ms) => ms >= 200)).toEqual([]);
    // And it painted all along: no frame waited 200 ms or more. A machine running several times more
    // than it has cores delays frames of an idle page too (the browser is not scheduled), so there the
    // frame gaps say nothing of the page and are only reported. A CI run (jest's own workers: a load
    // of about 3 on 2 cores) is not such a machine: there the gaps are asserted.
    const overloaded = os.loadavg()[0] > 3 * os.cpus().length;
    if (overloaded)
      console.warn(
        `Load ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores; frame gaps: ${gaps.join(", ") || "none"}`,
      );
    else expect(gaps).toEqual([]);
    await page.close();
  }, 300_000);

  it("writes a result sheet over 1 MiB in pieces with the browser's deflate; the download reads back whole", async () => {
    // Three offices of the bench's workload: a Calculation sheet of about 4 MB of XML, which the
    // file host compresses as it writes it (PartWriter: in the browser, fflate's streaming deflate).
    const input = createWorkbook(scaleSheets(3));
    const page = await openPage(420, "en");
    await openFile(page, "three.xlsx", input);
    await page.getByText("three.xlsx").waitFor();
    await page.getByRole("button", { name: "Compute scorecard" }).click();
    await page.getByTestId("card-ocl").waitFor({ timeout: 120_000 });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download the result workbook" }).click(),
    ]);
    const saved = path.join(SCREENSHOT_DIR, "three.scorecard.xlsx");
    await download.saveAs(saved);
    await page.close();

    const expected = runScorecard(readWorkbook(input, { includeSheet: isInputSheet }), { today: todayDay() });
    const calculation = expected.sheets.find((s) => s.name === RESULT_SHEETS.calculation);
    if (!calculation) throw new Error("no Calculation sheet");
    const output = new Uint8Array(fs.readFileSync(saved));
    const sizes = Object.entries(unzipSync(output))
      .filter(([name]) => name.startsWith("xl/worksheets/"))
      .map(([, bytes]) => bytes.length);
    // At least one sheet past the 1 MiB at which the writer compresses in pieces.
    expect(Math.max(...sizes)).toBeGreaterThan(1024 * 1024);
    const read = readWorkbook(output).sheets.find((s) => s.name === calculation.name);
    expect(read?.rows.map((r) => r[0])).toEqual(calculation.rows.map((r) => r[0]?.value ?? null));

    // A second reader, which checks every entry's CRC-32 and reads the sheet to its last row.
    const check = spawnSync(
      "/usr/bin/python3",
      [
        "-c",
        [
          "import sys, zipfile, openpyxl",
          "bad = zipfile.ZipFile(sys.argv[1]).testzip()",
          "ws = openpyxl.load_workbook(sys.argv[1], read_only=True)[sys.argv[2]]",
          "rows = [r[0] for r in ws.iter_rows(values_only=True)]",
          "print(bad, len(rows), rows[-1])",
        ].join("\n"),
        saved,
        calculation.name,
      ],
      { encoding: "utf8" },
    );
    const last = calculation.rows[calculation.rows.length - 1][0]?.value;
    expect(check.stdout.trim()).toBe(`None ${calculation.rows.length} ${String(last)}`);
  }, 300_000);
});
