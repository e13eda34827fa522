/**
 * One worksheet part -> a SheetGrid. This is the hot loop of reading a large workbook
 * (200k rows x 10 columns is 2M cells), so attributes are parsed in place from the source
 * text and each cell allocates only its value.
 */
import { columnLetters, type Cell, type SheetGrid } from "../../../core/model/grid";
import { ScorecardError } from "../../../core/text/scorecardError";
import { serialToDate } from "../excelDates";
import { MAX_SHEET_CELLS, MAX_SHEET_ROWS } from "../limits";
import { parsePart } from "../opc/opc";
import { XML_EOF, XML_START, XmlSyntaxError, decodeEntities } from "../xml/xmlReader";
import { decodeExcelText } from "../xml/xmlWrite";

export interface SheetReadContext {
  readonly sharedStrings: readonly string[];
  /** By cell format index: the format shows a date. */
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

/**
 * Globals read through module constants: inside a vm context (jest) every global lookup in a
 * hot loop goes through a slow interceptor. `x !== x` tests for NaN for the same reason.
 */
const toNumber = Number;

const T_NUMBER = 0;
const T_SHARED = 1;
const T_FORMULA_STRING = 2;
const T_INLINE = 3;
const T_BOOLEAN = 4;
const T_ERROR = 5;
const T_DATE = 6;

/** Cell type code from the raw `t` attribute value. */
function cellType(s: string, from: number, to: number): number {
  const len = to - from;
  const c = s.charCodeAt(from);
  if (len === 1) {
    if (c === 115 /* s */) return T_SHARED;
    if (c === 98 /* b */) return T_BOOLEAN;
    if (c === 101 /* e */) return T_ERROR;
    if (c === 100 /* d */) return T_DATE;
    return T_NUMBER;
  }
  if (len === 3 && c === 115) return T_FORMULA_STRING; // str
  if (len === 9 && c === 105 /* i */) return T_INLINE; // inlineStr
  return T_NUMBER;
}

function isDigits(s: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
  }
  return true;
}

function parseUint(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return n;
    n = n * 10 + d;
  }
  return n;
}

const ISO_DATE =
  /^\s*(?:(\d{4})-(\d{2})-(\d{2}))?(?:[T ]?(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?\s*$/;

/** A `t="d"` cell's ISO 8601 text as a Date (wall-clock fields read as UTC, as Excel has no zones). */
function parseIsoDate(text: string): Cell {
  const m = ISO_DATE.exec(text);
  if (!m || (m[1] === undefined && m[4] === undefined)) return text;
  const ms = m[7] ? Math.round(Number(m[7]) * 1000) : 0;
  const time = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (m[1] === undefined) {
    // A time of day alone: Excel's day 0.
    return new Date(Date.UTC(1899, 11, 31, time[0], time[1], time[2], ms));
  }
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), time[0], time[1], time[2], ms));
}

/** Told every few thousand rows how far a sheet's reading has come: rows read of the rows in the sheet. */
export type RowProgress = (rowsRead: number, rowsInSheet: number) => void;

/** How many rows are read between two progress calls (a call per row would cost more than the reading). */
export const ROWS_PER_PROGRESS = 4096;

export function readSheetGrid(
  name: string,
  partName: string,
  text: string,
  ctx: SheetReadContext,
  onRows?: RowProgress,
): SheetGrid {
  return parsePart(partName, text, (r) => {
    // The few elements before <sheetData> go through the general tokenizer; the cells through
    // the dedicated scanner below.
    let lastRow = 0;
    for (let ev = r.next(); ev !== XML_EOF; ev = r.next()) {
      if (ev === XML_START && r.is("dimension")) lastRow = dimensionLastRow(r.attr("ref"));
      if (ev === XML_START && r.is("sheetData")) {
        if (r.selfClosing) break;
        const cells = new CellSink(name);
        scanSheetData(r.source, r.end, ctx, cells, onRows && { onRows, lastRow });
        return cells.toGrid(name);
      }
    }
    return { name, rows: [], firstRow: 1, firstColumn: 1 };
  });
}

