/**
 * Test workbooks built by hand, as other writers (Excel, LibreOffice, streaming libraries) lay
 * them out, and a checker of package consistency.
 */
import { XML_END, XML_EOF, XML_START, XmlReader } from "../../src/host/file/xml/xmlReader";
import {
  CONTENT_TYPES_PART,
  contentTypeOf,
  parseContentTypes,
  parseRels,
  partFolder,
  resolveTarget,
} from "../../src/host/file/opc/opc";
import { zipEntries } from "../../src/host/file/zip/zipPackage";

const enc = new TextEncoder();
/** The XML declaration Excel writes at the top of every part. */
export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const NS_PKG_R = "http://schemas.openxmlformats.org/package/2006/relationships";
/** The start of most OOXML content types. */
export const CT_PREFIX = "application/vnd.openxmlformats-officedocument";
/** The start of the officeDocument relationship types (`${REL_TYPE_PREFIX}worksheet`). */
export const REL_TYPE_PREFIX = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const HEAD = XML_HEAD;
const MAIN = NS_MAIN;
const R = NS_R;
const CT = CT_PREFIX;

export type Entries = [string, Uint8Array][];

function text(s: string): Uint8Array {
  return enc.encode(s);
}

/** A relationships part: [id, full type, target] per relationship. */
export function relationshipsXml(items: readonly (readonly [string, string, string])[]): string {
  return (
    XML_HEAD +
    `<Relationships xmlns="${NS_PKG_R}">` +
    items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join("") +
    `</Relationships>`
  );
}

/**
 * A workbook like one saved by Excel: shared strings (rich text, phonetic guide, entities),
 * a custom date format, sparse rows and cells, a formula with cached values, a hidden sheet,
 * a chart sheet, a drawing with a chart, a comment, a defined name, calcChain, docProps and a
 * binary part. Sheets: "Controls" (sparse data), "Notes" (hidden), "Chart1" (chart sheet),
 * "Summary" (has the drawing and the comment).
 */
