/**
 * The demo workbook opened by a real spreadsheet application: LibreOffice (headless) converts
 * the output of `itsm-scorecard demo` to PDF and to flat ODF. The PDF must hold every result
 * sheet, the Scorecard on one page, and every chart drawn with its title; the flat ODF shows how
 * LibreOffice understood each chart (its class and the cell ranges of its series).
 *
 * Needs `soffice` (Debian: libreoffice-calc) and `pdftotext`/`pdftoppm` (poppler-utils), which
 * .ci/system-packages installs in CI; skipped, with a message, only when soffice is not
 * installed. To look at the pages yourself:
 *   pdftoppm -r 80 -f N -l N -png sample.scorecard.pdf page
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { RESULT_SHEETS } from "../../src/core/text/labels";
import { CHART_COLORS, LIMIT_COLORS } from "../../src/core/render/resultSheet";
import { readWorkbook } from "../../src/host/file/readWorkbook";
import { unzipEntries } from "../../src/host/file/zip/zipPackage";
import { cli, tempFolder } from "../helpers/cli";
import { convertWithLibreOffice, describeWithLibreOffice } from "../helpers/libreOffice";
import { SAMPLE_CAMPAIGNS } from "../../src/sample/sampleWorkbook";

const describeIfLibreOffice = describeWithLibreOffice(
  "the LibreOffice rendering test",
  "libreoffice-calc poppler-utils",
);

const CONVERT_TIMEOUT_MS = 180_000;

/** The charts each result sheet must show, by title. */
/** Each sheet's charts in order; `colours`: series colours of its own, checked on the chart's own page. */
const EXPECTED_CHARTS: Record<
  string,
  { title: string; kind: "bar" | "line"; series: number; colours?: readonly string[] }[]
> = {
  [RESULT_SHEETS.scorecard]: [{ title: "OCL trend", kind: "line", series: 4 }],
  [RESULT_SHEETS.compliance]: [{ title: "CLS by clause (consolidated)", kind: "bar", series: 1 }],
  [RESULT_SHEETS.maturity]: [
    { title: "Process maturity by campaign", kind: "bar", series: 2 },
    // The process profiles (Process attributes): F, L, P, N in their rating colours.
    ...Object.values(SAMPLE_CAMPAIGNS).map((c) => ({
      title: `Attributes by rating, ${c}`,
      kind: "bar" as const,
      series: 4,
      colours: ["70AD47", "2E75B6", "FFC000", "C00000"],
    })),
  ],
  // Two campaigns' columns and the objective's minimum and maximum markers over them.
  [RESULT_SHEETS.findings]: [{ title: "Findings per audit by campaign", kind: "bar", series: 4 }],
  [RESULT_SHEETS.projects]: [{ title: "Project risk by office", kind: "bar", series: 1 }],
};

function convert(file: string, format: string, outDir: string, profile: string): string {
  const run = convertWithLibreOffice([file], format, outDir, profile, CONVERT_TIMEOUT_MS);
  const out = path.join(outDir, `${path.basename(file, path.extname(file))}.${format}`);
  if (run.status !== 0 || !fs.existsSync(out)) {
    throw new Error(
      `soffice --convert-to ${format} failed (status ${run.status}, ${run.error?.message ?? ""}): ${run.stderr}`,
    );
  }
  return out;
}

/** The text of each PDF page (pdftotext separates pages with form feeds). */
function pdfPages(pdf: string): string[] {
  const run = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.error || run.status !== 0) {
    throw new Error(
      `pdftotext failed (${run.error?.message ?? run.stderr}); install poppler-utils next to LibreOffice.`,
    );
  }
  return run.stdout.split("\f").map((page) => page.replace(/[ \t]+/g, " "));
}

/** `'Maturity levels'!$C$6:$C$20` or `'Maturity levels'.C6:'Maturity levels'.C20` -> `Maturity levels!C6:C20`. */
function canonicalRange(ref: string): string {
  const parts = ref.split(":").map((p) => {
    const m = /^(?:'((?:[^']|'')*)'|([^.!']+))?[.!]?\$?([A-Z]+)\$?(\d+)$/.exec(p.trim());
    if (!m) throw new Error(`unexpected reference ${ref}`);
    return { sheet: (m[1] ?? m[2] ?? "").replace(/''/g, "'"), cell: `${m[3]}${m[4]}` };
  });
  const sheet = parts[0].sheet;
  const cells = parts.map((p) => p.cell);
  return `${sheet}!${cells[0]}:${cells[cells.length - 1]}`;
}

