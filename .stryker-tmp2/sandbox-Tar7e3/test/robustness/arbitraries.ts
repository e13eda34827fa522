/**
 * fast-check generators of hostile workbooks: every input sheet, with random values in every
 * column. Values mix what an auditor would plausibly type (so rows reach the engine) with
 * everything a spreadsheet can hold or a hostile file can carry.
 */
// @ts-nocheck

import fc from "fast-check";
import type { Cell, SheetGrid, WorkbookGrids } from "../../src/core/model/grid";
import type { SheetKey } from "../../src/core/model/records";
import { SHEET_NAMES } from "../../src/core/parse/vocabulary";
import { TEMPLATE_COLUMNS } from "../../src/core/template";

/**
 * The seed of every property in test/robustness. Fixed by default so that CI runs are
 * reproducible; `FUZZ_SEED=<n>` replays a reported failure, `FUZZ_SEED=random` explores.
 * `FUZZ_RUNS=<n>` sets the number of runs of every property (for a long local session).
 */
export const FUZZ_SEED: number =
  process.env.FUZZ_SEED === "random"
    ? (Date.now() ^ (Math.random() * 0x100000000)) | 0
    : Number(process.env.FUZZ_SEED ?? 20261123);
export const fuzzRuns = (ciRuns: number): number => Number(process.env.FUZZ_RUNS ?? ciRuns);

/** fast-check parameters: the seed and the run count (fast-check names the seed on failure). */
export function fuzzParameters(ciRuns: number): fc.Parameters<unknown> {
  return { seed: FUZZ_SEED, numRuns: fuzzRuns(ciRuns) };
}

const ERROR_VALUES = [
  "#N/A",
  "#REF!",
  "#DIV/0!",
  "#VALUE!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#WHATEVER",
];

/** Text that a spreadsheet would run as a formula if written as one (CSV/formula injection). */
export const FORMULA_LIKE = [
  "=1+1",
  '=HYPERLINK("https://example.invalid/x","click")',
  "=cmd|' /C calc'!A0",
  "+SUM(A1:A9)",
  "-2+3",
  "@SUM(1)",
  "\t=1+1",
  "\r=1+1",
  "=",
  "+",
  "-",
  "@",
  '=IMPORTXML("https://example.invalid","//a")',
];

/** Names that are special to JavaScript objects. */
export const PROTOTYPE_KEYS = [
  "__proto__",
  "constructor",
  "toString",
  "prototype",
  "hasOwnProperty",
  "valueOf",
  "__defineGetter__",
  "0",
  "length",
];

const UNICODE = [
  "Ñandú Café",
  "日本語のオフィス",
  "🙂🚀 emoji",
  "مكتب الجودة", // Arabic (RTL)
  "משרד", // Hebrew (RTL)
  "\u202Egnp.exe", // right-to-left override
  "a\u0301\u0301\u0301", // stacked combining marks
  "\uD800", // lone surrogate
  "\u0000\u0001\u0008", // control characters XML cannot carry
  "\uFEFFbom",
  "\u200B", // zero-width space
  "_x0041_", // Excel's escape syntax
  "<b>&amp;</b>",
  "]]>",
];

const WHITESPACE = [" ", "   ", "\t", "\n", "\r\n", "\u00A0", "\u3000", "  C  ", " 8.1 ", "\n4.1\n"];

