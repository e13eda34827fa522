/**
 * What the reader needs from `xl/styles.xml`: for each cell format (`cellXfs` index, the `s` of a
 * cell), whether its number format shows a date, so that date serials become Dates.
 */
// @ts-nocheck

import { isBuiltInDateFormat, isDateFormatCode } from "../excelDates";
import { parsePart } from "../opc/opc";
import { XML_END, XML_EOF, XML_START } from "../xml/xmlReader";

export function parseDateStyles(partName: string, text: string): boolean[] {
  return parsePart(partName, text, (r) => {
    const customCodes = new Map<number, string>();
    const xfFormatIds: number[] = [];
    let inCellXfs = false;
    let depthInCellXfs = 0;
    for (let ev = r.next(); ev !== XML_EOF; ev = r.next()) {
      if (ev === XML_START) {
        if (inCellXfs) {
          depthInCellXfs++;
          // Only direct children: <xf> also appears in cellStyleXfs, which cells do not index.
          if (depthInCellXfs === 1 && r.is("xf")) xfFormatIds.push(Number(r.attr("numFmtId") ?? "0"));
        } else if (r.is("numFmt")) {
          customCodes.set(Number(r.attr("numFmtId") ?? "-1"), r.attr("formatCode") ?? "");
        } else if (r.is("cellXfs")) {
          inCellXfs = true;
          depthInCellXfs = 0;
        }
      } else if (ev === XML_END && inCellXfs) {
        if (depthInCellXfs === 0) inCellXfs = false;
        else depthInCellXfs--;
      }
    }
    return xfFormatIds.map((id) => {
      const code = customCodes.get(id);
      return code !== undefined ? isDateFormatCode(code) : isBuiltInDateFormat(id);
    });
  });
}
