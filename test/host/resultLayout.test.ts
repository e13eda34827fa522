/**
 * Director-ready result sheets in the written .xlsx: print setup (landscape, fit to width, print
 * titles, the Scorecard on one page), frozen panes, column widths, number formats, status fills
 * and their legend; and the same look from the Excel host, both written from one ResultSheet.
 */
import { DOMParser } from "@xmldom/xmldom";
import { columnLetters } from "../../src/core/model/grid";
import { RESULT_SHEETS } from "../../src/core/text/labels";
import { FILL_COLORS, FORMAT_CODES, type ResultSheet, seriesColor } from "../../src/core/render/resultSheet";
import { MIN_PRINT_SCALE } from "../../src/core/render/printScale";
import type { ScorecardRun } from "../../src/core/pipeline";
import { compute } from "../../src/app";
import { ExcelHost } from "../../src/host/excel/excelHost";
import { createWorkbook } from "../../src/host/file/writeWorkbook";
import { unzipEntries } from "../../src/host/file/zip/zipPackage";
import { XlsxFileHost } from "../../src/host/file/xlsxFileHost";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { ExcelBed, cellOf } from "../helpers/officeJsBed/bed";
import { day } from "../helpers/records";
import { decodeEntry } from "../helpers/xlsxFixtures";

const today = day("2026-11-01");
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";

const parse = (text: string): Element =>
  new DOMParser().parseFromString(text, "text/xml").documentElement as unknown as Element;
const kids = (el: Element): Element[] => Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1);
const kid = (el: Element, name: string): Element | undefined => kids(el).find((c) => c.localName === name);
const all = (el: Element, name: string): Element[] => Array.from(el.getElementsByTagName(name));

interface Written {
  run: ScorecardRun;
  entries: Map<string, Uint8Array>;
  workbook: Element;
  /** Worksheet element per sheet name. */
  sheets: Map<string, Element>;
  /** Each sheet's relationships part text, if any. */
  styles: Element;
}

async function writeSample(): Promise<Written> {
  const host = new XlsxFileHost(createWorkbook(sampleWorkbook().sheets.map((s) => ({ name: s.name, rows: s.rows }))));
  const run = await compute(host, { today });
  const entries = unzipEntries(host.bytes);
  const workbook = parse(decodeEntry(entries, "xl/workbook.xml"));
  const rels = parse(decodeEntry(entries, "xl/_rels/workbook.xml.rels"));
  const sheets = new Map<string, Element>();
  for (const s of all(workbook, "sheet")) {
    const target =
      all(rels, "Relationship")
        .find((r) => r.getAttribute("Id") === s.getAttributeNS(NS_R, "id"))
        ?.getAttribute("Target") ?? "";
    sheets.set(
      s.getAttribute("name") ?? "",
      parse(decodeEntry(entries, target.startsWith("/") ? target.slice(1) : `xl/${target}`)),
    );
  }
  return { run, entries, workbook, sheets, styles: parse(decodeEntry(entries, "xl/styles.xml")) };
}

/** The cell `<c>` at a 0-based position. */
function cellAt(ws: Element, row: number, col: number): Element | undefined {
  const ref = `${columnLetters(col + 1)}${row + 1}`;
  return all(ws, "c").find((c) => c.getAttribute("r") === ref);
}

/** Number format code, fill colour and font colour of a cell, from styles.xml. */
function lookOf(
  styles: Element,
  cell: Element | undefined,
): { format: string; fill: string | null; font: string | null; bold: boolean } {
  const xf = kids(kid(styles, "cellXfs") as Element)[Number(cell?.getAttribute("s") ?? "0")];
  const numFmtId = Number(xf.getAttribute("numFmtId"));
  const custom = kids(kid(styles, "numFmts") ?? parse("<x/>")).find(
    (f) => Number(f.getAttribute("numFmtId")) === numFmtId,
  );
  const builtIn: Record<number, string> = { 0: "General", 1: "0", 2: "0.00", 9: "0%", 10: "0.00%", 49: "@" };
  const fill = kids(kid(styles, "fills") as Element)[Number(xf.getAttribute("fillId"))];
  const font = kids(kid(styles, "fonts") as Element)[Number(xf.getAttribute("fontId"))];
  return {
    format: custom?.getAttribute("formatCode") ?? builtIn[numFmtId] ?? `#${numFmtId}`,
    fill: all(fill, "fgColor")[0]?.getAttribute("rgb")?.slice(2) ?? null,
    font: all(font, "color")[0]?.getAttribute("rgb")?.slice(2) ?? null,
    bold: all(font, "b").length > 0,
  };
}

