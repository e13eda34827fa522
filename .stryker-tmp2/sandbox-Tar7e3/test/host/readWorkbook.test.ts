// @ts-nocheck
import { Zip, ZipDeflate } from "fflate";
import type { Cell } from "../../src/core/model/grid";
import { ScorecardError } from "../../src/core/text/scorecardError";
import { NODE_ZLIB_CODEC } from "../../src/host/file/nodeFiles";
import { readWorkbook } from "../../src/host/file/readWorkbook";
import { zipEntries } from "../../src/host/file/zip/zipPackage";
import { excelLikeWorkbook, excelLikeWorkbookEntries } from "../helpers/xlsxFixtures";

const utc = (y: number, m: number, d: number, h = 0) => new Date(Date.UTC(y, m - 1, d, h));

/** The Controls sheet of the hand-made workbook, as rows starting at A2. */
const CONTROLS: Cell[][] = [
  [null, "Control ID", "Status", "Due date", "Score", null],
  [null, "C-1", "Compliant", utc(2024, 1, 15), 0.45, null],
  [null, null, null, null, null, null],
  ["C-2", "A & B <ok>", utc(2024, 1, 15, 12), 7, null, null],
  [null, true, { error: "#N/A" }, utc(2024, 2, 29), -12, null],
  [null, "Rich text", "café € A _x0041_", 0.0015, null, "inline "],
];

describe("readWorkbook on a workbook written by another program", () => {
  const wb = readWorkbook(excelLikeWorkbook());

  it("lists every sheet in order, with kind and visibility", () => {
    expect(wb.sheetInfo.map((s) => [s.name, s.kind, s.state, s.index])).toEqual([
      ["Controls", "worksheet", "visible", 0],
      ["Notes", "worksheet", "hidden", 1],
      ["Chart1", "chartsheet", "visible", 2],
      ["Summary", "worksheet", "visible", 3],
    ]);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Controls", "Notes", "Summary"]);
    expect(wb.ownedSheets.size).toBe(0);
    expect(wb.date1904).toBe(false);
  });

  it("reads cells: shared and inline strings, rich text, dates by style, formulas' cached values, errors, booleans", () => {
    const controls = wb.sheets[0];
    expect(controls.firstRow).toBe(2);
    expect(controls.firstColumn).toBe(1);
    expect(controls.rows).toEqual(CONTROLS);
  });

  it("reads the workbook's defined names with their scope", () => {
    expect(wb.definedNames).toEqual([
      { name: "Scores", value: "Controls!$E$3:$E$7", sheet: null, hidden: false },
      { name: "_xlnm.Print_Area", value: "Summary!$A$1:$B$1", sheet: "Summary", hidden: false },
    ]);
  });

  it("reads a sheet whose part is named with an absolute target", () => {
    const summary = wb.sheets[2];
    expect(summary.rows).toEqual([["Status", 0.45]]);
  });

  it("reads only the sheets asked for", () => {
    const only = readWorkbook(excelLikeWorkbook(), { includeSheet: (name) => name === "Notes" });
    expect(only.sheets.map((s) => s.name)).toEqual(["Notes"]);
    expect(only.sheets[0].rows).toEqual([["Score", 42]]);
    expect(only.sheetInfo).toHaveLength(4);
  });

  it("reads a workbook whose main namespace is prefixed (x:row, x:c)", () => {
    const prefixed = readWorkbook(excelLikeWorkbook({ prefixed: true }));
    expect(prefixed.sheets.map((s) => s.name)).toEqual(["Controls", "Notes", "Summary"]);
    expect(prefixed.sheets[0].rows).toEqual(CONTROLS);
  });

  it("reads dates of a 1904-system workbook", () => {
    const mac = readWorkbook(excelLikeWorkbook({ date1904: true }));
    expect(mac.date1904).toBe(true);
    // 45306 days after 1904-01-01.
    expect(mac.sheets[0].rows[1][3]).toEqual(utc(2028, 1, 16));
    // t="d" cells are ISO text, the same in both systems.
    expect(mac.sheets[0].rows[4][3]).toEqual(utc(2024, 2, 29));
  });
});

