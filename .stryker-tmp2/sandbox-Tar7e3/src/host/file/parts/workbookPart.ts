/**
 * The workbook part (`xl/workbook.xml`) and its relationships, as both the reader and the
 * writer need them: sheets in order with their parts, defined names, the 1904 date flag, and
 * the offsets the writer patches.
 */
// @ts-nocheck

import { OWNED_SHEET_MARKER } from "../../../core/render/resultSheet";
import { ScorecardError } from "../../../core/text/scorecardError";
import {
  NS_RELATIONSHIPS,
  parsePart,
  readRels,
  relKind,
  relsPartFor,
  requireText,
  resolveTarget,
  type RelsPart,
} from "../opc/opc";
import { XML_END, XML_EOF, XML_START } from "../xml/xmlReader";
import type { ZipPackage } from "../zip/zipPackage";

export type SheetKind = "worksheet" | "chartsheet" | "other";
export type SheetState = "visible" | "hidden" | "veryHidden";

export interface WorkbookSheet {
  readonly name: string;
  /** 0-based position in the workbook: what `localSheetId` refers to. */
  readonly index: number;
  readonly sheetId: number;
  readonly relId: string;
  readonly state: SheetState;
  readonly kind: SheetKind;
  /** Zip entry name of the sheet's part, or null when its relationship is missing. */
  readonly part: string | null;
  /** Offsets of the `<sheet>` element in workbook.xml. */
  readonly start: number;
  readonly end: number;
}

export interface DefinedName {
  readonly name: string;
  /** The formula text, without a leading `=`. */
  readonly value: string;
  /** Index of the sheet the name is scoped to, or null for a workbook-wide name. */
  readonly localSheetId: number | null;
  readonly hidden: boolean;
  readonly start: number;
  readonly end: number;
}

/** Offsets of a container element: its start tag, and where children are appended. */
export interface ElementSpan {
  readonly start: number;
  readonly end: number;
  /** Offset of the close tag (children are inserted here); for `<a/>`, the start. */
  readonly insertAt: number;
  readonly selfClosing: boolean;
}

export interface WorkbookPart {
  readonly partName: string;
  readonly text: string;
  readonly rels: RelsPart;
  readonly relsPartName: string;
  readonly sheets: readonly WorkbookSheet[];
  readonly definedNames: readonly DefinedName[];
  readonly date1904: boolean;
  /** Strict OOXML (ISO/IEC 29500 Strict) workbook: the writer writes its parts in Strict namespaces. */
  readonly strict: boolean;
  /** Prefix of the workbook's elements including colon (`""` or `"x:"`). */
  readonly prefix: string;
  /** Prefix bound to the relationships namespace on the root element, if any (`"r"`). */
  readonly relPrefix: string | null;
  readonly sheetsElement: ElementSpan | null;
  readonly definedNamesElement: ElementSpan | null;
  /** Where a `<definedNames>` element would go if there is none (schema order). */
  readonly definedNamesInsertAt: number;
}

const STRICT_MAIN_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main";
/** Children of `<workbook>` that come after `<definedNames>` in CT_Workbook. */
const AFTER_DEFINED_NAMES = new Set([
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
]);

/** Zip entry name of the workbook part, per the package relationships (usually `xl/workbook.xml`). */
export function findWorkbookPartName(pkg: ZipPackage): string {
  const rels = readRels(pkg, "");
  if (rels) {
    for (const rel of rels.relationships) {
      if (relKind(rel.type) === "officeDocument" && !rel.external) {
        const found = pkg.find(resolveTarget("", rel.target));
        if (found) return found;
      }
    }
  }
  const fallback = pkg.find("xl/workbook.xml");
  if (fallback) return fallback;
  throw new ScorecardError("notWorkbook", {});
}

