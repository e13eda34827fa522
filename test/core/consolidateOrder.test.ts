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
