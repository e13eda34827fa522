/**
 * Issue messages follow the workbook's Language setting: one Spanish workbook with a problem of
 * each kind planted, read once with Idioma = Español and once with Idioma = Inglés. The issues are
 * the same (sheet, row, column, cell, value); only the message's language differs.
 */
// @ts-nocheck

import type { Cell, WorkbookGrids } from "../../src/core/model/grid";
import type { Issue } from "../../src/core/model/records";
import { consolidateScorecard } from "../../src/core/pipeline";
import { parseWorkbook } from "../../src/core/parse/parseWorkbook";
import { locateTable } from "../../src/core/parse/sheetTable";
import { HEADERS, type HeaderKey } from "../../src/core/parse/vocabulary";
import { runScorecard } from "../../src/core/pipeline";
import { templateSheets } from "../../src/core/template";
import { sheet, workbook } from "../helpers/grids";
import { day } from "../helpers/records";

type Row = Partial<Record<HeaderKey, Cell>>;

/** The Spanish template, with these data rows on these sheets (by Spanish sheet name) and the Language setting given. */
function plantedWorkbook(
  language: "Español" | "Inglés",
  rowsBySheet: Readonly<Record<string, readonly Row[]>>,
): WorkbookGrids {
  const keys = Object.keys(HEADERS) as HeaderKey[];
  return workbook(
    ...templateSheets({ language: "es" })
      .filter((s) => s.name !== "Instrucciones")
      .map((s) => {
        const header = [...s.rows[0]];
        if (s.name === "Configuración") {
          return sheet(
            s.name,
            s.rows.map((r) => (r[0] === "Idioma" ? ["Idioma", language] : [...r])),
          );
        }
        const planted = rowsBySheet[s.name];
        if (planted === undefined)
          return sheet(
            s.name,
            s.rows.map((r) => [...r]),
          );
        const columns = locateTable(sheet(s.name, [header]), keys).columns;
        const keyAt = new Map([...columns].map(([key, i]) => [i, key] as const));
        return sheet(s.name, [
          header,
          ...planted.map((row) => header.map((_, i) => row[keyAt.get(i) ?? "notes"] ?? null)),
        ]);
      }),
  );
}

const PLANTED: Readonly<Record<string, readonly Row[]>> = {
  Controles: [
    { controlId: "C1", office: "Quito", clause: "4.1", status: "Cumple", weight: 1 }, // row 2: fine
    { controlId: "", office: "Quito", clause: "4.1", status: "Cumple" }, // row 3: empty required cell
    { controlId: "C1", office: "Quito", clause: "4.1", status: "Cumple" }, // row 4: duplicate key
    { controlId: "C5", office: "Quito", clause: "4.1", status: "Quizás" }, // row 5: unknown enum value
    { controlId: "C6", office: "Quito", clause: "8", status: "Cumple" }, // row 6: clause with no process
    { controlId: "C7", office: "Quito", clause: "4.2", status: "Cumple", weight: -2 }, // row 7: negative weight
    { controlId: "C8", office: "Quito", clause: "4.2", status: "Cumple", weight: "mucho" }, // row 8: bad number
  ],
  Evidencias: [
    { evidenceId: "E1", office: "Quito", controlId: "C1", status: "Aceptada" }, // row 2: fine
    { evidenceId: "E2", office: "Quito", controlId: "C99", status: "Aceptada" }, // row 3: dangling reference
  ],
  Tareas: [
    { taskId: "T1", office: "Quito", clause: "4.1", activity: "Definir", dueDate: "mañana", status: "Pendiente" }, // row 2: bad date
  ],
};

const where = (i: Issue) => [i.severity, i.sheet, i.row, i.column, i.cell, i.value];

