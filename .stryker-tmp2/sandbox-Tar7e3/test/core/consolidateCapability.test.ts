/**
 * Capability levels when a campaign's audits are in several offices' workbooks: consolidating in
 * parts (campaign tallies added across parts, audits.ts addTally) gives what consolidating all
 * rows at once gives, and both are the campaign's mean over all its audits.
 */
// @ts-nocheck

import { consolidateInParts, partsInMemory } from "../../src/core/consolidation/consolidateInParts";
import type { Cell, SheetGrid } from "../../src/core/model/grid";
import type { NamedWorkbook } from "../../src/core/parse/parseWorkbooks";
import { consolidateScorecard } from "../../src/core/pipeline";
import { day } from "../helpers/records";

const grid = (name: string, rows: Cell[][]): SheetGrid => ({ name, rows, firstRow: 1, firstColumn: 1 });
const office = (file: string, name: string, audit: string, ratings: [string, string, Cell][]): NamedWorkbook => ({
  file,
  grids: {
    sheets: [
      grid("Controls", [
        ["Control ID", "Office", "Clause", "Status"],
        ["C-1", name, "6.1", "Compliant"],
      ]),
      grid("Audits", [
        ["Audit ID", "Office", "Campaign"],
        [audit, name, "2026-H1"],
      ]),
      grid("Maturity", [
        ["Audit ID", "Process", "Level"],
        [audit, "6.1", 3],
        [audit, "7.1", 2],
      ]),
      grid("Process attributes", [
        ["Audit ID", "Process", "Attribute", "Rating"],
        ...ratings.map(([process, attribute, rating]) => [audit, process, attribute, rating]),
      ]),
    ],
  },
});

describe("capability of a campaign audited in several workbooks", () => {
  const workbooks = [
    // Quito: 6.1 at level 2 (PA 1.1 F, PA 2.x L), 7.1 at level 1.
    office("quito.xlsx", "Quito", "A-Q", [
      ["6.1", "PA 1.1", "F"],
      ["6.1", "PA 2.1", "L"],
      ["6.1", "PA 2.2", "L"],
      ["7.1", "PA 1.1", "L"],
    ]),
    // Cuenca: 6.1 at level 1 (PA 2.1 only P), and no rating of 7.1.
    office("cuenca.xlsx", "Cuenca", "A-C", [
      ["6.1", "PA 1.1", "F"],
      ["6.1", "PA 2.1", "P"],
      ["6.1", "PA 2.2", 0.9],
    ]),
  ];

  it("is the mean over every audit that rated the process, whether consolidated at once or in parts", async () => {
    const options = { today: day("2026-11-01") };
    const whole = consolidateScorecard(workbooks, options);
    const parts = await consolidateInParts(workbooks.length, partsInMemory(workbooks), options);
    expect(parts.result).toEqual(whole.result);
    const capability = whole.result.campaigns[0].capability;
    expect(capability?.audits).toBe(2);
    expect(capability?.byProcess["6.1"]).toBe(1.5);
    expect(capability?.byProcess["7.1"]).toBe(1);
    // The profile shows each attribute's lowest rating over the campaign's audits.
    expect(capability?.profile["6.1"]).toMatchObject({ "PA 1.1": "F", "PA 2.1": "P", "PA 2.2": "L" });
    expect(capability?.profile["7.1"]).toMatchObject({ "PA 1.1": "L", "PA 2.1": null });
  });
});
