/** Spanish end to end in the core: the template, the parser on it, and the result sheets' words. */
// @ts-nocheck

import { parseWorkbook, inputSheetKey, isCatalogSheet } from "../../src/core/parse/parseWorkbook";
import { RESULT_LABELS, RESULT_SHEET_NAMES } from "../../src/core/text/labels";
import { SPANISH } from "../../src/core/model/spanishWords";
import {
  HEADERS,
  type HeaderKey,
  normalizeKey,
  vocabularyIndex,
  ACTIVITY,
  ACTION_KIND,
  ACTION_STATUS,
  CONTROL_STATUS,
  EVIDENCE_STATUS,
  FINDING_STATUS,
  FINDING_TYPE,
  IMPROVEMENT_STATUS,
  PROJECT_STATUS,
  RISK_STATUS,
  TASK_STATUS,
  YES_NO,
} from "../../src/core/parse/vocabulary";
import { runScorecard } from "../../src/core/pipeline";
import { locateTable } from "../../src/core/parse/sheetTable";
import { localizeSheets, templateSheets } from "../../src/core/template";
import type { Cell, WorkbookGrids } from "../../src/core/model/grid";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { summaryCards } from "../../src/taskpane/summaryCards";
import { sheet, workbook } from "../helpers/grids";
import { day } from "../helpers/records";

const TODAY = day("2026-11-01");