describe("issue messages in the workbook's language", () => {
  // Computed in each test, not once at load, so mutation testing sees which test reaches which line.
  let es: ReturnType<typeof parseWorkbook>;
  let en: ReturnType<typeof parseWorkbook>;
  beforeEach(() => {
    es = parseWorkbook(plantedWorkbook("Español", PLANTED));
    en = parseWorkbook(plantedWorkbook("Inglés", PLANTED));
  });
  const at = (issues: readonly Issue[], sheetName: string, row: number): Issue => {
    const found = issues.find((i) => i.sheet === sheetName && i.row === row);
    if (found === undefined) throw new Error(`no issue on ${sheetName} row ${row}: ${JSON.stringify(issues)}`);
    return found;
  };

  it("reads the Language setting of each", () => {
    expect(es.records.settings.language).toBe("es");
    expect(en.records.settings.language).toBe("en");
  });

  it("reports the same problems at the same places either way", () => {
    expect(es.issues.map(where)).toEqual(en.issues.map(where));
    expect(es.issues.length).toBeGreaterThanOrEqual(8);
  });

  const cases: readonly [string, string, number, RegExp, RegExp][] = [
    [
      "empty required cell",
      "Controles",
      3,
      /^La celda «ID de control» está vacía; se omite la fila\.$/,
      /^"ID de control" is empty; the row is skipped\.$/,
    ],
    [
      "duplicate key",
      "Controles",
      4,
      /^El identificador de control «C1» de la oficina Quito está repetido \(aparece primero en la fila 2\); se omite esta fila\.$/,
      /^Control ID "C1" of office Quito is used again \(first on row 2\)/,
    ],
    [
      "unknown enum value",
      "Controles",
      5,
      /^El valor «Quizás» no sirve como Estado: debe ser uno de estos valores: Cumple, Cumple parcialmente, No cumple, No aplica\. Se omite la fila\.$/,
      /^"Quizás" cannot be used as Estado: it must be one of: .*\. The row is skipped\.$/,
    ],
    [
      "clause with no process",
      "Controles",
      6,
      /^La cláusula «8» no corresponde a ningún proceso de ISO\/IEC 20000-1:2011; .* Se omite la fila\.$/,
      /^Clause "8" maps to no process of ISO\/IEC 20000-1:2011/,
    ],
    [
      "negative weight",
      "Controles",
      7,
      /^Un peso no puede ser negativo; se usa 1\.$/,
      /^A weight cannot be negative; 1 is used\.$/,
    ],
    [
      "bad number",
      "Controles",
      8,
      /^El valor «mucho» no sirve como Peso: no es un número\. No se tiene en cuenta el valor\.$/,
      /^"mucho" cannot be used as Peso: it is not a number\. The value is ignored\.$/,
    ],
    [
      "dangling reference",
      "Evidencias",
      3,
      /^No existe el control «C99» de la oficina Quito en la hoja Controles; se omite esta evidencia\.$/,
      /^No control "C99" exists for office Quito on the Controls sheet/,
    ],
    [
      "bad date",
      "Tareas",
      2,
      /^El valor «mañana» no sirve como Fecha límite: no es una fecha \(escríbala como AAAA-MM-DD.*\)\. Se omite la fila\.$/,
      /^"mañana" cannot be used as Fecha límite: it is not a date \(write it as YYYY-MM-DD, e\.g\. 2026-03-31\)\. The row is skipped\.$/,
    ],
  ];

  it.each(cases)(
    "says %s in Spanish with Idioma = Español and in English with Inglés",
    (_kind, sheetName, row, spanish, english) => {
      expect(at(es.issues, sheetName, row).message).toMatch(spanish);
      expect(at(en.issues, sheetName, row).message).toMatch(english);
    },
  );

  it("words every message of a whole run differently in Spanish, engine warnings included", () => {
    const today = day("2026-11-01");
    const esRun = runScorecard(plantedWorkbook("Español", PLANTED), { today });
    const enRun = runScorecard(plantedWorkbook("Inglés", PLANTED), { today });
    expect(esRun.result.issues.map(where)).toEqual(enRun.result.issues.map(where));
    expect(esRun.result.issues.length).toBeGreaterThan(es.issues.length);
    esRun.result.issues.forEach((issue, k) =>
      expect([issue.message, issue.message === enRun.result.issues[k].message]).toEqual([issue.message, false]),
    );
    // The JSON document keeps its structure; its messages follow the language.
    expect(Object.keys(esRun.document)).toEqual(Object.keys(enRun.document));
    expect(esRun.document.issues.map((i) => i.message)).toEqual(esRun.result.issues.map((i) => i.message));
  });

  it("words the Settings sheet's own problems in the language that sheet sets", () => {
    const settings = (language: string) =>
      parseWorkbook(
        workbook(
          sheet("Configuración", [
            ["Parámetro", "Valor"],
            ["Idioma", language],
            ["Umbral de éxito", "mucho"],
            ["Color", "azul"],
          ]),
          sheet("Controles", [["ID de control", "Cláusula", "Estado"]]),
        ),
      ).issues;
    expect(settings("Español").map((i) => i.message)).toEqual([
      "El valor «mucho» no sirve como Valor: no es un porcentaje (escriba 45 %, 0,45 o 45). No se tiene en cuenta el valor.",
      "«Color» no es un parámetro que este producto reconozca; no se tiene en cuenta.",
    ]);
    expect(settings("English").map((i) => i.message)).toEqual([
      '"mucho" cannot be used as Valor: it is not a percentage (write 45 %, 0.45 or 45). The value is ignored.',
      '"Color" is not a setting this product knows; it is ignored.',
    ]);
  });

  it("names a missing column by its Spanish header in a Spanish message", () => {
    const missing = (language: string) =>
      parseWorkbook(
        workbook(
          sheet("Configuración", [
            ["Parámetro", "Valor"],
            ["Idioma", language],
          ]),
          sheet("Controles", [
            ["ID de control", "Cláusula"],
            ["C1", "4.1"],
          ]),
        ),
      ).issues;
    expect(missing("Español").map((i) => [i.sheet, i.row, i.column, i.message])).toEqual([
      [
        "Controles",
        1,
        "Status",
        "La hoja no tiene la columna «Estado». Agréguela a la fila de encabezados; mientras tanto, la hoja no se tiene en cuenta.",
      ],
    ]);
    expect(missing("English").map((i) => i.message)).toEqual([
      'The sheet has no "Status" column. Add it to the header row; the sheet is ignored until then.',
    ]);
  });

  it("words consolidation's own notices in the language of the Settings used", () => {
    const office = (name: string, organization: string) => ({
      file: `${name}.xlsx`,
      grids: workbook(
        sheet("Configuración", [
          ["Parámetro", "Valor"],
          ["Idioma", "Español"],
          ["Organización", organization],
        ]),
        sheet("Controles", [
          ["ID de control", "Oficina", "Cláusula", "Estado"],
          ["C1", name, "4.1", "Cumple"],
        ]),
      ),
    });
    const run = consolidateScorecard([office("Quito", "Ministerio"), office("Cuenca", "Otra entidad")], {
      today: day("2026-11-01"),
    });
    expect(run.result.issues.find((i) => i.sheet === "[Cuenca.xlsx]Configuración")?.message).toBe(
      "Estos parámetros difieren de los de Quito.xlsx, que se usan para todas las oficinas; no se tiene en cuenta esta hoja.",
    );
  });
});