/** The alignment of a cell's format in styles.xml: horizontal, vertical, wrap, and whether it applies. */
function alignmentOf(
  styles: Element,
  cell: Element | undefined,
): { horizontal: string | null; vertical: string | null; wrap: boolean; apply: boolean } {
  const xf = kids(kid(styles, "cellXfs") as Element)[Number(cell?.getAttribute("s") ?? "0")];
  const alignment = kid(xf, "alignment");
  return {
    horizontal: alignment?.getAttribute("horizontal") || null,
    vertical: alignment?.getAttribute("vertical") || null,
    wrap: alignment?.getAttribute("wrapText") === "1",
    apply: xf.getAttribute("applyAlignment") === "1",
  };
}

/** The Scorecard's header rows (main table and audit campaigns) and which of their columns hold numbers. */
const SCORECARD_HEADERS = [
  { first: "Indicator", numeric: (c: number) => c >= 2 },
  { first: "Campaign", numeric: (c: number) => c !== 0 },
];

describe("director-ready result sheets in the .xlsx", () => {
  let w: Written;
  beforeAll(async () => {
    w = await writeSample();
  });
  const sheetOf = (name: string): ResultSheet => w.run.sheets.find((s) => s.name === name) as ResultSheet;

  it("prints every result sheet one page wide and as tall as it needs, landscape but Findings (portrait); too wide a sheet at 73 %", () => {
    // Only Maturity levels, with the process profiles' sixteen columns, is too wide for 8 pt on one page.
    expect(w.run.sheets.filter((s) => s.print?.scale !== undefined).map((s) => [s.name, s.print?.scale])).toEqual([
      [RESULT_SHEETS.maturity, MIN_PRINT_SCALE],
    ]);
    for (const sheet of w.run.sheets) {
      const ws = w.sheets.get(sheet.name) as Element;
      const setup = kid(ws, "pageSetup");
      const fixed = sheet.print?.scale !== undefined;
      expect([
        sheet.name,
        setup?.getAttribute("orientation"),
        setup?.getAttribute("fitToWidth"),
        setup?.getAttribute("fitToHeight"),
        setup?.getAttribute("scale"),
      ]).toEqual([
        sheet.name,
        sheet.name === RESULT_SHEETS.findings ? "portrait" : "landscape",
        fixed ? null : "1",
        fixed ? null : "0",
        fixed ? String(MIN_PRINT_SCALE) : null,
      ]);
      // Without fitToPage the fit attributes are ignored; with it a scale would be.
      expect(all(ws, "pageSetUpPr")[0]?.getAttribute("fitToPage") ?? null).toBe(fixed ? null : "1");
      // The Scorecard is too long for one page at a readable size (printScale.ts).
      expect(sheet.print?.onePage === true).toBe(false);
    }
  });

  it("repeats each sheet's title rows on every printed page (_xlnm.Print_Titles)", () => {
    const names = all(w.workbook, "sheet").map((s) => s.getAttribute("name"));
    for (const sheet of w.run.sheets) {
      const index = names.indexOf(sheet.name);
      const titles = all(w.workbook, "definedName").filter(
        (d) => d.getAttribute("name") === "_xlnm.Print_Titles" && d.getAttribute("localSheetId") === String(index),
      );
      // A sheet printed several pages wide repeats its label columns too (printScale.ts).
      const columns = sheet.print?.titleColumns
        ? `'${sheet.name}'!$A:$${String.fromCharCode(64 + sheet.print.titleColumns)},`
        : "";
      expect(titles.map((d) => d.textContent)).toEqual([`${columns}'${sheet.name}'!$1:$${sheet.print?.titleRows}`]);
    }
  });

  it("freezes panes and sets column widths as the renderer says", () => {
    for (const sheet of w.run.sheets) {
      const ws = w.sheets.get(sheet.name) as Element;
      const pane = all(ws, "pane")[0];
      expect([
        sheet.name,
        pane?.getAttribute("state"),
        Number(pane?.getAttribute("ySplit") ?? 0),
        Number(pane?.getAttribute("xSplit") ?? 0),
      ]).toEqual([sheet.name, "frozen", sheet.freeze?.rows, sheet.freeze?.columns]);
      const widths = all(ws, "col").map((c) => Number(c.getAttribute("width")));
      expect(widths).toEqual(sheet.columnWidths);
    }
  });

  it("formats percentages with one decimal and levels with two, and colours statuses", () => {
    const scorecard = sheetOf(RESULT_SHEETS.scorecard);
    const ws = w.sheets.get(scorecard.name) as Element;
    const row = (label: string) => scorecard.rows.findIndex((r) => r[0]?.value === label);
    const ocl = lookOf(w.styles, cellAt(ws, row("OCL"), 2));
    expect(ocl.format).toBe(FORMAT_CODES.percent1);
    expect(ocl.format).toBe("0.0%");
    const status = w.run.result.consolidated.status.ocl;
    expect(status).toBe("Warning");
    expect(ocl.fill).toBe(FILL_COLORS.warning.background);
    expect(ocl.font).toBe(FILL_COLORS.warning.font);
    const prk = lookOf(w.styles, cellAt(ws, row("PRK (1 LOW - 3 HIGH)"), 2));
    expect(prk.format).toBe("0.00");
    // Quito's OCL is a success, Cuenca's a fail (see the README's summary).
    const offices = [...w.run.result.byOffice.keys()];
    expect(lookOf(w.styles, cellAt(ws, row("OCL"), 3 + offices.indexOf("Quito"))).fill).toBe(
      FILL_COLORS.success.background,
    );
    expect(lookOf(w.styles, cellAt(ws, row("OCL"), 3 + offices.indexOf("Cuenca"))).fill).toBe(
      FILL_COLORS.fail.background,
    );
    // The header is white on blue, the title large and in the title colour.
    const header = lookOf(w.styles, cellAt(ws, row("Indicator"), 0));
    expect([header.fill, header.font, header.bold]).toEqual([
      FILL_COLORS.header.background,
      FILL_COLORS.header.font,
      true,
    ]);
    expect(lookOf(w.styles, cellAt(ws, 0, 0)).font).toBe(FILL_COLORS.title.font);
  });

  it("wraps header text at the bottom of the cell and right-aligns headers over numeric columns", () => {
    const scorecard = sheetOf(RESULT_SHEETS.scorecard);
    const ws = w.sheets.get(scorecard.name) as Element;
    for (const { first, numeric } of SCORECARD_HEADERS) {
      const row = scorecard.rows.findIndex((r) => r[0]?.value === first);
      const header = scorecard.rows[row];
      expect(header.length).toBeGreaterThan(2);
      header.forEach((cell, c) => {
        expect([cell?.value, alignmentOf(w.styles, cellAt(ws, row, c))]).toEqual([
          cell?.value,
          { horizontal: numeric(c) ? "right" : null, vertical: "bottom", wrap: true, apply: true },
        ]);
      });
    }
    // The campaign columns the header is right-aligned over do hold numbers, the first names.
    const campaigns = scorecard.rows.findIndex((r) => r[0]?.value === "Campaign");
    expect(scorecard.rows[campaigns + 1].map((cell) => typeof cell?.value)).toEqual([
      "string",
      "number",
      "number",
      "number",
      "number",
      "number",
      "number",
    ]);
    // Data cells keep Excel's default alignment and do not wrap.
    const ocl = scorecard.rows.findIndex((r) => r[0]?.value === "OCL");
    expect(alignmentOf(w.styles, cellAt(ws, ocl, 2))).toEqual({
      horizontal: null,
      vertical: null,
      wrap: false,
      apply: false,
    });
  });

  it("makes a header row whose text wraps two lines tall, as LibreOffice does not fit rows itself", () => {
    const scorecard = sheetOf(RESULT_SHEETS.scorecard);
    const ws = w.sheets.get(scorecard.name) as Element;
    const rowEl = (row: number) => all(ws, "row").find((r) => r.getAttribute("r") === String(row + 1));
    // "FNC per audit" does not fit a column 15 characters wide; "Indicator" fits its column.
    const campaigns = scorecard.rows.findIndex((r) => r[0]?.value === "Campaign");
    const indicator = scorecard.rows.findIndex((r) => r[0]?.value === "Indicator");
    expect(scorecard.columnWidths[5]).toBe(15);
    expect(scorecard.rowHeights).toEqual({ [campaigns]: 30 });
    expect([rowEl(campaigns)?.getAttribute("ht"), rowEl(campaigns)?.getAttribute("customHeight")]).toEqual([
      "30",
      null,
    ]);
    expect(rowEl(indicator)?.getAttribute("ht")).toBeNull();
  });

  it("explains the colours in a legend on the Scorecard", () => {
    const scorecard = sheetOf(RESULT_SHEETS.scorecard);
    const ws = w.sheets.get(scorecard.name) as Element;
    const legend = scorecard.rows.findIndex((r) => r[0]?.value === "Legend");
    expect(legend).toBeGreaterThan(0);
    const entries = scorecard.rows.slice(legend + 1, legend + 4).map((r) => r[0]?.value);
    expect(entries).toEqual(["Success", "Warning", "Fail"]);
    ["success", "warning", "fail"].forEach((fill, k) => {
      expect(lookOf(w.styles, cellAt(ws, legend + 1 + k, 0)).fill).toBe(FILL_COLORS[fill as "success"].background);
    });
  });

  it("fills section bands across the table they head", () => {
    const scorecard = sheetOf(RESULT_SHEETS.scorecard);
    const ws = w.sheets.get(scorecard.name) as Element;
    const section = scorecard.rows.findIndex((r) => r[0]?.value === "PLAN · office compliance");
    const width = scorecard.rows[scorecard.rows.findIndex((r) => r[0]?.value === "Indicator")].length;
    for (let c = 0; c < width; c++)
      expect(lookOf(w.styles, cellAt(ws, section, c)).fill).toBe(FILL_COLORS.section.background);
  });
});

