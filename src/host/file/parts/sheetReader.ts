/**
 * One worksheet part -> a SheetGrid. This is the hot loop of reading a large workbook
 * (200k rows x 10 columns is 2M cells), so the cells are scanned in the part's UTF-8 bytes, never
 * decoded into one string: attributes and numbers are parsed in place, and only text values
 * become strings (byteText.ts: each its own, repeated values shared).
 */
import { columnLetters, type Cell, type SheetGrid } from "../../../core/model/grid";
import { ScorecardError } from "../../../core/text/scorecardError";
import { serialToDate } from "../excelDates";
import { MAX_SHEET_CELLS, MAX_SHEET_ROWS } from "../limits";
import { TextPool, utf8Text } from "../xml/byteText";
import { XML_EOF, XML_START, XmlReader, XmlSyntaxError } from "../xml/xmlReader";
import { decodeExcelText } from "../xml/xmlWrite";

export interface SheetReadContext {
  readonly sharedStrings: readonly string[];
  /** By cell format index: the format shows a date. */
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
  /** Shared by the sheets of one read, so a value repeated across sheets is one string. */
  readonly texts?: TextPool;
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
function cellType(b: Uint8Array, from: number, to: number): number {
  const len = to - from;
  const c = b[from];
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

function isDigits(b: Uint8Array, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const d = b[i] - 48;
    if (d < 0 || d > 9) return false;
  }
  return true;
}

function parseUint(b: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = b[i] - 48;
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

const encoder = new TextEncoder();

export function readSheetGrid(
  name: string,
  partName: string,
  xml: Uint8Array | string,
  ctx: SheetReadContext,
  onRows?: RowProgress,
): SheetGrid {
  const b = typeof xml === "string" ? encoder.encode(xml) : xml;
  try {
    const found = findSheetData(b);
    if (found === null) return { name, rows: [], firstRow: 1, firstColumn: 1 };
    const cells = new CellSink(name);
    const texts = ctx.texts ?? new TextPool();
    scanSheetData(b, found.from, ctx, texts, cells, onRows && { onRows, lastRow: found.lastRow });
    return cells.toGrid(name);
  } catch (err) {
    if (err instanceof XmlSyntaxError) {
      throw new ScorecardError("damaged", { damage: { kind: "partNotXml", part: partName, detail: err.message } });
    }
    throw err;
  }
}

const SHEET_DATA = [115, 104, 101, 101, 116, 68, 97, 116, 97]; // "sheetData"

/**
 * Where the content of <sheetData> starts, and the last row its <dimension> names; null when the
 * part has no cells. The few elements before it (dimension, views, columns) are read with the
 * general tokenizer, on the decoded text up to the end of the <sheetData> start tag.
 */
function findSheetData(b: Uint8Array): { readonly from: number; readonly lastRow: number } | null {
  for (let at = indexOfBytes(b, SHEET_DATA, 0); at >= 0; at = indexOfBytes(b, SHEET_DATA, at + 1)) {
    const before = b[at - 1];
    if (before !== C_LT && before !== C_COLON) continue;
    try {
      const gt = tagEnd(b, at + SHEET_DATA.length);
      const head = utf8Text(b, 0, gt + 1);
      const r = new XmlReader(head);
      let lastRow = 0;
      for (let ev = r.next(); ev !== XML_EOF; ev = r.next()) {
        if (ev === XML_START && r.is("dimension")) lastRow = dimensionLastRow(r.attr("ref"));
        if (ev === XML_START && r.is("sheetData") && r.end === head.length) {
          return r.selfClosing ? null : { from: gt + 1, lastRow };
        }
      }
    } catch (err) {
      // The name was inside a comment or a value that goes on past it: look further.
      if (!(err instanceof XmlSyntaxError)) throw err;
    }
  }
  // No <sheetData>: the whole part is read, so that damaged XML is still reported as such.
  const r = new XmlReader(utf8Text(b, 0, b.length));
  while (r.next() !== XML_EOF);
  return null;
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
      if (firstColumn === 1) {
        // The usual case: the row as read becomes the grid's row (gaps filled, cut to the width).
        cells.length = width;
        for (let k = 0; k < width; k++) if (cells[k] === undefined) cells[k] = null;
        rows[row - firstRow] = cells;
        continue;
      }
      const out = new Array<Cell>(width);
      for (let k = 0; k < width; k++) out[k] = cells[firstColumn - 1 + k] ?? null;
      rows[row - firstRow] = out;
    }
    return { name, rows, firstRow, firstColumn };
  }
}

