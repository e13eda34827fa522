/**
 * `explain` tells, for every indicator the Scorecard shows, the formula, the numbers that went
 * in, what was left out and why, and the source rows; its result is the Scorecard's number.
 */
import { explainIndicator, explanationText } from "../../src/core/render/explain";
import { ScorecardError } from "../../src/core/text/scorecardError";
import { runScorecard } from "../../src/core/pipeline";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import type { WorkbookGrids } from "../../src/core/model/grid";
import { day } from "../helpers/records";
import * as fs from "node:fs";
import * as path from "node:path";
import { cli, tempFolder } from "../helpers/cli";

const today = day("2026-11-01");
const run = runScorecard(sampleWorkbook(), { today });
const result = run.result;
const { catalog } = run.records;

/** The sample with the Language setting set to Spanish. */
function spanish(grids: WorkbookGrids): WorkbookGrids {
  return {
    sheets: grids.sheets.map((s) =>
      s.name !== "Settings"
        ? s
        : { ...s, rows: s.rows.map((r) => (String(r[0]).trim() === "Language" ? [r[0], "es"] : r)) },
    ),
  };
}

describe("explain", () => {
  it("gives, for every Scorecard indicator of every office and the consolidated view, the Scorecard's number", () => {
    const views: [string, (typeof result)["consolidated"]][] = [
      ["Consolidated", result.consolidated],
      ...result.byOffice,
    ];
    for (const [office, i] of views) {
      const value = (indicator: string) => explainIndicator(result, { indicator, office }).result;
      expect(value("OCL")).toBe(i.ocl);
      expect(value("OCLT")).toBe(i.oclt.slope);
      expect(value("Evidence coverage")).toBe(i.evidenceCoverage);
      expect(value("Task completion")).toBe(i.taskCompletion);
      expect(value("PRK")).toBe(i.prk.value);
      expect(value("ML")).toBe(i.derivedMaturity.average);
      expect(value("DO")).toBe(i.stages[1].value);
      expect(value("CHECK")).toBe(i.stages[2].value);
      for (const clause of Object.keys(i.cls)) expect(value(`CLS(${clause})`)).toBe(i.cls[clause]);
      for (const p of catalog.processes) {
        expect(value(`CCL(${p.code})`)).toBe(i.ccl[p.code]);
        expect(value(`ML(${p.code})`)).toBe(i.derivedMaturity.byProcess[p.code]);
      }
      for (const t of catalog.teams) expect(value(`PLC(${t.code})`)).toBe(i.plc[t.code]);
    }
    for (const c of result.campaigns) {
      const value = (indicator: string) => explainIndicator(result, { indicator, campaign: c.name }).result;
      expect(value("ML")).toBe(c.maturity.average);
      expect(value("Audit LVL")).toBe(c.auditLevel);
      for (const t of ["FGP", "FOP", "FOB", "FNC", "FCC"] as const) expect(value(t)).toBe(c.findings[t]);
      for (const p of catalog.processes) expect(value(`ML(${p.code})`)).toBe(c.maturity.byProcess[p.code]);
      // A campaign's mean per audit lists each audit's count.
      expect(explainIndicator(result, { indicator: "FNC", campaign: c.name }).inputs).toHaveLength(c.audits);
    }
    for (const p of result.projects) {
      const e = explainIndicator(result, { indicator: `PRK(${p.id})` });
      expect(e.resultWords).toBe(p.level);
      expect(e.office).toBe(p.office);
    }
  });

  it("explains training coverage and capability levels from their own rows", () => {
    const training = result.training;
    if (training === undefined) throw new Error("the sample has Training rows");
    for (const [office, t] of training.byOffice) {
      const e = explainIndicator(result, { indicator: "Training", office });
      expect(e.result).toBe(t.coverage);
      // Over all teams: one input per team, whose held / required sum to the office's.
      expect(e.inputs.map((l) => l.item)).toEqual(catalog.teams.map((team) => team.code));
      expect(e.numerator).toBe(e.inputs.reduce((sum, l) => sum + (l.numerator ?? 0), 0));
      for (const team of catalog.teams) {
        const byTeam = explainIndicator(result, { indicator: `Training(${team.code})`, office });
        expect(byTeam.result).toBe(t.byTeam[team.code]);
        expect(byTeam.sources.every((s) => s.sheet === "Training")).toBe(true);
      }
    }
    for (const c of result.campaigns) {
      const capability = c.capability;
      if (capability === undefined) continue;
      expect(explainIndicator(result, { indicator: "Capability level", campaign: c.name }).result).toBe(
        capability.average,
      );
      for (const p of catalog.processes) {
        if (capability.profile[p.code] === undefined) continue;
        const e = explainIndicator(result, { indicator: `CL(${p.code})`, campaign: c.name });
        expect(e.result).toBe(capability.byProcess[p.code]);
        // Each audit's level, then the ratings it was decided from: a letter reads as itself, with no number.
        const letter = e.inputs.find((l) => / · PA /.test(l.item) && l.written !== "");
        expect(letter?.written).toMatch(/^[NPLF]$/);
        const text = explanationText(e, "en");
        expect(text).toContain(`${letter?.item}  ${letter?.written}  [Process attributes!`);
        expect(text).not.toMatch(/ · PA \d\.\d {2}[NPLF] {2}n\/a/);
      }
    }
  });

  it("lists the controls that went in, those left out and why, with their rows", () => {
    const e = explainIndicator(result, { indicator: "CCL(6.2)", office: "Quito" });
    expect(e.formula).toContain("sum(weight x score) / sum(weight)");
    expect(e.numerator).toBe(0.5);
    expect(e.denominator).toBe(2);
    const pending = e.inputs.find((l) => l.item === "CTL-012");
    expect(pending?.why).toContain("Pending, not Accepted");
    expect(pending?.value).toBe(0);
    expect(pending?.source).toMatchObject({ sheet: "Controls", row: 13 });
    const na = explainIndicator(result, { indicator: "CCL(5)", office: "Quito" }).leftOut;
    expect(na.map((l) => [l.item, l.why, l.source?.row])).toEqual([
      ["CTL-007", "Not applicable: left out of CCL and of evidence coverage", 8],
    ]);
    expect(e.sources.map((s) => ({ sheet: s.sheet, row: s.row }))).toEqual([
      { sheet: "Controls", row: 13 },
      { sheet: "Controls", row: 14 },
    ]);
    const text = explanationText(e, "en");
    for (const part of ["CCL(6.2) · Quito = 0.25", "Numbers that went in:", "Left out:", "Controls!13", "Calculation"])
      expect(text).toContain(part);
  });

  it("names the OCL weights used and the trend's points", () => {
    const ocl = explainIndicator(result, { indicator: "OCL", office: "Quito" });
    expect(ocl.inputs.map((l) => l.weight)).toEqual([0.6, 0.2, 0.2]);
    const oclt = explainIndicator(result, { indicator: "OCLT", office: "Quito" });
    expect(oclt.inputs.map((l) => l.item)).toEqual(
      result.byOffice.get("Quito")?.oclt.series.map((p) => new Date(p.day * 86400000).toISOString().slice(0, 10)),
    );
    expect(oclt.sources.every((s) => s.sheet === "Indicator history")).toBe(true);
  });

  it("says in Spanish what it says in English", () => {
    const es = runScorecard(spanish(sampleWorkbook()), { today }).result;
    expect(es.language).toBe("es");
    const e = explainIndicator(es, { indicator: "CCL(6.2)", office: "Quito" });
    expect(e.result).toBe(0.25);
    expect(e.formula).toContain("suma(peso x puntaje) / suma(peso)");
    expect(e.inputs.find((l) => l.item === "CTL-012")?.why).toContain("Pendiente, no Aceptada");
    const text = explanationText(e, "es");
    expect(text).toContain("Números que entraron:");
    expect(text).toContain("Cálculo");
    expect(explainIndicator(es, { indicator: "cobertura de evidencias", office: "Consolidado" }).result).toBe(
      es.consolidated.evidenceCoverage,
    );
  });

  it("refuses an unknown indicator, office or campaign with what exists", () => {
    const codeOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof ScorecardError ? e.code : String(e);
      }
      return null;
    };
    expect(codeOf(() => explainIndicator(result, { indicator: "XYZ" }))).toBe("unknownIndicator");
    expect(codeOf(() => explainIndicator(result, { indicator: "OCL", office: "Lima" }))).toBe("unknownOffice");
    expect(codeOf(() => explainIndicator(result, { indicator: "FNC", campaign: "none" }))).toBe("unknownCampaign");
    expect(() => explainIndicator(result, { indicator: "XYZ" })).toThrow(ScorecardError);
    expect(() => explainIndicator(result, { indicator: "OCL", office: "Lima" })).toThrow(/Quito, Guayaquil, Cuenca/);
    expect(() => explainIndicator(result, { indicator: "FNC", campaign: "none" })).toThrow(/Campaigns: /);
  });
});