describe("the same look from the Excel host", () => {
  let file: Written;
  // The Excel host through the real Office.js client on the simulated workbook (test/helpers/officeJsBed).
  let book: ExcelBed;
  beforeAll(async () => {
    file = await writeSample();
    book = new ExcelBed();
    const host = new ExcelHost(book.context);
    await host.addSheets(sampleWorkbook().sheets.map((s) => ({ name: s.name, rows: s.rows })));
    await compute(host, { today });
  });

  it("fits every sheet to one page wide, as tall as it needs, in the same orientation; the same sheet at 73 %", () => {
    for (const sheet of file.run.sheets) {
      const fake = book.sheet(sheet.name);
      const scale = sheet.print?.scale;
      expect([sheet.name, fake?.orientation, fake?.zoom]).toEqual([
        sheet.name,
        sheet.name === RESULT_SHEETS.findings ? "Portrait" : "Landscape",
        scale !== undefined
          ? { scale, horizontalFitToPages: null, verticalFitToPages: null }
          : { scale: null, horizontalFitToPages: 1, verticalFitToPages: 0 },
      ]);
      expect(fake?.printTitleRows).toBe(`$1:$${sheet.print?.titleRows}`);
    }
  });

  it("wraps and aligns the same header cells", () => {
    const scorecard = file.run.sheets.find((s) => s.name === RESULT_SHEETS.scorecard) as ResultSheet;
    const fake = book.sheet(scorecard.name);
    for (const { first, numeric } of SCORECARD_HEADERS) {
      const row = scorecard.rows.findIndex((r) => r[0]?.value === first);
      scorecard.rows[row].forEach((cell, c) => {
        const stored = fake && cellOf(fake, row, c);
        expect([cell?.value, stored?.wrapText, stored?.verticalAlignment, stored?.horizontalAlignment]).toEqual([
          cell?.value,
          true,
          "Bottom",
          numeric(c) ? "Right" : undefined,
        ]);
      });
    }
    const ocl = scorecard.rows.findIndex((r) => r[0]?.value === "OCL");
    const oclCell = fake && cellOf(fake, ocl, 2);
    expect([oclCell?.wrapText, oclCell?.horizontalAlignment]).toEqual([undefined, undefined]);
    // The same row heights.
    for (const sheet of file.run.sheets) {
      expect([sheet.name, Object.fromEntries(book.sheet(sheet.name)?.rowHeights ?? [])]).toEqual([
        sheet.name,
        sheet.rowHeights ?? {},
      ]);
    }
  });

  it("writes the same charts: kind, title, series bound to the same cells, same colours and place", () => {
    const { drawingsBySheet } = chartsOfPackage(file.entries, file.sheets);
    const kinds: Record<string, string> = {
      ColumnClustered: "barChart:col",
      BarClustered: "barChart:bar",
      BarStacked: "barChart:bar",
      Line: "lineChart",
    };
    const plain = (f: string) =>
      f.replace(/\$/g, "").replace(/^'(.*)'!/, (_m, s: string) => `${s.replace(/''/g, "'")}!`);
    for (const sheet of file.run.sheets) {
      const excel = book.sheet(sheet.name)?.charts ?? [];
      const xlsx = drawingsBySheet.get(sheet.name) ?? [];
      expect([sheet.name, excel.length]).toEqual([sheet.name, xlsx.length]);
      excel.forEach((chart, k) => {
        const space = xlsx[k];
        const group = all(space, "c:barChart")[0] ?? all(space, "c:lineChart")[0];
        const kind =
          group.localName === "barChart" ? `barChart:${all(group, "c:barDir")[0].getAttribute("val")}` : "lineChart";
        expect(kinds[chart.type]).toBe(kind);
        // Stacked in both hosts (a process profile), clustered otherwise.
        const grouping = all(group, "c:grouping")[0].getAttribute("val");
        expect([chart.type, grouping]).toEqual([
          chart.type,
          chart.type.endsWith("Stacked") ? "stacked" : kind === "lineChart" ? "standard" : "clustered",
        ]);
        expect(chart.title).toBe(all(all(space, "c:title")[0], "a:t")[0].textContent);
        const sers = Array.from(space.getElementsByTagNameNS(NS_C, "ser"));
        expect(chart.series.map((s) => s.name)).toEqual(sers.map((s) => all(s, "c:v")[0].textContent));
        expect(chart.series.map((s) => plain(s.values))).toEqual(
          sers.map((s) => plain(all(all(s, "c:val")[0], "c:f")[0].textContent ?? "")),
        );
        expect(chart.series.map((s) => plain(s.categories ?? ""))).toEqual(
          sers.map((s) => plain(all(all(s, "c:cat")[0], "c:f")[0].textContent ?? "")),
        );
        const spec = sheet.charts[k];
        // A limit series is coloured by its markers.
        expect(chart.series.map((s) => s.fill ?? s.line ?? s.markerBackgroundColor)).toEqual(
          spec.series.map((_s, i) => `#${seriesColor(spec, i)}`),
        );
        expect(chart.valueAxis).toEqual({ minimum: spec.yMin, maximum: spec.yMax, title: spec.yAxisTitle });
        const a = spec.anchor;
        expect(chart.position).toEqual([
          `${columnLetters(a.col + 1)}${a.row + 1}`,
          `${columnLetters(a.col + a.columns)}${a.row + a.rows}`,
        ]);
      });
    }
  });
});