const PLAUSIBLE_TEXT = [
  "C",
  "Compliant",
  "Cumple",
  "PC",
  "NC",
  "NA",
  "No aplica",
  "Accepted",
  "Pending",
  "Rejected",
  "Done",
  "In progress",
  "Not started",
  "Planned",
  "Active",
  "Completed",
  "Cancelled",
  "Open",
  "Closed",
  "Define",
  "GAP",
  "Risk",
  "Compliance",
  "Record",
  "FGP",
  "FOP",
  "FOB",
  "FNC",
  "FCC",
  "Corrective",
  "Preventive",
  "Yes",
  "No",
  "4",
  "4.1",
  "5",
  "6.1",
  "6.1.2",
  "7.2",
  "8",
  "8.1",
  "9.2",
  "9.3",
  "99",
  "45 %",
  "0.45",
  "120 %",
  "-5 %",
  "2026-03-31",
  "31/03/2026",
  "2026-02-30",
  "9999-12-31",
  "1899-12-31",
  "HA",
  "VA",
  "OCL",
  "PRK",
  "ML",
  "Consolidated",
  "Organization",
  "As-of date",
  "Success threshold",
  "Fail threshold",
  "Require evidence",
  "OCL weights",
  "OCL weight controls",
  "Language",
  "es",
  "en",
];

/** Ids and office names that collide often, so that keys, duplicates and links are exercised. */
const KEYS = ["A-1", "A-2", "P-1", "P-2", "AU-1", "AU-2", "F-1", "Quito", "Lima", "", ...PROTOTYPE_KEYS.slice(0, 4)];

const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.double(), // includes NaN, ±Infinity, -0, subnormals, huge magnitudes
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER,
    5e-324,
    2_958_465,
    2_958_466,
  ),
  fc.integer({ min: -10, max: 10 }),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.integer({ min: 40_000, max: 50_000 }), // Excel date serials around now
);

const hostileDate: fc.Arbitrary<Date> = fc.oneof(
  fc.date(), // may be an invalid Date
  fc.constant(new Date(Number.NaN)),
  fc.constant(new Date(8.64e15)), // the last representable instant
  fc.constant(new Date(-8.64e15)),
  fc.date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2028-12-31T00:00:00Z"), noInvalidDate: true }),
);

const longText: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom("x", "Ω", "🙂", "=", " "), fc.integer({ min: 1_000, max: 40_000 }))
  .map(([unit, n]) => unit.repeat(n));

/** Any value a cell can hold, weighted towards plausible ones. */
export const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PLAUSIBLE_TEXT) },
  { weight: 3, arbitrary: fc.constantFrom(...KEYS) },
  { weight: 3, arbitrary: hostileNumber },
  { weight: 2, arbitrary: hostileDate },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom(...ERROR_VALUES).map((error): Cell => ({ error })) },
  { weight: 1, arbitrary: fc.constantFrom(...FORMULA_LIKE) },
  { weight: 1, arbitrary: fc.constantFrom(...UNICODE) },
  { weight: 1, arbitrary: fc.constantFrom(...WHITESPACE) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) },
  { weight: 1, arbitrary: longText },
);

/** A cell without the huge strings (for the sheets of the .xlsx path, where size costs time). */
export const compactCell: fc.Arbitrary<Cell> = anyCell.filter((c) => typeof c !== "string" || c.length < 200);

// The sheets the fuzz draws from: the optional Process attributes and Training are left out, so the
// seeded streams (and the cases each property has been run on) stay those of the workbook before them.
const SHEETS = (Object.keys(TEMPLATE_COLUMNS) as SheetKey[]).filter(
  (k) => k !== "processAttributes" && k !== "training",
);

