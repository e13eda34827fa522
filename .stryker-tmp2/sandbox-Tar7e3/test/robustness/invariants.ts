/**
 * What must hold of every run, whatever the input: the result document's ranges, the issues'
 * shape, and result sheets without NaN. Returns the violations (empty when all hold), so a
 * property failure names every broken rule at once.
 */
// @ts-nocheck

import type { ResultDocument } from "../../src/core/render/resultDocument";
import type { ResultSheet } from "../../src/core/render/resultSheet";

type Doc = ResultDocument | Record<string, unknown>;

const isFraction = (v: unknown): boolean =>
  v === null || (typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 1);
const isLevel = (v: unknown): boolean =>
  v === null || (typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 5);
const isWholeLevel = (v: unknown): boolean => v === null || (isLevel(v) && Number.isInteger(v));
const STATUS = new Set([null, "Success", "Warning", "Fail"]);

function values(record: unknown): unknown[] {
  return record !== null && typeof record === "object" ? Object.values(record as object) : [Symbol("not a record")];
}

/** Every number anywhere in the document is finite (JSON would turn NaN into a silent null). */
function nonFinite(value: unknown, path: string, out: string[]): void {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) out.push(`${path} is ${value}`);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => nonFinite(v, `${path}[${i}]`, out));
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) nonFinite(v, `${path}.${k}`, out);
  } else if (value === undefined) {
    out.push(`${path} is undefined`);
  }
}

function indicatorViolations(i: Record<string, unknown>, where: string, out: string[]): void {
  const check = (ok: boolean, what: string, v: unknown) => {
    if (!ok) out.push(`${where}.${what} = ${JSON.stringify(v)}`);
  };
  check(isFraction(i.ocl), "ocl", i.ocl);
  check(isFraction(i.evidenceCoverage), "evidenceCoverage", i.evidenceCoverage);
  check(isFraction(i.taskCompletion), "taskCompletion", i.taskCompletion);
  for (const member of ["cls", "ccl", "plc"]) for (const v of values(i[member])) check(isFraction(v), member, v);
  const prk = i.prk as { value: unknown; level: unknown };
  check(
    prk.value === null || (typeof prk.value === "number" && prk.value >= 1 && prk.value <= 3),
    "prk.value",
    prk.value,
  );
  check([null, "LOW", "MEDIUM", "HIGH"].includes(prk.level as string), "prk.level", prk.level);
  const oclt = i.oclt as { slope: unknown; direction: unknown };
  check(
    oclt.slope === null || (typeof oclt.slope === "number" && Number.isFinite(oclt.slope)),
    "oclt.slope",
    oclt.slope,
  );
  check([null, "Positive", "Negative", "Flat"].includes(oclt.direction as string), "oclt.direction", oclt.direction);
  const ml = i.derivedMaturity as { byProcess: unknown; average: unknown; level: unknown };
  for (const v of values(ml.byProcess)) check(isLevel(v), "derivedMaturity.byProcess", v);
  check(isLevel(ml.average), "derivedMaturity.average", ml.average);
  check(isWholeLevel(ml.level), "derivedMaturity.level", ml.level);
}

export function documentViolations(doc: Doc): string[] {
  const out: string[] = [];
  const d = doc as unknown as Record<string, unknown>;
  nonFinite(doc, "document", out);
  if (typeof d.asOf !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(d.asOf)) out.push(`asOf = ${JSON.stringify(d.asOf)}`);
  const offices = d.offices as unknown[];
  if (!Array.isArray(offices) || offices.some((o) => typeof o !== "string")) out.push("offices is not a list of names");
  if (new Set(offices).size !== offices.length) out.push("offices has duplicates");
  indicatorViolations(d.consolidated as Record<string, unknown>, "consolidated", out);
  const byOffice = d.byOffice as Record<string, Record<string, unknown>>;
  const officeKeys = Object.keys(byOffice);
  if (
    officeKeys.length !== offices.length ||
    offices.some((o) => !Object.prototype.hasOwnProperty.call(byOffice, o as string))
  ) {
    out.push(`byOffice keys ${JSON.stringify(officeKeys)} do not match offices ${JSON.stringify(offices)}`);
  }
  for (const o of officeKeys) indicatorViolations(byOffice[o], `byOffice[${JSON.stringify(o)}]`, out);
  for (const c of d.campaigns as Record<string, unknown>[]) {
    const where = `campaign ${JSON.stringify(c.name)}`;
    if (typeof c.name !== "string") out.push(`${where} has no name`);
    const m = c.maturity as { byProcess: unknown; average: unknown; level: unknown };
    for (const v of values(m.byProcess)) if (!isLevel(v)) out.push(`${where}.maturity.byProcess = ${v}`);
    if (!isLevel(m.average)) out.push(`${where}.maturity.average = ${m.average}`);
    if (!isWholeLevel(m.level)) out.push(`${where}.maturity.level = ${m.level}`);
    if (!isLevel(c.auditLevel)) out.push(`${where}.auditLevel = ${c.auditLevel}`); // a mean of levels
    for (const v of values(c.findings)) if (!(typeof v === "number" && v >= 0)) out.push(`${where}.findings = ${v}`);
    for (const [k, v] of Object.entries(c.status as object)) {
      if (k === "byProcess") {
        for (const s of values(v)) if (!STATUS.has(s as string)) out.push(`${where}.status.byProcess = ${String(s)}`);
      } else if (!STATUS.has(v as string)) out.push(`${where}.status.${k} = ${String(v)}`);
    }
  }
  for (const [n, issue] of (d.issues as Record<string, unknown>[]).entries()) {
    const where = `issue ${n} ${JSON.stringify(issue).slice(0, 200)}`;
    if (issue.severity !== "error" && issue.severity !== "warning") out.push(`${where}: severity`);
    if (typeof issue.sheet !== "string" || issue.sheet === "") out.push(`${where}: no sheet`);
    const row = issue.row;
    if (row !== null && !(typeof row === "number" && Number.isInteger(row) && row >= 1)) out.push(`${where}: row`);
    if (issue.column !== null && (typeof issue.column !== "string" || issue.column === ""))
      out.push(`${where}: column`);
    // A column may be absent only for a problem of the whole sheet (no row).
    if (row !== null && issue.column === null) out.push(`${where}: a row-level issue names no column`);
    if (issue.cell !== null && !(typeof issue.cell === "string" && /^[A-Z]{1,3}[1-9]\d*$/.test(issue.cell)))
      out.push(`${where}: cell`);
    if (typeof issue.message !== "string" || issue.message.trim() === "") out.push(`${where}: no message`);
  }
  return out;
}

/** Result sheets hold no NaN, no Infinity and no invalid Date (they would be written as errors). */
export function sheetViolations(sheets: readonly ResultSheet[]): string[] {
  const out: string[] = [];
  for (const sheet of sheets) {
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const v = cell?.value;
        if (typeof v === "number" && !Number.isFinite(v)) out.push(`${sheet.name} R${r + 1}C${c + 1} = ${v}`);
        if (v instanceof Date && Number.isNaN(v.getTime()))
          out.push(`${sheet.name} R${r + 1}C${c + 1} is an invalid Date`);
      }),
    );
  }
  return out;
}
