/**
 * Native charts in the written .xlsx: the chart and drawing parts, read back with a DOM parser
 * and checked against the ChartSpecs the renderer gave, the cells they bind to, the schema's
 * element order, and the package's content types and relationships.
 */
import { DOMParser } from "@xmldom/xmldom";
import { type Cell, columnLetters } from "../../src/core/model/grid";
import { RESULT_SHEETS } from "../../src/core/text/labels";
import {
  type CellRange,
  type ChartSpec,
  FORMAT_CODES,
  type ResultSheet,
  LIMIT_COLORS,
  seriesColor,
} from "../../src/core/render/resultSheet";
import type { ScorecardRun } from "../../src/core/pipeline";
import { compute } from "../../src/app";
import { chartXml, rangeFormula } from "../../src/host/file/parts/chartXml";
import { readWorkbook } from "../../src/host/file/readWorkbook";
import { createWorkbook, patchWorkbook } from "../../src/host/file/writeWorkbook";
import { unzipEntries, zipEntries } from "../../src/host/file/zip/zipPackage";
import { XlsxFileHost } from "../../src/host/file/xlsxFileHost";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import {
  CT_PREFIX,
  NS_PKG_R,
  NS_R,
  decodeEntry,
  excelLikeWorkbook,
  excelLikeWorkbookEntries,
  packageProblems,
} from "../helpers/xlsxFixtures";
import { day } from "../helpers/records";

const today = day("2026-11-01");
const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const CT_CHART = `${CT_PREFIX}.drawingml.chart+xml`;
const CT_DRAWING = `${CT_PREFIX}.drawing+xml`;

// ---------------------------------------------------------------------------------------------
// Reading parts back

type Entries = Map<string, Uint8Array>;

function xml(text: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, msg) => void (level !== "warning" && errors.push(msg)),
  }).parseFromString(text, "text/xml");
  if (errors.length) throw new Error(errors.join("; "));
  return doc as unknown as Document;
}

const kids = (el: Element): Element[] => Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1);
const kid = (el: Element, name: string): Element | undefined => kids(el).find((c) => c.localName === name);
function path(el: Element, ...names: string[]): Element {
  let at = el;
  for (const name of names) {
    const next = kid(at, name);
    if (!next) throw new Error(`no <${name}> under <${at.localName}>`);
    at = next;
  }
  return at;
}
const val = (el: Element, ...names: string[]) => path(el, ...names).getAttribute("val");

/** The element's children follow `order` (names may repeat or be absent, never go back). */
function expectSchemaOrder(el: Element, order: readonly (string | readonly string[])[]): void {
  const rank = (name: string) => order.findIndex((o) => (typeof o === "string" ? o === name : o.includes(name)));
  const names = kids(el).map((c) => c.localName);
  const ranks = names.map(rank);
  expect({ element: el.localName, unknown: names.filter((_n, i) => ranks[i] < 0) }).toEqual({
    element: el.localName,
    unknown: [],
  });
  const backwards = names.filter((_n, i) => i > 0 && ranks[i] < ranks[i - 1]);
  expect({ element: el.localName, names, backwards }).toEqual({ element: el.localName, names, backwards: [] });
}

