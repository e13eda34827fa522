// @ts-nocheck
import * as path from "node:path";
import { RESULT_LABELS } from "../../src/core/text/labels";
import { cli, tempFolder } from "../helpers/cli";

/** The printed summary without the final "Wrote ..." line (its paths are temporary). */
const summaryOf = (out: string) => out.split("\n").slice(0, -2).join("\n");
const numbers = (text: string) => text.match(/\d+(?:\.\d+)?/g) ?? [];

describe("the printed summary in the workbook's language", () => {
  const dir = tempFolder();
  const runs: Record<"en" | "es", { template: string; compute: string }> = {
    en: { template: "", compute: "" },
    es: { template: "", compute: "" },
  };

  beforeAll(async () => {
    for (const language of ["en", "es"] as const) {
      const input = path.join(dir, `sample-${language}.xlsx`);
      const template = await cli(["template", input, "--sample", "--language", language]);
      expect(template.code).toBe(0);
      const compute = await cli([
        "compute",
        input,
        "--json",
        path.join(dir, `sample-${language}.json`),
        "--as-of",
        "2026-10-31",
      ]);
      expect([compute.code, compute.err]).toEqual([0, ""]);
      runs[language] = { template: template.out, compute: compute.out };
    }
  });

  it("keeps the English summary as the README shows it", () => {
    const lines = runs.en.compute.split("\n");
    expect(lines.slice(0, 5)).toEqual([
      "Ministerio de Gobierno Digital · as of 2026-10-31",
      "",
      "Office                   OCL      OCLT     PRK  ML (derived)  Evidence   Tasks",
      "------------  --------------  --------  ------  ------------  --------  ------",
      "Consolidated  76.1 % Warning      Flat  MEDIUM             2    81.8 %  66.1 %",
    ]);
    expect(lines).toContain("Campaign    Audits  ML avg   ML level  Audit LVL   FGP   FOP   FOB   FNC   FCC");
    expect(lines.some((l) => /^Issues: \d+ error\(s\), \d+ warning\(s\) \(see the Issues sheet\)\.$/.test(l))).toBe(
      true,
    );
    expect(lines[lines.length - 1]).toBe(
      `Wrote ${path.join(dir, "sample-en.scorecard.xlsx")} and ${path.join(dir, "sample-en.json")}.`,
    );
    expect(runs.en.template).toBe(`Wrote ${path.join(dir, "sample-en.xlsx")} with the sample data.`);
  });

  it("prints Spanish headers, statuses, risk levels and directions", () => {
    const L = RESULT_LABELS.es;
    const lines = runs.es.compute.split("\n");
    expect(lines[0]).toBe("Ministerio de Gobierno Digital · fecha de corte 2026-10-31");
    expect(lines[2].split(/\s{2,}/)).toEqual([
      "Oficina",
      "OCL",
      "OCLT",
      "PRK",
      "ML (derivado)",
      "Evidencias",
      "Tareas",
    ]);
    expect(lines.find((l) => l.startsWith("Campaña"))?.split(/\s{2,}/)).toEqual([
      "Campaña",
      "Auditorías",
      "ML prom.",
      "Nivel ML",
      "Nivel de auditoría",
      "FGP",
      "FOP",
      "FOB",
      "FNC",
      "FCC",
    ]);
    expect(lines[4].startsWith(`${L.consolidated} `)).toBe(true);
    const text = runs.es.compute;
    for (const word of [
      ...Object.values(L.status),
      L.risk.LOW,
      L.risk.HIGH,
      L.direction.Positive,
      L.direction.Negative,
    ])
      expect([word, text.includes(word)]).toEqual([word, true]);
    for (const word of [
      "Office",
      "Consolidated",
      "Campaign",
      "Success",
      "Warning",
      "Fail",
      "LOW",
      "HIGH",
      "MEDIUM",
      "Positive",
      "Negative",
      "Flat",
      "Evidence",
      "Tasks",
      "Issues",
      "Wrote",
      "as of",
    ]) {
      expect([word, text.includes(word)]).toEqual([word, false]);
    }
    expect(
      lines.some((l) =>
        /^Problemas: \d+ error\(es\), \d+ advertencia\(s\) \(ver la hoja Problemas de datos\)\.$/.test(l),
      ),
    ).toBe(true);
    expect(lines[lines.length - 1]).toBe(
      `Se escribieron ${path.join(dir, "sample-es.scorecard.xlsx")} y ${path.join(dir, "sample-es.json")}.`,
    );
    expect(runs.es.template).toBe(`Se escribió ${path.join(dir, "sample-es.xlsx")} con los datos de ejemplo.`);
  });

  it("gives the same numbers, row for row, in both languages", () => {
    const en = summaryOf(runs.en.compute).split("\n");
    const es = summaryOf(runs.es.compute).split("\n");
    expect(es).toHaveLength(en.length);
    expect(es.map(numbers)).toEqual(en.map(numbers));
    expect(numbers(es.join("\n")).length).toBeGreaterThanOrEqual(40);
  });
});
