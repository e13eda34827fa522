/**
 * The sheet reader scans a part's UTF-8 bytes (sheetReader.ts, byteText.ts). What proves it reads
 * what other programs write:
 * - every worksheet of every workbook in test/fixtures/writers (LibreOffice, openpyxl, XlsxWriter,
 *   ExcelJS, SheetJS, hand-made Open XML SDK prefixes and Strict) reads cell for cell as SheetJS,
 *   an independent reader, reads it;
 * - random sheets written by ExcelJS and by SheetJS (shared strings, rich text, `t="str"`) read
 *   back as the values they were given;
 * - random sheets laid out as the writers here do not (prefixes, single quotes, white space in
 *   tags, references, CDATA, comments, rich runs with phonetic guides, cells and rows without `r`,
 *   numbers as `1E3` or `1.50`, text repeated so the shared strings are met again) read back as
 *   the cells they were made from.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import * as XLSX from "xlsx";
import type { Cell, SheetGrid } from "../../src/core/model/grid";
import { readSheetGrid } from "../../src/host/file/parts/sheetReader";
import { readWorkbook } from "../../src/host/file/readWorkbook";
import { TextPool } from "../../src/host/file/xml/byteText";

const WRITERS = path.join(__dirname, "..", "fixtures", "writers");
const FIXTURES = fs.readdirSync(WRITERS).filter((f) => /\.xls[xm]$/.test(f));

/** A cell as SheetJS reads it: dates as their serial numbers in the workbook's date system. */
function sheetJsCell(ws: XLSX.WorkSheet, row: number, col: number): unknown {
  const c = ws[XLSX.utils.encode_cell({ r: row - 1, c: col - 1 })] as XLSX.CellObject | undefined;
  if (c === undefined || c.t === "z") return null;
  if (c.t === "e") return { error: c.w };
  return c.v ?? null;
}

function ourCell(v: Cell, date1904: boolean): unknown {
  if (!(v instanceof Date)) return v;
  return v.getTime() / 86_400_000 + 25_569 - (date1904 ? 1_462 : 0);
}

describe("the byte-level sheet reader on workbooks from other writers", () => {
  it.each(FIXTURES)("%s: every cell of every worksheet as SheetJS reads it", (file) => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(WRITERS, file)));
    const ours = readWorkbook(bytes);
    const theirs = XLSX.read(bytes, { type: "array", cellDates: false });
    expect(ours.sheets.length).toBeGreaterThan(2);
    let compared = 0;
    for (const grid of ours.sheets) {
      const ws = theirs.Sheets[grid.name];
      expect(ws).toBeDefined();
      // SheetJS's used range covers ours (ours may be cropped to an Excel table's range).
      const range = XLSX.utils.decode_range(ws["!ref"] as string);
      expect(range.s.r + 1).toBeLessThanOrEqual(grid.firstRow);
      expect(range.e.r + 1).toBeGreaterThanOrEqual(grid.firstRow + grid.rows.length - 1);
      grid.rows.forEach((row, i) =>
        row.forEach((v, j) => {
          const at = [grid.name, grid.firstRow + i, grid.firstColumn + j];
          const mine = ourCell(v, ours.date1904);
          const other = sheetJsCell(ws, grid.firstRow + i, grid.firstColumn + j);
          // Dates: our Date as a serial again, which float arithmetic may leave a rounding away.
          if (v instanceof Date && typeof other === "number") expect(mine).toBeCloseTo(other, 9);
          else expect([...at, mine]).toEqual([...at, other]);
          compared++;
        }),
      );
    }
    expect(compared).toBeGreaterThan(100);
  });
});

// ---------------------------------------------------------------------------------------------
// Random sheets

/** Texts that repeat (so the reader's table of strings is hit) and texts that are new. */
const textArb = fc.oneof(
  fc.constantFrom("Office 001", "Compliant", "Oficina de Gestión", "Año 2025 — revisión", "😀 ok", "A & B <c>"),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }),
  fc.string({ minLength: 1, maxLength: 300 }),
);
/** What XML cannot carry, and text other programs change (trailing spaces, CR), left out. */
const cleanText = textArb
  // eslint-disable-next-line no-control-regex -- the very characters XML 1.0 cannot carry
  .map((s) => s.replace(/[\u0000-\u001f\ufffe\uffff]/g, "x").replace(/_x/g, "_y"))
  .filter((s) => s.trim() === s && s.length > 0);
