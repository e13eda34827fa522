/**
 * Reading the two optional sheets: Spanish sheet names, headers and words; ratings as letters,
 * words or percentages; and every bad value reported with sheet, row, column and cell, in the
 * workbook's language.
 */
// @ts-nocheck

import { type ParseResult, parseWorkbook } from "../../src/core/parse/parseWorkbook";
import { date, sheet, workbook } from "../helpers/grids";

const spanishSettings = sheet("Configuración", [
  ["Parámetro", "Valor"],
  ["Idioma", "Español"],
]);
const audits = sheet("Auditorías", [
  ["ID de auditoría", "Oficina", "Campaña"],
  ["AUD-1", "Quito", "2026-H1"],
]);

// Each test parses its own workbook (beforeEach, not at load): the mutation run learns which
// test reaches which line only from work done inside a test (docs/testing.md).
describe("the Process attributes sheet (Atributos de proceso)", () => {
  let records: ParseResult["records"];
  let issues: ParseResult["issues"];
  beforeEach(() => {
    ({ records, issues } = parseWorkbook(
      workbook(
        spanishSettings,
        audits,
        sheet("Atributos de proceso", [
          ["ID de auditoría", "Proceso", "Atributo", "Calificación", "Notas"],
          ["AUD-1", "6.1", "PA 1.1", "F", "Bien documentado"],
          ["AUD-1", "6.1", "AP 2.1", "Ampliamente alcanzado", null],
          ["AUD-1", "6.1", "PA 2.2", "60 %", null],
          ["AUD-1", "6.1", "PA 3.1", 0.15, null],
          ["AUD-1", "6.1", "PA 9.9", "F", null], // row 6: unknown attribute
          ["AUD-1", "6.1", "PA 3.2", "Q", null], // row 7: unknown rating
          ["AUD-9", "6.1", "PA 4.1", "F", null], // row 8: unknown audit
          ["AUD-1", "99", "PA 1.1", "F", null], // row 9: unknown process
          ["AUD-1", "6.1", "PA 1.1", "L", null], // row 10: rated twice
          ["AUD-1", "6.1", "PA 4.2", "120 %", null], // row 11: a percentage above 100
        ]),
      ),
    ));
  });

  it("reads letters, Spanish words, AP codes and percentages (kept as fractions for the engine)", () => {
    expect(records.processAttributes.map((r) => [r.attribute, r.rating, r.source.row])).toEqual([
      ["PA 1.1", "F", 2],
      ["PA 2.1", "L", 3],
      ["PA 2.2", 0.6, 4],
      ["PA 3.1", 0.15, 5],
    ]);
    expect(records.processAttributes[0].source.sheet).toBe("Atributos de proceso");
  });

  it("reports each bad row in Spanish, with its sheet, row, column (as written) and cell", () => {
    const at = (row: number) => issues.find((i) => i.row === row);
    expect(issues.every((i) => i.sheet === "Atributos de proceso")).toBe(true);
    expect(at(6)).toMatchObject({ severity: "error", column: "Atributo", cell: "C6", value: "PA 9.9" });
    expect(at(6)?.message).toContain("debe ser uno de estos valores: PA 1.1");
    expect(at(7)).toMatchObject({ severity: "error", column: "Calificación", cell: "D7", value: "Q" });
    expect(at(7)?.message).toContain("escriba N, P, L o F, o el porcentaje alcanzado");
    expect(at(8)).toMatchObject({ severity: "error", column: "ID de auditoría", cell: "A8", value: "AUD-9" });
    expect(at(8)?.message).toContain("No existe la auditoría «AUD-9»");
    expect(at(9)).toMatchObject({ severity: "error", column: "Proceso", cell: "B9", value: "99" });
    expect(at(10)).toMatchObject({ severity: "error", column: "Atributo", cell: "C10" });
    expect(at(10)?.message).toContain("(aparece primero en la fila 2)");
    expect(at(11)).toMatchObject({ severity: "error", column: "Calificación", cell: "D11", value: "120 %" });
    expect(issues).toHaveLength(6);
  });

  it("speaks English in an English workbook", () => {
    const english = parseWorkbook(
      workbook(
        sheet("Audits", [
          ["Audit ID", "Campaign"],
          ["AUD-1", "C"],
        ]),
        sheet("Process attributes", [
          ["Audit ID", "Process", "Attribute", "Rating"],
          ["AUD-1", "4", "PA 1.1", "maybe"],
        ]),
      ),
    );
    expect(english.issues).toEqual([
      expect.objectContaining({
        sheet: "Process attributes",
        row: 2,
        column: "Rating",
        cell: "D2",
        message: expect.stringContaining("write N, P, L or F, or the percentage achieved"),
      }),
    ]);
  });
});

describe("the Training sheet (Capacitación)", () => {
  let records: ParseResult["records"];
  let issues: ParseResult["issues"];
  beforeEach(() => {
    ({ records, issues } = parseWorkbook(
      workbook(
        spanishSettings,
        sheet("Capacitación", [
          ["Persona", "Oficina", "Equipo o proceso", "Curso", "Obligatorio", "Fecha de finalización", "Vigente hasta"],
          ["Lucía Paredes", "Quito", "S&C", "Fundamentos ITIL 4", "Sí", date("2025-05-10"), date("2027-05-10")],
          ["Jorge Vélez", "Quito", "9.2", "Gestión de cambios", "No", null, null],
          ["Jorge Vélez", "Quito", "Diseño y Transición", "Auditor interno", null, "15/03/2026", null],
          ["Ana Pérez", "Quito", "Finanzas", "Presupuesto", "Sí", null, null], // row 5: no such team or process
          ["Ana Pérez", "Quito", "SMR", "Liderazgo", "Quizás", null, null], // row 6: bad Required (optional: used as Yes)
          ["Ana Pérez", "Quito", "SMR", "Riesgos", "Sí", date("2026-05-01"), date("2026-01-01")], // row 7: ends before it starts
        ]),
      ),
    ));
  });

  it("reads teams by code or name and processes as their team; Required blank is Yes", () => {
    expect(records.training.map((t) => [t.person, t.team, t.required, t.source.row])).toEqual([
      ["Lucía Paredes", "S&C", true, 2],
      ["Jorge Vélez", "O&R", false, 3],
      ["Jorge Vélez", "D&T", true, 4],
      ["Ana Pérez", "SMR", true, 6],
      ["Ana Pérez", "SMR", true, 7],
    ]);
    expect(records.training[2].completedOn).toBe(Date.UTC(2026, 2, 15) / 86_400_000);
  });

  it("reports an unknown team or process (row skipped), a bad Required (value ignored) and dates out of order, in Spanish", () => {
    expect(issues).toEqual([
      expect.objectContaining({
        severity: "error",
        sheet: "Capacitación",
        row: 5,
        column: "Equipo o proceso",
        cell: "C5",
        message: expect.stringContaining("«Finanzas» no es un equipo (SMR, D&T, S&C, O&R)"),
      }),
      expect.objectContaining({ severity: "warning", row: 6, column: "Obligatorio", cell: "E6", value: "Quizás" }),
      expect.objectContaining({
        severity: "warning",
        row: 7,
        column: "Vigente hasta",
        cell: "G7",
        message: expect.stringContaining("vence antes de la fecha en que se completó"),
      }),
    ]);
  });
});
