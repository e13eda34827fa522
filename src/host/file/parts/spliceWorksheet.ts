/**
 * Replaces the cells of an existing input sheet (Indicator history) while keeping the rest of
 * its part: column widths, views, conditional formats, tables, comments stay the user's.
 */
import { columnLetters, columnNumber } from "../../../core/model/grid";
import { parsePart, readRels, relKind, resolveTarget, TextEdits } from "../opc/opc";
import { NS_MAIN } from "./sheetXml";
import { WorkbookFileError } from "../errors";
import { XML_END, XML_EOF, XML_START } from "../xml/xmlReader";
import type { ZipPackage } from "../zip/zipPackage";

/** The worksheet text with its `<sheetData>` and `<dimension>` replaced. */
export function replaceSheetData(partName: string, xml: string, sheetDataXml: string, dimension: string): string {
  return parsePart(partName, xml, (r) => {
    const edits = new TextEdits(xml);
    let depth = 0;
    let replaced = false;
    for (let ev = r.next(); ev !== XML_EOF; ev = r.next()) {
      if (ev !== XML_START) {
        if (ev === XML_END) depth--;
        continue;
      }
      depth++;
      if (depth !== 2) continue;
      const prefix = r.prefix;
      if (r.is("dimension")) {
        const start = r.start;
        edits.replace(start, r.skipElement(), `<${prefix}dimension ref="${dimension}"/>`);
        depth--;
      } else if (r.is("sheetData")) {
        const start = r.start;
        // Under a prefixed main namespace, the new unprefixed cells declare it as their default.
        const data = prefix ? sheetDataXml.replace(/^<sheetData>/, `<sheetData xmlns="${NS_MAIN}">`) : sheetDataXml;
        edits.replace(start, r.skipElement(), data);
        depth--;
        replaced = true;
      }
    }
    if (!replaced) throw new WorkbookFileError(`The workbook is damaged: its part ${partName} has no cell data.`);
    return edits.apply();
  });
}

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

/** Stretches the user's tables on an upserted input sheet to its new last row. */
export function resizeTables(pkg: ZipPackage, sheetPart: string, headerRow: number, lastRow: number): void {
  const rels = readRels(pkg, sheetPart);
  if (!rels) return;
  for (const rel of rels.relationships) {
    if (rel.external || relKind(rel.type) !== "table") continue;
    const part = pkg.find(resolveTarget(sheetPart, rel.target));
    if (!part) continue;
    const xml = resizeTable(part, pkg.getText(part) as string, headerRow, lastRow);
    if (xml !== null) pkg.set(part, xml);
  }
}
