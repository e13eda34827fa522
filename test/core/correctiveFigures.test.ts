/**
 * CPA and CIP figures and FNC/FCC without an action (framework.md section 6), on data where
 * each boundary decides a count: closed exactly on its due date, due exactly on the as-of date,
 * closed with no date, judged and not judged. Expected figures are counted by hand.
 */
import { correctiveFigures, overdueItems, unactionedFindings } from "../../src/core/engine/audits";
import { computeScorecard } from "../../src/core/engine/computeScorecard";
import type { Improvement } from "../../src/core/model/records";
import { DEFAULT_SETTINGS } from "../../src/core/model/records";
import { action, audit, control, day, evidence, finding, records } from "../helpers/records";

const asOf = day("2026-06-30");
const plan = (p: Partial<Improvement> & Pick<Improvement, "id">): Improvement => ({
  source: { sheet: "Improvements", row: 2 },
  office: "A",
  due: asOf,
  completedOn: null,
  status: "Planned",
  ...p,
});

const actions = [
  action({ id: "A1", status: "Closed", due: day("2026-06-10"), closedOn: day("2026-06-10"), effective: true }), // on its due date: on time
  action({ id: "A2", status: "Closed", due: day("2026-06-10"), closedOn: day("2026-06-11"), effective: false }), // a day late
  action({ id: "A3", status: "Closed", due: day("2026-06-10"), closedOn: null, effective: null }), // no date: not shown on time
  action({ id: "A4", status: "Closed", due: day("2026-06-20"), closedOn: day("2026-06-01"), effective: true }), // early
  action({ id: "A5", status: "Open", due: asOf }), // due today: not overdue
  action({ id: "A6", status: "In progress", due: day("2026-06-29") }), // overdue
];
const plans = [
  plan({ id: "P1", status: "Planned", due: asOf }), // due today: not overdue
  plan({ id: "P2", status: "In progress", due: day("2026-06-29") }), // overdue
  plan({ id: "P3", status: "Done", due: day("2026-01-01") }), // done: never overdue
  plan({ id: "P4", status: "Planned", due: day("2026-07-15") }),
];

describe("CPA and CIP figures", () => {
  it("closed on time 2 of 4 (A1, A4), effective 2 of the 3 judged (A1, A4 of A1, A2, A4)", () => {
    expect(correctiveFigures("A", actions, plans, asOf)).toEqual({
      office: "A",
      open: 2,
      overdue: 1,
      closed: 4,
      closedOnTime: 2,
      onTimeRate: 0.5,
      withVerdict: 3,
      effective: 2,
      effectiveRate: 2 / 3,
      plans: { Planned: 2, "In progress": 1, Done: 1 },
      overduePlans: 1,
    });
  });

  it("lists as overdue only what is past due on the as-of date, not what is due that day", () => {
    expect(overdueItems(actions, plans, asOf).map((i) => [i.kind, i.id])).toEqual([
      ["Action", "A6"],
      ["Improvement plan", "P2"],
    ]);
  });

  it("sorts overdue items of the same day by office, then by id", () => {
    const due = day("2026-06-01");
    const items = overdueItems(
      [
        action({ id: "B", office: "Quito", due }),
        action({ id: "A", office: "Quito", due }),
        action({ id: "Z", office: "Loja", due }),
      ],
      [],
      asOf,
    );
    expect(items.map((i) => `${i.office}/${i.id}`)).toEqual(["Loja/Z", "Quito/A", "Quito/B"]);
  });
});