const OFFICES = [
  "Quito",
  "Quito",
  "Lima",
  " Quito ",
  "",
  "Consolidated",
  "مكتب الجودة",
  "=1+1",
  ...PROTOTYPE_KEYS.slice(0, 3),
];
const ID = (prefix: string) => [
  `${prefix}-1`,
  `${prefix}-1`,
  `${prefix}-2`,
  `${prefix}-3`,
  "__proto__",
  "constructor",
  "=1+1",
];
const recentDate: fc.Arbitrary<Cell> = fc.oneof(
  fc.date({ min: new Date("2024-01-01T00:00:00Z"), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true }),
  fc.integer({ min: 45_000, max: 46_700 }), // Excel serials 2023-2027
  fc.constantFrom("2026-03-31", "31/03/2026", "2025-12-01", "2026-11-01"),
);
const words = (...w: Cell[]): fc.Arbitrary<Cell> => fc.constantFrom(...w);
/** Mostly `common` (so that references between sheets meet), sometimes one of `rare`. */
const mostly = (common: Cell, ...rare: Cell[]): fc.Arbitrary<Cell> =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(common) }, { weight: 1, arbitrary: fc.constantFrom(...rare) });
const CLAUSES = words(
  "4",
  "4.1",
  "5",
  "5.2",
  "6.1",
  "6.1.2",
  "6.2",
  "6.3",
  "6.4",
  "6.5",
  "6.6",
  "7.1",
  "7.2",
  "8.1",
  "8.2",
  "9.1",
  "9.2",
  "9.3",
  "8",
  "10",
);

/** What an auditor would plausibly put in a column (so that rows reach the engine). */
const PLAUSIBLE: Readonly<Record<string, fc.Arbitrary<Cell>>> = {
  "Control ID": mostly("C-1", ...ID("C")),
  "Evidence ID": words(...ID("E")),
  "Task ID": words(...ID("T")),
  "Project ID": mostly("P-1", "P-2", "__proto__"),
  "Risk ID": words(...ID("R")),
  "Audit ID": mostly("AU-1", "AU-2", "AU-3", "__proto__"),
  "Finding ID": words(...ID("F")),
  "Action ID": words(...ID("A")),
  "Plan ID": words(...ID("CIP")),
  Office: mostly("Quito", ...OFFICES),
  Clause: CLAUSES,
  Process: words("4", "5", "6.1", "6.2", "6.6", "7.1", "8.1", "9.2", "9.3", "8", "constructor"),
  Activity: words("Define", "GAP", "Risk", "Compliance", "Record", "DEF"),
  Kind: words("Corrective", "Preventive", "C", "P"),
  Type: words("FGP", "FOP", "FOB", "FNC", "FCC", "Observation", "Internal"),
  Effective: words("Yes", "No", "Sí"),
  Campaign: words("HA", "VA", "2026", "__proto__", "=SUM(1)"),
  Level: fc.integer({ min: -1, max: 6 }),
  "Level achieved": fc.integer({ min: 0, max: 5 }),
  Likelihood: fc.integer({ min: 1, max: 5 }),
  Impact: fc.integer({ min: 1, max: 5 }),
  Progress: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), words("45 %", "100", "0")),
  Weight: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.double({ min: 0, max: 5, noNaN: true })),
  Value: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 5 })),
  Indicator: words("OCL", "PRK", "ML"),
  "As-of date": recentDate,
  "Start date": recentDate,
  "Due date": recentDate,
  "Done on": recentDate,
  "Collected on": recentDate,
  "Valid until": recentDate,
  "End date": recentDate,
  "Closed on": recentDate,
  "Completed on": recentDate,
  Owner: words("Ana", "Luis", "", "__proto__", "=1+1"),
};

const STATUS: Readonly<Record<SheetKey, fc.Arbitrary<Cell>>> = {
  settings: fc.constant(null),
  controls: words("Compliant", "Partially compliant", "Not compliant", "Not applicable", "C", "PC", "NC", "NA"),
  evidence: words("Accepted", "Pending", "Rejected"),
  tasks: words("Done", "In progress", "Not started"),
  projects: words("Planned", "Active", "Completed", "Cancelled"),
  risks: words("Open", "Closed"),
  audits: fc.constant(null),
  maturity: fc.constant(null),
  findings: words("Open", "Closed"),
  actions: words("Open", "In progress", "Closed"),
  improvements: words("Planned", "In progress", "Done"),
  history: fc.constant(null),
  processAttributes: fc.constant(null),
  training: fc.constant(null),
};

