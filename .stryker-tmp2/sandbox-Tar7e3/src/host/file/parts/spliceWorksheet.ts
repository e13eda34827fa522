/**
 * The user's tables on an upserted input sheet (Indicator history): stretched to its new rows.
 */
// @ts-nocheck

import { type Cell, columnLetters, columnNumber } from "../../../core/model/grid";
import { parsePart, readRels, relKind, resolveTarget, TextEdits } from "../opc/opc";
import { XML_END, XML_EOF, XML_START } from "../xml/xmlReader";
import type { ZipPackage } from "../zip/zipPackage";

function parseRef(ref: string): { c0: number; r0: number; c1: number; r1: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m) return null;
  const c0 = columnNumber(m[1]);
  const r0 = Number(m[2]);
  return { c0, r0, c1: m[3] ? columnNumber(m[3]) : c0, r1: m[4] ? Number(m[4]) : r0 };
}

/**
 * A table part (`xl/tables/tableN.xml`) whose header is on `headerRow`, stretched or shrunk to
 * end at `lastRow` (at least one data row, as Excel requires). Tables with a totals row, or whose
 * header is elsewhere, are left alone: returns null.
 */
export function resizeTable(partName: string, xml: string, headerRow: number, lastRow: number): string | null {
  return parsePart(partName, xml, (r) => {
    const edits = new TextEdits(xml);
    let depth = 0;
    let newRef: string | null = null;
    for (let ev = r.next(); ev !== XML_EOF; ev = r.next()) {
      if (ev !== XML_START) {
        if (ev === XML_END) depth--;
        continue;
      }
      depth++;
      if (depth === 1) {
        if (!r.is("table")) return null;
        const ref = parseRef(r.attr("ref") ?? "");
        if (!ref || ref.r0 !== headerRow) return null;
        if (Number(r.attr("totalsRowCount") ?? "0") > 0 || r.attr("headerRowCount") === "0") return null;
        const last = Math.max(headerRow + 1, lastRow);
        if (last === ref.r1) return null;
        newRef = `${columnLetters(ref.c0)}${ref.r0}:${columnLetters(ref.c1)}${last}`;
        edits.replace(r.start, r.end, setRef(xml.slice(r.start, r.end), newRef));
      } else if (depth === 2 && newRef && r.is("autoFilter")) {
        edits.replace(r.start, r.end, setRef(xml.slice(r.start, r.end), newRef));
      }
    }
    return newRef ? edits.apply() : null;
  });
}

function setRef(startTag: string, ref: string): string {
  return startTag.replace(/(\s)ref\s*=\s*(["'])[^"']*\2/, `$1ref="${ref}"`);
}

/** The range of a table part with a header row (its `ref`), or null. */
export function tableRange(partName: string, xml: string): { c0: number; r0: number; c1: number; r1: number } | null {
  return parsePart(partName, xml, (r) => {
    for (let ev = r.next(); ev !== XML_EOF; ev = r.next()) {
      if (ev !== XML_START) continue;
      if (!r.is("table") || r.attr("headerRowCount") === "0") return null;
      return parseRef(r.attr("ref") ?? "");
    }
    return null;
  });
}

/** The table parts of a worksheet part, in the order of its relationships. */
export function sheetTables(pkg: ZipPackage, sheetPart: string): string[] {
  const rels = readRels(pkg, sheetPart);
  const parts: string[] = [];
  for (const rel of rels?.relationships ?? []) {
    if (rel.external || relKind(rel.type) !== "table") continue;
    const part = pkg.find(resolveTarget(sheetPart, rel.target));
    if (part) parts.push(part);
  }
  return parts;
}

/**
 * Stretches (or shrinks) the user's tables on an upserted input sheet to the last row of
 * `content` (rows from A1) that has a value in the table's columns below its header.
 */
export function resizeTables(pkg: ZipPackage, sheetPart: string, rows: readonly (readonly Cell[])[]): void {
  for (const part of sheetTables(pkg, sheetPart)) {
    const xml = pkg.getText(part) as string;
    const range = tableRange(part, xml);
    if (!range) continue;
    let last = range.r0;
    for (let row = range.r0 + 1; row <= rows.length; row++) {
      const cells = rows[row - 1];
      for (let c = range.c0; c <= range.c1; c++) {
        const v = cells[c - 1];
        if (v !== null && v !== undefined && v !== "") {
          last = row;
          break;
        }
      }
    }
    const resized = resizeTable(part, xml, range.r0, last);
    if (resized !== null) pkg.set(part, resized);
  }
}
