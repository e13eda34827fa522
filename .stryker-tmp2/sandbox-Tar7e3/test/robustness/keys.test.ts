/**
 * Guarantee 5 (docs/security.md): names that are also members of every JavaScript object
 * (`__proto__`, `constructor`, `toString`, `hasOwnProperty`) behave as ordinary values, from the
 * cells through the parser, the engine, the result sheets and the JSON result document.
 */
// @ts-nocheck

import type { Cell } from "../../src/core/model/grid";
import type { ResultDocument } from "../../src/core/render/resultDocument";
import { RESULT_SHEETS } from "../../src/core/text/labels";
import { mapProcess } from "../../src/core/model/editions";
import { compute } from "../../src/app";
import { readWorkbook } from "../../src/host/file/readWorkbook";
import { createWorkbook } from "../../src/host/file/writeWorkbook";
import { decodeEntities } from "../../src/host/file/xml/xmlReader";
import { XlsxFileHost } from "../../src/host/file/xlsxFileHost";
import { date } from "../helpers/grids";
import { day } from "../helpers/records";

const NAMES = ["__proto__", "constructor", "toString", "hasOwnProperty"] as const;
const today = day("2026-11-01");

function hostileWorkbook(): Uint8Array {
  const sheets: { name: string; rows: Cell[][] }[] = [
    {
      name: "Settings",
      rows: [
        ["Setting", "Value"],
        ["Organization", "constructor"],
        ["Require evidence", "No"],
        ["As-of date", date("2026-10-31")],
        ["__proto__", "1"],
        ["constructor", "x"],
      ],
    },
    {
      name: "Controls",
      // Extra columns headed like object members are extra columns like any other.
      rows: [
        ["Control ID", "Office", "Clause", "Status", "__proto__", "constructor"],
        ...NAMES.flatMap((n): Cell[][] => [
          [n, n, "4.1", "Compliant", "x", "y"],
          [`${n}-2`, n, "4.2", "Not compliant", "x", "y"],
        ]),
      ],
    },
    {
      name: "Audits",
      rows: [
        ["Audit ID", "Office", "Campaign", "Type", "Start date", "End date", "Level achieved", "Lead auditor"],
        ...NAMES.map((n): Cell[] => [n, n, n, "Internal audit", date("2026-03-02"), date("2026-03-06"), 2, "toString"]),
      ],
    },
    {
      name: "Maturity",
      rows: [
        ["Audit ID", "Process", "Service group", "Level"],
        ...NAMES.map((n, i): Cell[] => [n, "4", "__proto__", 1 + i]),
      ],
    },
    {
      name: "Indicator history",
      rows: [
        ["As-of date", "Office", "Indicator", "Value"],
        ...NAMES.map((n): Cell[] => [date("2026-06-30"), n, "OCL", 0.25]),
      ],
    },
    { name: "__proto__", rows: [["a sheet of the user's"]] },
  ];
  return createWorkbook(sheets);
}

describe("object member names are ordinary values end to end", () => {
  const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
  let doc: ResultDocument;
  let host: XlsxFileHost;

  beforeAll(async () => {
    host = new XlsxFileHost(hostileWorkbook());
    const run = await compute(host, { today });
    // Through JSON as the command line writes it and a reader parses it.
    doc = JSON.parse(JSON.stringify(run.document)) as ResultDocument;
  });

  it("each office is a real key of byOffice with its own indicators", () => {
    expect([...doc.offices].sort()).toEqual([...NAMES].sort());
    expect(Object.keys(doc.byOffice).sort()).toEqual([...NAMES].sort());
    for (const name of NAMES) {
      const own = Object.getOwnPropertyDescriptor(doc.byOffice, name)?.value as
        ResultDocument["consolidated"] | undefined;
      // One compliant control of two, evidence not required: OCL's compliance part is 50 %.
      expect(own?.ccl["4"]).toBe(0.5);
    }
    expect(doc.consolidated.ccl["4"]).toBe(0.5);
  });

  it("campaigns so named are counted with their own ratings", () => {
    expect(doc.campaigns.map((c) => c.name).sort()).toEqual([...NAMES].sort());
    for (const c of doc.campaigns) expect(c.audits).toBe(1);
    const levels = Object.fromEntries(doc.campaigns.map((c) => [c.name, c.maturity.byProcess["4"]]));
    expect(Object.getOwnPropertyDescriptor(levels, "__proto__")?.value).toBe(1);
    expect(levels.hasOwnProperty).toBe(4);
  });

  it("settings named like object members are unknown settings, reported, not crashes", () => {
    const unknown = doc.issues.filter((i) => i.sheet === "Settings");
    expect(unknown).toEqual([
      expect.objectContaining({
        severity: "warning",
        row: 5,
        cell: "A5",
        value: "__proto__",
        message: '"__proto__" is not a setting this product knows; it is ignored.',
      }),
      expect.objectContaining({
        severity: "warning",
        row: 6,
        cell: "A6",
        value: "constructor",
        message: '"constructor" is not a setting this product knows; it is ignored.',
      }),
    ]);
  });

  it("the result sheets name the offices, the user's sheet named __proto__ is kept, no prototype is touched", () => {
    const book = readWorkbook(host.bytes);
    const scorecard = book.sheets.find((s) => s.name === RESULT_SHEETS.scorecard);
    const texts = new Set(scorecard?.rows.flat().filter((c): c is string => typeof c === "string"));
    for (const name of NAMES) expect(texts.has(name)).toBe(true);
    expect(book.sheets.find((s) => s.name === "__proto__")?.rows).toEqual([["a sheet of the user's"]]);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("lookups keyed by file or user text", () => {
  it("XML entities named like object members stay as written", () => {
    expect(decodeEntities("a &constructor; b &__proto__; &toString; &amp;")).toBe(
      "a &constructor; b &__proto__; &toString; &",
    );
  });

  it("a process code named like an object member maps to no process", () => {
    expect(mapProcess("constructor", "2011", "2018")).toEqual([]);
    expect(mapProcess("__proto__", "2011", "2018")).toEqual([]);
    expect(mapProcess("toString", "2018", "2011")).toEqual([]);
  });
});
