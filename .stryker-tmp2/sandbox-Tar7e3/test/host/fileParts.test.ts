/** The exact XML of the template's package parts: data validations and Excel tables. */
// @ts-nocheck

import { dataValidationsXml, listFormula } from "../../src/host/file/parts/dataValidations";
import { tablePartsXml } from "../../src/host/file/parts/sheetXml";
import { tableXml } from "../../src/host/file/parts/tableParts";
import { createWorkbook } from "../../src/host/file/writeWorkbook";
import { unzipEntries } from "../../src/host/file/zip/zipPackage";
import { XlsxFileHost } from "../../src/host/file/xlsxFileHost";

describe("dataValidations part", () => {
  it("writes a drop-down, a whole-number rule and an input message only, in that order", () => {
    expect(
      dataValidationsXml([
        {
          sqref: "F2",
          rule: { kind: "list", values: ["Compliant", "Not compliant"] },
          prompt: { title: "Status", message: "How far it is met." },
          error: { title: "Status", message: "Choose one of: Compliant, Not compliant." },
        },
        {
          sqref: "D2:D9",
          rule: { kind: "whole", min: 1, max: 5 },
          prompt: { title: "Likelihood", message: "1 to 5 & no more." },
          error: { title: "Likelihood", message: "Type a whole number from 1 to 5." },
        },
        { sqref: "G2", rule: { kind: "any" }, prompt: { title: "Due date", message: "A date: YYYY-MM-DD." } },
      ]),
    ).toBe(
      '<dataValidations count="3">' +
        '<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="Status" error="Choose one of: Compliant, Not compliant." promptTitle="Status" prompt="How far it is met." sqref="F2"><formula1>"Compliant,Not compliant"</formula1></dataValidation>' +
        '<dataValidation type="whole" operator="between" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="Likelihood" error="Type a whole number from 1 to 5." promptTitle="Likelihood" prompt="1 to 5 &amp; no more." sqref="D2:D9"><formula1>1</formula1><formula2>5</formula2></dataValidation>' +
        '<dataValidation allowBlank="1" showInputMessage="1" promptTitle="Due date" prompt="A date: YYYY-MM-DD." sqref="G2"/>' +
        "</dataValidations>",
    );
  });

  it("writes nothing for no validation, doubles quotes in a list and clips texts to Excel's limits", () => {
    expect(dataValidationsXml([])).toBe("");
    expect(listFormula(['Say "yes"', "No"])).toBe('"Say ""yes"",No"');
    const xml = dataValidationsXml([
      { sqref: "A2", rule: { kind: "any" }, prompt: { title: "T".repeat(40), message: "m".repeat(300) } },
    ]);
    expect(xml).toContain(`promptTitle="${"T".repeat(31)}…"`);
    expect(xml).toContain(`prompt="${"m".repeat(254)}…"`);
  });
});

describe("table part", () => {
  it("writes the table, its filter, its columns and the style both hosts use", () => {
    expect(tableXml({ id: 3, name: "tblRisks", ref: "A1:C2", columns: ["Risk ID", "Project ID", "R&D"] })).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="3" name="tblRisks" displayName="tblRisks" ref="A1:C2" totalsRowShown="0">' +
        '<autoFilter ref="A1:C2"/>' +
        '<tableColumns count="3"><tableColumn id="1" name="Risk ID"/><tableColumn id="2" name="Project ID"/><tableColumn id="3" name="R&amp;D"/></tableColumns>' +
        '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>' +
        "</table>",
    );
    expect(tablePartsXml(["rId1"])).toBe('<tableParts count="1"><tablePart r:id="rId1"/></tableParts>');
    expect(tablePartsXml([])).toBe("");
  });
});

