/**
 * An auditor's workbook written by hand, part by part, as Excel lays it out: input sheets with
 * formulas, a comment, cell styles, hidden rows, conditional formatting, data validation and
 * extra columns, a sheet of the auditor's own that refers to them, a calculation chain and a
 * defined name. Everything the product must keep as it was.
 */
// @ts-nocheck

import { zipEntries } from "../../src/host/file/zip/zipPackage";
import {
  CT_PREFIX as CT,
  type Entries,
  XML_HEAD as HEAD,
  NS_MAIN as MAIN,
  NS_PKG_R as PKG_R,
  NS_R as R,
  REL_TYPE_PREFIX as T,
  relationshipsXml,
} from "../helpers/xlsxFixtures";

const enc = new TextEncoder();

/** Shared strings, by index. */
const SST = [
  "Setting", // 0
  "Value", // 1
  "Organization", // 2
  "Ministerio de Pruebas", // 3
  "As-of date", // 4
  "Control ID", // 5
  "Office", // 6
  "Clause", // 7
  "Status", // 8
  "Weight", // 9
  "Auditor note", // 10
  "Score", // 11
  "Quito", // 12
  "Lima", // 13
  "Compliant", // 14
  "Not compliant", // 15
  "Partially compliant", // 16
  "see minutes of 3 March", // 17
  "Evidence ID", // 18
  "Indicator", // 19
  "Note", // 20
  "OCL", // 21
  "baseline before the audit", // 22
  "Accepted", // 23
  "Controls counted", // 24
];
export const AUDITOR_SHEETS = ["Settings", "Controls", "Evidence", "Indicator history", "Auditor notes"] as const;

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const s = (ref: string, index: number, style = 0) =>
  `<c r="${ref}"${style ? ` s="${style}"` : ""} t="s"><v>${index}</v></c>`;
