// @ts-nocheck
import type { Cell, SheetGrid } from "../../src/core/model/grid";
import { OWNED_SHEET_MARKER, type ResultSheet, type StyledCell } from "../../src/core/render/resultSheet";
import { ScorecardError } from "../../src/core/text/scorecardError";
import { readWorkbook } from "../../src/host/file/readWorkbook";
import { createWorkbook, patchWorkbook } from "../../src/host/file/writeWorkbook";
import { unzipEntries, zipEntries } from "../../src/host/file/zip/zipPackage";
import { decodeEntry, excelLikeWorkbook, excelLikeWorkbookEntries, packageProblems } from "../helpers/xlsxFixtures";

const utc = (y: number, m: number, d: number, h = 0) => new Date(Date.UTC(y, m - 1, d, h));
const enc = new TextEncoder();

function resultSheet(name: string, rows: (StyledCell | null)[][], extra: Partial<ResultSheet> = {}): ResultSheet {
  return { name, rows, columnWidths: [24, 12, 12], charts: [], ...extra };
}

function scorecard(value = 0.85): ResultSheet {
  return resultSheet(
    "Scorecard",
    [
      [{ value: "ITSM scorecard", style: { title: true, fill: "title" } }],
      [
        { value: "Indicator", style: { bold: true, fill: "header" } },
        { value: "Consolidated", style: { bold: true, fill: "header" } },
        { value: "Status", style: { bold: true, fill: "header" } },
      ],
      [{ value: "OCL" }, { value, style: { format: "percent1" } }, { value: "Success", style: { fill: "success" } }],
      [{ value: "PRK" }, { value: 2.5, style: { format: "level2" } }, { value: "Fail", style: { fill: "fail" } }],
      [{ value: "As of" }, { value: utc(2024, 6, 30), style: { format: "date" } }, null],
      [
        { value: '=HYPERLINK("http://evil")' },
        { value: null, style: { fill: "muted" } },
        { value: { error: "#DIV/0!" } },
      ],
    ],
    { freeze: { rows: 2, columns: 1 }, print: { landscape: true, fitToWidth: true, titleRows: 2 } },
  );
}

function issues(messages: string[] = ["Row skipped"]): ResultSheet {
  return resultSheet("Issues", [
    ["Severity", "Sheet", "Row", "Message"].map((value) => ({ value, style: { bold: true, fill: "header" as const } })),
    ...messages.map((m, i) => [{ value: "warning" }, { value: "Controls" }, { value: i + 3 }, { value: m }]),
  ]);
}

/** Cell values of a written sheet as the reader gives them back: rows padded to the same width. */
function values(sheet: ResultSheet): Cell[][] {
  const width = Math.max(...sheet.rows.map((row) => row.length));
  return sheet.rows.map((row) => Array.from({ length: width }, (_v, j) => row[j]?.value ?? null));
}

