/**
 * The Settings sheet, row by row (parseSettings.ts): every setting by each of its names, and
 * each value that cannot be used: the setting keeps the value it had (the default, or an
 * earlier row's), with a warning on the row naming the value.
 */
import type { Cell } from "../../src/core/model/grid";
import { DEFAULT_SETTINGS } from "../../src/core/model/records";
import { parseWorkbook } from "../../src/core/parse/parseWorkbook";
import { type SettingKey, settingKeyOf, settingName } from "../../src/core/parse/parseSettings";
import { unknownSetting } from "../../src/core/text/messages";
import { sheet, workbook } from "../helpers/grids";

const controls = sheet("Controls", [
  ["Control ID", "Office", "Clause", "Status"],
  ["C-1", null, "4.1", "Compliant"],
]);
const run = (...rows: Cell[][]) =>
  parseWorkbook(workbook(sheet("Settings", [["Setting", "Value"], ...rows]), controls));
const warnings = (result: ReturnType<typeof run>) => result.issues.map((i) => [i.severity, i.row, i.column, i.value]);

describe("a setting's name", () => {
  it("is found by each of its English and Spanish names, whatever the case and accents", () => {
    const names: [string, SettingKey][] = [
      ["Organisation", "organization"],
      ["entidad", "organization"],
      ["As of", "asOf"],
      ["Fecha de evaluacion", "asOf"],
      ["Failure threshold", "fail"],
      ["Umbral de fallo", "fail"],
      ["Requiere evidencia", "requireEvidence"],
      ["OCL weight: controls", "weightControls"],
      ["Peso OCL evidencias", "weightEvidence"],
      ["OCL weight tasks", "weightTasks"],
      ["IDIOMA", "language"],
      ["Norma", "framework"],
      ["Edición", "framework"],
      ["Assessment date", "asOf"],
      ["Standard", "framework"],
      ["Edition", "framework"],
      ["Marco de referencia", "framework"],
    ];
    expect(names.map(([name]) => settingKeyOf(name))).toEqual(names.map(([, key]) => key));
    expect(settingKeyOf("Colour")).toBeUndefined();
  });

  it("is written in English or in the Spanish a Spanish sheet shows, and is read back as the same setting", () => {
    expect([settingName("fail"), settingName("fail", "es"), settingName("weightTasks", "es")]).toEqual([
      "Fail threshold",
      "Umbral de falla",
      "Peso OCL tareas",
    ]);
    const every: SettingKey[] = [
      "organization",
      "asOf",
      "success",
      "fail",
      "requireEvidence",
      "oclWeights",
      "weightControls",
      "weightEvidence",
      "weightTasks",
      "language",
      "framework",
    ];
    for (const key of every)
      for (const language of ["en", "es"] as const) expect(settingKeyOf(settingName(key, language))).toBe(key);
  });

  it("that is unknown is a warning on its row, naming it, and changes nothing", () => {
    const result = run(["Colour", "blue"]);
    expect(result.records.settings).toEqual(DEFAULT_SETTINGS);
    // The Issues sheet's Value is the name as the row writes it.
    expect(result.issues.map((i) => [i.severity, i.row, i.column, i.cell, i.value, i.message])).toEqual([
      ["warning", 2, "Setting", "A2", "Colour", unknownSetting("Colour").en],
    ]);
  });
});

