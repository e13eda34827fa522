/** The package of a new, empty workbook, to which sheets are then added like to any workbook. */
// @ts-nocheck

import { CT_STYLES, EMPTY_RELS, NS_RELATIONSHIPS, REL_STYLES, relationshipXml } from "../opc/opc";
import { MINIMAL_STYLES_XML } from "./stylesPatch";
import { ZipPackage, type DeflateCodec } from "../zip/zipPackage";

/** The smallest valid package: content types, relationships, a workbook with no sheets, styles. */
export function emptyWorkbookPackage(codec?: DeflateCodec): ZipPackage {
  const pkg = ZipPackage.empty(codec);
  const xmlHead = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  pkg.set(
    "[Content_Types].xml",
    xmlHead +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      `<Override PartName="/xl/styles.xml" ContentType="${CT_STYLES}"/>` +
      "</Types>",
  );
  pkg.set(
    "_rels/.rels",
    EMPTY_RELS.replace(
      "></Relationships>",
      `>${relationshipXml("", "rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "xl/workbook.xml")}</Relationships>`,
    ),
  );
  pkg.set(
    "xl/workbook.xml",
    xmlHead +
      `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${NS_RELATIONSHIPS}">` +
      '<bookViews><workbookView activeTab="0"/></bookViews><sheets></sheets><calcPr calcId="191029"/></workbook>',
  );
  pkg.set(
    "xl/_rels/workbook.xml.rels",
    EMPTY_RELS.replace(
      "></Relationships>",
      `>${relationshipXml("", "rId1", REL_STYLES, "styles.xml")}</Relationships>`,
    ),
  );
  pkg.set("xl/styles.xml", MINIMAL_STYLES_XML);
  return pkg;
}