// ECMA-376 Part 1, 21.2.2: sequences of the complex types written.
const CHART_SPACE = [
  "date1904",
  "lang",
  "roundedCorners",
  "AlternateContent",
  "style",
  "clrMapOvr",
  "pivotSource",
  "protection",
  "chart",
  "spPr",
  "txPr",
  "externalData",
  "printSettings",
  "userShapes",
  "extLst",
];
const CHART = [
  "title",
  "autoTitleDeleted",
  "pivotFmts",
  "view3D",
  "floor",
  "sideWall",
  "backWall",
  "plotArea",
  "legend",
  "plotVisOnly",
  "dispBlanksAs",
  "showDLblsOverMax",
  "extLst",
];
const PLOT_AREA = [
  "layout",
  ["barChart", "lineChart"],
  ["catAx", "valAx", "dateAx", "serAx"],
  "dTable",
  "spPr",
  "extLst",
];
const BAR_CHART = [
  "barDir",
  "grouping",
  "varyColors",
  "ser",
  "dLbls",
  "gapWidth",
  "overlap",
  "serLines",
  "axId",
  "extLst",
];
const LINE_CHART = [
  "grouping",
  "varyColors",
  "ser",
  "dLbls",
  "dropLines",
  "hiLowLines",
  "upDownBars",
  "marker",
  "smooth",
  "axId",
  "extLst",
];
const BAR_SER = [
  "idx",
  "order",
  "tx",
  "spPr",
  "invertIfNegative",
  "pictureOptions",
  "dPt",
  "dLbls",
  "trendline",
  "errBars",
  "cat",
  "val",
  "shape",
  "extLst",
];
const LINE_SER = [
  "idx",
  "order",
  "tx",
  "spPr",
  "marker",
  "dPt",
  "dLbls",
  "trendline",
  "errBars",
  "cat",
  "val",
  "smooth",
  "extLst",
];
const AX_HEAD = [
  "axId",
  "scaling",
  "delete",
  "axPos",
  "majorGridlines",
  "minorGridlines",
  "title",
  "numFmt",
  "majorTickMark",
  "minorTickMark",
  "tickLblPos",
  "spPr",
  "txPr",
  "crossAx",
  ["crosses", "crossesAt"],
];
const CAT_AX = [...AX_HEAD, "auto", "lblAlgn", "lblOffset", "tickLblSkip", "tickMarkSkip", "noMultiLvlLbl", "extLst"];
const VAL_AX = [...AX_HEAD, "crossBetween", "majorUnit", "minorUnit", "dispUnits", "extLst"];
const SCALING = ["logBase", "orientation", "max", "min", "extLst"];
const LEGEND = ["legendPos", "legendEntry", "layout", "overlay", "spPr", "txPr", "extLst"];
const TITLE = ["tx", "layout", "overlay", "spPr", "txPr", "extLst"];
const TWO_CELL_ANCHOR = ["from", "to", ["sp", "grpSp", "graphicFrame", "cxnSp", "pic", "contentPart"], "clientData"];
const GRAPHIC_FRAME = ["nvGraphicFramePr", "xfrm", "graphic"];
// ECMA-376 Part 1, 18.3.1.99 (CT_Worksheet).
const WORKSHEET = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** Checks the whole chart part against the schema's sequences. */
function expectChartInSchemaOrder(space: Element): void {
  expectSchemaOrder(space, CHART_SPACE);
  const chart = path(space, "chart");
  expectSchemaOrder(chart, CHART);
  expectSchemaOrder(path(chart, "title"), TITLE);
  const plot = path(chart, "plotArea");
  expectSchemaOrder(plot, PLOT_AREA);
  for (const group of kids(plot)) {
    if (group.localName === "barChart" || group.localName === "lineChart") {
      const bar = group.localName === "barChart";
      expectSchemaOrder(group, bar ? BAR_CHART : LINE_CHART);
      for (const ser of kids(group).filter((c) => c.localName === "ser"))
        expectSchemaOrder(ser, bar ? BAR_SER : LINE_SER);
    }
    if (group.localName === "catAx") expectSchemaOrder(group, CAT_AX);
    if (group.localName === "valAx") {
      expectSchemaOrder(group, VAL_AX);
      expectSchemaOrder(path(group, "scaling"), SCALING);
      const title = kid(group, "title");
      if (title) expectSchemaOrder(title, TITLE);
    }
  }
  const legend = kid(chart, "legend");
  if (legend) expectSchemaOrder(legend, LEGEND);
}