/** RGB pixels of one PDF page (1-based), rendered by pdftoppm as a binary PPM. */
function pagePixels(pdf: string, page: number, dpi = 60): { width: number; height: number; rgb: Buffer } {
  const run = spawnSync("pdftoppm", ["-r", String(dpi), "-f", String(page), "-l", String(page), pdf], {
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error || run.status !== 0)
    throw new Error(`pdftoppm failed (${run.error?.message ?? run.stderr}); install poppler-utils.`);
  const ppm = run.stdout as Buffer;
  // "P6 <width> <height> <max>" and one whitespace byte, then the pixels.
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 64).toString("latin1"));
  if (!header) throw new Error("pdftoppm did not write a PPM");
  return { width: Number(header[1]), height: Number(header[2]), rgb: ppm.subarray(header[0].length) };
}

/** How many pixels are close to an RRGGBB colour (anti-aliased edges aside). */
function pixelsOf(image: { rgb: Buffer }, hex: string): number {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let i = 0; i + 2 < image.rgb.length; i += 3) {
    if (Math.abs(image.rgb[i] - r) + Math.abs(image.rgb[i + 1] - g) + Math.abs(image.rgb[i + 2] - b) < 30) n++;
  }
  return n;
}

describeIfLibreOffice("the demo workbook in LibreOffice", () => {
  let dir = "";
  let workbook = "";
  let pdf = "";
  let pages: string[] = [];
  let fods: Document;

  beforeAll(
    async () => {
      dir = tempFolder();
      workbook = path.join(dir, "sample.scorecard.xlsx");
      const demo = await cli(["demo", dir]);
      expect(demo.code).toBe(0);
      expect(fs.existsSync(workbook)).toBe(true);
      const profile = path.join(dir, "lo-profile");
      pdf = convert(workbook, "pdf", dir, profile);
      pages = pdfPages(pdf);
      const flat = fs.readFileSync(convert(workbook, "fods", dir, profile), "utf8");
      fods = new DOMParser().parseFromString(flat, "text/xml") as unknown as Document;
    },
    2 * CONVERT_TIMEOUT_MS + 30_000,
  );

  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Pages whose text contains `text`. */
  const pagesWith = (text: string) => pages.flatMap((p, i) => (p.includes(text) ? [i] : []));
  /** The title in A1 of each result sheet, as written. */
  const titles = () => {
    const read = readWorkbook(fs.readFileSync(workbook));
    return Object.values(RESULT_SHEETS).map((name) => ({
      name,
      title: String(read.sheets.find((s) => s.name === name)?.rows[0][0]),
    }));
  };

  it("converts the workbook to a PDF that has every result sheet, in order", () => {
    expect(pages.length).toBeGreaterThan(Object.keys(RESULT_SHEETS).length);
    const first = titles().map(({ name, title }) => ({ name, page: pagesWith(title)[0] ?? -1 }));
    for (const { name, page } of first) expect([name, page >= 0]).toEqual([name, true]);
    const order = first.map((f) => f.page);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("prints the Scorecard on pages of its own, from its title to its legend and chart, the header row on each", () => {
    const [scorecard, compliance] = titles();
    const start = pagesWith(scorecard.title)[0];
    const end = pagesWith(compliance.title)[0];
    // Readable (8 pt or more, printScale.ts) it takes more than one page, and few.
    expect(end - start).toBeGreaterThan(1);
    expect(end - start).toBeLessThan(4);
    const text = pages.slice(start, end).join("\n");
    expect(text).toContain("nothing feeds the indicator");
    expect(text).toContain("CCL(9.3)");
    expect(text).toContain("OCL trend");
    // Every page repeats the title and the header row (print titles).
    for (const page of pages.slice(start, end)) {
      expect(page).toContain(scorecard.title);
      expect(page).toMatch(/Indicator Target Consolidated/);
    }
  });

  it("draws every chart with its title on its sheet's pages", () => {
    const all = titles();
    all.forEach(({ name, title }, k) => {
      const start = pagesWith(title)[0];
      const end = k + 1 < all.length ? pagesWith(all[k + 1].title)[0] : pages.length;
      const text = pages.slice(start, end).join("\n");
      for (const chart of EXPECTED_CHARTS[name] ?? [])
        expect([name, chart.title, text.includes(chart.title)]).toEqual([name, chart.title, true]);
    });
    const charts = unzipEntries(fs.readFileSync(workbook));
    expect([...charts.keys()].filter((n) => n.startsWith("xl/charts/chart")).length).toBe(
      Object.values(EXPECTED_CHARTS).flat().length,
    );
  });

  it("paints the series: the page of each chart has pixels of every series colour", () => {
    const all = titles();
    for (const [sheet, charts] of Object.entries(EXPECTED_CHARTS)) {
      const title = all.find((t) => t.name === sheet)?.title ?? "";
      // The page of the sheet's first chart.
      const image = pagePixels(pdf, (pagesWith(charts[0].title).find((p) => p >= pagesWith(title)[0]) as number) + 1);
      const colours = CHART_COLORS.slice(0, Math.max(...charts.filter((c) => !c.colours).map((c) => c.series)));
      if (sheet === RESULT_SHEETS.findings) colours.splice(2, 2, LIMIT_COLORS.minimum, LIMIT_COLORS.maximum);
      for (const colour of colours)
        expect([sheet, colour, pixelsOf(image, colour) > 20]).toEqual([sheet, colour, true]);
      for (const chart of charts.filter((c) => c.colours !== undefined)) {
        const own = pagePixels(pdf, pagesWith(chart.title)[0] + 1);
        for (const colour of chart.colours ?? [])
          expect([chart.title, colour, pixelsOf(own, colour) > 20]).toEqual([chart.title, colour, true]);
      }
    }
  });

  it("reads each chart as LibreOffice sees it: class, title and the ranges its series are bound to", () => {
    const CHART_NS = "urn:oasis:names:tc:opendocument:xmlns:chart:1.0";
    const TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    const tables = Array.from(fods.getElementsByTagNameNS(TABLE_NS, "table"));
    // The ranges the .xlsx binds, per chart title, from the chart parts.
    const entries = unzipEntries(fs.readFileSync(workbook));
    const bound = new Map<string, string[]>();
    for (const [name, data] of entries) {
      if (!/^xl\/charts\/chart\d+\.xml$/.test(name)) continue;
      const text = new TextDecoder().decode(data);
      const title = /<c:title>.*?<a:t>([^<]*)<\/a:t>/.exec(text)?.[1] ?? "";
      const values = [...text.matchAll(/<c:val><c:numRef><c:f>([^<]*)<\/c:f>/g)].map((m) =>
        canonicalRange(m[1].replace(/&apos;/g, "'")),
      );
      bound.set(title, values);
    }
    for (const [sheet, expected] of Object.entries(EXPECTED_CHARTS)) {
      const table = tables.find((t) => t.getAttributeNS(TABLE_NS, "name") === sheet);
      expect([sheet, table !== undefined]).toEqual([sheet, true]);
      const charts = Array.from(table?.getElementsByTagNameNS(CHART_NS, "chart") ?? []);
      expect([sheet, charts.length]).toEqual([sheet, expected.length]);
      charts.forEach((chart, k) => {
        const want = expected[k];
        expect(chart.getAttributeNS(CHART_NS, "class")).toBe(`chart:${want.kind}`);
        const title = chart.getElementsByTagNameNS(CHART_NS, "title")[0]?.textContent?.trim();
        expect(title).toBe(want.title);
        const series = Array.from(chart.getElementsByTagNameNS(CHART_NS, "series"));
        expect(series).toHaveLength(want.series);
        const ranges = series.map((s) => canonicalRange(s.getAttributeNS(CHART_NS, "values-cell-range-address") ?? ""));
        expect(ranges).toEqual(bound.get(want.title));
        for (const r of ranges) expect(r.startsWith(`${sheet}!`)).toBe(true);
      });
    }
  });
});
