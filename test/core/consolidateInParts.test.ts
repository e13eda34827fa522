/**
 * Consolidation in parts (one workbook at a time, parts merged) gives what consolidating every
 * workbook's rows at once gives: the result document, the result sheets, the Indicator history
 * and the Settings written. On the benchmark's own offices, plus an office split across two
 * files, keys duplicated across files, a workbook with other Settings and one without any.
 */
import type { NamedWorkbook } from "../../src/core/parse/parseWorkbooks";
import { consolidateScorecard } from "../../src/core/pipeline";
import { type PartMaker, consolidateInParts, partsInMemory } from "../../src/core/consolidation/consolidateInParts";
import type { Cell, SheetGrid } from "../../src/core/model/grid";
import { ScorecardError } from "../../src/core/text/scorecardError";
import { BENCH_AS_OF, benchSheets } from "../bench/workload";
import { day } from "../helpers/records";

const options = { today: day("2026-11-01") };
type Sheets = { name: string; rows: Cell[][] }[];
const workbook = (file: string, sheets: Sheets): NamedWorkbook => ({
  file,
  grids: { sheets: sheets.map((s): SheetGrid => ({ name: s.name, rows: s.rows, firstRow: 1, firstColumn: 1 })) },
});
const office = (i: number): Sheets => benchSheets([i]);
/** Rows from `from` up to `to` (a fraction of each sheet's rows), headers kept; Settings only in the first half. */
const slice = (sheets: Sheets, from: number, to: number): Sheets =>
  sheets
    .filter((s) => s.name !== "Settings" || from === 0)
    .map((s) => {
      const body = s.rows.slice(1);
      return {
        name: s.name,
        rows: [s.rows[0], ...body.slice(Math.floor(body.length * from), Math.floor(body.length * to))],
      };
    });
const withRow = (sheets: Sheets, name: string, row: Record<string, Cell>): Sheets =>
  sheets.map((s) => (s.name === name ? { ...s, rows: [...s.rows, s.rows[0].map((h) => row[String(h)] ?? null)] } : s));
const withSetting = (sheets: Sheets, setting: string, value: Cell): Sheets =>
  sheets.map((s) =>
    s.name === "Settings" ? { ...s, rows: s.rows.map((r) => (r[0] === setting ? [setting, value] : r)) } : s,
  );

/** A maker that records which workbooks each part was made of. */
function recording(workbooks: readonly NamedWorkbook[]): { maker: PartMaker; calls: number[][] } {
  const inner = partsInMemory(workbooks);
  const calls: number[][] = [];
  return {
    calls,
    maker: {
      probe: (i) => inner.probe(i),
      part: (files, shared) => {
        calls.push([...files]);
        return inner.part(files, shared);
      },
    },
  };
}

