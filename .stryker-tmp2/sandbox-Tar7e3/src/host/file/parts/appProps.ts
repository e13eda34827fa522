/**
 * `docProps/app.xml` lists the sheet names ("TitlesOfParts") under counted headings
 * ("HeadingPairs": Worksheets 3, Named Ranges 2, ...). Excel rewrites it on every save and does
 * not check it on open, but other programs show it. The heading text is localized, so the
 * worksheet heading cannot be found by name: the list is only updated when its first heading
 * counts exactly the workbook's worksheets, in order. Otherwise the part is left as it was.
 */
// @ts-nocheck

import { readRels, relKind, resolveTarget } from "../opc/opc";
import type { WorkbookPart } from "./workbookPart";
import { escapeText } from "../xml/xmlWrite";
import type { ZipPackage } from "../zip/zipPackage";

/**
 * The part with `added` worksheet names appended to the worksheet list, or null when the part
 * does not have the expected shape.
 */
export function appendWorksheetTitles(
  xml: string,
  worksheetNames: readonly string[],
  added: readonly string[],
): string | null {
  if (added.length === 0) return null;
  const headings = /<(\w+:)?HeadingPairs>\s*<(\w+:)?vector\b[^>]*>([\s\S]*?)<\/\2vector>\s*<\/\1HeadingPairs>/.exec(
    xml,
  );
  const titles = /<(\w+:)?TitlesOfParts>\s*(<(\w+:)?vector\b[^>]*>)([\s\S]*?)(<\/\3vector>)\s*<\/\1TitlesOfParts>/.exec(
    xml,
  );
  if (!headings || !titles || headings.index > titles.index) return null;
  const vt = titles[3] ?? "";
  const counts = [...headings[3].matchAll(/<(?:\w+:)?i4>(\d+)<\/(?:\w+:)?i4>/g)];
  if (counts.length === 0) return null;
  const firstCount = Number(counts[0][1]);
  const names = [...titles[4].matchAll(/<(?:\w+:)?lpstr>([^<]*)<\/(?:\w+:)?lpstr>/g)].map((m) => m[1]);
  const expected = worksheetNames.map(escapeText);
  if (firstCount !== expected.length || names.length < firstCount) return null;
  for (let k = 0; k < firstCount; k++) if (names[k] !== expected[k]) return null;

  // Insert after the K-th title, bump the vector size and the first heading's count.
  const body = titles[4];
  let cut = 0;
  const lpstr = /<(?:\w+:)?lpstr>[^<]*<\/(?:\w+:)?lpstr>/g;
  for (let k = 0; k < firstCount; k++) {
    const m = lpstr.exec(body);
    if (!m) return null;
    cut = m.index + m[0].length;
  }
  const insertion = added.map((n) => `<${vt}lpstr>${escapeText(n)}</${vt}lpstr>`).join("");
  const newBody = body.slice(0, cut) + insertion + body.slice(cut);
  const newVectorStart = titles[2].replace(/size="(\d+)"/, (_m, n: string) => `size="${Number(n) + added.length}"`);
  const titlesStart = titles.index + titles[0].indexOf(titles[2]);
  const bodyStart = titlesStart + titles[2].length;
  let out = xml.slice(0, titlesStart) + newVectorStart + newBody + xml.slice(bodyStart + body.length);

  const countMatch = counts[0];
  const countAt = headings.index + headings[0].indexOf(headings[3]) + (countMatch.index ?? 0);
  const countText = countMatch[0].replace(/>\d+</, `>${firstCount + added.length}<`);
  // HeadingPairs comes before TitlesOfParts (checked above), so the edit above did not move it.
  out = out.slice(0, countAt) + countText + out.slice(countAt + countMatch[0].length);
  return out;
}

/** Adds appended worksheets to docProps/app.xml when the part has the recognized shape. */
export function updateAppProperties(pkg: ZipPackage, wb: WorkbookPart, appended: readonly string[]): void {
  if (appended.length === 0) return;
  const rels = readRels(pkg, "");
  const rel = rels?.relationships.find((r) => !r.external && relKind(r.type) === "extended-properties");
  const part = rel ? pkg.find(resolveTarget("", rel.target)) : pkg.find("docProps/app.xml");
  if (!part) return;
  const worksheets = wb.sheets.filter((s) => s.kind === "worksheet").map((s) => s.name);
  const xml = appendWorksheetTitles(pkg.getText(part) as string, worksheets, appended);
  if (xml !== null) pkg.set(part, xml);
}
