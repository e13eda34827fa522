/** A short plain-text table of the key indicators, for the terminal. */
import { RESULT_SHEET_NAMES } from "../core/render/labels";
import { isoFromDay } from "../core/days";
import type { Indicators, ScorecardResult } from "../core/engine/results";

const pct = (v: number | null) => (v === null ? "n/a" : `${(v * 100).toFixed(1)} %`);
const num = (v: number | null, digits = 2) => (v === null ? "n/a" : v.toFixed(digits));

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

export function summaryText(result: ScorecardResult, organization: string): string {
  const officeRow = (name: string, i: Indicators) => [
    name,
    `${pct(i.ocl)} ${i.status.ocl ?? ""}`.trim(),
    i.oclt.direction ?? "n/a",
    `${i.prk.level ?? "n/a"}`,
    i.derivedMaturity.level === null ? "n/a" : String(i.derivedMaturity.level),
    pct(i.evidenceCoverage),
    pct(i.taskCompletion),
  ];
  const offices = table(
    ["Office", "OCL", "OCLT", "PRK", "ML (derived)", "Evidence", "Tasks"],
    [officeRow("Consolidated", result.consolidated), ...[...result.byOffice].map(([o, i]) => officeRow(o, i))],
  );
  const campaigns = table(
    ["Campaign", "Audits", "ML avg", "ML level", "Audit LVL", "FGP", "FOP", "FOB", "FNC", "FCC"],
    result.campaigns.map((c) => [
      c.name,
      String(c.audits),
      num(c.maturity.average),
      `${c.maturity.level ?? "n/a"} ${c.status.maturity ?? ""}`.trim(),
      num(c.auditLevel),
      num(c.findings.FGP),
      num(c.findings.FOP),
      num(c.findings.FOB),
      num(c.findings.FNC),
      num(c.findings.FCC),
    ]),
  );
  const errors = result.issues.filter((i) => i.severity === "error").length;
  const title = `${organization || "ITSM Scorecard"} · as of ${isoFromDay(result.asOf)}`;
  return [
    title,
    "",
    offices,
    ...(result.campaigns.length > 0 ? ["", campaigns] : []),
    "",
    `Issues: ${errors} error(s), ${result.issues.length - errors} warning(s) (see the ${RESULT_SHEET_NAMES[result.language].issues} sheet).`,
  ].join("\n");
}