export function excelLikeWorkbookEntries(options: { date1904?: boolean; prefixed?: boolean } = {}): Entries {
  const x = options.prefixed ? "x:" : "";
  const xmlns = options.prefixed ? `xmlns:x="${MAIN}"` : `xmlns="${MAIN}"`;
  const sst = [
    "Control ID", // 0
    "Status", // 1
    "Due date", // 2
    "Score", // 3
    "Compliant", // 4
    "A & B <ok>", // 5 (entities)
  ];
  const sstXml =
    HEAD +
    `<sst xmlns="${MAIN}" count="12" uniqueCount="8">` +
    sst.map((s) => `<si><t>${s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</t></si>`).join("") +
    // 6: rich text runs with a phonetic guide that is not part of the value
    `<si><r><rPr><b/></rPr><t xml:space="preserve">Rich </t></r><r><t>text</t></r><rPh sb="0" eb="1"><t>ふり</t></rPh></si>` +
    // 7: character references and a literal escaped underscore sequence
    `<si><t>caf&#xE9; &#8364; _x0041_ _x005F_x0041_</t></si>` +
    `</sst>`;
  const stylesXml =
    HEAD +
    `<styleSheet xmlns="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">` +
    `<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/><numFmt numFmtId="165" formatCode="&quot;Due &quot;0;[Red]\\-0"/></numFmts>` +
    `<fonts count="2" x14ac:knownFonts="1"><font><sz val="10"/><color theme="1"/><name val="Arial"/><family val="2"/></font><font><b/><sz val="10"/><name val="Arial"/><family val="2"/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="14" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
    `<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
    `<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
    `<xf numFmtId="22" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
    `<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
    `<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>` +
    `</styleSheet>`;
  // Controls: header on row 2 starting at column B, a gap row, cells without r, a formula.
  const controlsXml =
    HEAD +
    `<${x}worksheet ${xmlns} xmlns:r="${R}"><${x}dimension ref="B2:F7"/>` +
    `<${x}sheetViews><${x}sheetView tabSelected="1" workbookViewId="0"/></${x}sheetViews>` +
    `<${x}sheetFormatPr defaultRowHeight="12.75"/>` +
    `<${x}sheetData>` +
    `<${x}row r="1" spans="1:6" ht="20" customHeight="1"><${x}c r="C1" s="2"/></${x}row>` +
    `<${x}row r="2" spans="2:6"><${x}c r="B2" t="s"><${x}v>0</${x}v></${x}c><${x}c r="C2" t="s"><${x}v>1</${x}v></${x}c><${x}c r="D2" t="s"><${x}v>2</${x}v></${x}c><${x}c r="E2" t="s"><${x}v>3</${x}v></${x}c></${x}row>` +
    `<${x}row r="3"><${x}c r="B3" t="inlineStr"><${x}is><${x}t>C-1</${x}t></${x}is></${x}c><${x}c r="C3" t="s"><${x}v>4</${x}v></${x}c><${x}c r="D3" s="1"><${x}v>45306</${x}v></${x}c><${x}c r="E3" s="4"><${x}v>0.45</${x}v></${x}c></${x}row>` +
    // row 4 missing entirely; row 5 cells without r attributes
    `<${x}row r="5"><${x}c t="str"><${x}f>"C-"&amp;2</${x}f><${x}v>C-2</${x}v></${x}c><${x}c t="s"><${x}v>5</${x}v></${x}c><${x}c s="3"><${x}v>45306.5</${x}v></${x}c><${x}c><${x}f>1/0</${x}f><${x}v>7</${x}v></${x}c></${x}row>` +
    `<${x}row r="6"><${x}c r="B6" t="b"><${x}v>1</${x}v></${x}c><${x}c r="C6" t="e"><${x}f>NA()</${x}f><${x}v>#N/A</${x}v></${x}c><${x}c r="D6" t="d"><${x}v>2024-02-29T00:00:00</${x}v></${x}c><${x}c r="E6" s="2"><${x}v>-12</${x}v></${x}c></${x}row>` +
    `<${x}row r="7"><${x}c r="B7" t="s"><${x}v>6</${x}v></${x}c><${x}c r="C7" t="s"><${x}v>7</${x}v></${x}c><${x}c r="D7"><${x}v>1.5E-3</${x}v></${x}c><${x}c r="F7" t="inlineStr"><${x}is><${x}r><${x}t>in</${x}t></${x}r><${x}r><${x}t xml:space="preserve">line </${x}t></${x}r></${x}is></${x}c></${x}row>` +
    `<${x}row r="9"><${x}c r="D9" t="s"/></${x}row>` +
    `</${x}sheetData><${x}pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></${x}worksheet>`;
  const notesXml =
    HEAD +
    `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>3</v></c><c r="B1"><v>42</v></c></row></sheetData></worksheet>`;
  const summaryXml =
    HEAD +
    `<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetData><row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1"><f>SUM(Controls!E3:E3)</f><v>0.45</v></c></row></sheetData>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup orientation="portrait" r:id="rId3"/><drawing r:id="rId1"/><legacyDrawing r:id="rId2"/></worksheet>`;
  const chartXml =
    HEAD +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>Controls!$E$3:$E$7</c:f></c:numRef></c:val></c:ser><c:axId val="10"/><c:axId val="20"/></c:barChart>` +
    `<c:catAx><c:axId val="10"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="20"/></c:catAx>` +
    `<c:valAx><c:axId val="20"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="10"/></c:valAx>` +
    `</c:plotArea></c:chart></c:chartSpace>`;
  const drawingXml =
    HEAD +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;
  const rels = (items: [string, string, string][]): Uint8Array => text(relationshipsXml(items));
  const T = REL_TYPE_PREFIX;
  const workbookXml =
    HEAD +
    `<${x}workbook ${xmlns} xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15">` +
    `<${x}fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/>` +
    `<${x}workbookPr ${options.date1904 ? 'date1904="1" ' : ""}defaultThemeVersion="166925"/>` +
    `<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x15"><x15ac:absPath xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac" url="C:\\Users\\"/></mc:Choice></mc:AlternateContent>` +
    `<${x}bookViews><${x}workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300" activeTab="0"/></${x}bookViews>` +
    `<${x}sheets><${x}sheet name="Controls" sheetId="1" r:id="rId1"/><${x}sheet name="Notes" sheetId="4" state="hidden" r:id="rId2"/><${x}sheet name="Chart1" sheetId="2" r:id="rId3"/><${x}sheet name="Summary" sheetId="3" r:id="rId4"/></${x}sheets>` +
    `<${x}definedNames><${x}definedName name="Scores">Controls!$E$3:$E$7</${x}definedName><${x}definedName name="_xlnm.Print_Area" localSheetId="3">Summary!$A$1:$B$1</${x}definedName></${x}definedNames>` +
    `<${x}calcPr calcId="191029"/></${x}workbook>`;
  const ctXml =
    HEAD +
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="bin" ContentType="${CT}.spreadsheetml.printerSettings"/>` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Default Extension="vml" ContentType="${CT}.vmlDrawing"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>` +
    `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>` +
    `<Override PartName="/xl/worksheets/sheet2.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>` +
    `<Override PartName="/xl/worksheets/sheet3.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>` +
    `<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="${CT}.spreadsheetml.chartsheet+xml"/>` +
    `<Override PartName="/xl/theme/theme1.xml" ContentType="${CT}.theme+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.spreadsheetml.sharedStrings+xml"/>` +
    `<Override PartName="/xl/drawings/drawing1.xml" ContentType="${CT}.drawing+xml"/>` +
    `<Override PartName="/xl/drawings/drawing2.xml" ContentType="${CT}.drawing+xml"/>` +
    `<Override PartName="/xl/charts/chart1.xml" ContentType="${CT}.drawingml.chart+xml"/>` +
    `<Override PartName="/xl/charts/chart2.xml" ContentType="${CT}.drawingml.chart+xml"/>` +
    `<Override PartName="/xl/comments1.xml" ContentType="${CT}.spreadsheetml.comments+xml"/>` +
    `<Override PartName="/xl/calcChain.xml" ContentType="${CT}.spreadsheetml.calcChain+xml"/>` +
    `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
    `<Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/>` +
    `</Types>`;
  const appXml =
    HEAD +
    `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    `<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>` +
    `<HeadingPairs><vt:vector size="6" baseType="variant"><vt:variant><vt:lpstr>Hojas de cálculo</vt:lpstr></vt:variant><vt:variant><vt:i4>3</vt:i4></vt:variant><vt:variant><vt:lpstr>Gráficos</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant><vt:variant><vt:lpstr>Rangos con nombre</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="5" baseType="lpstr"><vt:lpstr>Controls</vt:lpstr><vt:lpstr>Notes</vt:lpstr><vt:lpstr>Summary</vt:lpstr><vt:lpstr>Chart1</vt:lpstr><vt:lpstr>Scores</vt:lpstr></vt:vector></TitlesOfParts>` +
    `<AppVersion>16.0300</AppVersion></Properties>`;
  return [
    ["[Content_Types].xml", text(ctXml)],
    [
      "_rels/.rels",
      rels([
        ["rId3", T + "extended-properties", "docProps/app.xml"],
        [
          "rId2",
          "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
          "docProps/core.xml",
        ],
        ["rId1", T + "officeDocument", "xl/workbook.xml"],
      ]),
    ],
    ["docProps/app.xml", text(appXml)],
    [
      "docProps/core.xml",
      text(
        HEAD +
          `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Auditor</dc:creator></cp:coreProperties>`,
      ),
    ],
    ["xl/workbook.xml", text(workbookXml)],
    [
      "xl/_rels/workbook.xml.rels",
      rels([
        ["rId8", T + "calcChain", "calcChain.xml"],
        ["rId3", T + "chartsheet", "chartsheets/sheet1.xml"],
        ["rId7", T + "sharedStrings", "sharedStrings.xml"],
        ["rId2", T + "worksheet", "worksheets/sheet2.xml"],
        ["rId1", T + "worksheet", "worksheets/sheet1.xml"],
        ["rId6", T + "styles", "styles.xml"],
        ["rId5", T + "theme", "theme/theme1.xml"],
        ["rId4", T + "worksheet", "/xl/worksheets/sheet3.xml"],
      ]),
    ],
    [
      "xl/theme/theme1.xml",
      text(
        HEAD +
          `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements/></a:theme>`,
      ),
    ],
    ["xl/worksheets/sheet1.xml", text(controlsXml)],
    ["xl/worksheets/sheet2.xml", text(notesXml)],
    ["xl/worksheets/sheet3.xml", text(summaryXml)],
    [
      "xl/worksheets/_rels/sheet3.xml.rels",
      rels([
        ["rId3", T + "printerSettings", "../printerSettings/printerSettings1.bin"],
        ["rId2", T + "vmlDrawing", "../drawings/vmlDrawing1.vml"],
        ["rId1", T + "drawing", "../drawings/drawing1.xml"],
        ["rId4", T + "comments", "../comments1.xml"],
      ]),
    ],
    [
      "xl/chartsheets/sheet1.xml",
      text(
        HEAD +
          `<chartsheet xmlns="${MAIN}" xmlns:r="${R}"><sheetViews><sheetView workbookViewId="0"/></sheetViews><drawing r:id="rId1"/></chartsheet>`,
      ),
    ],
    ["xl/chartsheets/_rels/sheet1.xml.rels", rels([["rId1", T + "drawing", "../drawings/drawing2.xml"]])],
    ["xl/drawings/drawing1.xml", text(drawingXml)],
    ["xl/drawings/_rels/drawing1.xml.rels", rels([["rId1", T + "chart", "../charts/chart1.xml"]])],
    ["xl/drawings/drawing2.xml", text(drawingXml)],
    ["xl/drawings/_rels/drawing2.xml.rels", rels([["rId1", T + "chart", "../charts/chart2.xml"]])],
    ["xl/charts/chart1.xml", text(chartXml)],
    ["xl/charts/chart2.xml", text(chartXml)],
    [
      "xl/drawings/vmlDrawing1.vml",
      text(`<xml xmlns:v="urn:schemas-microsoft-com:vml"><v:shape id="_x0000_s1025"/></xml>`),
    ],
    [
      "xl/comments1.xml",
      text(
        HEAD +
          `<comments xmlns="${MAIN}"><authors><author>Auditor</author></authors><commentList><comment ref="A1" authorId="0"><text><t>Check</t></text></comment></commentList></comments>`,
      ),
    ],
    ["xl/printerSettings/printerSettings1.bin", new Uint8Array(Array.from({ length: 300 }, (_v, i) => (i * 37) % 256))],
    ["xl/sharedStrings.xml", text(sstXml)],
    ["xl/styles.xml", text(stylesXml)],
    [
      "xl/calcChain.xml",
      text(HEAD + `<calcChain xmlns="${MAIN}"><c r="B5" i="1"/><c r="E5"/><c r="C6"/><c r="B1" i="3"/></calcChain>`),
    ],
  ];
}

