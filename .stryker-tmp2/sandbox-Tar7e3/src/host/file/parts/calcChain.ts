/**
 * The calculation chain (`xl/calcChain.xml`) lists formula cells by sheet. When a sheet's cells
 * are replaced, its entries would point at cells that no longer hold formulas, which Excel
 * reports as damage; those entries are dropped. Excel rebuilds the chain as needed.
 */
// @ts-nocheck

import type { PackageEditor } from "../opc/packageEditor";
import { parsePart, relKind, resolveTarget, type TextEdits } from "../opc/opc";
import type { WorkbookPart } from "./workbookPart";
import type { ZipPackage } from "../zip/zipPackage";
import { XML_EOF, XML_START } from "../xml/xmlReader";

export interface CalcChainEdit {
  /** The new part text, or null when no entry is left (the part should then be removed). */
  readonly xml: string | null;
}

/**
 * Drops the entries of the given sheets (by sheetId). Returns undefined when nothing changes.
 * An entry without `i` belongs to the sheet of the entry before it, so kept entries are written
 * with an explicit `i`.
 */
export function dropCalcChainSheets(
  partName: string,
  text: string,
  sheetIds: ReadonlySet<number>,
): CalcChainEdit | undefined {
  return parsePart(partName, text, (r) => {
    let sheet = 0;
    let dropped = 0;
    const kept: string[] = [];
    let rootStart = "";
    let prefix = "";
    for (let ev = r.next(); ev !== XML_EOF; ev = r.next()) {
      if (ev !== XML_START) continue;
      if (r.is("calcChain")) {
        rootStart = text.slice(r.start, r.end);
        prefix = r.prefix;
        continue;
      }
      if (!r.is("c")) continue;
      const i = r.attr("i");
      if (i !== undefined) sheet = Number(i);
      const start = r.start;
      const startTagEnd = r.end;
      const end = r.skipElement();
      if (sheetIds.has(sheet)) {
        dropped++;
        continue;
      }
      const startTag = text.slice(start, startTagEnd);
      const withSheet = i !== undefined ? startTag : startTag.replace(/(\s*\/?>)$/, ` i="${sheet}"$1`);
      kept.push(withSheet + text.slice(startTagEnd, end));
    }
    if (dropped === 0) return undefined;
    if (kept.length === 0) return { xml: null };
    const head = text.slice(0, text.indexOf(rootStart));
    return { xml: `${head}${rootStart}${kept.join("")}</${prefix}calcChain>` };
  });
}

/** Drops the calc chain entries of replaced sheets; removes the part (and its relationship) if emptied. */
export function dropCalcChainEntries(
  pkg: ZipPackage,
  wb: WorkbookPart,
  editor: PackageEditor,
  relsEdits: TextEdits,
  sheetIds: ReadonlySet<number>,
): void {
  if (sheetIds.size === 0) return;
  const rel = wb.rels.relationships.find((r) => !r.external && relKind(r.type) === "calcChain");
  if (!rel) return;
  const part = pkg.find(resolveTarget(wb.partName, rel.target));
  if (!part) return;
  const edit = dropCalcChainSheets(part, pkg.getText(part) as string, sheetIds);
  if (!edit) return;
  if (edit.xml !== null) {
    pkg.set(part, edit.xml);
  } else {
    editor.removePartTree(part);
    relsEdits.replace(rel.start, rel.end, "");
  }
}