const numberArb = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
  fc.constantFrom(0.1, 0.85, 1.5, -0.0015, 12345.678, 1e21, 1e-7),
);
type ModelCell = string | number | boolean | null;
const cellArb: fc.Arbitrary<ModelCell> = fc.oneof(
  { weight: 4, arbitrary: cleanText },
  { weight: 3, arbitrary: numberArb.map((n) => (Object.is(n, -0) ? 0 : n)) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constant(null) },
);
const gridArb = fc.array(fc.array(cellArb, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 12 });

/** The grid a reader should give for `rows` written from A1: the used range, gaps null. */
function expectedGrid(
  rows: readonly (readonly ModelCell[])[],
): { firstRow: number; firstColumn: number; rows: ModelCell[][] } | null {
  let first = Infinity;
  let last = 0;
  let firstCol = Infinity;
  let lastCol = 0;
  rows.forEach((r, i) =>
    r.forEach((v, j) => {
      if (v === null) return;
      first = Math.min(first, i + 1);
      last = Math.max(last, i + 1);
      firstCol = Math.min(firstCol, j + 1);
      lastCol = Math.max(lastCol, j + 1);
    }),
  );
  if (last === 0) return null;
  const out: ModelCell[][] = [];
  for (let i = first; i <= last; i++) {
    const row: ModelCell[] = [];
    for (let j = firstCol; j <= lastCol; j++) row.push(rows[i - 1][j - 1] ?? null);
    out.push(row);
  }
  return { firstRow: first, firstColumn: firstCol, rows: out };
}

function expectCells(grid: SheetGrid | undefined, rows: readonly (readonly ModelCell[])[]): void {
  const expected = expectedGrid(rows);
  if (expected === null) {
    expect(grid === undefined || grid.rows.length === 0).toBe(true);
    return;
  }
  expect(grid).toBeDefined();
  const g = grid as SheetGrid;
  expect([g.firstRow, g.firstColumn]).toEqual([expected.firstRow, expected.firstColumn]);
  expect(g.rows).toEqual(expected.rows);
}