interface Rel {
  id: string;
  type: string;
  target: string;
}
function rels(entries: Entries, relsPart: string): Rel[] {
  if (!entries.has(relsPart)) return [];
  const doc = xml(decodeEntry(entries, relsPart));
  return Array.from(doc.getElementsByTagNameNS(NS_PKG_R, "Relationship")).map((r) => ({
    id: r.getAttribute("Id") ?? "",
    type: r.getAttribute("Type") ?? "",
    target: r.getAttribute("Target") ?? "",
  }));
}
const relsOf = (part: string) => part.replace(/([^/]+)$/, "_rels/$1.rels");
function resolve(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

function sheetPart(entries: Entries, name: string): string {
  const wb = xml(decodeEntry(entries, "xl/workbook.xml"));
  const sheet = Array.from(wb.getElementsByTagName("sheet")).find((s) => s.getAttribute("name") === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const rid = sheet.getAttributeNS(NS_R, "id");
  const rel = rels(entries, "xl/_rels/workbook.xml.rels").find((r) => r.id === rid);
  if (!rel) throw new Error(`no relationship ${rid}`);
  return resolve("xl/workbook.xml", rel.target);
}

interface WrittenChart {
  part: string;
  space: Element;
  anchor: Element;
}
interface WrittenDrawing {
  sheetPart: string;
  drawingPart: string | null;
  /** The `<drawing r:id>` element of the sheet, and what its relationship is. */
  drawingRel: Rel | null;
  charts: WrittenChart[];
}

/** The drawing of a sheet and its charts in anchor order. */
function drawingOf(entries: Entries, sheetName: string): WrittenDrawing {
  const part = sheetPart(entries, sheetName);
  const ws = xml(decodeEntry(entries, part)).documentElement as unknown as Element;
  const drawingEl = kid(ws, "drawing");
  if (!drawingEl) return { sheetPart: part, drawingPart: null, drawingRel: null, charts: [] };
  const rel = rels(entries, relsOf(part)).find((r) => r.id === drawingEl.getAttributeNS(NS_R, "id")) ?? null;
  if (!rel) throw new Error(`the drawing of ${sheetName} has no relationship`);
  const drawingPart = resolve(part, rel.target);
  const drawing = xml(decodeEntry(entries, drawingPart)).documentElement as unknown as Element;
  const drawingRels = rels(entries, relsOf(drawingPart));
  const charts = kids(drawing)
    .filter((a) => a.localName === "twoCellAnchor")
    .map((anchor) => {
      const ref = anchor.getElementsByTagNameNS(NS_C, "chart")[0];
      const chartRel = drawingRels.find((r) => r.id === ref.getAttributeNS(NS_R, "id"));
      if (!chartRel) throw new Error("a chart anchor has no relationship");
      expect(chartRel.type).toBe("http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart");
      const chartPart = resolve(drawingPart, chartRel.target);
      return {
        part: chartPart,
        space: xml(decodeEntry(entries, chartPart)).documentElement as unknown as Element,
        anchor,
      };
    });
  return { sheetPart: part, drawingPart, drawingRel: rel, charts };
}

/** Overrides of [Content_Types].xml by part name (no leading slash). */
function overrides(entries: Entries): Map<string, string> {
  const doc = xml(decodeEntry(entries, "[Content_Types].xml"));
  return new Map(
    Array.from(doc.getElementsByTagName("Override")).map((o) => [
      (o.getAttribute("PartName") ?? "").slice(1),
      o.getAttribute("ContentType") ?? "",
    ]),
  );
}

const chartParts = (entries: Entries) =>
  [...entries.keys()].filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).sort();
const drawingParts = (entries: Entries) =>
  [...entries.keys()].filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n)).sort();

/** `'Sheet'!$A$1:$B$2`, written here independently of the host. */
function a1(sheet: string, r: CellRange): string {
  const cell = (row: number, col: number) => `$${columnLetters(col + 1)}$${row + 1}`;
  const q = `'${sheet.replace(/'/g, "''")}'`;
  return r.row0 === r.row1 && r.col0 === r.col1
    ? `${q}!${cell(r.row0, r.col0)}`
    : `${q}!${cell(r.row0, r.col0)}:${cell(r.row1, r.col1)}`;
}

function cellsIn(rows: readonly (readonly Cell[])[], r: CellRange): Cell[] {
  const out: Cell[] = [];
  for (let row = r.row0; row <= r.row1; row++)
    for (let col = r.col0; col <= r.col1; col++) out.push(rows[row]?.[col] ?? null);
  return out;
}

/** A cache as [index, text] pairs. */
const cachePoints = (cache: Element): [number, string][] =>
  kids(cache)
    .filter((c) => c.localName === "pt")
    .map((pt) => [Number(pt.getAttribute("idx")), path(pt, "v").textContent ?? ""]);

// ---------------------------------------------------------------------------------------------

async function computeSample(input?: Uint8Array): Promise<{ bytes: Uint8Array; run: ScorecardRun }> {
  const bytes = input ?? createWorkbook(sampleWorkbook().sheets.map((s) => ({ name: s.name, rows: s.rows })));
  const host = new XlsxFileHost(bytes);
  const run = await compute(host, { today });
  return { bytes: host.bytes, run };
}

