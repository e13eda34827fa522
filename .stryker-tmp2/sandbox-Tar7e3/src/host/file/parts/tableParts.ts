/**
 * Excel tables (ECMA-376 Part 1, 18.5): `xl/tables/tableN.xml` for a new input sheet, its content
 * type and the sheet's relationship of type .../table (the worksheet's own `<tableParts>` is
 * written by sheetXml.ts). A table's id and name must be unique in the workbook: both are chosen after the
 * package's own tables (the user's included), so a name already taken gets a number.
 */
// @ts-nocheck

import { TABLE_STYLE } from "../../../core/template";
import { EMPTY_RELS, REL_TYPE_BASE, relationshipXml, relativeTarget, relsPartFor } from "../opc/opc";
import type { PackageEditor } from "../opc/packageEditor";
import type { ZipPackage } from "../zip/zipPackage";
import { CT_RELATIONSHIPS } from "./charts";
import { NS_MAIN } from "./sheetXml";
import { escapeAttr } from "../xml/xmlWrite";

export const REL_TABLE = REL_TYPE_BASE + "table";
export const CT_TABLE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";

export interface TableDefinition {
  readonly id: number;
  readonly name: string;
  /** The table's cells, header row included, e.g. "A1:H2". */
  readonly ref: string;
  /** The header row's texts, one per column (unique, as Excel requires). */
  readonly columns: readonly string[];
}

/** A table part's XML. */
export function tableXml(table: TableDefinition): string {
  const name = escapeAttr(table.name);
  const columns = table.columns
    .map((column, i) => `<tableColumn id="${i + 1}" name="${escapeAttr(column)}"/>`)
    .join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="${NS_MAIN}" id="${table.id}" name="${name}" displayName="${name}" ref="${table.ref}" totalsRowShown="0">` +
    `<autoFilter ref="${table.ref}"/>` +
    `<tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${TABLE_STYLE}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    "</table>"
  );
}

/** Ids and names (lower case) of the tables already in the package. */
export function existingTables(pkg: ZipPackage): { ids: Set<number>; names: Set<string> } {
  const ids = new Set<number>();
  const names = new Set<string>();
  for (const part of pkg.names()) {
    if (!/^xl\/tables\/[^/]+\.xml$/i.test(part)) continue;
    const root = /<(?:\w+:)?table\b[^>]*>/.exec(pkg.getText(part) ?? "")?.[0] ?? "";
    const id = /\sid\s*=\s*["'](\d+)["']/.exec(root)?.[1];
    if (id !== undefined) ids.add(Number(id));
    for (const attr of ["name", "displayName"]) {
      const value = new RegExp(`\\s${attr}\\s*=\\s*["']([^"']*)["']`).exec(root)?.[1];
      if (value !== undefined) names.add(value.toLowerCase());
    }
  }
  return { ids, names };
}

/** Hands out table ids and names not used in the package (nor earlier in this run). */
export class TableNames {
  private readonly ids: Set<number>;
  private readonly names: Set<string>;

  constructor(pkg: ZipPackage) {
    ({ ids: this.ids, names: this.names } = existingTables(pkg));
  }

  next(wanted: string): { id: number; name: string } {
    let id = 1;
    while (this.ids.has(id)) id++;
    let name = wanted;
    for (let n = 2; this.names.has(name.toLowerCase()); n++) name = `${wanted}${n}`;
    this.ids.add(id);
    this.names.add(name.toLowerCase());
    return { id, name };
  }
}

/**
 * Writes a new sheet's table part and the sheet's relationships part (a new sheet has none yet);
 * returns the relationship id for `<tablePart>`.
 */
export function attachTable(
  editor: PackageEditor,
  sheetPart: string,
  table: Omit<TableDefinition, "id" | "name">,
  names: TableNames,
  wantedName: string,
): string {
  const part = editor.allocate("xl/tables/", "table", ".xml");
  editor.addPart(part, tableXml({ ...table, ...names.next(wantedName) }), CT_TABLE);
  const relId = "rId1";
  editor.addPart(
    relsPartFor(sheetPart),
    EMPTY_RELS.replace(
      "></Relationships>",
      `>${relationshipXml("", relId, REL_TABLE, relativeTarget(sheetPart, part))}</Relationships>`,
    ),
    CT_RELATIONSHIPS,
  );
  return relId;
}
