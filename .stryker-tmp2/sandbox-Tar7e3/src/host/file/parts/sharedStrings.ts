/**
 * The shared string table (`xl/sharedStrings.xml`). Each `<si>` is plain `<t>` text or rich-text
 * runs `<r><t>`, concatenated; phonetic guides (`<rPh>`, East Asian reading aids) are not part of
 * the value and are skipped.
 */
// @ts-nocheck

import { parsePart } from "../opc/opc";
import { XML_END, XML_EOF, XML_START, XML_TEXT } from "../xml/xmlReader";
import { decodeExcelText } from "../xml/xmlWrite";

export function parseSharedStrings(partName: string, text: string): string[] {
  return parsePart(partName, text, (r) => {
    const strings: string[] = [];
    let inItem = false;
    let inText = false;
    let phoneticDepth = 0;
    let current = "";
    for (let ev = r.next(); ev !== XML_EOF; ev = r.next()) {
      if (ev === XML_START) {
        if (r.is("si")) {
          inItem = true;
          current = "";
        } else if (inItem) {
          if (r.is("rPh")) phoneticDepth++;
          else if (r.is("t") && phoneticDepth === 0) inText = true;
        }
      } else if (ev === XML_TEXT) {
        if (inText) current += r.text;
      } else if (ev === XML_END) {
        if (r.is("t")) inText = false;
        else if (r.is("rPh")) phoneticDepth--;
        else if (r.is("si")) {
          strings.push(decodeExcelText(current));
          inItem = false;
        }
      }
    }
    return strings;
  });
}
