/**
 * Training coverage at its boundaries: completed on the as-of date, valid until the as-of date,
 * expiring at day 90 (listed) and 91 (not), rows not required left out, renewals, and the
 * per-office, per-team and consolidated figures.
 */
import { computeScorecard } from "../../src/core/engine/computeScorecard";
import { EXPIRY_WINDOW_DAYS, courseState, officeTraining } from "../../src/core/engine/training";
import { ISO20000_2011, type TeamCode } from "../../src/core/model/catalog";
import type { Cell } from "../../src/core/model/grid";
import type { TrainingRecord } from "../../src/core/model/records";
import { parseWorkbook } from "../../src/core/parse/parseWorkbook";
import { date, sheet, workbook } from "../helpers/grids";
import { control, day, records } from "../helpers/records";

const asOf = day("2026-06-30");
let n = 2;
const course = (p: Partial<TrainingRecord> & Pick<TrainingRecord, "course">): TrainingRecord => ({
  source: { sheet: "Training", row: n++ },
  person: "Ana",
  office: "A",
  team: "S&C" as TeamCode,
  required: true,
  completedOn: day("2026-01-10"),
  validUntil: null,
  ...p,
});
const state = (rows: TrainingRecord[]) => courseState(rows, asOf).kind;

describe("one required course on the as-of date", () => {
  it("is held when completed on the as-of date itself, missing when completed the day after", () => {
    expect(state([course({ course: "x", completedOn: asOf })])).toBe("Held");
    expect(state([course({ course: "x", completedOn: asOf + 1 })])).toBe("Missing");
    expect(state([course({ course: "x", completedOn: null })])).toBe("Missing");
  });

  it("is still held when valid until the as-of date (and then expiring), expired when valid until the day before", () => {
    expect(state([course({ course: "x", validUntil: asOf })])).toBe("Expiring");
    expect(state([course({ course: "x", validUntil: asOf - 1 })])).toBe("Expired");
    expect(courseState([course({ course: "x", validUntil: asOf - 1 })], asOf).validUntil).toBe(asOf - 1);
  });

  it("is expiring when it ends on day 90 after the as-of date, not on day 91", () => {
    expect(EXPIRY_WINDOW_DAYS).toBe(90);
    expect(state([course({ course: "x", validUntil: asOf + 90 })])).toBe("Expiring");
    expect(state([course({ course: "x", validUntil: asOf + 91 })])).toBe("Held");
    expect(state([course({ course: "x", validUntil: null })])).toBe("Held");
  });

  it("counts a renewal: the longest-lasting row held decides", () => {
    const old = course({ course: "x", completedOn: day("2024-01-01"), validUntil: day("2026-01-01") });
    const renewed = course({ course: "x", completedOn: day("2026-01-05"), validUntil: day("2028-01-05") });
    expect(state([old, renewed])).toBe("Held");
    expect(state([old, course({ course: "x", completedOn: day("2026-01-05"), validUntil: asOf + 30 })])).toBe(
      "Expiring",
    );
  });
});

describe("missing dates and rows not required", () => {
  it("is missing without a completion date, even with a valid-until date, and never expired", () => {
    expect(state([course({ course: "x", completedOn: null, validUntil: asOf + 30 })])).toBe("Missing");
    expect(state([course({ course: "x", completedOn: null, validUntil: asOf - 30 })])).toBe("Missing");
    // Neither date: missing.
    expect(state([course({ course: "x", completedOn: null, validUntil: null })])).toBe("Missing");
  });

  it("is expired, not missing, when a renewal is completed only after the as-of date", () => {
    const old = course({ course: "x", completedOn: day("2024-01-01"), validUntil: asOf - 1 });
    const next = course({ course: "x", completedOn: asOf + 1, validUntil: asOf + 700 });
    expect(courseState([old, next], asOf)).toEqual({ kind: "Expired", validUntil: asOf - 1 });
  });

  it("is expired, not missing, when completed on the as-of date with an end before it (dates out of order)", () => {
    // Only completed after the as-of date is Missing (docs/decisions.md "Training coverage"); the
    // parser keeps such a row and warns of its dates, and the gap list shows the end typed.
    expect(courseState([course({ course: "x", completedOn: asOf, validUntil: asOf - 10 })], asOf)).toEqual({
      kind: "Expired",
      validUntil: asOf - 10,
    });
  });

  it("is expiring when completed on the as-of date and valid until day 90, held at day 91", () => {
    expect(state([course({ course: "x", completedOn: asOf, validUntil: asOf + 90 })])).toBe("Expiring");
    expect(state([course({ course: "x", completedOn: asOf, validUntil: asOf + 91 })])).toBe("Held");
  });
});

