/**
 * Catalogs and languages through the command line and both hosts, on real .xlsx files:
 * a workbook per edition, an organisation's own catalog, the Spanish sample against the
 * English one, and a workbook that changes language between runs.
 */
// @ts-nocheck

import * as fs from "node:fs";
import * as path from "node:path";
import type { Cell, SheetGrid } from "../../src/core/model/grid";
import { RESULT_LABELS, RESULT_SHEET_NAMES } from "../../src/core/text/labels";
import { upsertSettings } from "../../src/core/settingsSheet";
import { compute as computeInHost } from "../../src/app";
import { ExcelHost } from "../../src/host/excel/excelHost";
import { ExcelBed, validationsOf } from "../helpers/officeJsBed/bed";
import { readWorkbook } from "../../src/host/file/readWorkbook";
import { createWorkbook } from "../../src/host/file/writeWorkbook";
import { ZipPackage } from "../../src/host/file/zip/zipPackage";
import { XlsxFileHost } from "../../src/host/file/xlsxFileHost";
import { SAMPLE_CAMPAIGNS, sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { cli, tempFolder } from "../helpers/cli";
import { day } from "../helpers/records";

const dir = tempFolder();
const read = (file: string) => readWorkbook(fs.readFileSync(file));
const json = (file: string) => JSON.parse(fs.readFileSync(file, "utf8"));
const sheetOf = (file: string, name: string): SheetGrid => {
  const found = read(file).sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name} in ${file}`);
  return found;
};
const rowOf = (grid: SheetGrid, label: string): readonly Cell[] => grid.rows.find((r) => r[0] === label) ?? [];

/** Writes a workbook of plain sheets and computes it with the command line as of 2026-11-01. */
async function compute(
  name: string,
  sheets: { name: string; rows: Cell[][] }[],
): Promise<{ output: string; doc: ReturnType<typeof json> }> {
  const input = path.join(dir, `${name}.xlsx`);
  const output = path.join(dir, `${name}.scorecard.xlsx`);
  const result = path.join(dir, `${name}.json`);
  fs.writeFileSync(input, createWorkbook(sheets));
  const run = await cli(["compute", input, "-o", output, "--json", result, "--as-of", "2026-11-01"]);
  expect([run.code, run.err]).toEqual([0, ""]);
  return { output, doc: json(result) };
}

/** Chart titles of a written workbook, read from its chart parts. */
function chartTitles(file: string): string[] {
  const pkg = ZipPackage.open(fs.readFileSync(file));
  return pkg
    .names()
    .filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))
    .map((n) => /<c:title>[\s\S]*?<\/c:title>/.exec(String(pkg.getText(n)))?.[0] ?? "")
    .map((title) => [...title.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(""));
}

describe("a workbook per edition", () => {
  const controls = (...rows: [string, string][]) => ({
    name: "Controls",
    rows: [["Control ID", "Clause", "Status"], ...rows.map(([clause, status], i) => [`C${i}`, clause, status])],
  });
  const settings = (framework: string) => ({
    name: "Settings",
    rows: [
      ["Setting", "Value"],
      ["Require evidence", "No"],
      ["Framework", framework],
    ],
  });

  it("computes ISO/IEC 20000-1:2018: its processes, clauses 4-10 and teams", async () => {
    const { output, doc } = await compute("edition2018", [
      settings("ISO/IEC 20000-1:2018"),
      controls(
        ["8.6.1.1", "Compliant"],
        ["8.6.1.2", "Not compliant"],
        ["9.4.1", "Compliant"],
        ["9.1.2", "Partially compliant"],
        ["10.1", "Compliant"],
      ),
    ]);
    expect(Object.keys(doc.consolidated.cls)).toEqual(["4", "5", "6", "7", "8", "9", "10"]);
    expect(Object.keys(doc.consolidated.ccl)).toHaveLength(29);
    expect(doc.consolidated.ccl["8.6.1"]).toBe(0.5);
    expect(doc.consolidated.ccl["9.4"]).toBe(1);
    expect(doc.consolidated.ccl["9"]).toBe(0.5);
    expect(doc.consolidated.ccl["8.1"]).toBeNull();
    expect(doc.consolidated.cls["9"]).toBe(0.75);
    expect(doc.consolidated.cls["8"]).toBe(0.5);
    expect(doc.consolidated.plc).toEqual({ SMR: 0.75, "D&T": null, "S&C": 1, "O&R": 0.5 });
    const compliance = sheetOf(output, RESULT_SHEET_NAMES.en.compliance);
    expect(rowOf(compliance, "8.6.1").slice(0, 4)).toEqual(["8.6.1", "Incident management", "O&R", 0.5]);
    expect(rowOf(compliance, "Clause 10")[3]).toBe(1);
    expect(sheetOf(output, RESULT_SHEET_NAMES.en.scorecard).rows[1][0]).toContain("ISO/IEC 20000-1:2018");
  });

  it("computes ISO/IEC 20000-1:2011 by default, with the paper's processes", async () => {
    const { output, doc } = await compute("edition2011", [
      {
        name: "Settings",
        rows: [
          ["Setting", "Value"],
          ["Require evidence", "No"],
        ],
      },
      controls(
        ["8.1.1", "Compliant"],
        ["8.1.2", "Not compliant"],
        ["6.2", "Compliant"],
        ["4.5.4", "Partially compliant"],
      ),
    ]);
    expect(Object.keys(doc.consolidated.cls)).toEqual(["4", "5", "6", "7", "8", "9"]);
    expect(Object.keys(doc.consolidated.ccl)).toHaveLength(15);
    expect(doc.consolidated.ccl["8.1"]).toBe(0.5);
    expect(doc.consolidated.plc).toEqual({ SMR: 0.5, "D&T": null, "S&C": 1, "O&R": 0.5 });
    expect(rowOf(sheetOf(output, RESULT_SHEET_NAMES.en.compliance), "8.1").slice(0, 3)).toEqual([
      "8.1",
      "Incident and service request management",
      "O&R",
    ]);
  });

  it("compares a 2011 campaign with a 2018 campaign on the 2018 processes of the Maturity sheet", async () => {
    const { output, doc } = await compute("campaigns", [
      settings("2018"),
      controls(["8.6.1", "Compliant"]),
      {
        name: "Audits",
        rows: [
          ["Audit ID", "Campaign"],
          ["H1", "HA 2019"],
          ["V1", "VA 2025"],
        ],
      },
      {
        name: "Maturity",
        rows: [
          ["Audit ID", "Process", "Level"],
          ["H1", "8.1", 2],
          ["H1", "6.3", 3],
          ["H1", "9.2", 1],
          ["V1", "8.6.1", 4],
          ["V1", "8.7.1", 5],
          ["V1", "8.5.1", 3],
        ],
      },
    ]);
    const [ha, va] = doc.campaigns;
    expect([ha.name, va.name]).toEqual(["HA 2019", "VA 2025"]);
    expect([
      ha.maturity.byProcess["8.6.1"],
      ha.maturity.byProcess["8.6.2"],
      ha.maturity.byProcess["8.7.2"],
      ha.maturity.byProcess["8.5.1"],
    ]).toEqual([2, 2, 3, 1]);
    expect([va.maturity.byProcess["8.6.1"], va.maturity.byProcess["8.7.1"], va.maturity.byProcess["8.5.1"]]).toEqual([
      4, 5, 3,
    ]);
    const maturity = sheetOf(output, RESULT_SHEET_NAMES.en.maturity);
    expect(rowOf(maturity, "ML(8.7.1)").slice(0, 4)).toEqual(["ML(8.7.1)", "Service availability management", 3, 5]);
    expect(rowOf(maturity, "ML(8.6.1)").slice(2, 4)).toEqual([2, 4]);
    const notice = doc.issues.find((i: { message: string }) =>
      i.message.includes("carried to the ISO/IEC 20000-1:2018 processes"),
    );
    expect(notice).toMatchObject({ severity: "warning", sheet: "Maturity" });
    expect(sheetOf(output, RESULT_SHEET_NAMES.en.issues).rows.some((r) => r[6] === notice.message)).toBe(true);
  });
});

describe("an organisation's own catalog", () => {
  it("replaces the built-in one in every result", async () => {
    const { output, doc } = await compute("ownCatalog", [
      {
        name: "Settings",
        rows: [
          ["Setting", "Value"],
          ["Require evidence", "No"],
        ],
      },
      {
        name: "Catálogo",
        rows: [
          ["Código", "Proceso", "Cláusula", "Equipo"],
          ["1", "Governance", "1", "SMR"],
          ["2.1", "Service desk", "2", "O&R"],
          ["2.2", "Monitoring", "2", "S&C"],
        ],
      },
      {
        name: "Controls",
        rows: [
          ["Control ID", "Clause", "Status"],
          ["A", "1.1", "C"],
          ["B", "2.1.3", "NC"],
          ["C", "2.2", "PC"],
        ],
      },
      {
        name: "Audits",
        rows: [
          ["Audit ID", "Campaign"],
          ["A1", "Own"],
        ],
      },
      {
        name: "Maturity",
        rows: [
          ["Audit ID", "Process", "Level"],
          ["A1", "2.1", 3],
          ["A1", "6.1", 2],
        ],
      },
    ]);
    expect(doc.consolidated.ccl).toEqual({ "1": 1, "2.1": 0, "2.2": 0.5 });
    expect(doc.consolidated.cls).toEqual({ "1": 1, "2": 0.25 });
    expect(doc.campaigns[0].maturity.byProcess).toEqual({ "1": null, "2.1": 3, "2.2": null });
    expect(doc.issues.filter((i: { severity: string }) => i.severity === "error")).toEqual([
      expect.objectContaining({ sheet: "Maturity", row: 3, column: "Process" }),
    ]);
    expect(rowOf(sheetOf(output, RESULT_SHEET_NAMES.en.compliance), "2.1").slice(0, 3)).toEqual([
      "2.1",
      "Service desk",
      "O&R",
    ]);
    expect(sheetOf(output, RESULT_SHEET_NAMES.en.scorecard).rows[1][0]).toContain("Organisation catalog");
  });
});

describe("the Spanish sample against the English one", () => {
  const english = {
    input: path.join(dir, "sample-en.xlsx"),
    output: path.join(dir, "sample-en.out.xlsx"),
    json: path.join(dir, "sample-en.json"),
  };
  const spanish = {
    input: path.join(dir, "sample-es.xlsx"),
    output: path.join(dir, "sample-es.out.xlsx"),
    json: path.join(dir, "sample-es.json"),
  };

  beforeAll(async () => {
    expect((await cli(["template", english.input, "--sample"])).code).toBe(0);
    expect((await cli(["template", spanish.input, "--sample", "--language", "es"])).code).toBe(0);
    for (const f of [english, spanish])
      expect((await cli(["compute", f.input, "-o", f.output, "--json", f.json, "--as-of", "2026-11-01"])).code).toBe(0);
  });

  it("writes the template in Spanish", () => {
    const names = read(spanish.input).sheetInfo.map((s) => s.name);
    expect(names).toEqual([
      "Instrucciones",
      "Configuración",
      "Controles",
      "Evidencias",
      "Tareas",
      "Proyectos",
      "Riesgos",
      "Auditorías",
      "Madurez",
      "Hallazgos",
      "Acciones",
      "Mejoras",
      "Historial de indicadores",
      "Atributos de proceso",
      "Capacitación",
    ]);
    expect(sheetOf(spanish.input, "Controles").rows[0]).toEqual([
      "ID de control",
      "Oficina",
      "Cláusula",
      "Requisito",
      "Responsable",
      "Estado",
      "Peso",
      "Notas",
    ]);
  });

  it("gives the same numbers", () => {
    const { issues: issuesEn, ...en } = json(english.json);
    const { issues: issuesEs, ...es } = json(spanish.json);
    // The leaders' courses are free texts, written in the sample's language; the rest is the same.
    expect(withoutCourses(es)).toEqual(withoutCourses(en));
    expect(issuesEs.length).toBe(issuesEn.length);
    expect(es.campaigns.length).toBeGreaterThanOrEqual(2);
  });

  it("names its result sheets, labels, statuses and chart titles in Spanish, read back from the .xlsx", () => {
    const L = RESULT_LABELS.es;
    const info = read(spanish.output);
    for (const name of Object.values(RESULT_SHEET_NAMES.es))
      expect([name, info.ownedSheets.has(name)]).toEqual([name, true]);
    for (const name of Object.values(RESULT_SHEET_NAMES.en))
      expect(info.sheetInfo.some((s) => s.name === name)).toBe(false);
    const scorecard = sheetOf(spanish.output, L.sheets.scorecard);
    expect(scorecard.rows.find((r) => r[0] === "Indicador")?.slice(0, 3)).toEqual(["Indicador", "Meta", "Consolidado"]);
    const cells = new Set(scorecard.rows.flat());
    for (const word of ["PLANIFICAR", "HACER", "VERIFICAR", "ACTUAR", "Éxito", "Falla", "Advertencia"])
      expect([word, cells.has(word)]).toEqual([word, true]);
    const E = RESULT_LABELS.en;
    const toSpanish = new Map([
      [E.scorecard.trendChart, L.scorecard.trendChart],
      [E.compliance.clsChart, L.compliance.clsChart],
      [E.maturity.chart, L.maturity.chart],
      [E.findings.chart, L.findings.chart],
      [E.projects.chart, L.projects.chart],
      // The process profile of each campaign with attribute ratings.
      ...Object.values(SAMPLE_CAMPAIGNS).map(
        (c) => [E.capability.profileChart(c), L.capability.profileChart(c)] as [string, string],
      ),
    ]);
    const titlesEn = chartTitles(english.output);
    expect(titlesEn).toEqual(
      expect.arrayContaining([E.compliance.clsChart, E.maturity.chart, E.findings.chart, E.projects.chart]),
    );
    expect(chartTitles(spanish.output).sort()).toEqual(titlesEn.map((t) => toSpanish.get(t)).sort());
  });
});

describe("a workbook that changes language between runs", () => {
  const names = (bytes: Uint8Array) => readWorkbook(bytes).sheetInfo.map((s) => s.name);
  const setLanguage = async (host: XlsxFileHost | ExcelHost, language: "en" | "es") => {
    const settings = (await host.readInputs((n) => n === "Settings")).sheets[0] ?? null;
    await host.writeSheet({ name: "Settings", rows: upsertSettings(settings, { language }) });
  };

  it("file host: the other language's result sheets are replaced in place, not left beside", async () => {
    const host = new XlsxFileHost(createWorkbook(sampleWorkbook().sheets.map((s) => ({ name: s.name, rows: s.rows }))));
    await computeInHost(host, { today: day("2026-11-01") });
    const inputs = names(host.bytes).slice(0, sampleWorkbook().sheets.length);
    expect(names(host.bytes)).toEqual([...inputs, ...Object.values(RESULT_SHEET_NAMES.en)]);
    await setLanguage(host, "es");
    await computeInHost(host, { today: day("2026-11-01") });
    expect(names(host.bytes)).toEqual([...inputs, ...Object.values(RESULT_SHEET_NAMES.es)]);
    const read = readWorkbook(host.bytes);
    for (const name of Object.values(RESULT_SHEET_NAMES.es)) expect(read.ownedSheets.has(name)).toBe(true);
    // Print titles follow the renamed sheets.
    const printTitles = read.definedNames.filter((d) => d.name === "_xlnm.Print_Titles");
    expect(printTitles.length).toBeGreaterThan(0);
    for (const d of printTitles)
      expect([d.sheet, d.value.startsWith(`'${d.sheet}'!`) || d.value.startsWith(`${d.sheet}!`)]).toEqual([
        d.sheet,
        true,
      ]);
    await setLanguage(host, "en");
    await computeInHost(host, { today: day("2026-11-01") });
    expect(names(host.bytes)).toEqual([...inputs, ...Object.values(RESULT_SHEET_NAMES.en)]);
  });

  it("file host: a user's sheet that happens to bear a former name is left alone", async () => {
    const host = new XlsxFileHost(
      createWorkbook([
        ...sampleWorkbook().sheets.map((s) => ({ name: s.name, rows: s.rows })),
        { name: "Scorecard", rows: [["mine"]] },
      ]),
    );
    await setLanguage(host, "es");
    await computeInHost(host, { today: day("2026-11-01") });
    expect(names(host.bytes)).toContain("Scorecard");
    expect(names(host.bytes)).toContain("Cuadro de mando");
    expect(readWorkbook(host.bytes, { includeSheet: (n) => n === "Scorecard" }).sheets[0].rows).toEqual([["mine"]]);
  });

  it("Excel host: the same", async () => {
    const book = new ExcelBed();
    const host = new ExcelHost(book.context);
    await host.addSheets(sampleWorkbook().sheets.map((s) => ({ name: s.name, rows: s.rows })));
    book.addSheet("Cuadro de mando", [["mine"]]);
    await computeInHost(host, { today: day("2026-11-01") });
    const before = book.sheets.map((s) => s.name);
    await setLanguage(host, "es");
    await expect(computeInHost(host, { today: day("2026-11-01") })).rejects.toThrow(/Cuadro de mando/);
    const mine = book.sheet("Cuadro de mando");
    if (mine) book.book.deleteSheet(mine); // the user deletes their sheet
    await computeInHost(host, { today: day("2026-11-01") });
    const after = book.sheets.map((s) => s.name);
    const english = Object.values(RESULT_SHEET_NAMES.en);
    expect(after.filter((n) => english.includes(n))).toEqual([]);
    expect(after.filter((n) => !Object.values(RESULT_SHEET_NAMES.es).includes(n))).toEqual(
      before.filter((n) => !english.includes(n) && n !== "Cuadro de mando"),
    );
    // Each Spanish sheet took its English predecessor's position.
    expect(after.map((n) => (Object.values(RESULT_SHEET_NAMES.es).includes(n) ? "result" : n))).toEqual(
      before.filter((n) => n !== "Cuadro de mando").map((n) => (english.includes(n) ? "result" : n)),
    );
  });
});

describe("the task pane's template in the pane's language", () => {
  it("creates the Spanish sheets as tables with Spanish drop-downs (and the edition's processes), and computes the same numbers as in English", async () => {
    const { HostSession } = await import("../../src/taskpane/session");
    const today = () => day("2026-11-01");
    const outcome = async (language: "en" | "es") => {
      const book = new ExcelBed();
      const session = new HostSession(new ExcelHost(book.context), undefined, today);
      const added = await session.createTemplate(true, language);
      return { book, added, computed: await session.compute() };
    };
    const es = await outcome("es");
    const en = await outcome("en");
    expect(es.added).toEqual([
      "Instrucciones",
      "Configuración",
      "Controles",
      "Evidencias",
      "Tareas",
      "Proyectos",
      "Riesgos",
      "Auditorías",
      "Madurez",
      "Hallazgos",
      "Acciones",
      "Mejoras",
      "Historial de indicadores",
      "Atributos de proceso",
      "Capacitación",
    ]);
    const controls = es.book.sheet("Controles");
    expect(controls?.grid()[0]).toContain("ID de control");
    expect(controls?.tables).toHaveLength(1);
    const listSource = (v: { rule: Record<string, unknown> }) =>
      (v.rule.list as { source?: unknown } | undefined)?.source;
    expect([...(controls ? validationsOf(controls).values() : [])].map(listSource)).toContain(
      "Cumple,Cumple parcialmente,No cumple,No aplica",
    );
    const madurez = es.book.sheet("Madurez");
    const maturity = [...(madurez ? validationsOf(madurez).values() : [])].map(listSource);
    expect(maturity).toContain("4,5,6.1,6.2,6.3,6.4,6.5,6.6,7.1,7.2,8.1,8.2,9.1,9.2,9.3");
    expect(es.book.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(Object.values(RESULT_SHEET_NAMES.es)));
    const { issues: issuesEs, ...withCoursesEs } = es.computed.document;
    const { issues: issuesEn, ...withCoursesEn } = en.computed.document;
    // The leaders' courses are free texts, written in the template's language.
    const docEs = withoutCourses(withCoursesEs);
    const docEn = withoutCourses(withCoursesEn);
    expect(docEs).toEqual(docEn);
    expect(issuesEs.length).toBe(issuesEn.length);
  });
});

/** A result document with its training gaps' course names left out (free texts, translated in the Spanish sample). */
function withoutCourses<T extends { training?: { gaps: { course: string }[] } }>(doc: T): T {
  if (doc.training === undefined) return doc;
  return { ...doc, training: { ...doc.training, gaps: doc.training.gaps.map(({ course: _course, ...g }) => g) } };
}
