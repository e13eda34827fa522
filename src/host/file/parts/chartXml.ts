/**
 * DrawingML for the native charts of result sheets: the chart part (`c:chartSpace`) written from
 * a ChartSpec, and the drawing part (`xdr:wsDr`) that anchors the charts on their sheet.
 *
 * Series are bound to the result cells (`c:cat/c:strRef`, `c:val/c:numRef`, `c:tx/c:strRef`), each
 * with a cache of the values written, so a reader that does not recalculate (a viewer, a mail
 * preview) draws the same chart. Elements follow the order the schema requires (ECMA-376 Part 1,
 * 21.2.2: CT_ChartSpace, CT_Chart, CT_PlotArea, CT_BarChart / CT_LineChart, CT_BarSer / CT_LineSer,
 * CT_CatAx, CT_ValAx, CT_Scaling, CT_Legend; 20.5 for the drawing).
 */
import { columnLetters, type Cell } from "../../../core/model/grid";
import {
  CHART_COLORS,
  FORMAT_CODES,
  LIMIT_MARKERS,
  type ObjectiveLimit,
  seriesColor,
  type CellRange,
  type ChartSpec,
  type StyledCell,
} from "../../../core/render/resultSheet";
import { sheetRef } from "../sheetNames";
import { escapeAttr, escapeText } from "../xml/xmlWrite";

export const NS_CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart";
export const NS_DRAWINGML = "http://schemas.openxmlformats.org/drawingml/2006/main";
export const NS_SPREADSHEET_DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Axis ids only need to be unique within one chart part. */
const CAT_AX_ID = 50010001;
const VAL_AX_ID = 50010002;

/** Text sizes in hundredths of a point. */
const TITLE_SIZE = 1400;
const TEXT_SIZE = 1000;

type Rows = readonly (readonly (StyledCell | null)[])[];

/** `'Sheet name'!$C$6:$C$20` (a single cell without the colon). */
export function rangeFormula(sheetName: string, r: CellRange): string {
  const a = (row: number, col: number) => `$${columnLetters(col + 1)}$${row + 1}`;
  const single = r.row0 === r.row1 && r.col0 === r.col1;
  return `${sheetRef(sheetName)}!${a(r.row0, r.col0)}${single ? "" : `:${a(r.row1, r.col1)}`}`;
}

/** The cells of a range in reading order (a column top to bottom, a row left to right). */
function cellsOf(rows: Rows, r: CellRange): (StyledCell | null)[] {
  const out: (StyledCell | null)[] = [];
  for (let row = r.row0; row <= r.row1; row++) {
    for (let col = r.col0; col <= r.col1; col++) out.push(rows[row]?.[col] ?? null);
  }
  return out;
}

function cellText(value: Cell | undefined): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.toISOString().slice(0, 10) : "";
  if (typeof value === "object") return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

function strCache(texts: readonly string[]): string {
  const points = texts.map((t, i) => (t === "" ? "" : `<c:pt idx="${i}"><c:v>${escapeText(t)}</c:v></c:pt>`)).join("");
  return `<c:strCache><c:ptCount val="${texts.length}"/>${points}</c:strCache>`;
}

/** The number format of a series: that of its first number cell, as Excel links it from the source. */
function seriesFormat(cells: readonly (StyledCell | null)[]): string {
  for (const c of cells) {
    if (c && typeof c.value === "number") return c.style?.format ? FORMAT_CODES[c.style.format] : "General";
  }
  return "General";
}

/** Only finite numbers are points; text such as "n/a" and empty cells are gaps. */
function numCache(cells: readonly (StyledCell | null)[]): string {
  const points = cells
    .map((c, i) =>
      c && typeof c.value === "number" && Number.isFinite(c.value)
        ? `<c:pt idx="${i}"><c:v>${c.value}</c:v></c:pt>`
        : "",
    )
    .join("");
  return `<c:numCache><c:formatCode>${escapeText(seriesFormat(cells))}</c:formatCode><c:ptCount val="${cells.length}"/>${points}</c:numCache>`;
}

function richText(text: string, size: number, bold: boolean, rotated = false): string {
  const b = bold ? "1" : "0";
  return (
    `<c:tx><c:rich><a:bodyPr${rotated ? ' rot="-5400000" vert="horz"' : ""}/><a:lstStyle/>` +
    `<a:p><a:pPr><a:defRPr sz="${size}" b="${b}"/></a:pPr><a:r><a:rPr lang="en-US" sz="${size}" b="${b}"/><a:t>${escapeText(text)}</a:t></a:r></a:p>` +
    `</c:rich></c:tx>`
  );
}