const SETTING_ROW: fc.Arbitrary<Cell[]> = fc.oneof(
  fc.tuple(words("Organization", "Organización"), fc.oneof(words(...OFFICES), compactCell)),
  fc.tuple(words("As-of date"), fc.oneof(recentDate, compactCell)),
  fc.tuple(
    words("Success threshold", "Fail threshold"),
    fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), words("90 %", "70", "150 %"), compactCell),
  ),
  fc.tuple(words("Require evidence"), words("Yes", "No", "maybe")),
  fc.tuple(
    words("OCL weights"),
    words("Controls 0.6, Evidence 0.2, Tasks 0.2", "0 / 0 / 0", "1/2", "1e308 / 1e308 / 1e308"),
  ),
  fc.tuple(
    words("OCL weight controls", "OCL weight evidence", "OCL weight tasks"),
    fc.oneof(hostileNumber, compactCell),
  ),
  fc.tuple(words("Language", "Idioma"), words("en", "es", "fr")),
  fc.tuple(anyCell, anyCell),
);

/** A cell for a column: usually plausible, sometimes anything at all. */
function columnCell(key: SheetKey, header: Cell, any: fc.Arbitrary<Cell>): fc.Arbitrary<Cell> {
  const plausible =
    header === "Status"
      ? STATUS[key]
      : typeof header === "string" && Object.hasOwn(PLAUSIBLE, header)
        ? PLAUSIBLE[header]
        : undefined;
  return plausible === undefined ? any : fc.oneof({ weight: 12, arbitrary: plausible }, { weight: 1, arbitrary: any });
}

export interface FuzzOptions {
  readonly maxRows: number;
  readonly cell: fc.Arbitrary<Cell>;
  /** Place tables anywhere (blank rows and columns before the header); off for the .xlsx path. */
  readonly offsets: boolean;
}

/** One input sheet: a header (template columns, maybe shuffled, renamed, extended) and random rows. */
function sheetArb(key: SheetKey, options: FuzzOptions): fc.Arbitrary<SheetGrid> {
  const columns = TEMPLATE_COLUMNS[key];
  return fc
    .record({
      name: fc.constantFrom(...SHEET_NAMES[key], SHEET_NAMES[key][0].toUpperCase(), `  ${SHEET_NAMES[key][0]} `),
      order: fc.shuffledSubarray([...columns.keys()], {
        minLength: Math.max(2, columns.length - 1),
        maxLength: columns.length,
      }),
      extra: fc.array(fc.oneof(fc.constantFrom("Comments", "Status", ...PROTOTYPE_KEYS), compactCell), {
        maxLength: 2,
      }),
      firstRow: options.offsets ? fc.integer({ min: 1, max: 4 }) : fc.constant(1),
      firstColumn: options.offsets ? fc.integer({ min: 1, max: 3 }) : fc.constant(1),
    })
    .chain(({ name, order, extra, firstRow, firstColumn }) => {
      const header: Cell[] = [...order.map((i) => columns[i]), ...extra];
      const row: fc.Arbitrary<Cell[]> =
        key === "settings" && header[0] === "Setting" && header[1] === "Value"
          ? fc.oneof(SETTING_ROW, fc.tuple(...header.map((h) => columnCell(key, h, options.cell))))
          : fc.tuple(...header.map((h) => columnCell(key, h, options.cell)));
      return fc
        .array(row, { maxLength: options.maxRows })
        .map((rows): SheetGrid => ({ name, rows: [header, ...rows], firstRow, firstColumn }));
    });
}

/** A workbook with Controls and any subset of the other input sheets. */
export function workbookArb(options: FuzzOptions): fc.Arbitrary<WorkbookGrids> {
  const optional = SHEETS.filter((k) => k !== "controls");
  return fc
    .tuple(
      sheetArb("controls", options),
      fc.subarray(optional).chain((keys) => fc.tuple(...keys.map((k) => sheetArb(k, options)))),
    )
    .map(([controls, others]) => ({ sheets: [controls, ...others] }));
}
