/**
 * The order of issues when workbooks are consolidated in parts (each part's issues sorted by the
 * stage that found them, workbooksPart.ts) is the order of consolidating all rows at once:
 * Settings before the Catalog sheet's rows, even when the Catalog sheet is in an earlier workbook.
 */
import { consolidateInParts, partsInMemory } from "../../src/core/consolidation/consolidateInParts";
import type { Cell, SheetGrid } from "../../src/core/model/grid";
import type { NamedWorkbook } from "../../src/core/parse/parseWorkbooks";
import { consolidateScorecard } from "../../src/core/pipeline";
import { day } from "../helpers/records";

const grid = (name: string, rows: Cell[][]): SheetGrid => ({ name, rows, firstRow: 1, firstColumn: 1 });
const controls = (office: string) =>
  grid("Controls", [
    ["Control ID", "Office", "Clause", "Status"],
    ["C-1", office, "1", "Compliant"],
  ]);

describe("issues of a consolidation in parts", () => {
  it("come in the order of consolidating at once: Settings, then the Catalog sheet's rows", async () => {
    const workbooks: NamedWorkbook[] = [
      {
        file: "quito.xlsx",
        grids: {
          sheets: [
            grid("Catalog", [
              ["Code", "Process", "Team"],
              ["1", "One", "SMR"],
              ["2", "Two", "Nobody"],
            ]),
            controls("Quito"),
          ],
        },
      },
      {
        file: "head.xlsx",
        grids: {
          sheets: [
            grid("Settings", [
              ["Setting", "Value"],
              ["Colour", "blue"],
            ]),
            controls("Head"),
          ],
        },
      },
    ];
    const options = { today: day("2026-11-01") };
    const whole = consolidateScorecard(workbooks, options);
    const parts = await consolidateInParts(workbooks.length, partsInMemory(workbooks), options);
    const where = (issues: readonly { sheet: string; row: number | null }[]) =>
      issues.map((i) => `${i.sheet} ${i.row}`);
    expect(where(whole.result.issues).slice(0, 2)).toEqual(["[head.xlsx]Settings 2", "[quito.xlsx]Catalog 3"]);
    expect(where(parts.result.issues)).toEqual(where(whole.result.issues));
  });
});

describe("offices of a consolidation in parts", () => {
  it("come in the order of consolidating at once: every workbook's Controls offices first, then those known only from other sheets", async () => {
    // Clause 6.1 of the built-in catalog (no Catalog sheet here).
    const of = (office: string) =>
      grid("Controls", [
        ["Control ID", "Office", "Clause", "Status"],
        ["C-1", office, "6.1", "Compliant"],
      ]);
    const tasks = (office: string) =>
      grid("Tasks", [
        ["Task ID", "Office", "Clause", "Activity", "Due date", "Status"],
        ["T-1", office, "6.1", "Define", "2026-01-15", "Done"],
      ]);
    const workbooks: NamedWorkbook[] = [
      { file: "a.xlsx", grids: { sheets: [of("Pasto"), tasks("Quibdo")] } },
      { file: "b.xlsx", grids: { sheets: [of("Riohacha"), tasks("Soata")] } },
      { file: "c.xlsx", grids: { sheets: [of("Tunja")] } },
    ];
    const options = { today: day("2026-11-01") };
    const whole = consolidateScorecard(workbooks, options);
    const parts = await consolidateInParts(workbooks.length, partsInMemory(workbooks), options);
    expect(whole.result.offices).toEqual(["Pasto", "Riohacha", "Tunja", "Quibdo", "Soata"]);
    expect(parts.result.offices).toEqual(whole.result.offices);
  });
});