describe("an office's list of required courses (the Calculation sheet's lines, held / required)", () => {
  it("is every required course once, in sheet order of its first row, with its state; held / required add up", () => {
    const rows = [
      course({ course: "ITIL", validUntil: asOf + 200 }),
      course({ course: "ISO", completedOn: null }),
      course({ course: "Optional", completedOn: null, required: false }),
      course({ course: "Change", person: "Luis", team: "D&T", validUntil: asOf - 1 }),
      // A renewal of Ana's ITIL: the same course, listed once, at its first row.
      course({ course: "ITIL", completedOn: day("2026-05-01"), validUntil: asOf + 30 }),
      course({ course: "Release", person: "Luis", team: "D&T", validUntil: asOf + 90 }),
    ];
    const t = officeTraining(ISO20000_2011, "A", rows, asOf);
    expect(t.courses.map((c) => [c.person, c.team, c.course, c.kind, c.held, c.source.row])).toEqual([
      ["Ana", "S&C", "ITIL", "Held", true, rows[0].source.row],
      ["Ana", "S&C", "ISO", "Missing", false, rows[1].source.row],
      ["Luis", "D&T", "Change", "Expired", false, rows[3].source.row],
      ["Luis", "D&T", "Release", "Expiring", true, rows[5].source.row],
    ]);
    // An auditor recomputes each team's coverage from the list: its held lines over its lines.
    for (const team of ["S&C", "D&T"] as TeamCode[]) {
      const own = t.courses.filter((c) => c.team === team);
      expect(t.byTeam[team]).toEqual({ required: own.length, held: own.filter((c) => c.held).length });
    }
    expect(officeTraining(ISO20000_2011, "A", [course({ course: "Optional", required: false })], asOf).courses).toEqual(
      [],
    );
  });
});

describe("training coverage in a run", () => {
  const run = (training: TrainingRecord[], offices = ["A"]) =>
    computeScorecard(
      records({
        controls: offices.map((office, i) => control({ id: `C${i}`, office })),
        training,
      }),
      { asOf, today: asOf },
    );

  it("is held / required per office and team, leaving rows not required out entirely", () => {
    const result = run([
      course({ course: "ITIL", validUntil: asOf + 200 }),
      course({ course: "ISO", completedOn: null }),
      course({ course: "Optional", completedOn: null, required: false }),
      course({ course: "Change", person: "Luis", team: "D&T", validUntil: asOf - 1 }),
      course({ course: "Release", person: "Luis", team: "D&T", validUntil: asOf + 90 }),
    ]);
    const a = result.training?.byOffice.get("A");
    expect(a?.byTeam["S&C"]).toBe(0.5);
    expect(a?.byTeam["D&T"]).toBe(0.5);
    expect(a?.byTeam.SMR).toBeNull();
    expect(a?.coverage).toBe(0.5);
    expect(a?.status).toBe("Fail");
    expect(result.training?.gaps.map((g) => [g.person, g.course, g.kind])).toEqual([
      ["Ana", "ISO", "Missing"],
      ["Luis", "Change", "Expired"],
      ["Luis", "Release", "Expiring"],
    ]);
  });

  it("is n/a where nothing is required, and consolidates as the mean over offices", () => {
    const result = run(
      [
        course({ course: "ITIL", office: "A" }),
        course({ course: "ISO", office: "A", completedOn: null }),
        course({ course: "ITIL", office: "B" }),
        course({ course: "Optional", office: "C", required: false }),
      ],
      ["A", "B", "C"],
    );
    expect(result.training?.byOffice.get("C")?.coverage).toBeNull();
    // (0.5 + 1) / 2: office C has nothing required and is left out.
    expect(result.training?.consolidated.coverage).toBe(0.75);
    expect(result.training?.consolidated.byTeam["S&C"]).toBe(0.75);
    expect(result.training?.consolidated.status).toBe("Warning");
  });

  it("counts a course required on any of its rows; Required No on every row leaves it out", () => {
    const result = run([
      // One course, two rows: the first says No, the renewal row Yes: required, and missing.
      course({ course: "ITIL", required: false, completedOn: null }),
      course({ course: "ITIL", completedOn: null }),
      // Required No on its only row and missing: not counted, not listed.
      course({ course: "Optional", required: false, completedOn: null }),
      course({ course: "ISO" }),
    ]);
    expect(result.training?.byOffice.get("A")?.byTeam["S&C"]).toBe(0.5);
    expect(result.training?.gaps.map((g) => [g.course, g.kind])).toEqual([["ITIL", "Missing"]]);
  });

  it("is Success at 90 % exactly, Warning at 70 % exactly, Fail just below 70 %", () => {
    const held = (k: number, of: number) =>
      Array.from({ length: of }, (_, i) => course({ course: `c${i}`, completedOn: i < k ? asOf : null }));
    const status = (k: number, of: number) => run(held(k, of)).training?.byOffice.get("A");
    expect(status(9, 10)).toMatchObject({ coverage: 0.9, status: "Success" });
    expect(status(8, 9)?.status).toBe("Warning"); // 88.9 %
    expect(status(7, 10)).toMatchObject({ coverage: 0.7, status: "Warning" });
    expect(status(69, 100)).toMatchObject({ coverage: 0.69, status: "Fail" });
  });

  it("is absent from a run without Training rows", () => {
    expect(run([]).training).toBeUndefined();
  });

  it("puts offices in scorecard order, an office known only from Training last", () => {
    const result = run([course({ course: "x", office: "Z" }), course({ course: "x", office: "B" })], ["A", "B"]);
    expect([...(result.training?.byOffice.keys() ?? [])]).toEqual(["B", "Z"]);
  });
});

