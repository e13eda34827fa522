/** The exact XML of the template's package parts: data validations and Excel tables. */
import { dataValidationsXml, listFormula } from "../../src/host/file/parts/dataValidations";
import { tablePartsXml } from "../../src/host/file/parts/sheetXml";
import { tableXml } from "../../src/host/file/parts/tableParts";

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