describe("consolidateInParts", () => {
  const split = office(2);
  const workbooks = [
    workbook("a-office-1.xlsx", office(0)),
    workbook("b-office-2.xlsx", office(1)),
    // Office 003 split across two files, neither holding all of its controls, evidence or projects.
    workbook("c-office-3-part-1.xlsx", slice(split, 0, 0.5)),
    // Office 004's file also repeats a project ID and an audit ID of office 001's.
    workbook(
      "d-office-4.xlsx",
      withRow(
        withRow(withSetting(office(3), "Success threshold", 0.85), "Projects", {
          "Project ID": "P-001-01",
          Office: "Office 004",
          "Start date": BENCH_AS_OF,
          "Due date": BENCH_AS_OF,
          Progress: 0.5,
          Status: "Active",
        }),
        "Audits",
        { "Audit ID": "A-001-HA", Office: "Office 004", Campaign: "HA 2026-H1" },
      ),
    ),
    workbook("e-office-3-part-2.xlsx", slice(split, 0.5, 1)),
    workbook("f-office-6.xlsx", office(5)),
  ];

  it("gives the result of consolidating all rows at once", async () => {
    const whole = consolidateScorecard(workbooks, options);
    const { maker, calls } = recording(workbooks);
    const parts = await consolidateInParts(workbooks.length, maker, options);

    expect(parts.document).toEqual(whole.document);
    expect(parts.result).toEqual(whole.result);
    expect(parts.sheets).toEqual(whole.sheets);
    expect(parts.history).toEqual(whole.history);
    expect(parts.settingsSheet).toEqual(whole.settingsSheet);

    // Not a vacuous comparison: the split office and the duplicated keys are there, and only
    // the workbooks they join were parsed together (the duplicates' and the split office's).
    expect(whole.result.offices).toEqual(["Office 001", "Office 002", "Office 003", "Office 004", "Office 006"]);
    const messages = whole.result.issues.map((i) => `${i.sheet}: ${i.message}`);
    expect(messages.some((m) => m.startsWith("[d-office-4.xlsx]Projects") && m.includes("a-office-1.xlsx"))).toBe(true);
    expect(messages.some((m) => m.startsWith("[d-office-4.xlsx]Audits") && m.includes("a-office-1.xlsx"))).toBe(true);
    expect(messages.some((m) => m.startsWith("[d-office-4.xlsx]Settings") && m.includes("a-office-1.xlsx"))).toBe(true);
    expect(calls.filter((c) => c.length > 1)).toEqual([
      [0, 3],
      [2, 4],
    ]);
  });

  it("tells the maker once that the parts are done, after the last part made again and before the merge", async () => {
    const inner = partsInMemory(workbooks);
    const events: string[] = [];
    const maker: PartMaker = {
      probe: (i) => inner.probe(i),
      part: (files, shared) => {
        events.push(`part ${files.join("+")}`);
        return inner.part(files, shared);
      },
      partsDone: () => {
        events.push("done");
        return Promise.resolve();
      },
    };
    const parts = await consolidateInParts(workbooks.length, maker, options);
    expect(parts.document).toEqual(consolidateScorecard(workbooks, options).document);
    // The workbooks one by one, then the ones made again together (duplicates, the split office).
    expect(events).toEqual([...workbooks.map((_, i) => `part ${i}`), "part 0+3", "part 2+4", "done"]);
  });

  it("finds the Settings in the first workbook that has them", async () => {
    const reordered = [workbook("0-no-settings.xlsx", slice(office(7), 0.0001, 1)), ...workbooks.slice(3)];
    const whole = consolidateScorecard(reordered, options);
    const parts = await consolidateInParts(reordered.length, partsInMemory(reordered), options);
    expect(parts.document).toEqual(whole.document);
    expect(parts.history).toEqual(whole.history);
    expect(parts.settingsSheet).toEqual(whole.settingsSheet);
    expect(parts.settingsSheet).not.toBeNull();
  });

  it("makes a part again when it was computed without a Tasks sheet that a later workbook has", async () => {
    const mixed = [
      workbook(
        "a.xlsx",
        office(0).filter((s) => s.name !== "Tasks"),
      ),
      workbook("b.xlsx", office(1)),
      workbook(
        "c.xlsx",
        office(4).filter((s) => s.name !== "Tasks"),
      ),
    ];
    const whole = consolidateScorecard(mixed, options);
    const { maker, calls } = recording(mixed);
    const parts = await consolidateInParts(mixed.length, maker, options);
    expect(parts.result).toEqual(whole.result);
    expect(parts.document).toEqual(whole.document);
    // Office 001 has no task: with a Tasks sheet in the run, its derived maturity is 0, not undefined.
    expect(whole.result.byOffice.get("Office 001")?.derivedMaturity.average).toBe(0);
    expect(calls).toEqual([[0], [1], [2], [0], [2]]);
  });

  it("parses together the workbooks of a campaign that one of them alone would carry to the other edition", async () => {
    // Campaign "Carry 2026" is rated in two offices' workbooks. Office 001's row names 8.6.1, a
    // code of the 2018 edition only: read alone, its campaign is carried from 2018 to this 2011
    // catalog. Office 002's row names 6.1, a 2011 code: read together, the campaign mixes the
    // editions and stays in the 2011 codes, each row judged (model/editions.ts).
    const rated = (i: number, auditId: string, process: string): Sheets =>
      withRow(
        withRow(office(i), "Audits", { "Audit ID": auditId, Office: `Office 00${i + 1}`, Campaign: "Carry 2026" }),
        "Maturity",
        { "Audit ID": auditId, Process: process, "Service group": "Payments", Level: 3 },
      );
    const carrying = [
      workbook("a.xlsx", rated(0, "A-001-CX", "8.6.1")),
      workbook("b.xlsx", rated(1, "A-002-CX", "6.1")),
    ];
    const carriedWarning = (m: string) => m.includes('Campaign "Carry 2026" is rated on the processes of');

    // Not vacuous: alone, the first workbook carries the campaign; together, nothing is carried.
    const alone = consolidateScorecard(carrying.slice(0, 1), options);
    expect(alone.result.issues.some((i) => carriedWarning(i.message))).toBe(true);
    const whole = consolidateScorecard(carrying, options);
    expect(whole.result.issues.some((i) => carriedWarning(i.message))).toBe(false);

    const { maker, calls } = recording(carrying);
    const parts = await consolidateInParts(carrying.length, maker, options);
    expect(parts.result).toEqual(whole.result);
    expect(parts.document).toEqual(whole.document);
    expect(calls).toEqual([[0], [1], [0, 1]]);
  });

  // A row may name a workbook-wide key (a project, an audit, a finding) that another office's
  // workbook holds: consolidating at once finds it, so each part must tell what it did not find,
  // and the parts holding it are parsed together. One reference per pair of workbooks, so that
  // no other link joins them.
  const controls = (office: string): Sheets[number] => ({
    name: "Controls",
    rows: [
      ["Control ID", "Office", "Clause", "Status"],
      ["C-1", office, "6.1", "Compliant"],
    ],
  });
  const audits: Sheets[number] = {
    name: "Audits",
    rows: [
      ["Audit ID", "Office", "Campaign"],
      ["A-X", "North", "2026-H1"],
    ],
  };
  const referring: [string, Sheets, Sheets][] = [
    [
      "a risk names a project",
      [
        {
          name: "Projects",
          rows: [
            ["Project ID", "Office", "Start date", "Due date", "Progress", "Status"],
            ["P-X", "North", "2026-01-05", "2026-12-20", 0.5, "Active"],
          ],
        },
      ],
      [
        {
          name: "Risks",
          rows: [
            ["Risk ID", "Project ID", "Likelihood", "Impact", "Status"],
            ["R-1", "P-X", 5, 5, "Open"],
          ],
        },
      ],
    ],
    [
      "a finding names an audit",
      [audits],
      [
        {
          name: "Findings",
          rows: [
            ["Finding ID", "Audit ID", "Type"],
            ["F-1", "A-X", "FOB"],
          ],
        },
      ],
    ],
    [
      "a maturity rating names an audit",
      [audits],
      [
        {
          name: "Maturity",
          rows: [
            ["Audit ID", "Process", "Level"],
            ["A-X", "6.1", 3],
          ],
        },
      ],
    ],
    [
      "a process attribute rating names an audit",
      [audits],
      [
        {
          name: "Process attributes",
          rows: [
            ["Audit ID", "Process", "Attribute", "Rating"],
            ["A-X", "6.1", "PA 1.1", "F"],
          ],
        },
      ],
    ],
    [
      "an action names a finding",
      [
        audits,
        {
          name: "Findings",
          rows: [
            ["Finding ID", "Audit ID", "Type"],
            ["F-X", "A-X", "FNC"],
          ],
        },
      ],
      [
        {
          name: "Actions",
          rows: [
            ["Action ID", "Office", "Finding ID", "Kind", "Due date", "Status"],
            ["ACT-1", "South", "F-X", "Corrective", "2026-12-01", "Open"],
          ],
        },
      ],
    ],
  ];
  it.each(referring)("parses together two workbooks when %s the other holds", async (_, held, naming) => {
    const pair = [
      workbook("a-north.xlsx", [controls("North"), ...held]),
      workbook("b-south.xlsx", [controls("South"), ...naming]),
    ];
    const namingSheet = `[b-south.xlsx]${naming[0].name}`;
    const unknown = (issues: readonly { sheet: string }[]) => issues.filter((i) => i.sheet === namingSheet);
    // Not vacuous: alone, the second workbook's reference is to a key it does not hold.
    const alone = consolidateScorecard(pair.slice(1), options);
    expect(unknown(alone.result.issues).length).toBeGreaterThan(0);
    const whole = consolidateScorecard(pair, options);
    expect(unknown(whole.result.issues)).toEqual([]);

    const { maker, calls } = recording(pair);
    const parts = await consolidateInParts(pair.length, maker, options);
    expect(parts.result).toEqual(whole.result);
    expect(parts.document).toEqual(whole.document);
    expect(calls).toEqual([[0], [1], [0, 1]]);
  });

  it("refuses when no workbook has a Controls sheet, as consolidating at once does", async () => {
    const none = [
      workbook(
        "a.xlsx",
        office(0).filter((s) => s.name !== "Controls"),
      ),
    ];
    expect(() => consolidateScorecard(none, options)).toThrow(ScorecardError);
    await expect(consolidateInParts(1, partsInMemory(none), options)).rejects.toThrow(ScorecardError);
  });
});