describe("the Spanish template", () => {
  const sheets = templateSheets({ language: "es" });

  it("names its sheets, headers and settings in Spanish", () => {
    expect(sheets.map((s) => s.name)).toEqual([
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
    const of = (name: string) => sheets.find((s) => s.name === name);
    expect(of("Controles")?.rows[0]).toEqual([
      "ID de control",
      "Oficina",
      "Cláusula",
      "Requisito",
      "Responsable",
      "Estado",
      "Peso",
      "Notas",
    ]);
    expect(of("Configuración")?.rows.map((r) => r[0])).toEqual([
      "Parámetro",
      "Organización",
      "Fecha de corte",
      "Umbral de éxito",
      "Umbral de falla",
      "Exigir evidencia",
      "Peso OCL controles",
      "Peso OCL evidencias",
      "Peso OCL tareas",
      "Idioma",
      "Marco",
    ]);
    expect(of("Instrucciones")?.rows[0]).toEqual(["ITSM Scorecard: cómo completar este libro"]);
    expect(of("Controles")?.inputs?.Estado).toEqual({
      kind: "list",
      values: ["Cumple", "Cumple parcialmente", "No cumple", "No aplica"],
    });
    expect(of("Acciones")?.inputs?.Eficaz).toEqual({ kind: "list", values: ["Sí", "No"] });
    expect(of("Tareas")?.inputs?.["Fecha límite"]).toEqual({ kind: "date" });
  });

  it("parses with no issue and with its settings read (Spanish, 2011)", () => {
    const { records, issues } = parseWorkbook(
      workbook(
        ...sheets.map((s) =>
          sheet(
            s.name,
            s.rows.map((r) => [...r]),
          ),
        ),
      ),
    );
    expect(issues).toEqual([]);
    expect(records.settings).toMatchObject({
      language: "es",
      framework: "2011",
      requireEvidence: true,
      successThreshold: 0.9,
    });
    expect(records.sheetsPresent.size).toBe(14);
  });

  it("finds every column of every sheet under its Spanish header, as the same column as in English", () => {
    const keys = Object.keys(HEADERS) as HeaderKey[];
    const columnsOf = (name: string, header: readonly Cell[]) =>
      [...locateTable(sheet(name, [[...header]]), keys).columns.entries()].sort();
    const english = templateSheets();
    for (const [k, s] of sheets.entries()) {
      if (k === 0) continue;
      const es = columnsOf(s.name, s.rows[0]);
      expect([s.name, es.length]).toEqual([s.name, s.rows[0].length]);
      expect(es).toEqual(columnsOf(english[k].name, english[k].rows[0]));
    }
  });

  it("offers in its drop-downs only Spanish words the parser reads as the right value", () => {
    const checks: [Readonly<Record<string, string>>, Readonly<Record<string, readonly string[]>>][] = [
      [SPANISH.controlStatus, CONTROL_STATUS],
      [SPANISH.evidenceStatus, EVIDENCE_STATUS],
      [SPANISH.activity, ACTIVITY],
      [SPANISH.taskStatus, TASK_STATUS],
      [SPANISH.projectStatus, PROJECT_STATUS],
      [SPANISH.riskStatus, RISK_STATUS],
      [SPANISH.findingType, FINDING_TYPE],
      [SPANISH.findingStatus, FINDING_STATUS],
      [SPANISH.actionKind, ACTION_KIND],
      [SPANISH.actionStatus, ACTION_STATUS],
      [SPANISH.improvementStatus, IMPROVEMENT_STATUS],
      [SPANISH.yesNo, YES_NO],
    ];
    for (const [words, vocabulary] of checks) {
      const index = vocabularyIndex(vocabulary);
      for (const [canonical, word] of Object.entries(words))
        expect([word, index.get(normalizeKey(word))]).toEqual([word, canonical]);
    }
  });

  it("lists the 2018 processes in the Maturity drop-down when the Framework is 2018", () => {
    const es2018 = templateSheets({ language: "es", framework: "2018" });
    const process = es2018.find((s) => s.name === "Madurez")?.inputs?.Proceso;
    expect(process?.kind === "list" ? process.values : []).toContain("8.6.1");
    expect(es2018.find((s) => s.name === "Configuración")?.rows.at(-1)).toEqual(["Marco", "ISO/IEC 20000-1:2018"]);
    expect(
      parseWorkbook(
        workbook(
          ...es2018.map((s) =>
            sheet(
              s.name,
              s.rows.map((r) => [...r]),
            ),
          ),
        ),
      ).records.catalog.id,
    ).toBe("ISO/IEC 20000-1:2018");
  });
});

describe("issues on a Spanish sheet", () => {
  it("name the column as the sheet writes it", () => {
    const { issues } = parseWorkbook(
      workbook(
        sheet("Controles", [
          ["ID de control", "Cláusula", "Estado", "Peso"],
          ["", "4.1", "Cumple", 1],
          ["C2", "8", "Cumple", 1],
          ["C3", "4.2", "Cumple", "mucho"],
        ]),
      ),
    );
    expect(issues.map((i) => [i.row, i.column, i.cell])).toEqual([
      [2, "ID de control", "A2"],
      [3, "Cláusula", "B3"],
      [4, "Peso", "D4"],
    ]);
    expect(issues[0].message).toContain('"ID de control" is empty');
    expect(issues[2].message).toContain("cannot be used as Peso");
    // An English sheet keeps the English names, however the header is cased.
    expect(
      parseWorkbook(
        workbook(
          sheet("Controls", [
            ["control id", "CLAUSE", "Status"],
            ["", "4.1", "C"],
          ]),
        ),
      ).issues.map((i) => i.column),
    ).toEqual(["Control ID"]);
  });
});

describe("result sheet names", () => {
  it("never stand for an input sheet or the Catalog sheet, in either language", () => {
    for (const names of Object.values(RESULT_SHEET_NAMES)) {
      for (const name of Object.values(names)) {
        expect([name, inputSheetKey(name), isCatalogSheet(name)]).toEqual([name, undefined, false]);
        expect(name.length).toBeLessThanOrEqual(31);
      }
    }
    const all = [...Object.values(RESULT_SHEET_NAMES.en), ...Object.values(RESULT_SHEET_NAMES.es)].map((n) =>
      n.toLowerCase(),
    );
    expect(new Set(all).size).toBe(all.length);
  });
});

/** The demo workbook with the language changed to `language` and every other cell as it is. */
const sampleIn = (language: "en" | "es"): WorkbookGrids => ({
  sheets: localizeSheets(sampleWorkbook().sheets, language).map((s) => ({
    name: s.name,
    rows: s.rows,
    firstRow: 1,
    firstColumn: 1,
  })),
});

describe("the same data in Spanish", () => {
  const english = runScorecard(sampleWorkbook(), { today: TODAY });
  const spanish = runScorecard(sampleIn("es"), { today: TODAY });

  it("is written in Spanish: sheet names, headers, values and settings", () => {
    const grids = sampleIn("es").sheets;
    expect(grids.map((g) => g.name)).toContain("Hallazgos");
    const controls = grids.find((g) => g.name === "Controles");
    expect(controls?.rows[0]).toContain("ID de control");
    const statuses = new Set(controls?.rows.slice(1).map((r) => r[5] as Cell));
    expect(statuses.has("Cumple")).toBe(true);
    expect(statuses.has("Compliant")).toBe(false);
    expect(spanish.records.settings.language).toBe("es");
  });

  it("gives the same numbers as in English", () => {
    const { issues: issuesEn, ...docEn } = english.document;
    const { issues: issuesEs, ...docEs } = spanish.document;
    expect(docEs).toEqual(docEn);
    // The same problems in the same cells (the columns are named as each sheet writes them).
    expect(issuesEs.map((i) => [i.severity, i.row, i.cell])).toEqual(issuesEn.map((i) => [i.severity, i.row, i.cell]));
    expect(spanish.history.rows.slice(1)).toEqual(english.history.rows.slice(1));
  });

  it("writes the result sheets in Spanish: names, labels, statuses and chart titles", () => {
    const L = RESULT_LABELS.es;
    expect(spanish.sheets.map((s) => s.name)).toEqual(Object.values(RESULT_SHEET_NAMES.es));
    const texts = (name: string) =>
      new Set(spanish.sheets.find((s) => s.name === name)?.rows.flatMap((r) => r.map((c) => c?.value)));
    const scorecard = texts("Cuadro de mando");
    for (const word of [
      "Consolidado",
      "Indicador",
      "Meta",
      "PLANIFICAR",
      "HACER",
      "VERIFICAR",
      "ACTUAR",
      "Leyenda",
      "Éxito",
      "Falla",
      "Advertencia",
    ])
      expect([word, scorecard.has(word)]).toEqual([word, true]);
    expect(scorecard.has("Success")).toBe(false);
    expect(texts("Niveles de madurez").has("Gestión de incidentes y solicitudes de servicio")).toBe(true);
    expect(texts("Problemas de datos").has("advertencia")).toBe(true);
    const charts = spanish.sheets.flatMap((s) => s.charts.map((c) => c.title));
    expect(charts).toEqual(
      expect.arrayContaining([
        L.compliance.clsChart,
        L.maturity.chart,
        L.findings.chart,
        L.projects.chart,
        L.scorecard.trendChart,
      ]),
    );
    expect(charts.some((t) => /[a-z]/.test(t) && /by|per|trend/.test(t))).toBe(false);
    const english = runScorecard(sampleIn("en"), { today: TODAY });
    expect(spanish.sheets.map((s) => [s.rows.length, s.charts.length])).toEqual(
      english.sheets.map((s) => [s.rows.length, s.charts.length]),
    );
  });

  it("points the task pane's cards at the Spanish sheets", () => {
    const sheets = new Set(Object.values(RESULT_SHEET_NAMES.es));
    const cards = summaryCards(spanish.result, "es");
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) expect([card.key, sheets.has(card.sheet)]).toEqual([card.key, true]);
  });
});