function grid(bytes: Uint8Array, name: string) {
  const sheet = readWorkbook(bytes).sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** Children of a styles.xml section, as text. */
function sectionChildren(stylesXml: string, section: string, child: string): string[] {
  const m = new RegExp(`<${section}\\b[^>]*>([\\s\\S]*?)</${section}>`).exec(stylesXml);
  if (!m) return [];
  return [...m[1].matchAll(new RegExp(`<${child}\\b[^>]*/>|<${child}\\b[^>]*>[\\s\\S]*?</${child}>`, "g"))].map(
    (x) => x[0],
  );
}

function sectionCount(stylesXml: string, section: string): number {
  const m = new RegExp(`<${section}\\b[^>]*\\scount="(\\d+)"`).exec(stylesXml);
  return m ? Number(m[1]) : -1;
}

function sheetPartOf(entries: Map<string, Uint8Array>, name: string): string {
  const wb = decodeEntry(entries, "xl/workbook.xml");
  const rid = new RegExp(`<(?:x:)?sheet name="${name}"[^>]*r:id="([^"]+)"`).exec(wb)?.[1];
  const rels = decodeEntry(entries, "xl/_rels/workbook.xml.rels");
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? "";
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

function expectNoProblems(bytes: Uint8Array): Map<string, Uint8Array> {
  const entries = unzipEntries(bytes);
  expect(packageProblems(entries, bytes)).toEqual([]);
  return entries;
}

// ---------------------------------------------------------------------------------------------

describe("createWorkbook", () => {
  const rows: Cell[][] = [
    ["Text", "Number", "Flag", "Date", "Error"],
    ["=SUM(A1:A9)", 0.1, true, utc(2024, 1, 15), { error: "#N/A" }],
    ["+1 and -2", -5, false, utc(1900, 1, 1), { error: "#DIV/0!" }],
    ["@mention", 1e-7, null, utc(2024, 2, 29, 12), { error: "#REF!" }],
    ["Ñandú café 😀 中文", 123456789012, true, null, null],
    ["a < b & c > d \"q\" 'a'", 1e21, null, null, "-minus"],
    ["line1\nline2\ttab", 3.14159, null, null, "  spaced  "],
    ["id_x0041_", -0.5, null, null, "bad\u0001\u0008char"],
  ];
  const bytes = createWorkbook([
    { name: "Controls", rows },
    {
      name: "Settings",
      rows: [
        ["Setting", "Value"],
        ["Organization", "Oficina Ñ"],
      ],
      columnWidths: [30, 20],
    },
  ]);

  it("writes a consistent package", () => {
    expectNoProblems(bytes);
  });

  it("reads back the same cells, including dates, booleans, errors, unicode and formula-like text", () => {
    const wb = readWorkbook(bytes);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Controls", "Settings"]);
    const expected = rows.map((row) => row.map((v) => (v === "bad\u0001\u0008char" ? "badchar" : v)));
    expect(wb.sheets[0]).toEqual({ name: "Controls", rows: expected, firstRow: 1, firstColumn: 1 });
    expect(wb.sheets[1].rows).toEqual([
      ["Setting", "Value"],
      ["Organization", "Oficina Ñ"],
    ]);
    expect(wb.ownedSheets.size).toBe(0);
  });

  it("writes text as inline strings and never a formula", () => {
    const entries = unzipEntries(bytes);
    const sheet = decodeEntry(entries, sheetPartOf(entries, "Controls"));
    expect(sheet).not.toMatch(/<f[\s>]/);
    expect(sheet).toContain('t="inlineStr"><is><t xml:space="preserve">=SUM(A1:A9)</t></is>');
    expect([...entries.keys()].some((n) => n.includes("sharedStrings"))).toBe(false);
  });

  it("makes the header bold on the header fill, freezes it, and formats dates yyyy-mm-dd", () => {
    const entries = unzipEntries(bytes);
    const styles = decodeEntry(entries, "xl/styles.xml");
    const sheet = decodeEntry(entries, sheetPartOf(entries, "Controls"));
    const headerXf = Number(/<c r="A1" s="(\d+)"/.exec(sheet)?.[1]);
    const xfs = sectionChildren(styles, "cellXfs", "xf");
    const fonts = sectionChildren(styles, "fonts", "font");
    const fills = sectionChildren(styles, "fills", "fill");
    const xf = xfs[headerXf];
    const fontId = Number(/fontId="(\d+)"/.exec(xf)?.[1]);
    const fillId = Number(/fillId="(\d+)"/.exec(xf)?.[1]);
    expect(fonts[fontId]).toContain("<b/>");
    expect(fonts[fontId]).toContain('rgb="FFFFFFFF"');
    expect(fills[fillId]).toContain('rgb="FF1F4E78"');
    expect(sheet).toContain('ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"');
    const dateXf = xfs[Number(/<c r="D2" s="(\d+)"/.exec(sheet)?.[1])];
    const numFmtId = /numFmtId="(\d+)"/.exec(dateXf)?.[1];
    expect(styles).toContain(`<numFmt numFmtId="${numFmtId}" formatCode="yyyy-mm-dd"/>`);
    const settings = decodeEntry(entries, sheetPartOf(entries, "Settings"));
    expect(settings).toContain(
      '<cols><col min="1" max="1" width="30" customWidth="1"/><col min="2" max="2" width="20" customWidth="1"/></cols>',
    );
  });

  it("refuses names Excel would refuse", () => {
    for (const name of ["", "a".repeat(32), "a/b", "Q1?", "[x]", "'quoted'", "History"]) {
      expect(() => createWorkbook([{ name, rows: [] }])).toThrow(ScorecardError);
    }
    expect(() =>
      createWorkbook([
        { name: "Same", rows: [] },
        { name: "SAME", rows: [] },
      ]),
    ).toThrow(/both named/);
    expect(() => createWorkbook([])).toThrow(ScorecardError);
  });
});

describe("patchWorkbook on a workbook from another program", () => {
  const input = excelLikeWorkbook();
  const inputEntries = unzipEntries(input);
  const output = patchWorkbook(input, [scorecard(), issues()]);
  const outputEntries = unzipEntries(output);
  /** Parts that name the sheets: the only input parts allowed to change. */
  const LISTS = [
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    "[Content_Types].xml",
    "docProps/app.xml",
    "xl/styles.xml",
  ];

  it("keeps every other part byte for byte, in the same order", () => {
    const kept = [...inputEntries.keys()].filter((n) => !LISTS.includes(n));
    for (const name of kept) {
      expect(
        Buffer.from(outputEntries.get(name) as Uint8Array).equals(Buffer.from(inputEntries.get(name) as Uint8Array)),
      ).toBe(true);
    }
    expect([...outputEntries.keys()].slice(0, inputEntries.size)).toEqual([...inputEntries.keys()]);
    const added = [...outputEntries.keys()].slice(inputEntries.size);
    expect(added).toEqual(["xl/worksheets/sheet4.xml", "xl/worksheets/sheet5.xml"]);
  });

  it("writes a consistent package", () => {
    expectNoProblems(output);
  });

  it("appends the result sheets, marked as owned, after the user's sheets", () => {
    const wb = readWorkbook(output);
    expect(wb.sheetInfo.map((s) => s.name)).toEqual(["Controls", "Notes", "Chart1", "Summary", "Scorecard", "Issues"]);
    expect([...wb.ownedSheets].sort()).toEqual(["Issues", "Scorecard"]);
    expect(wb.definedNames).toEqual(
      expect.arrayContaining([
        { name: "Scores", value: "Controls!$E$3:$E$7", sheet: null, hidden: false },
        { name: "_xlnm.Print_Area", value: "Summary!$A$1:$B$1", sheet: "Summary", hidden: false },
        { name: OWNED_SHEET_MARKER, value: "TRUE", sheet: "Scorecard", hidden: true },
        { name: OWNED_SHEET_MARKER, value: "TRUE", sheet: "Issues", hidden: true },
        { name: "_xlnm.Print_Titles", value: "'Scorecard'!$1:$2", sheet: "Scorecard", hidden: false },
      ]),
    );
    expect(wb.definedNames).toHaveLength(5);
    // The user's sheets read as before.
    const before = readWorkbook(input);
    expect(wb.sheets.slice(0, 3)).toEqual(before.sheets);
  });

  it("writes the result cells: numbers, dates, text (never formulas), errors", () => {
    const sheet = grid(output, "Scorecard");
    expect(sheet.firstRow).toBe(1);
    expect(sheet.rows).toEqual(values(scorecard()));
    const xml = decodeEntry(outputEntries, "xl/worksheets/sheet4.xml");
    expect(xml).not.toMatch(/<f[\s>]/);
    expect(xml).toContain('<c r="A6" t="inlineStr"><is><t xml:space="preserve">=HYPERLINK("http://evil")</t></is></c>');
    expect(xml).toContain('t="e"><v>#DIV/0!</v>');
  });

  it("lays out the worksheet in schema order with widths, frozen panes and print setup", () => {
    const xml = decodeEntry(outputEntries, "xl/worksheets/sheet4.xml");
    const order = ["sheetPr", "dimension", "sheetViews", "cols", "sheetData", "pageMargins", "pageSetup"];
    const positions = order.map((el) => xml.indexOf(`<${el}`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(xml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(xml).toContain('<dimension ref="A1:C6"/>');
    expect(xml).toContain('<pane xSplit="1" ySplit="2" topLeftCell="B3" activePane="bottomRight" state="frozen"/>');
    expect(xml).toContain('<col min="1" max="1" width="24" customWidth="1"/>');
    expect(xml).toContain('<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(xml).not.toContain("tabSelected");
  });

  it("appends styles without renumbering the existing ones", () => {
    const before = decodeEntry(inputEntries, "xl/styles.xml");
    const after = decodeEntry(outputEntries, "xl/styles.xml");
    for (const [section, child] of [
      ["numFmts", "numFmt"],
      ["fonts", "font"],
      ["fills", "fill"],
      ["cellXfs", "xf"],
      ["cellStyleXfs", "xf"],
      ["borders", "border"],
    ]) {
      const old = sectionChildren(before, section, child);
      const now = sectionChildren(after, section, child);
      expect(now.slice(0, old.length)).toEqual(old);
      expect(sectionCount(after, section)).toBe(now.length);
    }
    expect(sectionChildren(after, "cellXfs", "xf").length).toBeGreaterThan(5);
    // The custom percent format gets the next free id; new fonts follow the workbook's font.
    expect(after).toContain('<numFmt numFmtId="166" formatCode="0.0%"/>');
    expect(after).toContain(
      '<font><b/><sz val="14"/><color rgb="FF1F4E78"/><name val="Arial"/><family val="2"/></font>',
    );
    expect(after).toContain(
      '<fill><patternFill patternType="solid"><fgColor rgb="FFC6EFCE"/><bgColor indexed="64"/></patternFill></fill>',
    );
    // Untouched sections stay as written.
    expect(after).toContain(
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>',
    );
  });

  it("adds the new sheets to docProps/app.xml after the worksheets", () => {
    const app = decodeEntry(outputEntries, "docProps/app.xml");
    expect(app).toContain(
      '<vt:vector size="7" baseType="lpstr"><vt:lpstr>Controls</vt:lpstr><vt:lpstr>Notes</vt:lpstr><vt:lpstr>Summary</vt:lpstr><vt:lpstr>Scorecard</vt:lpstr><vt:lpstr>Issues</vt:lpstr><vt:lpstr>Chart1</vt:lpstr>',
    );
    expect(app).toContain("<vt:lpstr>Hojas de cálculo</vt:lpstr></vt:variant><vt:variant><vt:i4>5</vt:i4>");
  });

  it("leaves the calculation chain alone when no sheet with formulas is replaced", () => {
    expect(outputEntries.get("xl/calcChain.xml")).toEqual(inputEntries.get("xl/calcChain.xml"));
  });
});

describe("patchWorkbook run again on its own output", () => {
  const first = patchWorkbook(excelLikeWorkbook(), [scorecard(0.85), issues(["one", "two"])]);
  const second = patchWorkbook(first, [scorecard(0.5), issues(["three"])]);
  const firstEntries = unzipEntries(first);
  const secondEntries = unzipEntries(second);

  it("replaces the owned sheets in place: same sheets, parts and positions", () => {
    const wb = readWorkbook(second);
    expect(wb.sheetInfo.map((s) => s.name)).toEqual(["Controls", "Notes", "Chart1", "Summary", "Scorecard", "Issues"]);
    expect([...secondEntries.keys()]).toEqual([...firstEntries.keys()]);
    expect(grid(second, "Scorecard").rows[2][1]).toBe(0.5);
    expect(grid(second, "Issues").rows).toEqual(values(issues(["three"])));
    expect([...wb.ownedSheets].sort()).toEqual(["Issues", "Scorecard"]);
    expect(wb.definedNames).toHaveLength(5);
    expectNoProblems(second);
  });

  it("changes nothing but the replaced sheet parts", () => {
    for (const [name, data] of firstEntries) {
      if (name === "xl/worksheets/sheet4.xml" || name === "xl/worksheets/sheet5.xml") continue;
      expect([name, Buffer.from(secondEntries.get(name) as Uint8Array).equals(Buffer.from(data))]).toEqual([
        name,
        true,
      ]);
    }
  });

  it("does not grow the style sheet", () => {
    expect(decodeEntry(secondEntries, "xl/styles.xml")).toBe(decodeEntry(firstEntries, "xl/styles.xml"));
  });

  it("drops print titles that the new sheet no longer asks for", () => {
    const third = patchWorkbook(second, [{ ...scorecard(), print: undefined }]);
    const wb = readWorkbook(third);
    expect(wb.definedNames.filter((d) => d.name === "_xlnm.Print_Titles")).toEqual([]);
    expect(wb.ownedSheets.has("Scorecard")).toBe(true);
    expectNoProblems(third);
  });
});

describe("patchWorkbook ownership", () => {
  it("refuses to overwrite a same-named sheet it did not create (any case), and writes nothing", () => {
    const input = excelLikeWorkbook();
    let caught: unknown;
    try {
      patchWorkbook(input, [scorecard(), resultSheet("summary", [[{ value: 1 }]])]);
    } catch (e) {
      caught = e;
    }
    // The application layer's one ownership error and message, raised again by the host on its own.
    expect(caught).toBeInstanceOf(ScorecardError);
    expect((caught as ScorecardError).code).toBe("sheetNotOwned");
    expect((caught as ScorecardError<"sheetNotOwned">).params.sheet).toBe("Summary");
    expect((caught as Error).message).toMatch(/"Summary".*ITSM Scorecard did not create.*rename/);
  });

  it("replaces an owned sheet's drawing, charts, comments and calc chain entries, keeping what others use", () => {
    // Mark "Summary" (index 3) as owned: it has a drawing with a chart, comments, printer settings.
    const entries = excelLikeWorkbookEntries().map(([name, data]): [string, Uint8Array] => {
      if (name !== "xl/workbook.xml") return [name, data];
      const xml = new TextDecoder()
        .decode(data)
        .replace(
          "</definedNames>",
          `<definedName name="${OWNED_SHEET_MARKER}" localSheetId="3" hidden="1">TRUE</definedName></definedNames>`,
        );
      return [name, enc.encode(xml)];
    });
    const input = zipEntries(entries);
    const output = patchWorkbook(input, [resultSheet("Summary", [[{ value: "new" }]])]);
    const out = expectNoProblems(output);
    for (const gone of [
      "xl/worksheets/_rels/sheet3.xml.rels",
      "xl/drawings/drawing1.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/charts/chart1.xml",
      "xl/drawings/vmlDrawing1.vml",
      "xl/comments1.xml",
      "xl/printerSettings/printerSettings1.bin",
    ]) {
      expect([gone, out.has(gone)]).toEqual([gone, false]);
    }
    // The chart sheet's drawing and chart are untouched.
    for (const kept of ["xl/drawings/drawing2.xml", "xl/charts/chart2.xml", "xl/chartsheets/sheet1.xml"])
      expect(out.has(kept)).toBe(true);
    const types = decodeEntry(out, "[Content_Types].xml");
    expect(types).not.toContain("/xl/drawings/drawing1.xml");
    expect(types).not.toContain("/xl/comments1.xml");
    expect(types).toContain("/xl/drawings/drawing2.xml");
    // Summary (sheetId 3) had a formula in B1: its calc chain entry goes; Controls' entries stay, with explicit sheet ids.
    expect(decodeEntry(out, "xl/calcChain.xml")).toContain(
      '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B5" i="1"/><c r="E5" i="1"/><c r="C6" i="1"/></calcChain>',
    );
    // Same position, same part, same sheetId; defined names of other scopes kept.
    const wb = readWorkbook(output);
    expect(wb.sheetInfo.map((s) => s.name)).toEqual(["Controls", "Notes", "Chart1", "Summary"]);
    expect(grid(output, "Summary").rows).toEqual([["new"]]);
    expect(decodeEntry(out, "xl/workbook.xml")).toContain('<sheet name="Summary" sheetId="3" r:id="rId4"/>');
    expect(wb.definedNames.map((d) => d.name)).toEqual(["Scores", "_xlnm.Print_Area", OWNED_SHEET_MARKER]);
  });
});

describe("patchWorkbook with Indicator history", () => {
  const historyRows: Cell[][] = [
    ["As-of date", "Office", "Indicator", "Value"],
    [utc(2024, 3, 31), "North", "OCL", 0.7],
    [utc(2024, 6, 30), "North", "OCL", 0.85],
  ];

  it("appends the sheet when there is none, not marked as owned, with a bold header", () => {
    const output = patchWorkbook(excelLikeWorkbook(), [scorecard()], {
      replaceInputSheets: [{ name: "Indicator history", rows: historyRows }],
    });
    const out = expectNoProblems(output);
    const wb = readWorkbook(output);
    expect(wb.sheetInfo.map((s) => s.name)).toEqual([
      "Controls",
      "Notes",
      "Chart1",
      "Summary",
      "Scorecard",
      "Indicator history",
    ]);
    expect(wb.ownedSheets.has("Indicator history")).toBe(false);
    expect(grid(output, "Indicator history").rows).toEqual(historyRows);
    const xml = decodeEntry(out, sheetPartOf(out, "Indicator history"));
    const styles = decodeEntry(out, "xl/styles.xml");
    const xf = sectionChildren(styles, "cellXfs", "xf")[Number(/<c r="A1" s="(\d+)"/.exec(xml)?.[1])];
    expect(sectionChildren(styles, "fonts", "font")[Number(/fontId="(\d+)"/.exec(xf)?.[1])]).toContain("<b/>");
  });

  it("replaces the cells of an existing sheet (name matched ignoring case and spaces), keeping its other settings and table", () => {
    const T = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    const entries = excelLikeWorkbookEntries().map(([name, data]): [string, Uint8Array] => {
      const text = new TextDecoder().decode(data);
      if (name === "xl/workbook.xml")
        return [
          name,
          enc.encode(
            text.replace("</sheets>", '<sheet name=" indicator History " sheetId="9" r:id="rId20"/></sheets>'),
          ),
        ];
      if (name === "xl/_rels/workbook.xml.rels")
        return [
          name,
          enc.encode(
            text.replace(
              "</Relationships>",
              `<Relationship Id="rId20" Type="${T}worksheet" Target="worksheets/history.xml"/></Relationships>`,
            ),
          ),
        ];
      if (name === "[Content_Types].xml")
        return [
          name,
          enc.encode(
            text.replace(
              "</Types>",
              '<Override PartName="/xl/worksheets/history.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
                '<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/></Types>',
            ),
          ),
        ];
      return [name, data];
    });
    entries.push(
      [
        "xl/worksheets/history.xml",
        enc.encode(
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
            '<dimension ref="A1:D2"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><cols><col min="1" max="4" width="18" customWidth="1"/></cols>' +
            '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>As-of date</t></is></c><c r="B1" t="inlineStr"><is><t>Office</t></is></c><c r="C1" t="inlineStr"><is><t>Indicator</t></is></c><c r="D1" t="inlineStr"><is><t>Value</t></is></c></row>' +
            '<row r="2"><c r="A2"><v>45382</v></c><c r="B2" t="inlineStr"><is><t>North</t></is></c><c r="C2" t="inlineStr"><is><t>OCL</t></is></c><c r="D2"><f>0.5+0.2</f><v>0.7</v></c></row></sheetData>' +
            '<tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>',
        ),
      ],
      [
        "xl/worksheets/_rels/history.xml.rels",
        enc.encode(
          `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${T}table" Target="../tables/table1.xml"/></Relationships>`,
        ),
      ],
      [
        "xl/tables/table1.xml",
        enc.encode(
          '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="History" displayName="History" ref="A1:D2"><autoFilter ref="A1:D2"/>' +
            '<tableColumns count="4"><tableColumn id="1" name="As-of date"/><tableColumn id="2" name="Office"/><tableColumn id="3" name="Indicator"/><tableColumn id="4" name="Value"/></tableColumns></table>',
        ),
      ],
    );
    const input = zipEntries(entries);
    const output = patchWorkbook(input, [], { replaceInputSheets: [{ name: "Indicator history", rows: historyRows }] });
    const out = expectNoProblems(output);
    const wb = readWorkbook(output);
    expect(wb.sheetInfo.map((s) => s.name)).toEqual(["Controls", "Notes", "Chart1", "Summary", " indicator History "]);
    expect(wb.ownedSheets.size).toBe(0);
    expect(grid(output, " indicator History ").rows).toEqual(historyRows);
    const xml = decodeEntry(out, "xl/worksheets/history.xml");
    expect(xml).toContain('<cols><col min="1" max="4" width="18" customWidth="1"/></cols>');
    expect(xml).toContain('<dimension ref="A1:D3"/>');
    expect(xml).toContain('<tableParts count="1"><tablePart r:id="rId1"/></tableParts>');
    expect(decodeEntry(out, "xl/tables/table1.xml")).toContain('ref="A1:D3"><autoFilter ref="A1:D3"/>');
    // The old formula cell's calc chain entries (none here for sheetId 9) and other parts are untouched.
    expect(out.get("xl/calcChain.xml")).toEqual(unzipEntries(input).get("xl/calcChain.xml"));
    expect(out.get("xl/worksheets/_rels/history.xml.rels")).toEqual(
      unzipEntries(input).get("xl/worksheets/_rels/history.xml.rels"),
    );
    // The unchanged formula cell keeps its XML.
    expect(xml).toContain("<f>0.5+0.2</f><v>0.7</v>");

    // Given the cells readWorkbook read from this input (readBefore), the same workbook without reading the sheet again.
    const readBefore = readWorkbook(input).sheets.find((s) => s.name === " indicator History ") as SheetGrid;
    expect(readBefore.rows[1][3]).toBe(0.7);
    expect(
      patchWorkbook(input, [], { replaceInputSheets: [{ name: "Indicator history", rows: historyRows, readBefore }] }),
    ).toEqual(output);
    // readBefore is what the new cells are compared with: a cell it holds otherwise is written afresh.
    const stale = { ...readBefore, rows: readBefore.rows.map((r, i) => (i === 1 ? [...r.slice(0, 3), 0.6] : r)) };
    const fresh = unzipEntries(
      patchWorkbook(input, [], {
        replaceInputSheets: [{ name: "Indicator history", rows: historyRows, readBefore: stale }],
      }),
    );
    expect(decodeEntry(fresh, "xl/worksheets/history.xml")).toContain('<c r="D2"><v>0.7</v></c>');
    // ...unless it is another sheet's: then the part is read.
    const other = { ...stale, name: "Notes" };
    expect(
      patchWorkbook(input, [], {
        replaceInputSheets: [{ name: "Indicator history", rows: historyRows, readBefore: other }],
      }),
    ).toEqual(output);
  });
});

describe("patchWorkbook on unusual packages", () => {
  it("writes prefixed elements into a workbook that prefixes the main namespace", () => {
    const output = patchWorkbook(excelLikeWorkbook({ prefixed: true }), [scorecard()]);
    const out = expectNoProblems(output);
    expect(decodeEntry(out, "xl/workbook.xml")).toMatch(
      /<x:sheet name="Scorecard" sheetId="5" r:id="rId9"\/><\/x:sheets>/,
    );
    expect(decodeEntry(out, "xl/workbook.xml")).toContain(
      `<x:definedName name="${OWNED_SHEET_MARKER}" localSheetId="4" hidden="1">TRUE</x:definedName>`,
    );
    expect(readWorkbook(output).ownedSheets.has("Scorecard")).toBe(true);
    expect(grid(output, "Scorecard").rows).toEqual(values(scorecard()));
  });

  it("writes dates in the workbook's 1904 date system", () => {
    const output = patchWorkbook(excelLikeWorkbook({ date1904: true }), [scorecard()]);
    const out = unzipEntries(output);
    expect(decodeEntry(out, "xl/worksheets/sheet4.xml")).toContain("<v>44011</v>"); // 2024-06-30: 45473 - 1462
    expect(grid(output, "Scorecard").rows[4][1]).toEqual(utc(2024, 6, 30));
  });

  it("adds a style sheet to a workbook that has none, and a defined names list where there is none", () => {
    const entries = excelLikeWorkbookEntries()
      .filter(([name]) => name !== "xl/styles.xml")
      .map(([name, data]): [string, Uint8Array] => {
        const text = new TextDecoder().decode(data);
        if (name === "xl/_rels/workbook.xml.rels")
          return [name, enc.encode(text.replace(/<Relationship Id="rId6"[^>]*\/>/, ""))];
        if (name === "[Content_Types].xml")
          return [name, enc.encode(text.replace(/<Override PartName="\/xl\/styles.xml"[^>]*\/>/, ""))];
        if (name === "xl/workbook.xml") return [name, enc.encode(text.replace(/<definedNames>.*<\/definedNames>/, ""))];
        return [name, data];
      });
    const output = patchWorkbook(zipEntries(entries), [scorecard()]);
    const out = expectNoProblems(output);
    expect(decodeEntry(out, "xl/_rels/workbook.xml.rels")).toContain('Target="styles.xml"');
    expect(decodeEntry(out, "xl/workbook.xml")).toMatch(
      /<\/sheets><definedNames><definedName name="ITSM_Scorecard_Result"[^<]*<\/definedName><definedName name="_xlnm.Print_Titles"[^<]*<\/definedName><\/definedNames><calcPr/,
    );
    expect(grid(output, "Scorecard").rows).toEqual(values(scorecard()));
  });

  it("refuses input that is not a workbook", () => {
    expect(() => patchWorkbook(enc.encode("not a zip"), [scorecard()])).toThrow(ScorecardError);
    const bytes = excelLikeWorkbook();
    expect(() => patchWorkbook(bytes.subarray(0, bytes.length - 30), [scorecard()])).toThrow(/damaged or incomplete/);
  });

  it("writes into a Strict Open XML workbook in its Strict namespaces", () => {
    const entries = excelLikeWorkbookEntries().map(([name, data]): [string, Uint8Array] =>
      name === "xl/workbook.xml"
        ? [
            name,
            enc.encode(
              new TextDecoder()
                .decode(data)
                .replace(
                  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
                  'xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"',
                ),
            ),
          ]
        : [name, data],
    );
    const out = new Map(unzipEntries(patchWorkbook(zipEntries(entries), [scorecard()])));
    const text = (name: string) => new TextDecoder().decode(out.get(name));
    const rels = text("xl/_rels/workbook.xml.rels");
    const added = [...out.keys()].filter((n) => n.startsWith("xl/worksheets/sheet") && !entries.some(([e]) => e === n));
    expect(added).toHaveLength(1);
    expect(text(added[0])).toContain('xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"');
    expect(text(added[0])).not.toContain("schemas.openxmlformats.org/spreadsheetml");
    expect(rels).toMatch(
      /Type="http:\/\/purl\.oclc\.org\/ooxml\/officeDocument\/relationships\/worksheet" Target="worksheets\/sheet\d+\.xml"/,
    );
  });

  it("keeps cell text within Excel's limit and drops characters XML cannot carry", () => {
    const long = "x".repeat(40000);
    const output = patchWorkbook(excelLikeWorkbook(), [
      resultSheet("Issues", [[{ value: long }, { value: "a\u0000b\uFFFFc" }, { value: Number.NaN }]]),
    ]);
    const rows = grid(output, "Issues").rows;
    expect((rows[0][0] as string).length).toBe(32767);
    expect(rows[0][1]).toBe("abc");
    expect(rows[0][2]).toEqual({ error: "#NUM!" });
  });
});
