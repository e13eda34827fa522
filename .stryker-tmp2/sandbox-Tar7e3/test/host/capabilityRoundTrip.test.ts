/**
 * The two optional sheets through the file host, read back by openpyxl (a second parser): the
 * template's Process attributes and Training sheets with their drop-downs (Attribute refuses other
 * values, Rating offers N/P/L/F and accepts a percentage, Required offers Yes/No), in English and
 * Spanish; and the computed sample's capability tables, profile fills, stacked profile charts,
 * training section and the Scorecard's DO line.
 */
// @ts-nocheck

import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { cli, tempFolder } from "../helpers/cli";

const PYTHON = "/usr/bin/python3";
const hasOpenpyxl = spawnSync(PYTHON, ["-c", "import openpyxl"]).status === 0;
if (!hasOpenpyxl && process.env.CI === "true") throw new Error("openpyxl is missing (python3-openpyxl).");
const describeIfOpenpyxl = hasOpenpyxl ? describe : describe.skip;

const SCRIPT = `
import json, sys, datetime, warnings
warnings.simplefilter("ignore")
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames}
for ws in wb.worksheets:
    rows = [[v.isoformat() if isinstance(v, (datetime.date, datetime.datetime)) else v for v in r] for r in ws.iter_rows(values_only=True)]
    fills = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None and c.fill is not None and c.fill.fgColor is not None and c.fill.fill_type:
                fills[c.coordinate] = str(c.fill.fgColor.rgb)[-6:]
    validations = [
        {"sqref": str(v.sqref), "type": v.type, "formula1": v.formula1, "error": v.error}
        for v in ws.data_validations.dataValidation
    ]
    charts = []
    for ch in ws._charts:
        title = None
        try:
            title = "".join(r.t for p in ch.title.tx.rich.p for r in (p.r or []))
        except Exception:
            pass
        charts.append({"type": ch.tagname, "grouping": getattr(ch, "grouping", None), "title": title,
                       "series": len(ch.series), "barDir": getattr(ch, "barDir", None)})
    out[ws.title] = {"rows": rows, "fills": fills, "validations": validations, "charts": charts}
print(json.dumps(out, default=str))
`;

interface SheetDump {
  rows: (string | number | boolean | null)[][];
  fills: Record<string, string>;
  validations: { sqref: string; type: string; formula1: string; error: string | null }[];
  charts: { type: string; grouping: string | null; title: string | null; series: number; barDir: string | null }[];
}
type Dump = { sheets: string[] } & Record<string, SheetDump>;

