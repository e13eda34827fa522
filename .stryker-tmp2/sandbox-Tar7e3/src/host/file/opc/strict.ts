/**
 * Strict Open XML (ISO/IEC 29500 Strict) names the same elements and relationships as
 * Transitional under other namespace URIs. What this program writes is Transitional; in a Strict
 * package every part it writes or edits is given the package's own (Strict) namespaces instead.
 */
// @ts-nocheck

const TO_STRICT: readonly (readonly [string, string])[] = [
  ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"],
  // Also the relationship types (`.../2006/relationships/worksheet`) and the r: namespace.
  [
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "http://purl.oclc.org/ooxml/officeDocument/relationships",
  ],
  ["http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main"],
  ["http://schemas.openxmlformats.org/drawingml/2006/chart", "http://purl.oclc.org/ooxml/drawingml/chart"],
  [
    "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
    "http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing",
  ],
  [
    "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
    "http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
  ],
];

/** The text with each Transitional namespace URI replaced by its Strict one (Strict text is left as it is). */
export function toStrictNamespaces(xml: string): string {
  let out = xml;
  for (const [transitional, strict] of TO_STRICT) {
    if (out.includes(transitional)) out = out.split(transitional).join(strict);
  }
  return out;
}