export function excelLikeWorkbook(options?: { date1904?: boolean; prefixed?: boolean }): Uint8Array {
  return zipEntries(excelLikeWorkbookEntries(options));
}

// ---------------------------------------------------------------------------------------------

/** Entry names in the central directory, duplicates included (read directly from the bytes). */
export function centralDirectoryNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = bytes.length - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  const count = view.getUint16(eocd + 10, true);
  let o = view.getUint32(eocd + 16, true);
  const names: string[] = [];
  const dec = new TextDecoder();
  for (let i = 0; i < count; i++) {
    const nameLen = view.getUint16(o + 28, true);
    const extra = view.getUint16(o + 30, true);
    const comment = view.getUint16(o + 32, true);
    names.push(dec.decode(bytes.subarray(o + 46, o + 46 + nameLen)));
    o += 46 + nameLen + extra + comment;
  }
  return names;
}

function wellFormed(name: string, xml: string): string | null {
  const r = new XmlReader(xml);
  const stack: string[] = [];
  try {
    for (let ev = r.next(); ev !== XML_EOF; ev = r.next()) {
      if (ev === XML_START) stack.push(r.qualifiedName);
      else if (ev === XML_END) {
        const open = stack.pop();
        if (open !== r.qualifiedName) return `${name}: </${r.qualifiedName}> closes <${open}>`;
      }
    }
  } catch (e) {
    return `${name}: ${(e as Error).message}`;
  }
  return stack.length ? `${name}: unclosed <${stack.join("><")}>` : null;
}