const C_LT = 60;
const C_GT = 62;
const C_SLASH = 47;
const C_COLON = 58;
const C_EQ = 61;
const C_DQUOTE = 34;
const C_SQUOTE = 39;
const C_BANG = 33;
const C_QUESTION = 63;
const C_MINUS = 45;
const C_DOT = 46;

const CDATA_OPEN = [60, 33, 91, 67, 68, 65, 84, 65, 91]; // "<![CDATA["
const CDATA_CLOSE = [93, 93, 62]; // "]]>"
const COMMENT_OPEN = [60, 33, 45, 45]; // "<!--"
const COMMENT_CLOSE = [45, 45, 62]; // "-->"
const PI_CLOSE = [63, 62]; // "?>"
const ascii = (text: string): readonly number[] => Array.from(text, (ch) => ch.charCodeAt(0));
const V_CLOSE_CELL = ascii("</v></c>");
const IS_T = ascii("<is><t>");
const IS_T_PRESERVE = ascii('<is><t xml:space="preserve">');
const T_CLOSE_CELL = ascii("</t></is></c>");

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

function isNameEnd(c: number): boolean {
  return c === 32 || c === C_GT || c === C_SLASH || c === 10 || c === 13 || c === 9;
}

/** Offset of `seq` in `b` at or after `from`, or -1. */
function indexOfBytes(b: Uint8Array, seq: readonly number[], from: number): number {
  const first = seq[0];
  const len = seq.length;
  for (let at = b.indexOf(first, from); at >= 0; at = b.indexOf(first, at + 1)) {
    if (at + len > b.length) return -1;
    let k = 1;
    while (k < len && b[at + k] === seq[k]) k++;
    if (k === len) return at;
  }
  return -1;
}

/*
 * The two usual cell layouts, byte by byte (a call per cell: written out, they cost a fraction of
 * a loop over a sequence). Past the end of the bytes an index reads undefined, which matches nothing.
 */

/** `<v>` at `at`. */
function isValueOpen(b: Uint8Array, at: number): boolean {
  return b[at] === C_LT && b[at + 1] === 118 && b[at + 2] === C_GT;
}

/** `</v></c>` at `at`. */
function isValueCellClose(b: Uint8Array, at: number): boolean {
  return (
    b[at] === C_LT &&
    b[at + 1] === C_SLASH &&
    b[at + 2] === 118 &&
    b[at + 3] === C_GT &&
    b[at + 4] === C_LT &&
    b[at + 5] === C_SLASH &&
    b[at + 6] === 99 &&
    b[at + 7] === C_GT
  );
}

const PRESERVE_REST = Uint8Array.from(IS_T_PRESERVE.slice(IS_T.length - 1)); // ' xml:space="preserve">'

/** Where the text starts after `<is><t>` or `<is><t xml:space="preserve">` at `at`, or -1. */
function inlineTextStart(b: Uint8Array, at: number): number {
  if (
    b[at] !== C_LT ||
    b[at + 1] !== 105 ||
    b[at + 2] !== 115 ||
    b[at + 3] !== C_GT ||
    b[at + 4] !== C_LT ||
    b[at + 5] !== 116
  )
    return -1;
  const from = at + 6;
  if (b[from] === C_GT) return from + 1;
  const len = PRESERVE_REST.length;
  if (from + len > b.length) return -1;
  for (let k = 0; k < len; k++) if (b[from + k] !== PRESERVE_REST[k]) return -1;
  return from + len;
}

/** `</t></is></c>` at `at`. */
function isInlineCellClose(b: Uint8Array, at: number): boolean {
  return (
    b[at] === C_LT &&
    b[at + 1] === C_SLASH &&
    b[at + 2] === 116 &&
    b[at + 3] === C_GT &&
    b[at + 4] === C_LT &&
    b[at + 5] === C_SLASH &&
    b[at + 6] === 105 &&
    b[at + 7] === 115 &&
    b[at + 8] === C_GT &&
    b[at + 9] === C_LT &&
    b[at + 10] === C_SLASH &&
    b[at + 11] === 99 &&
    b[at + 12] === C_GT
  );
}

function startsWithBytes(b: Uint8Array, at: number, seq: readonly number[]): boolean {
  if (at + seq.length > b.length) return false;
  for (let k = 0; k < seq.length; k++) if (b[at + k] !== seq[k]) return false;
  return true;
}

