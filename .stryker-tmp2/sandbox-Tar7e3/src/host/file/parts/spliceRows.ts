/**
 * Splices new cell values into an existing worksheet part (Indicator history, Settings) without
 * regenerating it. A row whose values this run leaves as they were keeps its XML byte for byte:
 * its attributes (hidden, height, outline level, style), its cells, formulas (shared or not, with
 * or without a cached value) and formats. In a row that changes, only the cells whose value
 * changes are written; they keep the user's cell format. Rows not yet in the part are inserted in
 * row order. Any namespace prefix the part uses (`<x:row>`) is used for what is written.
 */
// @ts-nocheck

import { type Cell, type SheetGrid, columnLetters, columnNumber, isCellError } from "../../../core/model/grid";
import type { StyledCell } from "../../../core/render/resultSheet";
import { ScorecardError } from "../../../core/text/scorecardError";
import { parsePart, TextEdits } from "../opc/opc";
import { XML_END, XML_EOF, XML_START, type XmlReader } from "../xml/xmlReader";

/** What is written where a value changes. */
export interface SpliceWriter {
  /**
   * One unprefixed `<c>` element for `cell` at `ref` ("" for nothing). `keepStyle` is the `s` of
   * the cell already there, if any: the writer keeps it unless it cannot show the value.
   */
  cell(ref: string, cell: StyledCell, keepStyle: number | null): string;
}

export interface SpliceContent {
  readonly rows: readonly (readonly (StyledCell | null)[])[];
  readonly firstRow?: number;
  readonly firstColumn?: number;
}

export interface SpliceResult {
  readonly xml: string;
  /** A formula cell was overwritten or emptied (the calculation chain must forget the sheet). */
  readonly formulaRemoved: boolean;
}

interface CellSpan {
  readonly col: number;
  readonly start: number;
  readonly end: number;
  readonly style: number | null;
  readonly hasFormula: boolean;
  /** `si` of the shared formula this cell is the master of (it holds the text and `ref`). */
  readonly sharedMaster: string | null;
}

interface RowSpan {
  readonly row: number;
  readonly start: number;
  /** Offset just after the start tag (or the whole `<row/>`). */
  readonly tagEnd: number;
  readonly end: number;
  readonly selfClosing: boolean;
  readonly cells: CellSpan[];
}

function sameCell(a: Cell, b: Cell): boolean {
  if (a instanceof Date || b instanceof Date)
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (isCellError(a) || isCellError(b)) return isCellError(a) && isCellError(b) && a.error === b.error;
  // An empty string is no value, as the reader and the engine see it.
  return (a === "" ? null : a) === (b === "" ? null : b);
}

/** Prefixes every tag of this program's (unprefixed) cell XML: `<c>` -> `<x:c>`. */
function withPrefix(xml: string, prefix: string): string {
  return prefix ? xml.replace(/<(\/?)(?=[A-Za-z])/g, `<$1${prefix}`) : xml;
}

function refColumn(ref: string | undefined): number {
  const m = ref ? /^\$?([A-Za-z]{1,3})/.exec(ref) : null;
  return m ? columnNumber(m[1].toUpperCase()) : 0;
}

function refRow(ref: string | undefined): number {
  const m = ref ? /(\d+)$/.exec(ref) : null;
  return m ? Number(m[1]) : 0;
}

/** Reads one `<c>` (the reader is on its START) up to its end; `col` is its implicit column. */
function readCell(r: XmlReader, implicitCol: number): CellSpan {
  const start = r.start;
  const col = refColumn(r.attr("r")) || implicitCol;
  const s = r.attr("s");
  const style = s === undefined ? null : Number(s);
  let hasFormula = false;
  let sharedMaster: string | null = null;
  if (!r.selfClosing) {
    let depth = 1;
    while (depth > 0) {
      const ev = r.next();
      if (ev === XML_START) {
        depth++;
        if (depth === 2 && r.is("f")) {
          hasFormula = true;
          if (r.attr("t") === "shared" && r.attr("ref") !== undefined) sharedMaster = r.attr("si") ?? null;
        }
      } else if (ev === XML_END) depth--;
      else if (ev === XML_EOF) throw new ScorecardError("damaged", { damage: { kind: "cellsCutShort" } });
    }
  } else r.next();
  return { col, start, end: r.end, style: Number.isFinite(style) ? style : null, hasFormula, sharedMaster };
}