describe("readWorkbook edge cases", () => {
  function withSheet(sheetXml: string): Uint8Array {
    const enc = new TextEncoder();
    const entries = excelLikeWorkbookEntries().map(([name, data]): [string, Uint8Array] => [
      name,
      name === "xl/worksheets/sheet1.xml" ? enc.encode(sheetXml) : data,
    ]);
    return zipEntries(entries);
  }
  const sheet = (data: string) =>
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${data}</sheetData></worksheet>`;

  it("gives an empty grid for an empty sheet", () => {
    const wb = readWorkbook(withSheet(sheet("")));
    expect(wb.sheets[0]).toEqual({ name: "Controls", rows: [], firstRow: 1, firstColumn: 1 });
    const selfClosing = readWorkbook(withSheet('<worksheet xmlns="urn:x"><sheetData/></worksheet>'));
    expect(selfClosing.sheets[0].rows).toEqual([]);
  });

  it("ignores empty strings and empty cells when finding the used range", () => {
    const wb = readWorkbook(
      withSheet(
        sheet(
          '<row r="1"><c r="A1" t="inlineStr"><is><t></t></is></c></row><row r="4"><c r="C4"><v>1</v></c><c r="E4" s="1"/></row>',
        ),
      ),
    );
    expect(wb.sheets[0]).toEqual({ name: "Controls", rows: [[1]], firstRow: 4, firstColumn: 3 });
  });

  it("reads rows and cells that come out of order or without references", () => {
    const wb = readWorkbook(
      withSheet(
        sheet(
          '<row r="3"><c r="B3"><v>3</v></c></row><row r="1"><c><v>1</v></c><c><v>2</v></c></row><row><c r="C4"><v>4</v></c></row>',
        ),
      ),
    );
    expect(wb.sheets[0].rows).toEqual([
      [1, 2, null],
      [null, null, null],
      [null, 3, null],
      [null, null, 4],
    ]);
  });

  it("keeps whitespace of text and reads CDATA and entities in values", () => {
    const wb = readWorkbook(
      withSheet(
        sheet(
          '<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">  two  spaces </t></is></c>' +
            '<c r="B1" t="str"><v><![CDATA[a<b]]></v></c><c r="C1" t="str"><v>x &amp; y</v></c><c r="D1"><v> 12 </v></c><c r="E1"><v>-3.25e2</v></c></row>',
        ),
      ),
    );
    expect(wb.sheets[0].rows).toEqual([["  two  spaces ", "a<b", "x & y", 12, -325]]);
  });

  it("reads pretty-printed values with surrounding whitespace", () => {
    const wb = readWorkbook(
      withSheet(
        sheet(
          '<row r="1">\n  <c r="A1" t="s">\n    <v>\n      1\n    </v>\n  </c>\n  <c r="B1" t="b"><v> 1 </v></c>\n  <c r="C1" s="1"><v>\n45306\n</v></c>\n</row>',
        ),
      ),
    );
    expect(wb.sheets[0].rows).toEqual([["Status", true, utc(2024, 1, 15)]]);
  });

  it("stops with a plain message for a damaged sheet part", () => {
    expect(() => readWorkbook(withSheet('<worksheet><sheetData><row r="1"><c r="A1'))).toThrow(ScorecardError);
    expect(() => readWorkbook(withSheet('<worksheet><sheetData><row r="1"><c r="A1'))).toThrow(/not well-formed/);
  });

  it("stops with a plain message when stray cells spread the data over a huge range", () => {
    let rows = "";
    for (let r = 1; r <= 3100; r++) rows += `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`;
    rows += '<row r="3101"><c r="XFD3101"><v>1</v></c></row>';
    expect(() => readWorkbook(withSheet(sheet(rows)))).toThrow(
      /"Controls" has data spread over a very large range \(A1:XFD3101\)/,
    );
  });

  it("stops with a plain message for a binary .xlsb workbook", () => {
    const xlsb = zipEntries([
      [
        "_rels/.rels",
        new TextEncoder().encode(
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>',
        ),
      ],
      ["xl/workbook.bin", new Uint8Array([0x83, 0x01, 0x00])],
    ]);
    expect(() => readWorkbook(xlsb)).toThrow(/binary \.xlsb format/);
  });

  it("stops with a plain message for a zip that is not a workbook", () => {
    const notWorkbook = zipEntries([["readme.txt", new TextEncoder().encode("hello")]]);
    expect(() => readWorkbook(notWorkbook)).toThrow(/not an Excel workbook/);
  });
});

describe("readWorkbook on zips written by streaming writers", () => {
  it("reads entries that use data descriptors", () => {
    const zip = new Zip();
    const chunks: Uint8Array[] = [];
    zip.ondata = (err, chunk) => {
      if (err) throw err;
      chunks.push(chunk);
    };
    for (const [name, data] of excelLikeWorkbookEntries()) {
      const file = new ZipDeflate(name, { level: 6 });
      zip.add(file);
      file.push(data, true);
    }
    zip.end();
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.length;
    }
    expect(readWorkbook(bytes).sheets[0].rows).toEqual(CONTROLS);
  });
});

// Speed is the bench's to measure (npm run bench, "read ms"); this test checks a large sheet's cells.
describe("readWorkbook on a large sheet", () => {
  it("reads 200k rows x 10 columns with shared strings, dates and numbers, alike with both codecs", () => {
    const ROWS = 200_000;
    const enc = new TextEncoder();
    const parts: string[] = [
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    ];
    const letters = "ABCDEFGHIJ";
    for (let r = 1; r <= ROWS; r++) {
      let row = `<row r="${r}">`;
      for (let c = 0; c < 10; c++) {
        const ref = letters[c] + r;
        if (c % 3 === 0) row += `<c r="${ref}" t="s"><v>${(r + c) % 4}</v></c>`;
        else if (c === 4) row += `<c r="${ref}" s="1"><v>${45000 + (r % 1000)}</v></c>`;
        else row += `<c r="${ref}"><v>${r * 0.5 + c}</v></c>`;
      }
      parts.push(row + "</row>");
    }
    parts.push("</sheetData></worksheet>");
    const sheetXml = parts.join("");
    // Built with zlib: fflate's deflate of 70 MB would dominate the test.
    const entries = excelLikeWorkbookEntries().map(([name, data]): [string, Uint8Array] => [
      name,
      name === "xl/worksheets/sheet1.xml" ? enc.encode(sheetXml) : data,
    ]);
    const bytes = zipEntries(entries, NODE_ZLIB_CODEC);

    const wb = readWorkbook(bytes, { includeSheet: (name) => name === "Controls" });
    const grid = wb.sheets[0];
    expect(grid.rows).toHaveLength(ROWS);
    expect(grid.rows[ROWS - 1]).toHaveLength(10);
    expect(grid.rows[0][0]).toBe("Status");
    expect(grid.rows[0][4]).toEqual(utc(2023, 3, 16));
    // Row 100,000: numbers as written (r * 0.5 + c); its shared string (index (r + c) % 4) and its
    // date (45000 + r % 1000) are those of rows 4 and 1,000, which carry the same indexes.
    const mid = grid.rows[99_999];
    expect(mid[1]).toBe(100_000 * 0.5 + 1);
    expect(mid[8]).toBe(100_000 * 0.5 + 8);
    expect(typeof mid[0]).toBe("string");
    expect(mid[0]).toBe(grid.rows[3][0]);
    expect(mid[0]).not.toBe(grid.rows[0][0]);
    expect(mid[4]).toEqual(grid.rows[999][4]);
    expect(mid[4]).not.toEqual(grid.rows[0][4]);

    // Under Node the zlib codec does the inflating faster; the cells are the same.
    const fast = readWorkbook(bytes, { includeSheet: (name) => name === "Controls", codec: NODE_ZLIB_CODEC });
    expect(fast.sheets[0].rows[ROWS - 1]).toEqual(grid.rows[ROWS - 1]);
  }, 60000);
});