/**
 * Offset of byte `c` at or after `from`, or -1. A loop, not Uint8Array#indexOf: the distances here
 * are a few bytes, and the built-in's cost per call is more than such a scan.
 */
function indexOfByte(b: Uint8Array, c: number, from: number): number {
  const n = b.length;
  for (let i = from; i < n; i++) if (b[i] === c) return i;
  return -1;
}

function closingQuote(b: Uint8Array, at: number): number {
  const close = indexOfByte(b, b[at], at + 1);
  if (close < 0) throw new XmlSyntaxError("unterminated attribute value");
  return close;
}

/** Offset of the '>' ending a start tag whose name ends at `from`, skipping quoted values. */
function tagEnd(b: Uint8Array, from: number): number {
  const n = b.length;
  for (let i = from; i < n;) {
    const c = b[i];
    if (c === C_GT) return i;
    if (c === C_DQUOTE || c === C_SQUOTE) i = closingQuote(b, i) + 1;
    else i++;
  }
  throw new XmlSyntaxError("unterminated tag");
}

/**
 * Character data gathered for a <v> or an inline string's <t>s: a range of the bytes while it is
 * one piece (the usual case, decoded only at the end of the cell), else the text so far.
 */
class TextRun {
  start = -1;
  end = -1;
  text: string | null = null;

  reset(): void {
    this.start = -1;
    this.text = null;
  }

  get empty(): boolean {
    return this.start < 0 && this.text === null;
  }

  addRange(b: Uint8Array, from: number, to: number, texts: TextPool): void {
    if (this.empty) {
      this.start = from;
      this.end = to;
    } else this.addText(b, texts.text(b, from, to), texts);
  }

  addText(b: Uint8Array, more: string, texts: TextPool): void {
    this.text = this.value(b, texts) + more;
    this.start = -1;
  }