/** Text properties for axis labels and the legend; `rotation` in degrees (negative: upwards). */
function textProps(rotation = 0): string {
  const rot = rotation ? ` rot="${Math.round(rotation * 60000)}" vert="horz"` : "";
  return `<c:txPr><a:bodyPr${rot}/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${TEXT_SIZE}"/></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>`;
}
const TEXT_PROPS = textProps();

/** Light grey value gridlines, as Excel draws them by default. */
const GRIDLINES =
  '<c:majorGridlines><c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>';

/** More categories than this and their labels are slanted, so that none wraps or is skipped. */
const SLANT_CATEGORIES_ABOVE = 8;

/** A series' look: filled columns or bars, or a 2.25 pt line, in its colour. */
function seriesShape(spec: ChartSpec, index: number): string {
  const wanted = seriesColor(spec, index);
  const color = /^[0-9A-Fa-f]{6}$/.test(wanted) ? wanted.toUpperCase() : CHART_COLORS[index % CHART_COLORS.length];
  const fill = `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>`;
  if (spec.kind === "line") return `<c:spPr><a:ln w="28575" cap="rnd">${fill}<a:round/></a:ln></c:spPr>`;
  return `<c:spPr>${fill}</c:spPr>`;
}

/** A limit series' look: no line, a marker of its kind in its colour (CT_LineSer: spPr, then marker). */
function limitShape(spec: ChartSpec, index: number, limit: ObjectiveLimit): string {
  const fill = `<a:solidFill><a:srgbClr val="${seriesColor(spec, index)}"/></a:solidFill>`;
  const marker = LIMIT_MARKERS[limit];
  return (
    '<c:spPr><a:ln w="28575"><a:noFill/></a:ln></c:spPr>' +
    `<c:marker><c:symbol val="${marker.symbol}"/><c:size val="${marker.size}"/>` +
    `<c:spPr>${fill}<a:ln w="9525">${fill}</a:ln></c:spPr></c:marker>`
  );
}

function seriesXml(spec: ChartSpec, index: number, sheetName: string, rows: Rows): string {
  const s = spec.series[index];
  const nameCell = rows[s.nameCell.row]?.[s.nameCell.col];
  const name = typeof nameCell?.value === "string" ? nameCell.value : s.name;
  const nameRange = { row0: s.nameCell.row, col0: s.nameCell.col, row1: s.nameCell.row, col1: s.nameCell.col };
  const categories = cellsOf(rows, spec.categories).map((c) => cellText(c?.value));
  const values = cellsOf(rows, s.values);
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx><c:strRef><c:f>${escapeText(rangeFormula(sheetName, nameRange))}</c:f>${strCache([name])}</c:strRef></c:tx>` +
    (s.limit
      ? limitShape(spec, index, s.limit)
      : seriesShape(spec, index) +
        (spec.kind === "line" ? '<c:marker><c:symbol val="none"/></c:marker>' : '<c:invertIfNegative val="0"/>')) +
    `<c:cat><c:strRef><c:f>${escapeText(rangeFormula(sheetName, spec.categories))}</c:f>${strCache(categories)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeText(rangeFormula(sheetName, s.values))}</c:f>${numCache(values)}</c:numRef></c:val>` +
    (spec.kind === "line" || s.limit ? '<c:smooth val="0"/>' : "") +
    "</c:ser>"
  );
}

function plotXml(spec: ChartSpec, sheetName: string, rows: Rows): string {
  const xml = (limits: boolean) =>
    spec.series.map((s, i) => ((s.limit !== undefined) === limits ? seriesXml(spec, i, sheetName, rows) : "")).join("");
  const series = xml(false);
  const axIds = `<c:axId val="${CAT_AX_ID}"/><c:axId val="${VAL_AX_ID}"/>`;
  const lineChart = (ser: string) =>
    `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${ser}<c:marker val="1"/>${axIds}</c:lineChart>`;
  // Limits: a line chart of markers over the columns, on the same axes (a combination chart).
  const limits = spec.series.some((s) => s.limit !== undefined) ? lineChart(xml(true)) : "";
  if (spec.kind === "line") return lineChart(series + xml(true));
  const dir = spec.kind === "bar" ? "bar" : "col";
  // Stacked bars overlap fully (ECMA-376 21.2.2.131); the order is CT_BarChart's: gapWidth, then overlap.
  const grouping = spec.stacked === true ? "stacked" : "clustered";
  const overlap = spec.stacked === true ? '<c:overlap val="100"/>' : "";
  return (
    `<c:barChart><c:barDir val="${dir}"/><c:grouping val="${grouping}"/><c:varyColors val="0"/>${series}<c:gapWidth val="150"/>${overlap}${axIds}</c:barChart>` +
    limits
  );
}

function axesXml(spec: ChartSpec, rows: Rows): string {
  // A horizontal bar chart has its categories on the left and its values along the bottom.
  const catPos = spec.kind === "bar" ? "l" : "b";
  const valPos = spec.kind === "bar" ? "b" : "l";
  const first = spec.series[0];
  const valueFormat = first ? seriesFormat(cellsOf(rows, first.values)) : "General";
  const categoryCount =
    (spec.categories.row1 - spec.categories.row0 + 1) * (spec.categories.col1 - spec.categories.col0 + 1);
  const slant = spec.kind !== "bar" && categoryCount > SLANT_CATEGORIES_ABOVE;
  // CT_Scaling: orientation, max, min (max comes first).
  const scaling =
    '<c:scaling><c:orientation val="minMax"/>' +
    (spec.yMax !== undefined && Number.isFinite(spec.yMax) ? `<c:max val="${spec.yMax}"/>` : "") +
    (spec.yMin !== undefined && Number.isFinite(spec.yMin) ? `<c:min val="${spec.yMin}"/>` : "") +
    "</c:scaling>";
  const catAx =
    `<c:catAx><c:axId val="${CAT_AX_ID}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${catPos}"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/>${textProps(slant ? -45 : 0)}<c:crossAx val="${VAL_AX_ID}"/><c:crosses val="autoZero"/><c:auto val="1"/>` +
    '<c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>';
  const title = spec.yAxisTitle
    ? `<c:title>${richText(spec.yAxisTitle, TEXT_SIZE, true, spec.kind !== "bar")}<c:overlay val="0"/></c:title>`
    : "";
  const valAx =
    `<c:valAx><c:axId val="${VAL_AX_ID}"/>${scaling}<c:delete val="0"/><c:axPos val="${valPos}"/>${GRIDLINES}${title}` +
    `<c:numFmt formatCode="${escapeAttr(valueFormat)}" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/>${TEXT_PROPS}<c:crossAx val="${CAT_AX_ID}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  return catAx + valAx;
}