/** The rows of `<sheetData>` (the reader just past its START), up to its END. */
function readRows(r: XmlReader): { rows: RowSpan[]; close: number } {
  const rows: RowSpan[] = [];
  let implicitRow = 0;
  for (let ev = r.next(); ev !== XML_EOF; ev = r.next()) {
    if (ev === XML_END) return { rows, close: r.start };
    if (ev !== XML_START) continue;
    if (!r.is("row")) {
      r.skipElement();
      continue;
    }
    const start = r.start;
    const tagEnd = r.end;
    const selfClosing = r.selfClosing;
    const row = Number(r.attr("r") ?? "") || implicitRow + 1;
    implicitRow = row;
    const cells: CellSpan[] = [];
    let col = 0;
    for (let e = r.next(); e !== XML_END; e = r.next()) {
      if (e === XML_EOF) throw new ScorecardError("damaged", { damage: { kind: "cellsCutShort" } });
      if (e !== XML_START) continue;
      if (r.is("c")) {
        const cell = readCell(r, col + 1);
        col = cell.col;
        cells.push(cell);
      } else r.skipElement();
    }
    rows.push({ row, start, tagEnd, end: r.end, selfClosing, cells });
  }
  throw new ScorecardError("damaged", { damage: { kind: "cellsCutShort" } });
}

