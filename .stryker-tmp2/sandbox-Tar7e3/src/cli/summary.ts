/** A short plain-text table of the key indicators, for the terminal, in the workbook's language. */
// @ts-nocheck

import { RESULT_LABELS, type ResultLabels, formatPercent } from "../core/text/labels";
import { isoFromDay } from "../core/model/days";
import type { Indicators, ScorecardResult } from "../core/engine/results";
import type { Issue, Language } from "../core/model/records";
import { groupIssues } from "../core/render/issueGroups";

const pct = (v: number | null, na: string) => (v === null ? na : formatPercent(v));
const num = (v: number | null, na: string, digits = 2) => (v === null ? na : v.toFixed(digits));
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * The summary's own words. Statuses, risk levels, directions, sheet names and the words the
 * result sheets already have come from RESULT_LABELS; only the terminal's short headings and
 * sentences are here.
 */
interface SummaryWords {
  readonly officeHeader: (L: ResultLabels) => readonly [string, string, string, string, string, string, string];
  readonly campaignHeader: (L: ResultLabels) => readonly [string, string, string, string, string];
  readonly issues: (errors: number, warnings: number, sheet: string) => string;
  readonly wrote: (files: readonly string[]) => string;
  readonly wroteTemplate: (file: string, sample: boolean) => string;
  readonly row: string;
  /** Where an issue about a whole sheet (no column) is listed. */
  readonly wholeSheet: string;
  readonly count: (n: number, kind: "error" | "warning") => string;
}

const SUMMARY_WORDS: Readonly<Record<Language, SummaryWords>> = {
  en: {
    officeHeader: () => ["Office", "OCL", "OCLT", "PRK", "ML (derived)", "Evidence", "Tasks"],
    campaignHeader: (L) => ["Campaign", "Audits", "ML avg", "ML level", L.auditLevel],
    issues: (errors, warnings, sheet) => `Issues: ${errors} error(s), ${warnings} warning(s) (see the ${sheet} sheet).`,
    wrote: (files) => `Wrote ${files.join(" and ")}.`,
    wroteTemplate: (file, sample) => `Wrote ${file}${sample ? " with the sample data" : ""}.`,
    row: "row",
    wholeSheet: "(whole sheet)",
    count: (n, kind) => `${n} ${kind}${n === 1 ? "" : "s"}`,
  },
  es: {
    officeHeader: (L) => [L.projects.officeHeader[0], "OCL", "OCLT", "PRK", "ML (derivado)", "Evidencias", "Tareas"],
    campaignHeader: (L) => [
      L.scorecard.campaignHeader[0],
      L.scorecard.campaignHeader[1],
      "ML prom.",
      "Nivel ML",
      L.auditLevel,
    ],
    issues: (errors, warnings, sheet) =>
      `Problemas: ${errors} error(es), ${warnings} advertencia(s) (ver la hoja ${sheet}).`,
    wrote: (files) => `${files.length > 1 ? "Se escribieron" : "Se escribió"} ${files.join(" y ")}.`,
    wroteTemplate: (file, sample) => `Se escribió ${file}${sample ? " con los datos de ejemplo" : ""}.`,
    row: "fila",
    wholeSheet: "(toda la hoja)",
    count: (n, kind) =>
      kind === "error" ? `${n} ${n === 1 ? "error" : "errores"}` : `${n} ${n === 1 ? "advertencia" : "advertencias"}`,
  },
};

function table(header: readonly string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** The summary of a run, in the language of its result sheets (result.language). */
export function summaryText(result: ScorecardResult, organization: string): string {
  const L = RESULT_LABELS[result.language];
  const W = SUMMARY_WORDS[result.language];
  const na = L.notAvailable;
  const officeRow = (name: string, i: Indicators) => [
    name,
    `${pct(i.ocl, na)} ${i.status.ocl === null ? "" : L.status[i.status.ocl]}`.trim(),
    i.oclt.direction === null ? na : L.direction[i.oclt.direction],
    i.prk.level === null ? na : L.risk[i.prk.level],
    i.derivedMaturity.level === null ? na : String(i.derivedMaturity.level),
    pct(i.evidenceCoverage, na),
    pct(i.taskCompletion, na),
  ];
  const offices = table(W.officeHeader(L), [
    officeRow(L.consolidated, result.consolidated),
    ...[...result.byOffice].map(([o, i]) => officeRow(o, i)),
  ]);
  const campaigns = table(
    [...W.campaignHeader(L), "FGP", "FOP", "FOB", "FNC", "FCC"],
    result.campaigns.map((c) => [
      c.name,
      String(c.audits),
      num(c.maturity.average, na),
      `${c.maturity.level ?? na} ${c.status.maturity === null ? "" : L.status[c.status.maturity]}`.trim(),
      num(c.auditLevel, na),
      num(c.findings.FGP, na),
      num(c.findings.FOP, na),
      num(c.findings.FOB, na),
      num(c.findings.FNC, na),
      num(c.findings.FCC, na),
    ]),
  );
  const errors = result.issues.filter((i) => i.severity === "error").length;
  const title = `${organization || L.scorecard.defaultOrg} · ${lowerFirst(L.asOf(isoFromDay(result.asOf)))}`;
  return [
    title,
    "",
    offices,
    ...(result.campaigns.length > 0 ? ["", campaigns] : []),
    "",
    W.issues(errors, result.issues.length - errors, L.sheets.issues),
  ].join("\n");
}

/** A workbook's issues as text, in its language: by sheet, then by kind, each with its count, then one line an issue. */
export function issuesText(issues: readonly Issue[], language: Language): string[] {
  const W = SUMMARY_WORDS[language];
  const lines: string[] = [];
  for (const sheet of groupIssues(issues)) {
    const counts = [
      sheet.errors > 0 ? W.count(sheet.errors, "error") : null,
      sheet.warnings > 0 ? W.count(sheet.warnings, "warning") : null,
    ];
    lines.push(`${sheet.sheet}: ${counts.filter((c) => c !== null).join(", ")}`);
    for (const kind of sheet.kinds) {
      lines.push(`  ${kind.column ?? W.wholeSheet}: ${W.count(kind.issues.length, kind.severity)}`);
      for (const i of kind.issues) {
        const where = i.cell ?? (i.row === null ? "-" : `${W.row} ${i.row}`);
        lines.push(`    ${where.padEnd(8)} ${i.message}`);
      }
    }
  }
  const errors = issues.filter((i) => i.severity === "error").length;
  lines.push(`${W.count(errors, "error")}, ${W.count(issues.length - errors, "warning")}.`);
  return lines;
}

/** "Wrote a and b." after a computation, in the workbook's language. */
export function wroteText(language: Language, files: readonly string[]): string {
  return SUMMARY_WORDS[language].wrote(files);
}

/** "Wrote a with the sample data." after writing a template, in the template's language. */
export function wroteTemplateText(language: Language, file: string, sample: boolean): string {
  return SUMMARY_WORDS[language].wroteTemplate(file, sample);
}