describe("the byte-level sheet reader on random sheets written by other programs", () => {
  it("ExcelJS: shared strings, numbers and booleans read back as written", async () => {
    await fc.assert(
      fc.asyncProperty(gridArb, async (rows) => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet("Data");
        rows.forEach((r, i) =>
          r.forEach((v, j) => {
            if (v !== null) ws.getCell(i + 1, j + 1).value = v;
          }),
        );
        const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
        expectCells(
          readWorkbook(bytes).sheets.find((s) => s.name === "Data"),
          rows,
        );
      }),
      { numRuns: 25 },
    );
  });

  it('SheetJS: text as t="str" and shared strings, numbers and booleans read back as written', () => {
    fc.assert(
      fc.property(gridArb, fc.boolean(), (rows, sharedStrings) => {
        const ws = XLSX.utils.aoa_to_sheet(rows.map((r) => r.map((v) => (v === null ? undefined : v))));
        const wb = XLSX.utils.book_new();
        XLSX.utils.book_append_sheet(wb, ws, "Data");
        const bytes = new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx", bookSST: sharedStrings }));
        expectCells(
          readWorkbook(bytes).sheets.find((s) => s.name === "Data"),
          rows,
        );
      }),
      { numRuns: 60 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Hand-made layouts

interface Layout {
  readonly prefix: string;
  readonly quote: string;
  readonly space: string;
  readonly withRowRefs: boolean;
  readonly withCellRefs: boolean;
  readonly comments: boolean;
}

const layoutArb: fc.Arbitrary<Layout> = fc.record({
  prefix: fc.constantFrom("", "x:", "main:"),
  quote: fc.constantFrom('"', "'"),
  space: fc.constantFrom(" ", "  ", "\n\t", "\r\n "),
  withRowRefs: fc.boolean(),
  withCellRefs: fc.boolean(),
  comments: fc.boolean(),
});

/** How one text is written: each character plain or as a reference, the whole in CDATA, or rich runs. */
const textStyleArb = fc.record({
  references: fc.constantFrom("named", "decimal", "hex"),
  cdata: fc.boolean(),
  runs: fc.integer({ min: 1, max: 3 }),
  phonetic: fc.boolean(),
  shared: fc.boolean(),
});
type TextStyle = typeof textStyleArb extends fc.Arbitrary<infer T> ? T : never;

function escaped(s: string, style: TextStyle["references"]): string {
  let out = "";
  for (const ch of s) {
    const code = ch.codePointAt(0) as number;
    const special = ch === "&" || ch === "<" || ch === ">" || ch === '"' || ch === "'";
    if (!special && code < 128) out += ch;
    else if (!special) out += code % 2 === 0 ? `&#${code};` : ch;
    else if (style === "named") out += { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" }[ch];
    else if (style === "decimal") out += `&#${code};`;
    else out += `&#x${code.toString(16).toUpperCase()};`;
  }
  return out;
}

function textRuns(s: string, style: TextStyle, x: string): string {
  const chars = Array.from(s);
  const pieces: string[] = [];
  const size = Math.ceil(chars.length / style.runs);
  for (let k = 0; k < chars.length; k += size) pieces.push(chars.slice(k, k + size).join(""));
  const t = (piece: string) =>
    style.cdata && !piece.includes("]]>")
      ? `<${x}t><![CDATA[${piece}]]></${x}t>`
      : `<${x}t xml:space="preserve">${escaped(piece, style.references)}</${x}t>`;
  const phonetic = style.phonetic ? `<${x}rPh sb="0" eb="1"><${x}t>ヨミ</${x}t></${x}rPh>` : "";
  if (pieces.length === 1) return t(pieces[0]) + phonetic;
  return pieces.map((piece) => `<${x}r><${x}rPr><${x}b/></${x}rPr>${t(piece)}</${x}r>`).join("") + phonetic;
}

function numberText(n: number, variant: number): string {
  if (Number.isInteger(n) && variant === 1 && Math.abs(n) < 1e15) return `${n}.0`;
  if (variant === 2) return n.toExponential();
  if (variant === 3) return ` ${n} `;
  return String(n);
}

function columnName(col: number): string {
  let s = "";
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** A worksheet part and its shared strings for `rows`, in the given layout. */
function handMade(
  rows: readonly (readonly ModelCell[])[],
  layout: Layout,
  styles: readonly TextStyle[],
  variants: readonly number[],
): { xml: string; sharedStrings: string[] } {
  const { prefix: x, quote: q, space: sp } = layout;
  const shared: string[] = [];
  let k = 0;
  const body = rows
    .map((r, i) => {
      const cells = r
        .map((v, j) => {
          const ref = layout.withCellRefs ? `${sp}r=${q}${columnName(j + 1)}${i + 1}${q}` : "";
          const style = styles[k % styles.length];
          const variant = variants[k++ % variants.length];
          // Cells without a reference count from the one before: an empty cell must still be written.
          if (v === null) return layout.withCellRefs ? "" : `<${x}c${sp}s=${q}0${q}/>`;
          if (typeof v === "boolean") return `<${x}c${ref}${sp}t=${q}b${q}><${x}v>${v ? 1 : 0}</${x}v></${x}c>`;
          if (typeof v === "number")
            return `<${x}c${ref}${sp}s=${q}0${q}><${x}v>${numberText(v, variant)}</${x}v></${x}c>`;
          if (style.shared) {
            shared.push(v);
            return `<${x}c${ref}${sp}t=${q}s${q}><${x}v>${shared.length - 1}</${x}v></${x}c>`;
          }
          const inline = `<${x}c${ref}${sp}t=${q}inlineStr${q}${sp}><${x}is>${textRuns(v, style, x)}</${x}is></${x}c>`;
          const formula = `<${x}c${ref}${sp}t=${q}str${q}><${x}f>CONCAT(${q}a${q})</${x}f><${x}v>${escaped(v, style.references)}</${x}v></${x}c>`;
          return variant % 2 === 0 ? inline : formula;
        })
        .join(layout.comments ? "<!-- a > b -->" : "");
      const rowRef = layout.withRowRefs ? `${sp}r=${q}${i + 1}${q}` : "";
      return `<${x}row${rowRef}${sp}spans=${q}1:6${q}>${cells}</${x}row>`;
    })
    .join("");
  const ns = x === "" ? "xmlns" : `xmlns:${x.slice(0, -1)}`;
  const xml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<${x}worksheet ${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
    `<!-- <${x}sheetData> is below --><${x}dimension ref=${q}A1${q}/><${x}sheetData>${body}</${x}sheetData></${x}worksheet>`;
  return { xml, sharedStrings: shared };
}

describe("the byte-level sheet reader on hand-made layouts", () => {
  it("reads every cell as it was made, in every layout", () => {
    fc.assert(
      fc.property(
        gridArb,
        layoutArb,
        fc.array(textStyleArb, { minLength: 1, maxLength: 5 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 5 }),
        (rows, layout, styles, variants) => {
          const { xml, sharedStrings } = handMade(rows, layout, styles, variants);
          const ctx = { sharedStrings, dateStyles: [], date1904: false, texts: new TextPool() };
          const grid = readSheetGrid("Data", "xl/worksheets/sheet1.xml", new TextEncoder().encode(xml), ctx);
          expectCells(grid, rows);
          // The same bytes read again through the same table of strings give the same cells.
          expect(readSheetGrid("Data", "xl/worksheets/sheet1.xml", xml, ctx)).toEqual(grid);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reads a value repeated through the table of strings as the same text, and different bytes as different texts", () => {
    const pool = new TextPool();
    const enc = new TextEncoder();
    const a = enc.encode(
      "<v>Compliant</v><v>Compliant</v><v>Compliand</v><v>Oficina Gestión</v><v>Oficina Gestión</v>",
    );
    const texts: string[] = [];
    for (let at = a.indexOf(62); at >= 0 && at < a.length;) {
      const end = a.indexOf(60, at + 1);
      texts.push(pool.text(a, at + 1, end));
      at = a.indexOf(62, a.indexOf(62, end) + 1);
    }
    expect(texts).toEqual(["Compliant", "Compliant", "Compliand", "Oficina Gestión", "Oficina Gestión"]);
  });

  it("reads Excel's _xHHHH_ escapes the same in the usual inline layout as in every other layout", () => {
    // As the XML holds them: an escape, a reference standing for its `_`, a `_` alone, an escaped `_`.
    const texts = ["id_x0041_", "&#95;x0042&#95;", "snake_case &amp; more", "a_x005F_x0041_", "&#x5F;", "plain"];
    const read = ["idA", "B", "snake_case & more", "a_x0041_", "_", "plain"];
    const layouts = [
      (t: string) => `<c t="inlineStr"><is><t>${t}</t></is></c>`,
      (t: string) => `<c r="B1" s="0" t="inlineStr"><is><t xml:space="preserve">${t}</t></is></c>`,
      (t: string) => `<c t="inlineStr"><is><r><t>${t}</t></r></is></c>`,
      (t: string) => `<c t="inlineStr"><is><t xml:space='preserve'>${t}</t></is></c>`,
      (t: string) => `<c t="str"><v>${t}</v></c>`,
    ];
    const head = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
    const xml =
      head +
      texts
        .map((t, i) => `<row r="${i + 1}">${layouts.map((l) => l(t).replace(/ r="B1"/, "")).join("")}</row>`)
        .join("") +
      "</sheetData></worksheet>";
    const ctx = { sharedStrings: [], dateStyles: [], date1904: false, texts: new TextPool() };
    const grid = readSheetGrid("S", "xl/worksheets/sheet1.xml", xml, ctx);
    expect(grid.rows).toEqual(read.map((r) => layouts.map(() => r)));
  });

  it("reads text up to the next tag and where that tag is, as text() reads the same range", () => {
    const pool = new TextPool();
    const other = new TextPool();
    const b = new TextEncoder().encode("Compliant<x>Año_x0041_<x>a&amp;b<x><x>tail");
    const found: [string, number, boolean][] = [];
    for (let at = 0; ;) {
      const text = pool.textToMarkup(b, at);
      if (pool.end < 0) break;
      found.push([text, pool.end, pool.underscore]);
      expect(other.text(b, at, pool.end)).toBe(text);
      at = pool.end + 3;
    }
    expect(found).toEqual([
      ["Compliant", 9, false],
      ["Año_x0041_", 23, true],
      ["a&b", 33, true],
      ["", 36, false],
    ]);
    // No tag after the text ("tail"): nothing is read.
    expect(pool.textToMarkup(b, 39)).toBe("");
    expect(pool.end).toBe(-1);
  });

  it("reports damaged XML inside <sheetData> as a damaged part", () => {
    const ctx = { sharedStrings: [], dateStyles: [], date1904: false };
    const head = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
    for (const broken of ['<row r="1"><c r="A1"><v>1</v></c>', '<row r="1"><c r="A1', '<row r="1"><c r="A1 t="s"/>']) {
      expect(() => readSheetGrid("S", "xl/worksheets/sheet1.xml", head + broken, ctx)).toThrow(
        /xl\/worksheets\/sheet1.xml is not well-formed XML/,
      );
    }
    // A part with no <sheetData> at all has no cells; one whose XML is broken before it is damaged.
    expect(readSheetGrid("S", "p", '<worksheet xmlns="x"><!-- sheetData --></worksheet>', ctx).rows).toEqual([]);
    expect(() => readSheetGrid("S", "p", '<worksheet xmlns="x"><dimension ref="A1/><sheetData/>', ctx)).toThrow(
      /not well-formed/,
    );
  });
});
