// @ts-nocheck
import { parseWorkbook } from "../../src/core/parse/parseWorkbook";
import { upsertSettings } from "../../src/core/settingsSheet";
import { day } from "../helpers/records";
import { sheet, workbook } from "../helpers/grids";

const controls = sheet("Controls", [["Control ID", "Clause", "Status"]]);

describe("writing settings back", () => {
  it("replaces values in place, keeps other rows and columns, and adds missing settings", () => {
    const existing = sheet("Configuración", [
      ["Parámetro", "Valor", "Nota"],
      ["Organización", "Ministerio", "no tocar"],
      ["Umbral de éxito", "85 %", "antes"],
      ["OCL weights", "0.5/0.3/0.2", ""],
    ]);
    const rows = upsertSettings(existing, {
      successThreshold: 0.95,
      requireEvidence: false,
      oclWeights: { controls: 0.7, evidence: 0.2, tasks: 0.1 },
      asOf: day("2026-12-31"),
    });
    expect(rows[1]).toEqual(["Organización", "Ministerio", "no tocar"]);
    expect(rows[2]).toEqual(["Umbral de éxito", 0.95, "antes"]);
    expect(rows.some((r) => r[0] === "OCL weights")).toBe(false);
    const { records, issues } = parseWorkbook(workbook(sheet("Configuración", rows), controls));
    expect(issues).toEqual([]);
    expect(records.settings).toMatchObject({
      organization: "Ministerio",
      successThreshold: 0.95,
      requireEvidence: false,
      oclWeights: { controls: 0.7, evidence: 0.2, tasks: 0.1 },
      asOf: day("2026-12-31"),
    });
  });

  it("creates a Settings sheet when there is none", () => {
    const rows = upsertSettings(null, { language: "es", failThreshold: 0.6 });
    const { records } = parseWorkbook(workbook(sheet("Settings", rows), controls));
    expect(records.settings.language).toBe("es");
    expect(records.settings.failThreshold).toBe(0.6);
  });

  it("keeps the sheet's position when the table does not start at A1", () => {
    const existing = sheet(
      "Settings",
      [
        ["Setting", "Value"],
        ["Language", "en"],
      ],
      3,
      2,
    );
    const rows = upsertSettings(existing, { language: "es" });
    expect(rows[2]).toEqual([null, "Setting", "Value"]);
    expect(rows[3]).toEqual([null, "Language", "es"]);
  });
});