describe("charts of the sample's result sheets", () => {
  let bytes: Uint8Array;
  let run: ScorecardRun;
  let entries: Entries;
  beforeAll(async () => {
    ({ bytes, run } = await computeSample());
    entries = unzipEntries(bytes);
  });
  const withCharts = () => run.sheets.filter((s) => s.charts.length > 0);

  it("charts the five sheets the issue names, one chart part per ChartSpec, and nothing else", () => {
    expect(
      withCharts()
        .map((s) => s.name)
        .sort(),
    ).toEqual(
      [
        RESULT_SHEETS.scorecard,
        RESULT_SHEETS.compliance,
        RESULT_SHEETS.maturity,
        RESULT_SHEETS.findings,
        RESULT_SHEETS.projects,
      ].sort(),
    );
    const specs = run.sheets.reduce((n, s) => n + s.charts.length, 0);
    expect(chartParts(entries)).toHaveLength(specs);
    expect(drawingParts(entries)).toHaveLength(withCharts().length);
    for (const sheet of run.sheets) {
      const drawing = drawingOf(entries, sheet.name);
      expect([sheet.name, drawing.charts.length]).toEqual([sheet.name, sheet.charts.length]);
      if (sheet.charts.length === 0) expect(entries.has(relsOf(drawing.sheetPart))).toBe(false);
    }
  });

  it("writes a consistent package that reads back with the same cells", () => {
    expect(packageProblems(entries, bytes)).toEqual([]);
    const back = readWorkbook(bytes);
    for (const sheet of run.sheets) {
      const grid = back.sheets.find((s) => s.name === sheet.name);
      expect(grid).toBeDefined();
      const ocl = sheet.rows.findIndex((r) => r[0]?.value === "OCL");
      if (sheet.name === RESULT_SHEETS.scorecard) expect(grid?.rows[ocl][2]).toBe(run.result.consolidated.ocl);
    }
  });

  it("gives each chart and drawing its content type and each sheet a drawing relationship", () => {
    const types = overrides(entries);
    for (const part of chartParts(entries)) expect([part, types.get(part)]).toEqual([part, CT_CHART]);
    for (const part of drawingParts(entries)) expect([part, types.get(part)]).toEqual([part, CT_DRAWING]);
    for (const sheet of withCharts()) {
      const drawing = drawingOf(entries, sheet.name);
      expect(drawing.drawingRel?.type).toBe(
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
      );
      // The drawing element sits where CT_Worksheet wants it: after the page setup and the
      // footer (the ownership mark).
      const ws = xml(decodeEntry(entries, drawing.sheetPart)).documentElement as unknown as Element;
      expectSchemaOrder(ws, WORKSHEET);
      expect(
        kids(ws)
          .map((c) => c.localName)
          .slice(-4),
      ).toEqual(["pageMargins", "pageSetup", "headerFooter", "drawing"]);
    }
  });

  it("binds every series to the cells of its table: name, categories and values, with caches equal to the cells", () => {
    const back = readWorkbook(bytes);
    for (const sheet of withCharts()) {
      const grid = back.sheets.find((s) => s.name === sheet.name)?.rows ?? [];
      const written = drawingOf(entries, sheet.name).charts;
      sheet.charts.forEach((spec, k) => {
        const { space } = written[k];
        const plot = path(space, "chart", "plotArea");
        // The chart's own type holds its series; a line chart over the columns holds the limits.
        const group = path(plot, spec.kind === "line" ? "lineChart" : "barChart");
        const limits = spec.kind === "line" ? [] : kids(plot).filter((c) => c.localName === "lineChart");
        const series = [group, ...limits].flatMap((g) => kids(g).filter((c) => c.localName === "ser"));
        expect(series).toHaveLength(spec.series.length);
        series.forEach((ser, i) => {
          const s = spec.series[i];
          const where = `${sheet.name} / ${spec.title} / ${s.name}`;
          expect([where, path(ser, "tx", "strRef", "f").textContent]).toEqual([
            where,
            a1(sheet.name, { row0: s.nameCell.row, col0: s.nameCell.col, row1: s.nameCell.row, col1: s.nameCell.col }),
          ]);
          expect([where, path(ser, "cat", "strRef", "f").textContent]).toEqual([
            where,
            a1(sheet.name, spec.categories),
          ]);
          expect([where, path(ser, "val", "numRef", "f").textContent]).toEqual([where, a1(sheet.name, s.values)]);
          // The referenced cells hold what the chart shows.
          expect(grid[s.nameCell.row][s.nameCell.col]).toBe(s.name);
          expect(cachePoints(path(ser, "tx", "strRef", "strCache"))).toEqual([[0, s.name]]);
          const categories = cellsIn(grid, spec.categories);
          expect(cachePoints(path(ser, "cat", "strRef", "strCache"))).toEqual(categories.map((c, j) => [j, String(c)]));
          const values = cellsIn(grid, s.values);
          const numCache = path(ser, "val", "numRef", "numCache");
          expect(val(numCache, "ptCount")).toBe(String(values.length));
          const numbers = values.flatMap((v, j): [number, number][] => (typeof v === "number" ? [[j, v]] : []));
          expect(cachePoints(numCache).map(([j, t]) => [j, Number(t)])).toEqual(numbers);
          expect(numbers.length).toBeGreaterThan(0);
        });
      });
    }
  });

  it("charts the paper's figures from the right numbers", () => {
    const maturity = drawingOf(entries, RESULT_SHEETS.maturity).charts[0].space;
    const ser = Array.from(maturity.getElementsByTagNameNS(NS_C, "ser"));
    expect(ser.map((s) => cachePoints(path(s, "tx", "strRef", "strCache"))[0][1])).toEqual(
      run.result.campaigns.map((c) => c.name),
    );
    const first = ser[0];
    expect(cachePoints(path(first, "cat", "strRef", "strCache")).map(([, t]) => t)).toEqual(
      run.records.catalog.processes.map((p) => `ML(${p.code})`),
    );
    expect(cachePoints(path(first, "val", "numRef", "numCache")).map(([, t]) => Number(t))).toEqual(
      run.records.catalog.processes.map((p) => run.result.campaigns[0].maturity.byProcess[p.code]),
    );
    expect(path(first, "val", "numRef", "f").textContent).toMatch(/^'Maturity levels'!\$C\$\d+:\$C\$\d+$/);

    const findings = drawingOf(entries, RESULT_SHEETS.findings).charts[0].space;
    const names = Array.from(findings.getElementsByTagNameNS(NS_C, "ser")).map(
      (s) => cachePoints(path(s, "tx", "strRef", "strCache"))[0][1],
    );
    expect(names).toEqual([...run.result.campaigns.map((c) => c.name), "Objective (minimum)", "Objective (maximum)"]);
    // The limits are a line chart of markers on no line over the columns, on the same axes.
    const plot = path(findings, "chart", "plotArea");
    const line = path(plot, "lineChart");
    const limits = Array.from(line.getElementsByTagNameNS(NS_C, "ser"));
    expect(limits.map((s) => val(path(s, "marker"), "symbol"))).toEqual(["triangle", "dash"]);
    for (const s of limits) expect(path(s, "spPr", "ln").getElementsByTagNameNS(NS_A, "noFill")).toHaveLength(1);
    expect(Array.from(line.getElementsByTagNameNS(NS_C, "axId")).map((a) => a.getAttribute("val"))).toEqual(
      Array.from(path(plot, "barChart").getElementsByTagNameNS(NS_C, "axId")).map((a) => a.getAttribute("val")),
    );
    // FGP's minimum is 1 and it has no maximum; the others have a maximum and no minimum.
    expect(limits.map((s) => cachePoints(path(s, "val", "numRef", "numCache")))).toEqual([
      [[0, "1"]],
      [
        [1, "5"],
        [2, "5"],
        [3, "5"],
        [4, "0"],
      ],
    ]);

    const trend = drawingOf(entries, RESULT_SHEETS.scorecard).charts[0].space;
    expect(val(path(trend, "chart", "plotArea", "lineChart"), "grouping")).toBe("standard");
    expect(
      Array.from(trend.getElementsByTagNameNS(NS_C, "ser")).map(
        (s) => cachePoints(path(s, "tx", "strRef", "strCache"))[0][1],
      ),
    ).toEqual(["Consolidated", ...[...run.result.byOffice.keys()]]);
  });

  it("writes every chart in the schema's element order, with its title, legend and value axis", () => {
    for (const sheet of withCharts()) {
      drawingOf(entries, sheet.name).charts.forEach(({ space }, k) => {
        const spec = sheet.charts[k];
        expectChartInSchemaOrder(space);
        const chart = path(space, "chart");
        expect(
          Array.from(
            path(chart, "title").getElementsByTagNameNS("http://schemas.openxmlformats.org/drawingml/2006/main", "t"),
          )
            .map((t) => t.textContent)
            .join(""),
        ).toBe(spec.title);
        if (spec.series.length > 1) expect(val(chart, "legend", "legendPos")).toBe("b");
        else expect(kid(chart, "legend")).toBeUndefined();
        const valAx = path(chart, "plotArea", "valAx");
        expect(kid(path(valAx, "scaling"), "min")?.getAttribute("val")).toBe(
          spec.yMin === undefined ? undefined : String(spec.yMin),
        );
        expect(kid(path(valAx, "scaling"), "max")?.getAttribute("val")).toBe(
          spec.yMax === undefined ? undefined : String(spec.yMax),
        );
        expect(path(valAx, "title").textContent).toBe(spec.yAxisTitle);
        // Axes cross each other.
        const catAx = path(chart, "plotArea", "catAx");
        expect(val(catAx, "crossAx")).toBe(val(valAx, "axId"));
        expect(val(valAx, "crossAx")).toBe(val(catAx, "axId"));
      });
    }
  });

  it("anchors each chart over the cells its ChartSpec names, with unique drawing object ids", () => {
    for (const sheet of withCharts()) {
      const charts = drawingOf(entries, sheet.name).charts;
      charts.forEach(({ anchor }, k) => {
        const a = sheet.charts[k].anchor;
        expectSchemaOrder(anchor, TWO_CELL_ANCHOR);
        expectSchemaOrder(path(anchor, "graphicFrame"), GRAPHIC_FRAME);
        const at = (name: string) => [
          Number(path(anchor, name, "col").textContent),
          Number(path(anchor, name, "row").textContent),
        ];
        expect(at("from")).toEqual([a.col, a.row]);
        expect(at("to")).toEqual([a.col + a.columns, a.row + a.rows]);
      });
      const ids = charts.map(({ anchor }) => anchor.getElementsByTagNameNS(NS_XDR, "cNvPr")[0].getAttribute("id"));
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("places no table under a chart", () => {
    for (const sheet of withCharts()) {
      for (const { anchor: a } of sheet.charts) {
        for (let r = a.row; r < a.row + a.rows; r++) {
          for (let c = a.col; c < a.col + a.columns; c++) {
            const cell = sheet.rows[r]?.[c];
            expect([sheet.name, r, c, cell?.value ?? null]).toEqual([sheet.name, r, c, null]);
          }
        }
      }
    }
  });

  it("colours series as the renderer says: the palette by position, the objective's minimum green, maximum red", () => {
    for (const sheet of withCharts()) {
      drawingOf(entries, sheet.name).charts.forEach(({ space }, k) => {
        const spec = sheet.charts[k];
        Array.from(space.getElementsByTagNameNS(NS_C, "ser")).forEach((ser, i) => {
          const index = Number(val(ser, "idx"));
          const fill = spec.series[index].limit
            ? path(ser, "marker", "spPr", "solidFill", "srgbClr")
            : spec.kind === "line"
              ? path(ser, "spPr", "ln", "solidFill", "srgbClr")
              : path(ser, "spPr", "solidFill", "srgbClr");
          expect([i, fill.getAttribute("val")]).toEqual([index, seriesColor(spec, index)]);
        });
      });
    }
    const findings = run.sheets.find((s) => s.name === RESULT_SHEETS.findings)?.charts[0];
    expect(findings && [-2, -1].map((k) => seriesColor(findings, findings.series.length + k))).toEqual([
      LIMIT_COLORS.minimum,
      LIMIT_COLORS.maximum,
    ]);
  });

  it("replaces its own drawings and charts on a second run: same parts, nothing left over", async () => {
    const again = await computeSample(bytes);
    const second = unzipEntries(again.bytes);
    expect(packageProblems(second, again.bytes)).toEqual([]);
    expect(chartParts(second)).toEqual(chartParts(entries));
    expect(drawingParts(second)).toEqual(drawingParts(entries));
    // Every chart and drawing part is still someone's target.
    const targets = new Set<string>();
    for (const name of second.keys()) {
      if (!name.endsWith(".rels")) continue;
      const source = name.replace(/_rels\/([^/]+)\.rels$/, "$1");
      for (const r of rels(second, name)) targets.add(resolve(source, r.target));
    }
    for (const part of [...chartParts(second), ...drawingParts(second)])
      expect([part, targets.has(part)]).toEqual([part, true]);
  });
});

describe("charts next to the user's own", () => {
  const sheet = (name: string, charts: ChartSpec[]): ResultSheet => ({
    name,
    rows: [
      [{ value: "Office" }, { value: "OCL" }, { value: "PRK" }],
      [{ value: "Quito" }, { value: 0.9, style: { format: "percent1" } }, { value: 1 }],
      [{ value: "Cuenca" }, { value: "n/a" }, { value: 2.5 }],
    ],
    columnWidths: [12, 10, 10],
    charts,
  });
  const spec = (kind: ChartSpec["kind"], title: string, col: number): ChartSpec => ({
    kind,
    title,
    categories: { row0: 1, col0: 0, row1: 2, col1: 0 },
    series: [
      {
        name: col === 1 ? "OCL" : "PRK",
        nameCell: { row: 0, col },
        values: { row0: 1, col0: col, row1: 2, col1: col },
      },
    ],
    anchor: { row: 0, col: 4, columns: 6, rows: 12 },
  });
  const input = excelLikeWorkbook();
  const inputEntries = new Map(excelLikeWorkbookEntries());
  const output = patchWorkbook(input, [
    sheet("Office view", [spec("column", "OCL by office", 1), spec("bar", "PRK by office", 2)]),
  ]);
  const out = unzipEntries(output);

  it("keeps the user's charts and drawings byte for byte and gives the new ones unused names", () => {
    for (const name of [
      "xl/drawings/drawing1.xml",
      "xl/drawings/drawing2.xml",
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/drawings/_rels/drawing2.xml.rels",
      "xl/worksheets/sheet3.xml",
      "xl/worksheets/_rels/sheet3.xml.rels",
    ]) {
      expect([name, Buffer.from(out.get(name) ?? []).equals(Buffer.from(inputEntries.get(name) ?? [1]))]).toEqual([
        name,
        true,
      ]);
    }
    const drawing = drawingOf(out, "Office view");
    expect(drawing.drawingPart).toBe("xl/drawings/drawing3.xml");
    expect(drawing.charts.map((c) => c.part)).toEqual(["xl/charts/chart3.xml", "xl/charts/chart4.xml"]);
    expect(packageProblems(out, output)).toEqual([]);
    const types = overrides(out);
    for (const part of ["xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/charts/chart3.xml", "xl/charts/chart4.xml"])
      expect(types.get(part)).toBe(CT_CHART);
  });

  it("quotes the sheet name in references, writes a horizontal bar chart, and leaves text out of the value cache", () => {
    const [column, bar] = drawingOf(out, "Office view").charts.map((c) => c.space);
    expect(path(column, "chart", "plotArea", "barChart", "ser", "val", "numRef", "f").textContent).toBe(
      "'Office view'!$B$2:$B$3",
    );
    expect(val(column, "chart", "plotArea", "barChart", "barDir")).toBe("col");
    expect(val(bar, "chart", "plotArea", "barChart", "barDir")).toBe("bar");
    expect(val(bar, "chart", "plotArea", "catAx", "axPos")).toBe("l");
    expect(val(bar, "chart", "plotArea", "valAx", "axPos")).toBe("b");
    const cache = path(column, "chart", "plotArea", "barChart", "ser", "val", "numRef", "numCache");
    expect(path(cache, "formatCode").textContent).toBe(FORMAT_CODES.percent1);
    expect(val(cache, "ptCount")).toBe("2");
    expect(cachePoints(cache)).toEqual([[0, "0.9"]]);
    expect(kid(path(column, "chart"), "legend")).toBeUndefined();
  });

  it("removes a replaced sheet's charts when the new sheet has none, and numbers again from the free names", () => {
    const rerun = patchWorkbook(output, [sheet("Office view", [])]);
    const again = unzipEntries(rerun);
    expect(packageProblems(again, rerun)).toEqual([]);
    expect(chartParts(again)).toEqual(["xl/charts/chart1.xml", "xl/charts/chart2.xml"]);
    expect(drawingParts(again)).toEqual(["xl/drawings/drawing1.xml", "xl/drawings/drawing2.xml"]);
    expect(drawingOf(again, "Office view").drawingPart).toBeNull();
    expect(overrides(again).has("xl/charts/chart3.xml")).toBe(false);
    const back = patchWorkbook(rerun, [sheet("Office view", [spec("line", "OCL trend", 1)])]);
    expect(drawingOf(unzipEntries(back), "Office view").charts.map((c) => c.part)).toEqual(["xl/charts/chart3.xml"]);
  });

  it("draws nothing for a chart without a series or with an empty range", () => {
    const empty: ChartSpec = { ...spec("column", "Nothing", 1), categories: { row0: 3, col0: 0, row1: 2, col1: 0 } };
    const none: ChartSpec = { ...spec("column", "None", 1), series: [] };
    const written = unzipEntries(patchWorkbook(input, [sheet("Office view", [empty, none])]));
    expect(drawingOf(written, "Office view").drawingPart).toBeNull();
    expect(chartParts(written)).toEqual(["xl/charts/chart1.xml", "xl/charts/chart2.xml"]);
  });

  it("skips names that another part or a stray relationships part already takes", () => {
    const crowded = new Map(inputEntries);
    crowded.set("xl/charts/chart3.xml", crowded.get("xl/charts/chart1.xml") as Uint8Array);
    crowded.set(
      "xl/drawings/_rels/drawing3.xml.rels",
      crowded.get("xl/drawings/_rels/drawing1.xml.rels") as Uint8Array,
    );
    const written = unzipEntries(
      patchWorkbook(zipEntries([...crowded]), [sheet("Office view", [spec("column", "A", 1), spec("column", "B", 2)])]),
    );
    const drawing = drawingOf(written, "Office view");
    expect(drawing.drawingPart).toBe("xl/drawings/drawing4.xml");
    expect(drawing.charts.map((c) => c.part)).toEqual(["xl/charts/chart4.xml", "xl/charts/chart5.xml"]);
    expect(written.get("xl/charts/chart3.xml")).toEqual(inputEntries.get("xl/charts/chart1.xml"));
  });
});

describe("chartXml", () => {
  const rows = [
    [{ value: "Type" }, { value: "R&D <1>" }],
    [{ value: "A & B" }, { value: 1.5 }],
    [{ value: "C" }, null],
  ];
  const spec: ChartSpec = {
    kind: "line",
    title: 'Costs & "risks" <2026>',
    categories: { row0: 1, col0: 0, row1: 2, col1: 0 },
    series: [{ name: "R&D <1>", nameCell: { row: 0, col: 1 }, values: { row0: 1, col0: 1, row1: 2, col1: 1 } }],
    anchor: { row: 0, col: 3, columns: 4, rows: 10 },
    yMin: 0,
    yMax: 2,
  };

  it("escapes titles, names and sheet names, doubling apostrophes in references", () => {
    const doc = xml(chartXml(spec, "O'Brien's sheet", rows)).documentElement as unknown as Element;
    expect(path(doc, "chart", "title").textContent).toBe(spec.title);
    const ser = path(doc, "chart", "plotArea", "lineChart", "ser");
    expect(path(ser, "tx", "strRef", "f").textContent).toBe("'O''Brien''s sheet'!$B$1");
    expect(path(ser, "tx", "strRef", "strCache").textContent).toBe("R&D <1>");
    expect(cachePoints(path(ser, "cat", "strRef", "strCache"))).toEqual([
      [0, "A & B"],
      [1, "C"],
    ]);
    expect(cachePoints(path(ser, "val", "numRef", "numCache"))).toEqual([[0, "1.5"]]);
    expect(rangeFormula("Scorecard", { row0: 59, col0: 2, row1: 63, col1: 2 })).toBe("'Scorecard'!$C$60:$C$64");
    expectChartInSchemaOrder(doc);
  });

  it("draws lines without markers, scales the value axis max before min, and has no axis title when none is given", () => {
    const doc = xml(chartXml(spec, "S", rows)).documentElement as unknown as Element;
    const ser = path(doc, "chart", "plotArea", "lineChart", "ser");
    expect(val(ser, "marker", "symbol")).toBe("none");
    const scaling = path(doc, "chart", "plotArea", "valAx", "scaling");
    expect(kids(scaling).map((c) => c.localName)).toEqual(["orientation", "max", "min"]);
    expect(kid(path(doc, "chart", "plotArea", "valAx"), "title")).toBeUndefined();
  });
});