function openpyxl(file: string): Dump {
  const run = spawnSync(PYTHON, ["-c", SCRIPT, file], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as Dump;
}

/** The validation of the column whose header is `header` in row 1. */
function validationOf(sheet: SheetDump, header: string) {
  const col = sheet.rows[0].indexOf(header);
  const letter = String.fromCharCode(65 + col);
  return sheet.validations.find((v) => v.sqref.startsWith(`${letter}2`));
}

const rowOf = (sheet: SheetDump, first: string) => sheet.rows.find((r) => r[0] === first);

describeIfOpenpyxl("Process attributes and Training through the file host, read by openpyxl", () => {
  const dir = tempFolder();

  it.each([
    ["en", "Process attributes", "Training", ["Attribute", "Rating", "Required"], "Yes,No"],
    ["es", "Atributos de proceso", "Capacitación", ["Atributo", "Calificación", "Obligatorio"], "Sí,No"],
  ] as const)(
    "the %s template has both sheets with their drop-downs and the sample's rows",
    async (language, attributesName, trainingName, [attribute, rating, required], yesNo) => {
      const file = path.join(dir, `template-${language}.xlsx`);
      const run = await cli(["template", file, "--sample", "--language", language]);
      expect(run.code).toBe(0);
      const book = openpyxl(file);
      expect(book.sheets.slice(-2)).toEqual([attributesName, trainingName]);
      const attributes = book[attributesName];
      expect(validationOf(attributes, attribute)).toMatchObject({
        type: "list",
        formula1: '"PA 1.1,PA 2.1,PA 2.2,PA 3.1,PA 3.2,PA 4.1,PA 4.2,PA 5.1,PA 5.2"',
        error: expect.stringContaining("PA 5.2"),
      });
      // A rating may be typed as a percentage: the drop-down offers N/P/L/F with no error alert
      // (openpyxl 3.0 reports showErrorMessage true when the attribute is absent; the spec's default is false).
      expect(validationOf(attributes, rating)).toMatchObject({ type: "list", formula1: '"N,P,L,F"', error: null });
      expect(attributes.rows.length).toBeGreaterThan(100);
      expect(attributes.rows.some((r) => r[3] === "85 %")).toBe(true);
      const training = book[trainingName];
      expect(validationOf(training, required)).toMatchObject({
        type: "list",
        formula1: `"${yesNo}"`,
        error: expect.any(String),
      });
      expect(training.rows[0]).toHaveLength(7);
      expect(training.rows.length).toBeGreaterThan(30);
    },
  );

  it("the computed sample: CL(N) beside ML(N) with the flag, the profiles' fills and stacked charts, training beside PLC, the DO line", async () => {
    const run = await cli(["demo", dir]);
    expect(run.code).toBe(0);
    const book = openpyxl(path.join(dir, "sample.scorecard.xlsx"));

    const maturity = book["Maturity levels"];
    const flagged = rowOf(maturity, "CL(9.2)");
    expect(flagged?.slice(0, 5)).toEqual(["CL(9.2)", "Change management", 2, 0, "gap >= 2"]);
    const profileHeader = maturity.rows.findIndex((r) => r[2] === "PA 1.1");
    expect(maturity.rows[profileHeader].slice(2, 11)).toEqual([
      "PA 1.1",
      "PA 2.1",
      "PA 2.2",
      "PA 3.1",
      "PA 3.2",
      "PA 4.1",
      "PA 4.2",
      "PA 5.1",
      "PA 5.2",
    ]);
    // The first profile row (process 4): its F cell on the success fill, its N cell on the fail fill.
    const first = maturity.rows[profileHeader + 1];
    const excelRow = profileHeader + 2;
    expect(first[0]).toBe("4");
    const fillOf = (col: number) => maturity.fills[`${String.fromCharCode(65 + col)}${excelRow}`];
    const f = first.indexOf("F");
    const n = first.indexOf("N");
    expect([first[f], fillOf(f)]).toEqual(["F", "C6EFCE"]);
    expect([first[n], fillOf(n)]).toEqual(["N", "FFC7CE"]);
    const profiles = maturity.charts.filter((c) => c.title?.startsWith("Attributes by rating"));
    expect(profiles).toEqual([
      { type: "barChart", grouping: "stacked", title: "Attributes by rating, HA 2026-H1", series: 4, barDir: "bar" },
      { type: "barChart", grouping: "stacked", title: "Attributes by rating, VA 2026-H2", series: 4, barDir: "bar" },
    ]);

    const compliance = book.Compliance;
    expect(rowOf(compliance, "Training (all teams)")?.slice(3, 7)).toEqual([31 / 36, 1, 10 / 12, 9 / 12]);
    const gapsHeader = compliance.rows.findIndex((r) => r[0] === "Person");
    expect(compliance.rows[gapsHeader + 2]).toEqual(
      expect.arrayContaining([
        "Andrés Mendoza",
        "ISO/IEC 20000 Foundation",
        "SMR",
        "Expiring",
        "Guayaquil",
        "2027-01-29",
      ]),
    );

    const scorecard = book.Scorecard;
    const doLine = scorecard.rows.find((r) => r[1] === "all teams · Training");
    expect(doLine?.slice(0, 3)).toEqual(["DO", "all teams · Training", 31 / 36]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