/** The last row of a <dimension ref="A1:J460001">, or 0 when it says none. */
function dimensionLastRow(ref: string | undefined): number {
  const m = ref === undefined ? null : /(\d+)\s*$/.exec(ref);
  return m ? Number(m[1]) : 0;
}

/**
 * Cells as read, kept by row number (rows normally come in order, but need not). The used range
 * is tracked as cells arrive; empty strings are kept but do not widen it.
 */
class CellSink {
  private readonly byRow: (Cell[] | undefined)[] = [];
  private firstRow = Infinity;
  private lastRow = 0;
  private firstColumn = Infinity;
  private lastColumn = 0;
  private rowCount = 0;
  private cellCount = 0;

  constructor(private readonly name: string) {}

  add(row: number, col: number, value: Cell): void {
    if (row < 1 || col < 1) return;
    let cells = this.byRow[row];
    if (cells === undefined) {
      // Counted as the cells arrive, so a huge sheet is refused before it fills memory.
      if (++this.rowCount > MAX_SHEET_ROWS) {
        throw new ScorecardError("tooManyRows", { sheet: this.name, limit: MAX_SHEET_ROWS });
      }
      cells = [];
      this.byRow[row] = cells;
    }
    if (++this.cellCount > MAX_SHEET_CELLS)
      throw new ScorecardError("tooManyCells", { sheet: this.name, limit: MAX_SHEET_CELLS });
    cells[col - 1] = value;
    if (value === "") return;
    if (row < this.firstRow) this.firstRow = row;
    if (row > this.lastRow) this.lastRow = row;
    if (col < this.firstColumn) this.firstColumn = col;
    if (col > this.lastColumn) this.lastColumn = col;
  }

  /** A dense grid covering the used range; gaps are null. */
  toGrid(name: string): SheetGrid {
    const { firstRow, lastRow, firstColumn, lastColumn } = this;
    if (lastRow === 0) return { name, rows: [], firstRow: 1, firstColumn: 1 };
    const width = lastColumn - firstColumn + 1;
    let filledRows = 0;
    for (let row = firstRow; row <= lastRow; row++) if (this.byRow[row] !== undefined) filledRows++;
    if (filledRows * width > MAX_SHEET_CELLS) {
      const range = `${columnLetters(firstColumn)}${firstRow}:${columnLetters(lastColumn)}${lastRow}`;
      throw new ScorecardError("cellsSpreadOut", { sheet: name, range, limit: MAX_SHEET_CELLS });
    }
    // Rows without cells share one empty row: a sheet with a stray value far below costs little.
    const emptyRow: readonly Cell[] = Object.freeze(new Array<Cell>(width).fill(null));
    const rows: (readonly Cell[])[] = new Array(lastRow - firstRow + 1);
    for (let row = firstRow; row <= lastRow; row++) {
      const cells = this.byRow[row];
      if (cells === undefined) {
        rows[row - firstRow] = emptyRow;
        continue;
      }
      const out = new Array<Cell>(width);
      for (let k = 0; k < width; k++) out[k] = cells[firstColumn - 1 + k] ?? null;
      rows[row - firstRow] = out;
    }
    return { name, rows, firstRow, firstColumn };
  }
}

const C_GT = 62;
const C_SLASH = 47;
const C_COLON = 58;
const C_EQ = 61;
const C_DQUOTE = 34;
const C_SQUOTE = 39;
const C_AMP = 38;
const C_CR = 13;
const C_BANG = 33;
const C_QUESTION = 63;

function isNameEnd(c: number): boolean {
  return c === 32 || c === C_GT || c === C_SLASH || c === 10 || c === 13 || c === 9;
}

/** Whether [from, to) holds neither references nor CRs, so that it reads as written. */
function isPlain(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === C_AMP || c === C_CR) return false;
  }
  return true;
}