  value(b: Uint8Array, texts: TextPool): string {
    return this.start >= 0 ? texts.text(b, this.start, this.end) : (this.text ?? "");
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
  b: Uint8Array,
  from: number,
  ctx: SheetReadContext,
  texts: TextPool,
  sink: CellSink,
  progress?: { readonly onRows: RowProgress; readonly lastRow: number },
): void {
  const n = b.length;
  let p = from;
  let rowsRead = 0;
  let rowNumber = 0;
  let colNumber = 0;
  let type = T_NUMBER;
  let style = 0;
  const value = new TextRun();
  const inline = new TextRun();
  let hasInline = false;
  let capture = CAPTURE_NONE;
  let inInline = false;
  let phoneticDepth = 0;

  for (;;) {
    const lt = indexOfByte(b, C_LT, p);
    if (lt < 0) throw new XmlSyntaxError("unexpected end of document inside sheetData");
    if (capture !== CAPTURE_NONE && lt > p) (capture === CAPTURE_VALUE ? value : inline).addRange(b, p, lt, texts);
    const c1 = b[lt + 1];

    if (c1 === C_BANG || c1 === C_QUESTION) {
      if (startsWithBytes(b, lt, CDATA_OPEN)) {
        const close = indexOfBytes(b, CDATA_CLOSE, lt + 9);
        if (close < 0) throw new XmlSyntaxError("unterminated CDATA section");
        if (capture !== CAPTURE_NONE)
          (capture === CAPTURE_VALUE ? value : inline).addText(b, utf8Text(b, lt + 9, close), texts);
        p = close + 3;
      } else {
        const terminator = c1 === C_QUESTION ? PI_CLOSE : startsWithBytes(b, lt, COMMENT_OPEN) ? COMMENT_CLOSE : null;
        const close = terminator === null ? b.indexOf(C_GT, lt + 2) : indexOfBytes(b, terminator, lt + 2);
        if (close < 0) throw new XmlSyntaxError("unterminated markup");
        p = close + (terminator === null ? 1 : terminator.length);
      }
      continue;
    }

    const closing = c1 === C_SLASH;
    const nameStart = closing ? lt + 2 : lt + 1;
    let localStart = nameStart;
    let nameEnd = nameStart;
    for (;;) {
      if (nameEnd >= n) throw new XmlSyntaxError("unterminated tag");
      const c = b[nameEnd];
      if (isNameEnd(c)) break;
      if (c === C_COLON) localStart = nameEnd + 1;
      nameEnd++;
    }
    const len = nameEnd - localStart;
    const first = b[localStart];

    if (closing) {
      const gt = indexOfByte(b, C_GT, nameEnd);
      if (gt < 0) throw new XmlSyntaxError("unterminated tag");
      p = gt + 1;
      if (len === 1) {
        if (first === 99 /* c */) {
          const cell =
            value.start >= 0
              ? rangeValue(b, value.start, value.end, type, style, ctx, texts)
              : cellValue(
                  type,
                  style,
                  value.empty ? null : value.value(b, texts),
                  hasInline ? inline.value(b, texts) : null,
                  ctx,
                );
          if (cell !== null) sink.add(rowNumber, colNumber, cell);
        } else if (first === 118 /* v */ || first === 116 /* t */) {
          capture = CAPTURE_NONE;
        }
      } else if (len === 2 && first === 105 /* is */) {
        inInline = false;
      } else if (len === 3 && first === 114 && b[localStart + 2] === 104 /* rPh, not rPr */) {
        phoneticDepth--;
      } else if (len === 9 && startsWithBytes(b, localStart, SHEET_DATA)) {
        progress?.onRows(rowNumber, rowNumber);
        return;
      }
      continue;
    }

    // A start tag.
    if (len === 1 && first === 99 /* c */) {
      type = T_NUMBER;
      style = 0;
      value.reset();
      inline.reset();
      hasInline = false;
      inInline = false;
      let hasRef = false;
      // Walk the attributes: r (reference), s (style), t (type).
      let i = nameEnd;
      for (;;) {
        let c = b[i];
        while (i < n && isSpace(c)) c = b[++i];
        if (i >= n) throw new XmlSyntaxError("unterminated tag");
        if (c === C_GT || c === C_SLASH) break;
        const attrStart = i;
        let attrLocal = i;
        while (i < n && c !== C_EQ && !isSpace(c)) {
          if (c === C_COLON) attrLocal = i + 1;
          c = b[++i];
        }
        const attrLen = i - attrLocal;
        const unprefixed = attrLocal === attrStart;
        while (i < n && b[i] !== C_DQUOTE && b[i] !== C_SQUOTE) i++;
        if (i >= n) throw new XmlSyntaxError("unterminated tag");
        const vs = i + 1;
        const ve = closingQuote(b, i);
        i = ve + 1;
        if (attrLen !== 1 || !unprefixed) continue;
        const a = b[attrLocal];
        if (a === 114 /* r */) {
          let k = vs;
          let col = 0;
          for (; k < ve; k++) {
            const ch = b[k] | 0x20;
            if (ch < 97 || ch > 122) break;
            col = col * 26 + (ch - 96);
          }
          if (col > 0) {
            colNumber = col;
            hasRef = true;
          }
          if (k < ve) rowNumber = parseUint(b, k, ve) || rowNumber;
        } else if (a === 115 /* s */) {
          style = parseUint(b, vs, ve);
        } else if (a === 116 /* t */) {
          type = cellType(b, vs, ve);
        }
      }
      if (!hasRef) colNumber++;
      const gt = b[i] === C_GT ? i : tagEnd(b, i);
      p = gt + 1;
      // <c r="A1"/> is an empty (styled) cell: nothing to record.
      if (b[gt - 1] === C_SLASH) continue;
      // Most cells are laid out one of two ways, byte for byte: read at once. Anything else (a
      // prefix, a formula, rich text, CDATA, a comment) goes through the tags one by one below.
      const at = p;
      if (isValueOpen(b, at)) {
        const end = indexOfByte(b, C_LT, at + 3);
        if (end > at + 3 && isValueCellClose(b, end)) {
          const cell = rangeValue(b, at + 3, end, type, style, ctx, texts);
          if (cell !== null) sink.add(rowNumber, colNumber, cell);
          p = end + V_CLOSE_CELL.length;
        }
      } else if (type === T_INLINE) {
        const from = inlineTextStart(b, at);
        if (from >= 0) {
          const text = texts.textToMarkup(b, from);
          const end = texts.end;
          if (end >= 0 && isInlineCellClose(b, end)) {
            sink.add(rowNumber, colNumber, texts.underscore ? decodeExcelText(text) : text);
            p = end + T_CLOSE_CELL.length;
          }
        }
      }
      continue;
    }

    const gt = tagEnd(b, nameEnd);
    const selfClosing = b[gt - 1] === C_SLASH;
    p = gt + 1;
    if (len === 1) {
      if (first === 118 /* v */) {
        if (!selfClosing) capture = CAPTURE_VALUE;
      } else if (first === 102 /* f */) {
        // The formula is not needed (its cached value is in <v>); its text holds no tags.
        if (!selfClosing) {
          const endTag = indexOfByte(b, C_LT, p);
          const endGt = endTag < 0 ? -1 : indexOfByte(b, C_GT, endTag);
          if (endGt < 0) throw new XmlSyntaxError("unterminated formula");
          p = endGt + 1;
        }
      } else if (first === 116 /* t */) {
        if (inInline && phoneticDepth === 0 && !selfClosing) capture = CAPTURE_INLINE;
      }
    } else if (len === 3 && first === 114 /* row */ && b[localStart + 1] === 111) {
      const r = rowAttribute(b, nameEnd, gt);
      rowNumber = r >= 0 ? r : rowNumber + 1;
      colNumber = 0;
      if (progress !== undefined && ++rowsRead % ROWS_PER_PROGRESS === 0) {
        // The dimension says how many rows the sheet has; a writer may omit it or leave it
        // stale, and then the share of the part scanned so far estimates it.
        const estimated = Math.round((rowNumber * (n - from)) / Math.max(1, gt - from));
        progress.onRows(rowNumber, progress.lastRow >= rowNumber ? progress.lastRow : estimated);
      }
    } else if (len === 2 && first === 105 /* is */) {
      inInline = !selfClosing;
      inline.reset();
      hasInline = true;
    } else if (len === 3 && first === 114 && b[localStart + 2] === 104 /* rPh, not rPr */) {
      if (!selfClosing) phoneticDepth++;
    }
  }
}

/** The `r` attribute of a <row> (unprefixed, so not `x:r` nor `spans`) as a number, or -1. */
function rowAttribute(b: Uint8Array, from: number, to: number): number {
  let i = from;
  while (i < to) {
    while (i < to && isSpace(b[i])) i++;
    const nameStart = i;
    while (i < to && b[i] !== C_EQ && !isSpace(b[i])) i++;
    const isR = i - nameStart === 1 && b[nameStart] === 114; /* r */
    while (i < to && b[i] !== C_DQUOTE && b[i] !== C_SQUOTE) i++;
    if (i >= to) return -1;
    const vs = i + 1;
    const ve = closingQuote(b, i);
    i = ve + 1;
    if (isR) return isDigits(b, vs, ve) ? parseUint(b, vs, ve) : -1;
  }
  return -1;
}

/** 10^k for the fraction digits of a plain decimal: exact up to 10^22. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * A cell value from its <v> text given as a byte range: shared-string indexes and plain decimals
 * are read without making a string.
 */
function rangeValue(
  b: Uint8Array,
  from: number,
  to: number,
  type: number,
  style: number,
  ctx: SheetReadContext,
  texts: TextPool,
): Cell {
  if (type === T_SHARED && isDigits(b, from, to)) {
    const text = ctx.sharedStrings[parseUint(b, from, to)];
    return text === undefined ? null : text;
  }
  if (type === T_NUMBER) {
    const n = plainDecimal(b, from, to);
    if (n === n) return ctx.dateStyles[style] ? (serialToDate(n, ctx.date1904) ?? n) : n;
  }
  return cellValue(type, style, texts.text(b, from, to), null, ctx);
}

/**
 * `-123.45` as a number, or NaN for anything else (exponents, spaces, over 15 digits), which
 * then goes through Number(). With at most 15 digits the digits are an exact integer and 10^k is
 * exact, so their quotient is the double nearest the decimal: what Number() gives.
 */
function plainDecimal(b: Uint8Array, from: number, to: number): number {
  let i = from;
  const negative = b[i] === C_MINUS;
  if (negative) i++;
  let n = 0;
  let digits = 0;
  let point = -1;
  for (; i < to; i++) {
    const c = b[i];
    if (c === C_DOT && point < 0) {
      point = i;
      continue;
    }
    const d = c - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
    digits++;
  }
  if (digits === 0 || digits > 15) return NaN;
  if (point >= 0) {
    const fraction = to - point - 1;
    if (fraction === 0) return NaN;
    n /= POWERS_OF_TEN[fraction];
  }
  return negative ? -n : n;
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