/** The chart parts of each sheet of a package, in anchor order. */
function chartsOfPackage(
  entries: Map<string, Uint8Array>,
  sheets: Map<string, Element>,
): { drawingsBySheet: Map<string, Element[]> } {
  const workbookRels = parse(decodeEntry(entries, "xl/_rels/workbook.xml.rels"));
  const workbook = parse(decodeEntry(entries, "xl/workbook.xml"));
  const drawingsBySheet = new Map<string, Element[]>();
  for (const [name, ws] of sheets) {
    const drawing = kid(ws, "drawing");
    if (!drawing) continue;
    const sheetEl = all(workbook, "sheet").find((s) => s.getAttribute("name") === name) as Element;
    const part =
      "xl/" +
      all(workbookRels, "Relationship")
        .find((r) => r.getAttribute("Id") === sheetEl.getAttributeNS(NS_R, "id"))
        ?.getAttribute("Target");
    const sheetRels = parse(decodeEntry(entries, part.replace(/([^/]+)$/, "_rels/$1.rels")));
    const drawingTarget =
      all(sheetRels, "Relationship")
        .find((r) => r.getAttribute("Id") === drawing.getAttributeNS(NS_R, "id"))
        ?.getAttribute("Target") ?? "";
    const drawingPart = "xl/" + drawingTarget.replace(/^\.\.\//, "");
    const drawingXml = parse(decodeEntry(entries, drawingPart));
    const drawingRels = parse(decodeEntry(entries, drawingPart.replace(/([^/]+)$/, "_rels/$1.rels")));
    drawingsBySheet.set(
      name,
      Array.from(drawingXml.getElementsByTagNameNS(NS_C, "chart")).map((ref) => {
        const target =
          all(drawingRels, "Relationship")
            .find((r) => r.getAttribute("Id") === ref.getAttributeNS(NS_R, "id"))
            ?.getAttribute("Target") ?? "";
        return parse(decodeEntry(entries, "xl/" + target.replace(/^\.\.\//, "")));
      }),
    );
  }
  return { drawingsBySheet };
}