/** `spans="a:b"` of a row start tag set to the row's columns (it is a hint Excel checks). */
function withSpans(startTag: string, first: number, last: number): string {
  return startTag.replace(/(\sspans\s*=\s*)(["'])[^"']*\2/, `$1"${first}:${last}"`);
}

/**
 * The worksheet `xml` with `content` (rows from firstRow, firstColumn) in place of the values of
 * `old`, the same part as read. Cells and rows whose values are the same in both stay as written.
 */
export function spliceRows(
  partName: string,
  xml: string,
  old: SheetGrid,
  content: SpliceContent,
  writer: SpliceWriter,
): SpliceResult {
  const row0 = content.firstRow ?? 1;
  const col0 = content.firstColumn ?? 1;
  const oldAt = (row: number, col: number): Cell => old.rows[row - old.firstRow]?.[col - old.firstColumn] ?? null;
  const newAt = (row: number, col: number): StyledCell | null => content.rows[row - row0]?.[col - col0] ?? null;
  const newValue = (row: number, col: number): Cell => newAt(row, col)?.value ?? null;
  /** Columns where `row` may differ: every column either grid holds for it. */
  const columnsOf = (row: number): number[] => {
    const cols: number[] = [];
    const n = content.rows[row - row0];
    const o = old.rows[row - old.firstRow];
    const first = Math.min(n ? col0 : Infinity, o ? old.firstColumn : Infinity);
    const last = Math.max(n ? col0 + n.length - 1 : 0, o ? old.firstColumn + o.length - 1 : 0);
    for (let c = first; c <= last; c++) cols.push(c);
    return cols;
  };
  const changed = (row: number): boolean => columnsOf(row).some((c) => !sameCell(oldAt(row, c), newValue(row, c)));

  return parsePart(partName, xml, (r) => {
    const edits = new TextEdits(xml);
    let formulaRemoved = false;
    let depth = 0;
    let done = false;
    for (let ev = r.next(); ev !== XML_EOF && !done; ev = r.next()) {
      if (ev === XML_END) depth--;
      if (ev !== XML_START) continue;
      depth++;
      if (depth === 2 && r.is("dimension")) {
        const start = r.start;
        const tag = xml.slice(start, r.end);
        const ref = r.attr("ref");
        edits.replace(start, r.skipElement(), dimensionTag(tag, ref, content, row0, col0));
        depth--;
        continue;
      }
      if (depth !== 2 || !r.is("sheetData")) continue;
      const prefix = r.prefix;
      const open = { start: r.start, end: r.end, selfClosing: r.selfClosing };
      const { rows, close } = open.selfClosing ? { rows: [], close: open.start } : readRows(r);
      const byNumber = new Map(rows.map((row) => [row.row, row]));
      const rowXml = (row: number, existing: RowSpan | undefined): string => {
        const parts: { col: number; xml: string }[] = [];
        const seen = new Set<number>();
        for (const cell of existing?.cells ?? []) {
          seen.add(cell.col);
          const before = oldAt(row, cell.col);
          const now = newAt(row, cell.col);
          if (sameCell(before, now?.value ?? null)) {
            parts.push({ col: cell.col, xml: xml.slice(cell.start, cell.end) });
            continue;
          }
          if (cell.hasFormula) formulaRemoved = true;
          if (cell.sharedMaster !== null) {
            throw new ScorecardError("sharedFormula", { cell: `${columnLetters(cell.col)}${row}`, sheet: old.name });
          }
          const ref = columnLetters(cell.col) + row;
          // An emptied cell keeps its format, as Excel's Clear Contents does.
          const out = now && now.value !== null ? writer.cell(ref, now, cell.style) : "";
          parts.push({ col: cell.col, xml: out ? withPrefix(out, prefix) : emptyCell(ref, cell.style, prefix) });
        }
        for (const col of columnsOf(row)) {
          const now = newAt(row, col);
          if (seen.has(col) || now === null || now.value === null) continue;
          const out = writer.cell(columnLetters(col) + row, now, null);
          if (out) parts.push({ col, xml: withPrefix(out, prefix) });
        }
        parts.sort((a, b) => a.col - b.col);
        const inner = parts.map((p) => p.xml).join("");
        const filled = parts.filter((p) => p.xml !== "");
        if (existing) {
          let tag = xml.slice(existing.start, existing.tagEnd);
          if (filled.length > 0) tag = withSpans(tag, filled[0].col, filled[filled.length - 1].col);
          if (existing.selfClosing) tag = tag.replace(/\s*\/>$/, ">");
          return `${tag}${inner}</${prefix}row>`;
        }
        return inner ? `<${prefix}row r="${row}">${inner}</${prefix}row>` : "";
      };

      for (const row of rows) {
        if (changed(row.row)) edits.replace(row.start, row.end, rowXml(row.row, row));
      }
      // Rows this run adds, each before the first existing row below it.
      const pending: { at: number; xml: string }[] = [];
      for (let i = 0; i < content.rows.length; i++) {
        const row = row0 + i;
        if (byNumber.has(row) || !changed(row)) continue;
        const next = rows.find((x) => x.row > row);
        const text = rowXml(row, undefined);
        if (text) pending.push({ at: next ? next.start : close, xml: text });
      }
      if (open.selfClosing) {
        const body = pending.map((p) => p.xml).join("");
        if (body) edits.replace(open.start, open.end, `<${prefix}sheetData>${body}</${prefix}sheetData>`);
      } else {
        for (const p of pending) edits.insert(p.at, p.xml);
      }
      done = true;
    }
    if (!done) throw new ScorecardError("damaged", { damage: { kind: "noCellData", part: partName } });
    return { xml: edits.apply(), formulaRemoved };
  });
}

function emptyCell(ref: string, style: number | null, prefix: string): string {
  return style === null ? "" : `<${prefix}c r="${ref}" s="${style}"/>`;
}

/** The `<dimension>` tag widened to take in the new content (never shrunk: kept cells stay). */
function dimensionTag(
  tag: string,
  ref: string | undefined,
  content: SpliceContent,
  row0: number,
  col0: number,
): string {
  let lastRow = 0;
  let lastCol = 0;
  let firstRow = Infinity;
  let firstCol = Infinity;
  content.rows.forEach((cells, i) => {
    cells.forEach((cell, j) => {
      if (!cell || cell.value === null) return;
      firstRow = Math.min(firstRow, row0 + i);
      lastRow = Math.max(lastRow, row0 + i);
      firstCol = Math.min(firstCol, col0 + j);
      lastCol = Math.max(lastCol, col0 + j);
    });
  });
  if (lastRow === 0) return tag;
  const [a, b] = (ref ?? "").split(":");
  if (a && refColumn(a) && refRow(a)) {
    firstRow = Math.min(firstRow, refRow(a));
    firstCol = Math.min(firstCol, refColumn(a));
    lastRow = Math.max(lastRow, refRow(b ?? a));
    lastCol = Math.max(lastCol, refColumn(b ?? a));
  }
  const wanted = `${columnLetters(firstCol)}${firstRow}:${columnLetters(lastCol)}${lastRow}`;
  if (ref === wanted) return tag;
  return /\sref\s*=/.test(tag)
    ? tag.replace(/(\sref\s*=\s*)(["'])[^"']*\2/, `$1"${wanted}"`)
    : tag.replace(/\s*\/?>$/, (end) => ` ref="${wanted}"${end}`);
}