describe("FNC and FCC without a corrective action", () => {
  const audits = [audit({ id: "AU1", campaign: "HA", office: "Quito" })];

  it("lists an FNC and an FCC with no link, whatever links the other types lack", () => {
    const findings = [
      finding({ id: "F1", auditId: "AU1", type: "FNC" }),
      finding({ id: "F2", auditId: "AU1", type: "FCC" }),
      finding({ id: "F3", auditId: "AU1", type: "FOP" }),
      finding({ id: "F4", auditId: "AU1", type: "FGP" }),
      finding({ id: "F5", auditId: "AU1", type: "FOB" }),
      finding({ id: "F6", auditId: "AU9", type: "FNC" }), // an audit not on the sheet: no office
    ];
    expect(unactionedFindings(audits, findings, [])).toEqual([
      { office: "Quito", findingId: "F1", auditId: "AU1", type: "FNC" },
      { office: "Quito", findingId: "F2", auditId: "AU1", type: "FCC" },
      { office: "", findingId: "F6", auditId: "AU9", type: "FNC" },
    ]);
  });

  it("an FNC linked from its action, or linking to an action that exists, is actioned", () => {
    const findings = [
      finding({ id: "F1", auditId: "AU1", type: "FNC" }),
      finding({ id: "F2", auditId: "AU1", type: "FNC", actionId: "A2" }),
    ];
    expect(unactionedFindings(audits, findings, [action({ id: "A1", findingId: "F1" }), action({ id: "A2" })])).toEqual(
      [],
    );
  });

  it("each becomes a warning at its Findings row, in the Action ID column", () => {
    const f = finding({ id: "F1", auditId: "AU1", type: "FNC" });
    const r = computeScorecard(
      records({
        settings: { ...DEFAULT_SETTINGS, asOf },
        controls: [control({ id: "C1", office: "Quito" })],
        evidence: [evidence({ controlId: "C1", office: "Quito" })],
        audits,
        findings: [f],
      }),
      { today: asOf },
    );
    expect(r.unactionedFindings).toEqual([{ office: "Quito", findingId: "F1", auditId: "AU1", type: "FNC" }]);
    const warning = r.issues.find((i) => i.column === "Action ID");
    expect(warning).toMatchObject({
      severity: "warning",
      sheet: "Findings",
      row: f.source.row,
      cell: null,
      value: null,
    });
    expect(warning?.message).toContain('"F1"');
    expect(warning?.message).toContain("AU1");
  });

  it("points at the finding's own sheet and Action ID cell (a Spanish sheet, a consolidated file's)", () => {
    const columns = {
      id: { header: "ID de hallazgo", letter: "A" },
      actionId: { header: "ID de acción", letter: "F" },
    };
    const onSheet = (sheet: string) => {
      const f = finding({ id: "F1", auditId: "AU1", type: "FNC", source: { sheet, row: 4, columns } });
      const r = computeScorecard(
        records({
          settings: { ...DEFAULT_SETTINGS, asOf },
          controls: [control({ id: "C1", office: "Quito" })],
          audits,
          findings: [f],
        }),
        { today: asOf },
      );
      return r.issues.filter((i) => i.message.includes('"F1"')).map((i) => [i.sheet, i.row, i.column, i.cell]);
    };
    expect(onSheet("Hallazgos")).toEqual([["Hallazgos", 4, "ID de acción", "F4"]]);
    expect(onSheet("Findings [quito.xlsx]")).toEqual([["Findings [quito.xlsx]", 4, "ID de acción", "F4"]]);
  });
});

describe("overdue actions and plans in a run", () => {
  it("are those past due and still open, actions and plans together, oldest first", () => {
    const r = computeScorecard(
      records({
        settings: { ...DEFAULT_SETTINGS, asOf },
        controls: [control({ id: "C1", office: "A" })],
        actions,
        improvements: plans,
      }),
      { today: asOf },
    );
    // A6 and P2 both fell due on 2026-06-29 (same office: by id); A5 and P1 are due on the as-of date.
    expect(r.overdue).toEqual([
      { office: "A", kind: "Action", id: "A6", due: day("2026-06-29") },
      { office: "A", kind: "Improvement plan", id: "P2", due: day("2026-06-29") },
    ]);
  });
});

describe("CPA and CIP figures in a run", () => {
  it("are counted per office, an office without actions or plans counting none", () => {
    const r = computeScorecard(
      records({
        settings: { ...DEFAULT_SETTINGS, asOf },
        controls: [control({ id: "C1", office: "Quito" }), control({ id: "C1", office: "Loja" })],
        actions: [
          action({ id: "A1", office: "Quito", status: "Open", due: day("2026-06-01") }),
          action({ id: "A2", office: "Quito", status: "Closed", due: day("2026-06-01"), closedOn: day("2026-05-01") }),
        ],
        improvements: [plan({ id: "P1", office: "Quito", status: "Done" })],
      }),
      { today: asOf },
    );
    const [quito, loja] = r.corrective;
    expect(quito).toMatchObject({ office: "Quito", open: 1, overdue: 1, closed: 1, closedOnTime: 1, onTimeRate: 1 });
    expect(quito.plans).toEqual({ Planned: 0, "In progress": 0, Done: 1 });
    expect(loja).toEqual({
      office: "Loja",
      open: 0,
      overdue: 0,
      closed: 0,
      closedOnTime: 0,
      onTimeRate: null,
      withVerdict: 0,
      effective: 0,
      effectiveRate: null,
      plans: { Planned: 0, "In progress": 0, Done: 0 },
      overduePlans: 0,
    });
  });
});