describe("a setting's value", () => {
  it("reads the organisation, which names rows without an office, and Office when it is blank", () => {
    expect(run(["Organization", " Ministerio "]).records.controls.map((c) => c.office)).toEqual(["Ministerio"]);
    expect(run(["Organization", null]).records.controls.map((c) => c.office)).toEqual(["Office"]);
    expect(run().records.controls.map((c) => c.office)).toEqual(["Office"]);
  });

  it("reads Yes and No in their words and codes for Require evidence", () => {
    const read = (value: Cell) => run(["Require evidence", value]).records.settings.requireEvidence;
    expect(["No", "N", 0, "Falso", "Sí", 1, "true"].map(read)).toEqual([false, false, false, false, true, true, true]);
    // A value that is neither keeps the default, Yes.
    expect(read("maybe")).toBe(true);
  });

  it("reads the edition from its year, however the standard is written", () => {
    const read = (value: Cell) => run(["Framework", value]);
    for (const [value, edition] of [
      ["ISO/IEC 20000-1:2018", "2018"],
      ["20000-1:2011", "2011"],
      [2018, "2018"],
      ["2018", "2018"],
      ["ISO 2018 edition", "2018"],
    ] as const) {
      const result = read(value);
      expect([value, result.records.settings.framework, result.issues]).toEqual([value, edition, []]);
    }
    for (const value of ["2019", "20181", "12018", "ISO/IEC 20000-1"]) {
      const result = read(value);
      expect([value, result.records.settings.framework, warnings(result)]).toEqual([
        value,
        "2011",
        [["warning", 2, "Value", value]],
      ]);
    }
  });

  it("reads the language by its English and Spanish names", () => {
    const read = (value: Cell) => run(["Language", value]).records.settings.language;
    expect(["Spanish", "español", "Castellano", "English", "Inglés"].map(read)).toEqual(["es", "es", "es", "en", "en"]);
  });

  it("keeps the value before it when it cannot be used, with a warning naming the value", () => {
    const result = run(
      ["As-of date", "2026-10-31"],
      ["As-of date", "soon"],
      ["Success threshold", "80 %"],
      ["Success threshold", "lots"],
      ["Fail threshold", "60 %"],
      ["Fail threshold", "some"],
      ["Require evidence", "No"],
      ["Require evidence", "maybe"],
      ["Language", "Spanish"],
      ["Language", "Klingon"],
      ["Framework", "2018"],
      ["Framework", "2019"],
      ["OCL weights", "0.5 / 0.3 / 0.2"],
      ["OCL weights", "half"],
    );
    const { settings } = result.records;
    expect(settings.asOf).not.toBeNull();
    expect(settings).toMatchObject({
      successThreshold: 0.8,
      failThreshold: 0.6,
      requireEvidence: false,
      language: "es",
      framework: "2018",
      oclWeights: { controls: 0.5, evidence: 0.3, tasks: 0.2 },
    });
    const refused = ["soon", "lots", "some", "maybe", "Klingon", "2019", "half"];
    expect(warnings(result)).toEqual(refused.map((value, k) => ["warning", 3 + 2 * k, "Value", value]));
  });

  it("reads three weights of several digits and decimals in one cell", () => {
    expect(run(["OCL weights", "60 / 20 / 20"]).records.settings.oclWeights).toEqual({
      controls: 60,
      evidence: 20,
      tasks: 20,
    });
    expect(run(["OCL weights", "Controls 0.25; Evidence 0,25; Tasks 0.5"]).records.settings.oclWeights).toEqual({
      controls: 0.25,
      evidence: 0.25,
      tasks: 0.5,
    });
  });

  it("keeps each weight given on its own row when another cannot be used", () => {
    const result = run(
      ["OCL weight controls", 0.5],
      ["OCL weight evidence", 0.3],
      ["OCL weight tasks", "0,2"],
      ["OCL weight controls", "x"],
      ["OCL weight evidence", -1],
      ["OCL weight tasks", "none"],
    );
    expect(result.records.settings.oclWeights).toEqual({ controls: 0.5, evidence: 0.3, tasks: 0.2 });
    expect(warnings(result)).toEqual([
      ["warning", 5, "Value", "x"],
      ["warning", 6, "Value", "-1"],
      ["warning", 7, "Value", "none"],
    ]);
    // One weight above zero is enough, whichever it is.
    for (const weights of ["1 / 0 / 0", "0 / 1 / 0", "0 / 0 / 1"]) {
      const only = run(["OCL weights", weights]);
      expect([weights, only.issues]).toEqual([weights, []]);
    }
    expect(run(["OCL weights", "0 / 1 / 0"]).records.settings.oclWeights).toEqual({
      controls: 0,
      evidence: 1,
      tasks: 0,
    });
    // Zero is a weight: the component then does not count.
    expect(run(["OCL weight tasks", 0]).records.settings.oclWeights).toEqual({
      ...DEFAULT_SETTINGS.oclWeights,
      tasks: 0,
    });
  });
});