describe("a template sheet's package parts", () => {
  it("writes the worksheet, its table part, its relationships and the content type, exactly", () => {
    const entries = new Map(
      [
        ...unzipEntries(
          createWorkbook([
            {
              name: "Risks",
              rows: [["Risk ID", "Likelihood", "Status", "Due date", "Progress"]],
              inputs: {
                "Risk ID": { kind: "text" },
                Likelihood: { kind: "whole", min: 1, max: 5 },
                Status: { kind: "list", values: ["Open", "Closed"] },
                "Due date": { kind: "date" },
                Progress: { kind: "percent" },
              },
              help: {
                Likelihood: { title: "Likelihood", prompt: "1 to 5.", error: "Type a whole number from 1 to 5." },
                Status: { title: "Status", prompt: "Open or closed.", error: "Choose one of: Open, Closed." },
              },
              table: "tblRisks",
              layout: {
                columnWidths: [12, 14, 10, 12, 12],
                rowStyles: { 0: { bold: true, fill: "header" } },
                freezeRows: 1,
                print: { landscape: true, fitToWidth: true, titleRows: 1 },
              },
            },
          ]),
        ),
      ].map(([name, data]) => [name, new TextDecoder().decode(data)]),
    );
    // Cell formats 2, 3 and 4 are text (49), yyyy-mm-dd (164) and 0% (9), in the order first used.
    expect(entries.get("xl/worksheets/sheet1.xml")).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
        '<dimension ref="A1:E1"/>' +
        '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
        '<cols><col min="1" max="1" width="12" customWidth="1"/><col min="2" max="2" width="14" customWidth="1"/><col min="3" max="3" width="10" customWidth="1"/><col min="4" max="4" width="12" customWidth="1"/><col min="5" max="5" width="12" customWidth="1"/></cols>' +
        '<sheetData><row r="1"><c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">Risk ID</t></is></c><c r="B1" s="1" t="inlineStr"><is><t xml:space="preserve">Likelihood</t></is></c><c r="C1" s="1" t="inlineStr"><is><t xml:space="preserve">Status</t></is></c><c r="D1" s="1" t="inlineStr"><is><t xml:space="preserve">Due date</t></is></c><c r="E1" s="1" t="inlineStr"><is><t xml:space="preserve">Progress</t></is></c></row><row r="2"><c r="A2" s="2"/><c r="D2" s="3"/><c r="E2" s="4"/></row></sheetData>' +
        '<dataValidations count="2"><dataValidation type="whole" operator="between" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="Likelihood" error="Type a whole number from 1 to 5." promptTitle="Likelihood" prompt="1 to 5." sqref="B2"><formula1>1</formula1><formula2>5</formula2></dataValidation><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="Status" error="Choose one of: Open, Closed." promptTitle="Status" prompt="Open or closed." sqref="C2"><formula1>"Open,Closed"</formula1></dataValidation></dataValidations>' +
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
        '<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
        '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>' +
        "</worksheet>",
    );
    expect(entries.get("xl/worksheets/_rels/sheet1.xml.rels")).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table1.xml"/>' +
        "</Relationships>",
    );
    expect(entries.get("xl/tables/table1.xml")).toContain('id="1" name="tblRisks" displayName="tblRisks" ref="A1:E2"');
    expect(entries.get("[Content_Types].xml")).toContain(
      '<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>',
    );
    expect(entries.get("xl/styles.xml")).toContain(
      '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>',
    );
    expect(entries.get("xl/styles.xml")).toContain(
      '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
        '<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
    );
    expect(entries.get("xl/workbook.xml")).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">\'Risks\'!$1:$1</definedName>',
    );
  });

  it("gives a table a new id and name when the workbook's own tables have them", async () => {
    const first = createWorkbook([
      { name: "A", rows: [["X"]], inputs: { X: { kind: "text" } }, table: "tblData" },
      { name: "B", rows: [["X"]], inputs: { X: { kind: "text" } }, table: "tblData" },
    ]);
    const tables = (bytes: Uint8Array) =>
      [...unzipEntries(bytes)]
        .filter(([name]) => name.startsWith("xl/tables/"))
        .map(([, data]) => /id="(\d+)" name="(\w+)"/.exec(new TextDecoder().decode(data))?.slice(1));
    expect(tables(first)).toEqual([
      ["1", "tblData"],
      ["2", "tblData2"],
    ]);
    // Added later to the same workbook: the tables already in the package are taken too.
    const host = new XlsxFileHost(first);
    await host.addSheets([{ name: "C", rows: [["X"]], inputs: { X: { kind: "text" } }, table: "tbldata" }]);
    expect(tables(host.bytes)).toEqual([
      ["1", "tblData"],
      ["2", "tblData2"],
      ["3", "tbldata3"],
    ]);
  });
});