/** The chart part for one ChartSpec whose cells are on `sheetName`, with caches from `rows`. */
export function chartXml(spec: ChartSpec, sheetName: string, rows: Rows): string {
  const legend =
    spec.series.length > 1 ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${TEXT_PROPS}</c:legend>` : "";
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${NS_CHART}" xmlns:a="${NS_DRAWINGML}" xmlns:r="${NS_R}">` +
    '<c:date1904 val="0"/><c:lang val="en-US"/><c:roundedCorners val="0"/>' +
    "<c:chart>" +
    `<c:title>${richText(spec.title, TITLE_SIZE, true)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plotXml(spec, sheetName, rows)}${axesXml(spec, rows)}</c:plotArea>` +
    legend +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    "</c:chart>" +
    "</c:chartSpace>"
  );
}

export interface DrawingAnchor {
  readonly spec: ChartSpec;
  /** Relationship id of the chart part in the drawing's rels. */
  readonly relId: string;
}

/** The drawing part: one two-cell anchor per chart, from its anchor cell over its columns and rows. */
export function drawingXml(anchors: readonly DrawingAnchor[]): string {
  const marker = (tag: string, col: number, row: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  const body = anchors
    .map(({ spec, relId }, k) => {
      const a = spec.anchor;
      const col = Math.max(0, Math.floor(a.col));
      const row = Math.max(0, Math.floor(a.row));
      const columns = Math.max(1, Math.floor(a.columns));
      const rowCount = Math.max(1, Math.floor(a.rows));
      return (
        "<xdr:twoCellAnchor>" +
        marker("from", col, row) +
        marker("to", col + columns, row + rowCount) +
        '<xdr:graphicFrame macro="">' +
        `<xdr:nvGraphicFramePr><xdr:cNvPr id="${k + 2}" name="Chart ${k + 1}" descr="${escapeAttr(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
        `<a:graphic><a:graphicData uri="${NS_CHART}"><c:chart xmlns:c="${NS_CHART}" xmlns:r="${NS_R}" r:id="${escapeAttr(relId)}"/></a:graphicData></a:graphic>` +
        "</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
      );
    })
    .join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr xmlns:xdr="${NS_SPREADSHEET_DRAWING}" xmlns:a="${NS_DRAWINGML}">${body}</xdr:wsDr>`
  );
}