/**
 * Problems with a package: duplicate entries, XML that is not well-formed, relationships whose
 * target is missing, duplicate relationship ids, parts without a content type, overrides for
 * missing parts, duplicate sheet names, sheetIds or parts. Empty when consistent.
 */
export function packageProblems(entries: Map<string, Uint8Array>, bytes?: Uint8Array): string[] {
  const problems: string[] = [];
  const dec = new TextDecoder();
  if (bytes) {
    const names = centralDirectoryNames(bytes);
    if (new Set(names).size !== names.length) problems.push("duplicate zip entries");
  }
  const lower = new Set([...entries.keys()].map((n) => n.toLowerCase()));
  const types = parseContentTypes(dec.decode(entries.get(CONTENT_TYPES_PART)));
  for (const [name, data] of entries) {
    if (name.endsWith(".xml") || name.endsWith(".rels")) {
      const problem = wellFormed(name, dec.decode(data));
      if (problem) problems.push(problem);
    }
    if (name !== CONTENT_TYPES_PART && !name.endsWith("/") && !contentTypeOf(types, name)) {
      problems.push(`no content type for ${name}`);
    }
    if (name.endsWith(".rels")) {
      const folder = partFolder(name);
      const source = folder.replace(/_rels\/$/, "") + name.slice(folder.length, -".rels".length);
      if (source !== "" && !lower.has(source.toLowerCase())) problems.push(`${name} belongs to no part`);
      const rels = parseRels(name, dec.decode(data));
      const ids = rels.relationships.map((r) => r.id);
      if (new Set(ids).size !== ids.length) problems.push(`duplicate relationship ids in ${name}`);
      for (const rel of rels.relationships) {
        if (rel.external) continue;
        const target = resolveTarget(source, rel.target);
        if (!lower.has(target.toLowerCase())) problems.push(`${name} ${rel.id} -> missing ${target}`);
      }
    }
  }
  for (const o of types.overrides) {
    if (!lower.has(o.key.replace(/^\//, "").toLowerCase())) problems.push(`override for missing part ${o.key}`);
  }
  const overrideKeys = types.overrides.map((o) => o.key.toLowerCase());
  if (new Set(overrideKeys).size !== overrideKeys.length) problems.push("duplicate content type overrides");
  const wb = entries.get("xl/workbook.xml");
  if (wb) {
    const xml = dec.decode(wb);
    const names = [...xml.matchAll(/<(?:\w+:)?sheet\s[^>]*name="([^"]*)"/g)].map((m) => m[1].toLowerCase());
    const ids = [...xml.matchAll(/<(?:\w+:)?sheet\s[^>]*sheetId="(\d+)"/g)].map((m) => m[1]);
    const rids = [...xml.matchAll(/<(?:\w+:)?sheet\s[^>]*r:id="([^"]*)"/g)].map((m) => m[1]);
    if (new Set(names).size !== names.length) problems.push("duplicate sheet names");
    if (new Set(ids).size !== ids.length) problems.push("duplicate sheetIds");
    if (new Set(rids).size !== rids.length) problems.push("two sheets share a part");
    const relsXml = entries.get("xl/_rels/workbook.xml.rels");
    if (relsXml) {
      const relIds = new Set(parseRels("rels", dec.decode(relsXml)).relationships.map((r) => r.id));
      for (const id of rids) if (!relIds.has(id)) problems.push(`sheet relationship ${id} missing`);
    }
    const localIds = [...xml.matchAll(/localSheetId="(\d+)"/g)].map((m) => Number(m[1]));
    for (const id of localIds) if (id >= names.length) problems.push(`localSheetId ${id} out of range`);
  }
  return problems;
}

export function decodeEntry(entries: Map<string, Uint8Array>, name: string): string {
  const data = entries.get(name);
  if (!data) throw new Error(`no entry ${name}`);
  return new TextDecoder().decode(data);
}

/** Raw bytes of each entry's stored (compressed) data, from the local headers. */
export function rawEntries(bytes: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Map<string, Uint8Array>();
  let o = 0;
  while (view.getUint32(o, true) === 0x04034b50) {
    const csize = view.getUint32(o + 18, true);
    const nameLen = view.getUint16(o + 26, true);
    const extra = view.getUint16(o + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(o + 30, o + 30 + nameLen));
    const start = o + 30 + nameLen + extra;
    out.set(name, bytes.subarray(start, start + csize));
    o = start + csize;
  }
  return out;
}