/** The <v> text so far (a pending range, or a string) followed by `more`. */
function joinValue(s: string, start: number, end: number, text: string | null, more: string): string {
  return (start >= 0 ? s.slice(start, end) : (text ?? "")) + more;
}

/** Text of [from, to) with entities and XML newlines resolved; plain slices for plain text. */
function textOf(s: string, from: number, to: number): string {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === C_AMP || c === C_CR) {
      const raw = s.slice(from, to);
      return decodeEntities(raw.indexOf("\r") >= 0 ? raw.replace(/\r\n?/g, "\n") : raw);
    }
  }
  return s.slice(from, to);
}

function closingQuote(s: string, at: number): number {
  const q = s.charCodeAt(at);
  const close = s.indexOf(q === C_DQUOTE ? '"' : "'", at + 1);
  if (close < 0) throw new XmlSyntaxError("unterminated attribute value");
  return close;
}

/** Offset of the '>' ending a start tag whose name ends at `from`, skipping quoted values. */
function tagEnd(s: string, from: number): number {
  let i = from;
  for (;;) {
    const c = s.charCodeAt(i);
    if (c === C_GT) return i;
    if (c === C_DQUOTE || c === C_SQUOTE) i = closingQuote(s, i) + 1;
    else if (c !== c) throw new XmlSyntaxError("unterminated tag");
    else i++;
  }
}

const CAPTURE_NONE = 0;
const CAPTURE_VALUE = 1;
const CAPTURE_INLINE = 2;

/**
 * Scans the content of <sheetData> starting at `from`, up to its end tag. Handles prefixed
 * names (`<x:c>`), rows and cells without `r`, rich inline strings and CDATA.
 */