describe("training dates as a Spanish workbook types them, at each boundary", () => {
  const asOfCell = date("2026-06-30");
  const row = (courseName: string, required: Cell, completed: Cell, validUntil: Cell): Cell[] => [
    "Lucía Paredes",
    "Quito",
    "S&C",
    courseName,
    required,
    completed,
    validUntil,
  ];
  it("reads every date without a problem and gives coverage 4 of 7 with the gaps in sheet order", () => {
    const { records: parsed, issues } = parseWorkbook(
      workbook(
        sheet("Configuración", [
          ["Parámetro", "Valor"],
          ["Idioma", "Español"],
          ["Fecha de corte", asOfCell],
        ]),
        sheet("Capacitación", [
          ["Persona", "Oficina", "Equipo o proceso", "Curso", "Obligatorio", "Fecha de finalización", "Vigente hasta"],
          row("A", "Sí", asOfCell, null), // completed on the as-of date (a date cell): held
          row("B", "Sí", "01/01/2026", "30/06/2026"), // valid until the as-of date (day-first text): held, expiring
          row("C", "Sí", 46203, date("2026-09-28")), // completed on the as-of date as a serial; day 90: expiring
          row("D", null, "2026-01-01", "2026-09-29"), // Required blank is Yes; day 91: held, not listed
          row("E", "No", null, null), // not required, no dates: left out
          row("F", "Sí", null, null), // no dates: missing
          row("G", "Sí", "01/07/2026", null), // completed the day after: missing
          row("H", "Sí", "2025-01-01", "29/06/2026"), // ended the day before: expired
        ]),
      ),
    );
    expect(issues).toEqual([]);
    expect(parsed.settings.asOf).toBe(day("2026-06-30"));
    const result = computeScorecard(parsed, { today: day("2020-01-01") });
    const quito = result.training?.byOffice.get("Quito");
    expect(quito?.coverage).toBe(4 / 7);
    expect(quito?.status).toBe("Fail");
    expect(result.training?.gaps.map((g) => [g.course, g.kind, g.validUntil, g.source.row])).toEqual([
      ["B", "Expiring", day("2026-06-30"), 3],
      ["C", "Expiring", day("2026-09-28"), 4],
      ["F", "Missing", null, 7],
      ["G", "Missing", null, 8],
      ["H", "Expired", day("2026-06-29"), 9],
    ]);
  });
});