function truthy(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

export function readWorkbookPart(pkg: ZipPackage): WorkbookPart {
  const partName = findWorkbookPartName(pkg);
  if (partName.toLowerCase().endsWith(".bin")) {
    throw new ScorecardError("xlsb", {});
  }
  const text = requireText(pkg, partName);
  const rels = readRels(pkg, partName);
  if (!rels) throw new ScorecardError("damaged", { damage: { kind: "noRelationships", part: partName } });
  const relsPartName = pkg.find(relsPartFor(partName)) as string;
  const relById = new Map(rels.relationships.map((rel) => [rel.id, rel]));

  return parsePart(partName, text, (r) => {
    const sheets: WorkbookSheet[] = [];
    const definedNames: DefinedName[] = [];
    let date1904 = false;
    let strict = false;
    let prefix = "";
    let relPrefix: string | null = null;
    let sheetsElement: ElementSpan | null = null;
    let definedNamesElement: ElementSpan | null = null;
    let definedNamesInsertAt = -1;
    let depth = 0;
    let openStart = 0;
    let openEnd = 0;
    /** Local name of the current child of <workbook>. */
    let section = "";
    for (let ev = r.next(); ev !== XML_EOF; ev = r.next()) {
      if (ev === XML_START) {
        depth++;
        if (depth === 1) {
          prefix = r.prefix;
          const root = text.slice(r.start, r.end);
          strict = root.includes(STRICT_MAIN_NS);
          // The prefix bound to the relationships namespace, to write r:id on new <sheet>s.
          const m = new RegExp(`xmlns:([A-Za-z_][\\w.-]*)=["']${NS_RELATIONSHIPS.replace(/[./]/g, "\\$&")}["']`).exec(
            root,
          );
          relPrefix = m ? m[1] : null;
          if (r.selfClosing) throw new ScorecardError("noSheets", {});
          continue;
        }
        if (depth === 2) {
          section = r.localName;
          if (AFTER_DEFINED_NAMES.has(r.localName) && definedNamesInsertAt < 0) definedNamesInsertAt = r.start;
          if (r.is("workbookPr")) date1904 = truthy(r.attr("date1904"));
          if (r.is("sheets") || r.is("definedNames")) {
            openStart = r.start;
            openEnd = r.end;
            if (r.selfClosing) {
              const span = { start: r.start, end: r.end, insertAt: r.start, selfClosing: true };
              if (r.is("sheets")) sheetsElement = span;
              else definedNamesElement = span;
            }
          }
          continue;
        }
        if (depth === 3 && section === "sheets" && r.is("sheet")) {
          const relId = r.attr("id") ?? "";
          const rel = relById.get(relId);
          const kind = rel ? relKind(rel.type) : "";
          const stateAttr = r.attr("state");
          const start = r.start;
          const name = r.attr("name") ?? "";
          const sheetId = Number(r.attr("sheetId") ?? "0");
          const end = r.skipElement();
          depth--;
          sheets.push({
            name,
            index: sheets.length,
            sheetId,
            relId,
            state: stateAttr === "hidden" || stateAttr === "veryHidden" ? stateAttr : "visible",
            kind: kind === "worksheet" || kind === "chartsheet" ? kind : "other",
            part: rel && !rel.external ? (pkg.find(resolveTarget(partName, rel.target)) ?? null) : null,
            start,
            end,
          });
          continue;
        }
        if (depth === 3 && section === "definedNames" && r.is("definedName")) {
          const start = r.start;
          const name = r.attr("name") ?? "";
          const local = r.attr("localSheetId");
          const hidden = truthy(r.attr("hidden"));
          const value = r.readElementText();
          definedNames.push({
            name,
            value,
            localSheetId: local === undefined ? null : Number(local),
            hidden,
            start,
            end: r.end,
          });
          depth--;
          continue;
        }
      } else if (ev === XML_END) {
        if (depth === 2 && (r.is("sheets") || r.is("definedNames")) && r.start !== r.end) {
          const span = { start: openStart, end: openEnd, insertAt: r.start, selfClosing: false };
          if (r.is("sheets")) sheetsElement = span;
          else definedNamesElement = span;
        }
        if (depth === 1 && definedNamesInsertAt < 0) definedNamesInsertAt = r.start;
        depth--;
      }
    }
    if (definedNamesInsertAt < 0) definedNamesInsertAt = text.length;
    return {
      partName,
      text,
      rels,
      relsPartName,
      sheets,
      definedNames,
      date1904,
      strict,
      prefix,
      relPrefix,
      sheetsElement,
      definedNamesElement,
      definedNamesInsertAt,
    };
  });
}

/** Whether a sheet carries this program's ownership marker (a name scoped to it). */
export function isOwnedSheet(workbook: WorkbookPart, sheet: WorkbookSheet): boolean {
  const marker = OWNED_SHEET_MARKER.toLowerCase();
  return workbook.definedNames.some((d) => d.localSheetId === sheet.index && d.name.toLowerCase() === marker);
}