function scanSheetData(
  s: string,
  from: number,
  ctx: SheetReadContext,
  sink: CellSink,
  progress?: { readonly onRows: RowProgress; readonly lastRow: number },
): void {
  let p = from;
  let rowsRead = 0;
  let rowNumber = 0;
  let colNumber = 0;
  let type = T_NUMBER;
  let style = 0;
  // The <v> text: a range of the source when it is one plain chunk (the usual case), else a string.
  let valueStart = -1;
  let valueEnd = -1;
  let valueText: string | null = null;
  let inlineText: string | null = null;
  let capture = CAPTURE_NONE;
  let inInline = false;
  let phoneticDepth = 0;

  for (;;) {
    const lt = s.indexOf("<", p);
    if (lt < 0) throw new XmlSyntaxError("unexpected end of document inside sheetData");
    if (capture !== CAPTURE_NONE && lt > p) {
      if (capture === CAPTURE_VALUE && valueStart < 0 && valueText === null && isPlain(s, p, lt)) {
        valueStart = p;
        valueEnd = lt;
      } else {
        const t = textOf(s, p, lt);
        if (capture === CAPTURE_VALUE) {
          valueText = joinValue(s, valueStart, valueEnd, valueText, t);
          valueStart = -1;
        } else inlineText += t;
      }
    }
    const c1 = s.charCodeAt(lt + 1);

    if (c1 === C_BANG || c1 === C_QUESTION) {
      if (s.startsWith("<![CDATA[", lt)) {
        const close = s.indexOf("]]>", lt + 9);
        if (close < 0) throw new XmlSyntaxError("unterminated CDATA section");
        const t = s.slice(lt + 9, close);
        if (capture === CAPTURE_VALUE) {
          valueText = joinValue(s, valueStart, valueEnd, valueText, t);
          valueStart = -1;
        } else if (capture === CAPTURE_INLINE) inlineText += t;
        p = close + 3;
      } else {
        const terminator = c1 === C_QUESTION ? "?>" : s.startsWith("<!--", lt) ? "-->" : ">";
        const close = s.indexOf(terminator, lt + 2);
        if (close < 0) throw new XmlSyntaxError("unterminated markup");
        p = close + terminator.length;
      }
      continue;
    }

    const closing = c1 === C_SLASH;
    const nameStart = closing ? lt + 2 : lt + 1;
    let localStart = nameStart;
    let nameEnd = nameStart;
    for (;;) {
      const c = s.charCodeAt(nameEnd);
      if (isNameEnd(c)) break;
      if (c !== c) throw new XmlSyntaxError("unterminated tag");
      if (c === C_COLON) localStart = nameEnd + 1;
      nameEnd++;
    }
    const len = nameEnd - localStart;
    const first = s.charCodeAt(localStart);

    if (closing) {
      const gt = s.indexOf(">", nameEnd);
      if (gt < 0) throw new XmlSyntaxError("unterminated tag");
      p = gt + 1;
      if (len === 1) {
        if (first === 99 /* c */) {
          const value =
            valueStart >= 0
              ? rangeValue(s, valueStart, valueEnd, type, style, ctx)
              : cellValue(type, style, valueText, inlineText, ctx);
          if (value !== null) sink.add(rowNumber, colNumber, value);
        } else if (first === 118 /* v */ || first === 116 /* t */) {
          capture = CAPTURE_NONE;
        }
      } else if (len === 2 && first === 105 /* is */) {
        inInline = false;
      } else if (len === 3 && first === 114 && s.charCodeAt(localStart + 1) === 80 /* rPh */) {
        phoneticDepth--;
      } else if (len === 9 && s.startsWith("sheetData", localStart)) {
        progress?.onRows(rowNumber, rowNumber);
        return;
      }
      continue;
    }

    // A start tag.
    if (len === 1 && first === 99 /* c */) {
      type = T_NUMBER;
      style = 0;
      valueStart = -1;
      valueText = null;
      inlineText = null;
      inInline = false;
      let hasRef = false;
      // Walk the attributes: r (reference), s (style), t (type).
      let i = nameEnd;
      for (;;) {
        let c = s.charCodeAt(i);
        while (c === 32 || c === 10 || c === 13 || c === 9) c = s.charCodeAt(++i);
        if (c === C_GT || c === C_SLASH || c !== c) break; // c !== c: NaN past the end
        const attrStart = i;
        let attrLocal = i;
        while (c !== C_EQ && c !== 32 && c === c) {
          if (c === C_COLON) attrLocal = i + 1;
          c = s.charCodeAt(++i);
        }
        const attrLen = i - attrLocal;
        const isPlain = attrLocal === attrStart;
        while (s.charCodeAt(i) !== C_DQUOTE && s.charCodeAt(i) !== C_SQUOTE) {
          if (i >= s.length) throw new XmlSyntaxError("unterminated tag");
          i++;
        }
        const vs = i + 1;
        const ve = closingQuote(s, i);
        i = ve + 1;
        if (attrLen !== 1 || !isPlain) continue;
        const a = s.charCodeAt(attrLocal);
        if (a === 114 /* r */) {
          let k = vs;
          let col = 0;
          for (; k < ve; k++) {
            const ch = s.charCodeAt(k) | 0x20;
            if (ch < 97 || ch > 122) break;
            col = col * 26 + (ch - 96);
          }
          if (col > 0) {
            colNumber = col;
            hasRef = true;
          }
          if (k < ve) rowNumber = parseUint(s, k, ve) || rowNumber;
        } else if (a === 115 /* s */) {
          style = parseUint(s, vs, ve);
        } else if (a === 116 /* t */) {
          type = cellType(s, vs, ve);
        }
      }
      if (!hasRef) colNumber++;
      const gt = s.charCodeAt(i) === C_GT ? i : tagEnd(s, i);
      p = gt + 1;
      // <c r="A1"/> is an empty (styled) cell: nothing to record.
      continue;
    }

    const gt = tagEnd(s, nameEnd);
    const selfClosing = s.charCodeAt(gt - 1) === C_SLASH;
    p = gt + 1;
    if (len === 1) {
      if (first === 118 /* v */) {
        if (!selfClosing) capture = CAPTURE_VALUE;
      } else if (first === 102 /* f */) {
        // The formula is not needed (its cached value is in <v>); its text holds no tags.
        if (!selfClosing) {
          const endTag = s.indexOf("<", p);
          const endGt = endTag < 0 ? -1 : s.indexOf(">", endTag);
          if (endGt < 0) throw new XmlSyntaxError("unterminated formula");
          p = endGt + 1;
        }
      } else if (first === 116 /* t */) {
        if (inInline && phoneticDepth === 0 && !selfClosing) capture = CAPTURE_INLINE;
      }
    } else if (len === 3 && first === 114 /* row */ && s.charCodeAt(localStart + 1) === 111) {
      const attrs = s.slice(nameEnd, gt);
      const m = ROW_NUMBER.exec(attrs);
      rowNumber = m ? Number(m[1]) : rowNumber + 1;
      colNumber = 0;
      if (progress !== undefined && ++rowsRead % ROWS_PER_PROGRESS === 0) {
        // The dimension says how many rows the sheet has; a writer may omit it or leave it
        // stale, and then the share of the text scanned so far estimates it.
        const estimated = Math.round((rowNumber * (s.length - from)) / Math.max(1, gt - from));
        progress.onRows(rowNumber, progress.lastRow >= rowNumber ? progress.lastRow : estimated);
      }
    } else if (len === 2 && first === 105 /* is */) {
      inInline = !selfClosing;
      inlineText = "";
    } else if (len === 3 && first === 114 && s.charCodeAt(localStart + 1) === 80 /* rPh */) {
      if (!selfClosing) phoneticDepth++;
    }
  }
}