const n = (ref: string, value: number, style = 0) => `<c r="${ref}"${style ? ` s="${style}"` : ""}><v>${value}</v></c>`;
const str = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${esc(text)}</t></is></c>`;
const f = (ref: string, formula: string, cached: number, style = 0) =>
  `<c r="${ref}"${style ? ` s="${style}"` : ""}><f>${esc(formula)}</f><v>${cached}</v></c>`;

const worksheet = (sheetData: string, before = "", after = "") =>
  HEAD +
  `<worksheet xmlns="${MAIN}" xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">` +
  before +
  `<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><sheetData>${sheetData}</sheetData>` +
  `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
  after +
  `</worksheet>`;

// Styles: 0 default, 1 date (dd/mm/yyyy), 2 bold header on a fill, 3 percent, 4 yellow note.
const STYLES =
  HEAD +
  `<styleSheet xmlns="${MAIN}">` +
  `<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>` +
  `<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><color rgb="FFFFFFFF"/><name val="Calibri"/><family val="2"/></font></fonts>` +
  `<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>` +
  `<fill><patternFill patternType="solid"><fgColor rgb="FF305496"/><bgColor indexed="64"/></patternFill></fill>` +
  `<fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/><bgColor indexed="64"/></patternFill></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>` +
  `<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `<xf numFmtId="0" fontId="0" fillId="3" borderId="0" xfId="0" applyFill="1"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `<dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs>` +
  `<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`;

const SETTINGS = worksheet(
  `<row r="1">${s("A1", 0, 2)}${s("B1", 1, 2)}</row>` +
    `<row r="2">${s("A2", 2)}${s("B2", 3)}</row>` +
    `<row r="3">${s("A3", 4)}${n("B3", 46326, 1)}</row>`, // 2026-10-31
  `<dimension ref="A1:B3"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>`,
);

// Controls: styled header, formulas in an extra column, a comment on D3, a hidden row, extra columns,
// conditional formatting and a data validation list.
const CONTROLS = worksheet(
  `<row r="1" spans="1:7">${s("A1", 5, 2)}${s("B1", 6, 2)}${s("C1", 7, 2)}${s("D1", 8, 2)}${s("E1", 9, 2)}${s("F1", 10, 2)}${s("G1", 11, 2)}</row>` +
    `<row r="2" spans="1:7">${str("A2", "C-1")}${s("B2", 12)}${str("C2", "4.1")}${s("D2", 14)}${n("E2", 1)}${s("F2", 17, 4)}${f("G2", "E2*100", 100, 3)}</row>` +
    `<row r="3" spans="1:7">${str("A3", "C-2")}${s("B3", 12)}${str("C3", "8.1")}${s("D3", 15)}${n("E3", 2)}<c r="F3" s="4"/>${f("G3", "E3*100", 200, 3)}</row>` +
    `<row r="4" spans="1:7" hidden="1">${str("A4", "C-1")}${s("B4", 13)}${str("C4", "6.1")}${s("D4", 16)}${n("E4", 1)}${str("F4", "=not a formula, typed as text")}${f("G4", "E4*100", 100, 3)}</row>` +
    `<row r="5" spans="1:7">${str("A5", "C-3")}${s("B5", 13)}${str("C5", "9.2")}${s("D5", 14)}${n("E5", 1)}${str("F5", "مراجعة")}${f("G5", "SUM(G2:G4)", 400, 3)}</row>`,
  `<dimension ref="A1:G5"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="D3" sqref="D3"/></sheetView></sheetViews>` +
    `<cols><col min="1" max="1" width="12" customWidth="1"/><col min="6" max="6" width="30" customWidth="1"/></cols>`,
  `<pageSetup orientation="landscape" r:id="rId3"/><legacyDrawing r:id="rId2"/>`,
).replace(
  "</sheetData>",
  `</sheetData><conditionalFormatting sqref="D2:D5"><cfRule type="cellIs" dxfId="0" priority="1" operator="equal"><formula>"Not compliant"</formula></cfRule></conditionalFormatting>` +
    `<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="D2:D100"><formula1>"Compliant,Partially compliant,Not compliant,Not applicable"</formula1></dataValidation></dataValidations>`,
);

const EVIDENCE = worksheet(
  `<row r="1">${s("A1", 18, 2)}${s("B1", 6, 2)}${s("C1", 5, 2)}${s("D1", 8, 2)}</row>` +
    `<row r="2">${str("A2", "E-1")}${s("B2", 12)}${str("C2", "C-1")}${s("D2", 23)}</row>` +
    `<row r="3">${str("A3", "E-2")}${s("B3", 13)}${str("C3", "C-3")}${s("D3", 23)}</row>`,
  `<dimension ref="A1:D3"/>`,
);

const HISTORY = worksheet(
  `<row r="1">${s("A1", 4, 2)}${s("B1", 6, 2)}${s("C1", 19, 2)}${s("D1", 1, 2)}${s("E1", 20, 2)}</row>` +
    `<row r="2">${n("A2", 46295, 1)}${s("B2", 12)}${s("C2", 21)}${f("D2", "1/2", 0.5, 3)}${s("E2", 22)}</row>`, // 2026-09-30; the value typed as a formula
  `<dimension ref="A1:E2"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><cols><col min="1" max="1" width="14" customWidth="1"/></cols>`,
);

const NOTES = worksheet(
  `<row r="1">${s("A1", 24)}${f("B1", "COUNTA(Controls!A2:A100)", 4)}</row>` +
    `<row r="2">${str("A2", "Weighted")}${f("B2", "SUM(Controls!E2:E5)", 5)}</row>`,
  `<dimension ref="A1:B2"/>`,
);

/** Relationships whose types are named after REL_TYPE_PREFIX ("worksheet", "styles"). */
const rels = (items: [string, string, string][]): string =>
  relationshipsXml(items.map(([id, type, target]) => [id, T + type, target] as const));

/** The auditor's workbook as zip entries, in Excel's order. `extraSheet` adds one more sheet of the auditor's (e.g. named "Scorecard"). */
export function auditorWorkbookEntries(options: { extraSheet?: string } = {}): Entries {
  const sheetNames: string[] = [...AUDITOR_SHEETS, ...(options.extraSheet ? [options.extraSheet] : [])];
  const sheetParts = sheetNames.map((_n, i) => `worksheets/sheet${i + 1}.xml`);
  const workbook =
    HEAD +
    `<workbook xmlns="${MAIN}" xmlns:r="${R}"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/><workbookPr defaultThemeVersion="166925"/>` +
    `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300" activeTab="1"/></bookViews><sheets>` +
    sheetNames.map((name, i) => `<sheet name="${esc(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
    `</sheets><definedNames><definedName name="ControlWeights">Controls!$E$2:$E$5</definedName></definedNames><calcPr calcId="191029"/></workbook>`;
  const n0 = sheetNames.length;
  const contentTypes =
    HEAD +
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="bin" ContentType="${CT}.spreadsheetml.printerSettings"/>` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    `<Default Extension="vml" ContentType="${CT}.vmlDrawing"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>` +
    sheetParts.map((p) => `<Override PartName="/xl/${p}" ContentType="${CT}.spreadsheetml.worksheet+xml"/>`).join("") +
    `<Override PartName="/xl/theme/theme1.xml" ContentType="${CT}.theme+xml"/><Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/comments1.xml" ContentType="${CT}.spreadsheetml.comments+xml"/>` +
    `<Override PartName="/xl/calcChain.xml" ContentType="${CT}.spreadsheetml.calcChain+xml"/>` +
    `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/></Types>`;
  const app =
    HEAD +
    `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application>` +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${n0}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${n0}" baseType="lpstr">${sheetNames.map((x) => `<vt:lpstr>${esc(x)}</vt:lpstr>`).join("")}</vt:vector></TitlesOfParts><AppVersion>16.0300</AppVersion></Properties>`;
  const sst =
    HEAD +
    `<sst xmlns="${MAIN}" count="${SST.length + 12}" uniqueCount="${SST.length}">${SST.map((t) => `<si><t>${esc(t)}</t></si>`).join("")}</sst>`;
  const extra = worksheet(
    `<row r="1">${str("A1", "The auditor's own summary, not the product's")}</row>`,
    `<dimension ref="A1"/>`,
  );
  const entries: [string, string | Uint8Array][] = [
    ["[Content_Types].xml", contentTypes],
    [
      "_rels/.rels",
      HEAD +
        `<Relationships xmlns="${PKG_R}"><Relationship Id="rId3" Type="${T}extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="${T}officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    ["docProps/app.xml", app],
    [
      "docProps/core.xml",
      HEAD +
        `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Auditor</dc:creator></cp:coreProperties>`,
    ],
    ["xl/workbook.xml", workbook],
    [
      "xl/_rels/workbook.xml.rels",
      rels([
        ...sheetParts.map((p, i): [string, string, string] => [`rId${i + 1}`, "worksheet", p]),
        [`rId${n0 + 1}`, "theme", "theme/theme1.xml"],
        [`rId${n0 + 2}`, "styles", "styles.xml"],
        [`rId${n0 + 3}`, "sharedStrings", "sharedStrings.xml"],
        [`rId${n0 + 4}`, "calcChain", "calcChain.xml"],
      ]),
    ],
    [
      "xl/theme/theme1.xml",
      HEAD +
        `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements/></a:theme>`,
    ],
    ["xl/worksheets/sheet1.xml", SETTINGS],
    ["xl/worksheets/sheet2.xml", CONTROLS],
    [
      "xl/worksheets/_rels/sheet2.xml.rels",
      rels([
        ["rId3", "printerSettings", "../printerSettings/printerSettings1.bin"],
        ["rId2", "vmlDrawing", "../drawings/vmlDrawing1.vml"],
        ["rId1", "comments", "../comments1.xml"],
      ]),
    ],
    ["xl/worksheets/sheet3.xml", EVIDENCE],
    ["xl/worksheets/sheet4.xml", HISTORY],
    ["xl/worksheets/sheet5.xml", NOTES],
    ...(options.extraSheet ? [["xl/worksheets/sheet6.xml", extra] as [string, string]] : []),
    [
      "xl/comments1.xml",
      HEAD +
        `<comments xmlns="${MAIN}"><authors><author>Auditor</author></authors><commentList><comment ref="D3" authorId="0"><text><r><rPr><b/></rPr><t>Auditor:</t></r><r><t xml:space="preserve"> status disputed by the office</t></r></text></comment></commentList></comments>`,
    ],
    [
      "xl/drawings/vmlDrawing1.vml",
      `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape id="_x0000_s1025" type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>2</x:Row><x:Column>3</x:Column></x:ClientData></v:shape></xml>`,
    ],
    [
      "xl/printerSettings/printerSettings1.bin",
      new Uint8Array(Array.from({ length: 256 }, (_v, i) => (i * 31 + 7) % 256)),
    ],
    ["xl/sharedStrings.xml", sst],
    ["xl/styles.xml", STYLES],
    [
      "xl/calcChain.xml",
      HEAD +
        `<calcChain xmlns="${MAIN}"><c r="G2" i="2" l="1"/><c r="G3"/><c r="G4"/><c r="G5"/><c r="B1" i="5"/><c r="B2"/></calcChain>`,
    ],
  ];
  return entries.map(([name, data]) => [name, typeof data === "string" ? enc.encode(data) : data]);
}

export function auditorWorkbook(options: { extraSheet?: string } = {}): Uint8Array {
  return zipEntries(auditorWorkbookEntries(options));
}
