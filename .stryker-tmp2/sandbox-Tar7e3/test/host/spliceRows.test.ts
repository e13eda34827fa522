/** spliceRows on worksheet XML no writer of the corpus produces: edge cases of the splice itself. */
// @ts-nocheck

import type { Cell, SheetGrid } from "../../src/core/model/grid";
import { ScorecardError } from "../../src/core/text/scorecardError";
import { spliceRows, type SpliceWriter } from "../../src/host/file/parts/spliceRows";
import { readSheetGrid } from "../../src/host/file/parts/sheetReader";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const ctx = { sharedStrings: [], dateStyles: [], date1904: false };
const writer: SpliceWriter = {
  cell: (ref, cell, keep) =>
    `<c r="${ref}"${keep ? ` s="${keep}"` : ""}><v>${typeof cell.value === "number" ? cell.value : 0}</v></c>`,
};
const sheet = (data: string) => `<worksheet ${NS}><dimension ref="A1"/>${data}</worksheet>`;
const read = (xml: string): SheetGrid => readSheetGrid("S", "xl/worksheets/sheet1.xml", xml, ctx);
const content = (rows: Cell[][]) => ({ rows: rows.map((r) => r.map((value) => ({ value }))) });

describe("spliceRows", () => {
  it("fills an empty <sheetData/> and widens the dimension", () => {
    const xml = sheet("<sheetData/>");
    const out = spliceRows("p", xml, read(xml), content([[1, 2]]), writer).xml;
    expect(out).toBe(
      sheet('<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row></sheetData>').replace(
        'ref="A1"',
        'ref="A1:B1"',
      ),
    );
  });

  it("finds rows and cells written without r, as the reader does", () => {
    const xml = sheet("<sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row></sheetData>");
    const out = spliceRows("p", xml, read(xml), content([[1, 2], [9]]), writer).xml;
    // Row 1 is unchanged (kept as written); in row 2 only A2 changes.
    expect(out).toContain('<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="A2"><v>9</v></c></row>');
  });

  it("keeps a user's cell in a changed row, and an emptied cell keeps its format", () => {
    const xml = sheet(
      '<sheetData><row r="1" spans="1:3"><c r="A1" s="2"><v>1</v></c><c r="C1"><f>A1*2</f><v>2</v></c></row></sheetData>',
    );
    const result = spliceRows("p", xml, read(xml), content([[null, 5, 2]]), writer);
    expect(result.xml).toContain(
      '<row r="1" spans="1:3"><c r="A1" s="2"/><c r="B1"><v>5</v></c><c r="C1"><f>A1*2</f><v>2</v></c></row>',
    );
    expect(result.formulaRemoved).toBe(false);
  });

  it("stops, naming the cell, rather than overwrite the first cell of a filled-down formula", () => {
    const xml = sheet(
      '<sheetData><row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">B1*2</f><v>2</v></c></row>' +
        '<row r="2"><c r="A2"><f t="shared" si="0"/><v>4</v></c></row></sheetData>',
    );
    expect(() => spliceRows("p", xml, read(xml), content([[7], [4]]), writer)).toThrow(ScorecardError);
    expect(() => spliceRows("p", xml, read(xml), content([[7], [4]]), writer)).toThrow(/cell A1 .* formula filled/);
    // A value written over a dependent of the formula only removes that cell's formula.
    const result = spliceRows("p", xml, read(xml), content([[2], [8]]), writer);
    expect(result.formulaRemoved).toBe(true);
    expect(result.xml).toContain('<f t="shared" ref="A1:A2" si="0">B1*2</f>');
    expect(result.xml).toContain('<row r="2"><c r="A2"><v>8</v></c></row>');
  });
});