/** The `r` attribute of a <row> (unprefixed, so not `x:r` nor `spans`). */
const ROW_NUMBER = /(?:^|\s)r\s*=\s*["'](\d+)["']/;

/**
 * A cell value from its <v> text given as a source range: shared-string indexes, integers and
 * booleans are read without slicing the text.
 */
function rangeValue(s: string, from: number, to: number, type: number, style: number, ctx: SheetReadContext): Cell {
  if (type === T_SHARED && isDigits(s, from, to)) {
    const text = ctx.sharedStrings[parseUint(s, from, to)];
    return text === undefined ? null : text;
  }
  if (type === T_NUMBER && to - from <= 15) {
    // Integers of up to 15 digits are exact in a double; anything else goes through Number().
    let n = 0;
    let i = from;
    const negative = s.charCodeAt(i) === 45;
    if (negative) i++;
    let plain = i < to;
    for (; i < to; i++) {
      const d = s.charCodeAt(i) - 48;
      if (d < 0 || d > 9) {
        plain = false;
        break;
      }
      n = n * 10 + d;
    }
    if (plain) {
      if (negative) n = -n;
      return ctx.dateStyles[style] ? (serialToDate(n, ctx.date1904) ?? n) : n;
    }
  }
  return cellValue(type, style, s.slice(from, to), null, ctx);
}

function cellValue(type: number, style: number, v: string | null, inline: string | null, ctx: SheetReadContext): Cell {
  switch (type) {
    case T_SHARED: {
      if (v === null) return null;
      const text = ctx.sharedStrings[toNumber(v)];
      return text === undefined ? null : text;
    }
    case T_INLINE:
      return inline !== null ? decodeExcelText(inline) : v !== null ? decodeExcelText(v) : null;
    case T_FORMULA_STRING:
      return v === null ? null : decodeExcelText(v);
    case T_BOOLEAN:
      return v === null ? null : v.trim() === "1" || v.trim() === "true";
    case T_ERROR:
      return v === null ? null : { error: v.trim() };
    case T_DATE:
      return v === null || v.trim() === "" ? null : parseIsoDate(v);
    default: {
      if (v === null || v.trim() === "") return null;
      const n = toNumber(v);
      if (n !== n) return v;
      if (ctx.dateStyles[style]) return serialToDate(n, ctx.date1904) ?? n;
      return n;
    }
  }
}
