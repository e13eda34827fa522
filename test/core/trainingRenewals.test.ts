/**
 * A course with several rows (renewals), as docs/decisions.md "Training coverage" decides: the
 * longest-lasting row held counts (a row with no end outlasts every date); a course held once
 * but ended before the as-of date is Expired, and the gap list shows when it ended last.
 */
import { courseState } from "../../src/core/engine/training";
import type { TrainingRecord } from "../../src/core/model/records";
import { day } from "../helpers/records";

const asOf = day("2026-06-30");
const row = (completedOn: string | null, validUntil: string | null): TrainingRecord => ({
  source: { sheet: "Training", row: 2 },
  person: "Ana",
  office: "Quito",
  team: "D&T",
  course: "ITIL",
  required: true,
  completedOn: completedOn === null ? null : day(completedOn),
  validUntil: validUntil === null ? null : day(validUntil),
});

describe("a course's state from its rows", () => {
  it("is held until its longest-lasting held row ends, or without end when one row has none", () => {
    // Both rows held; 2026-07-31 is within 90 days (Expiring), 2027-06-30 is not (Held).
    expect(courseState([row("2025-07-31", "2026-07-31"), row("2026-06-01", "2027-06-30")], asOf)).toEqual({
      kind: "Held",
      validUntil: day("2027-06-30"),
    });
    expect(courseState([row("2026-06-01", null), row("2025-07-31", "2026-07-31")], asOf)).toEqual({
      kind: "Held",
      validUntil: null,
    });
  });

  it("is Expired, until the last end of its rows, when every row held once has ended", () => {
    expect(courseState([row("2024-01-15", "2025-01-15"), row("2025-01-10", "2026-01-10")], asOf)).toEqual({
      kind: "Expired",
      validUntil: day("2026-01-10"),
    });
    expect(courseState([row("2026-07-01", null)], asOf)).toEqual({ kind: "Missing", validUntil: null });
  });
});