describe("explain on the command line", () => {
  const dir = tempFolder();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("prints the explanation, and --json adds an explain member to the result document", async () => {
    const input = path.join(dir, "sample.xlsx");
    expect((await cli(["template", input, "--sample"])).code).toBe(0);
    const run = await cli(["explain", input, "FNC", "--campaign", "HA 2026-H1"]);
    expect(run.code).toBe(0);
    expect(run.out).toContain("FNC · HA 2026-H1 = 5.333333");
    expect(run.out).toContain("AUD-HA-CUE  7  [Audits!4]");
    const json = path.join(dir, "explain.json");
    expect((await cli(["explain", input, "CCL(6.2)", "--office", "Quito", "--json", json])).code).toBe(0);
    const doc = JSON.parse(fs.readFileSync(json, "utf8")) as { explain: { result: number }; byOffice: object };
    expect(doc.explain.result).toBe(0.25);
    expect(Object.keys(doc.byOffice)).toEqual(["Quito", "Guayaquil", "Cuenca"]);
    const unknown = await cli(["explain", input, "CCL(6.2)", "--office", "Lima"]);
    expect([unknown.code, unknown.err]).toEqual([1, expect.stringContaining("Offices: Quito, Guayaquil, Cuenca")]);
    expect((await cli(["explain", input])).code).toBe(2);
  });

  it("speaks Spanish for a Spanish workbook", async () => {
    const input = path.join(dir, "muestra.xlsx");
    expect((await cli(["template", input, "--sample", "--language", "es"])).code).toBe(0);
    const run = await cli(["explain", input, "OCL", "--office", "Consolidado"]);
    expect(run.code).toBe(0);
    expect(run.out).toContain("OCL · Consolidado = ");
    expect(run.out).toContain("Números que entraron:");
    expect(run.out).toContain("Cálculo");
    // An unknown office is refused in the workbook's language, naming the offices there are.
    const unknown = await cli(["explain", input, "OCL", "--office", "Lima"]);
    expect([unknown.code, unknown.err]).toEqual([1, expect.stringContaining("No hay una oficina «Lima». Oficinas: ")]);
  });
});
