/**
 * Open Packaging Conventions: relationship parts, content types and part-name paths.
 * Parsers keep each element's offsets so that writers can edit the text in place.
 */
// @ts-nocheck

import { ScorecardError } from "../../../core/text/scorecardError";
import { XML_END, XML_EOF, XML_START, XmlReader, XmlSyntaxError } from "../xml/xmlReader";
import { escapeAttr } from "../xml/xmlWrite";
import type { ZipPackage } from "../zip/zipPackage";

export const NS_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL_TYPE_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
export const REL_WORKSHEET = REL_TYPE_BASE + "worksheet";
export const REL_STYLES = REL_TYPE_BASE + "styles";
export const CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
export const CT_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/**
 * Last path segment of a relationship type. Transitional and Strict OOXML spell the same
 * relationship with different URIs (`.../2006/relationships/worksheet`, `http://purl.oclc.org/
 * ooxml/officeDocument/relationships/worksheet`), so readers compare this.
 */
export function relKind(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1);
}

/** Runs a parser over a part's text, turning syntax errors into a user-facing message. */
export function parsePart<T>(partName: string, text: string, parse: (reader: XmlReader) => T): T {
  try {
    return parse(new XmlReader(text));
  } catch (err) {
    if (err instanceof XmlSyntaxError) {
      throw new ScorecardError("damaged", { damage: { kind: "partNotXml", part: partName, detail: err.message } });
    }
    throw err;
  }
}

/** Text of a part that must exist. */
export function requireText(pkg: ZipPackage, partName: string): string {
  const text = pkg.getText(partName);
  if (text === undefined) throw new ScorecardError("damaged", { damage: { kind: "partMissing", part: partName } });
  return text;
}

// ---------------------------------------------------------------------------------------------
// Part names

/** Folder of a part name, with trailing slash (`xl/worksheets/sheet1.xml` -> `xl/worksheets/`). */
export function partFolder(partName: string): string {
  return partName.slice(0, partName.lastIndexOf("/") + 1);
}

/** Relationship part of a source part (`xl/workbook.xml` -> `xl/_rels/workbook.xml.rels`; `""` is the package). */
export function relsPartFor(partName: string): string {
  const folder = partFolder(partName);
  return `${folder}_rels/${partName.slice(folder.length)}.rels`;
}

/** The part a relationship's target names, as a zip entry name (no leading slash), resolved from its source. */
export function resolveTarget(sourcePart: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(t);
  } catch {
    // Leave undecodable targets as written.
  }
  const hash = t.indexOf("#");
  if (hash >= 0) t = t.slice(0, hash);
  const segments = t.startsWith("/")
    ? []
    : partFolder(sourcePart)
        .split("/")
        .filter((x) => x !== "");
  for (const seg of t.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") segments.pop();
    else segments.push(seg);
  }
  return segments.join("/");
}

/** A target for `partName` written relative to the folder of `sourcePart`. */
export function relativeTarget(sourcePart: string, partName: string): string {
  const from = partFolder(sourcePart)
    .split("/")
    .filter((x) => x !== "");
  const to = partName.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const ups = from.length - common;
  return "../".repeat(ups) + to.slice(common).join("/");
}

// ---------------------------------------------------------------------------------------------
// Relationships

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
  /** Offsets of the `<Relationship>` element in the rels text. */
  readonly start: number;
  readonly end: number;
}

export interface RelsPart {
  readonly text: string;
  readonly relationships: readonly Relationship[];
  /** Offset of `</Relationships>` (or of the self-closing root tag), where new ones go. */
  readonly insertAt: number;
  /** Prefix of the root element (`""` normally). */
  readonly prefix: string;
  /** Set when the root is `<Relationships/>`: inserting must open it. */
  readonly selfClosingRoot: boolean;
}

export function parseRels(partName: string, text: string): RelsPart {
  return parsePart(partName, text, (r) => {
    const relationships: Relationship[] = [];
    let insertAt = -1;
    let prefix = "";
    let selfClosingRoot = false;
    let depth = 0;
    for (let ev = r.next(); ev !== XML_EOF; ev = r.next()) {
      if (ev === XML_START) {
        depth++;
        if (depth === 1) {
          prefix = r.prefix;
          if (r.selfClosing) {
            selfClosingRoot = true;
            insertAt = r.start;
          }
        } else if (depth === 2 && r.is("Relationship")) {
          const start = r.start;
          relationships.push({
            id: r.attr("Id") ?? "",
            type: r.attr("Type") ?? "",
            target: r.attr("Target") ?? "",
            external: (r.attr("TargetMode") ?? "") === "External",
            start,
            end: r.skipElement(),
          });
          depth--;
        }
      } else if (ev === XML_END) {
        if (depth === 1 && !selfClosingRoot) insertAt = r.start;
        depth--;
      }
    }
    if (insertAt < 0) throw new XmlSyntaxError("no Relationships element");
    return { text, relationships, insertAt, prefix, selfClosingRoot };
  });
}

/** Relationships of a source part, or none when it has no rels part. */
export function readRels(pkg: ZipPackage, sourcePart: string): RelsPart | null {
  const name = pkg.find(relsPartFor(sourcePart));
  if (!name) return null;
  return parseRels(name, pkg.getText(name) as string);
}

export function relationshipXml(prefix: string, id: string, type: string, target: string): string {
  return `<${prefix}Relationship Id="${escapeAttr(id)}" Type="${escapeAttr(type)}" Target="${escapeAttr(target)}"/>`;
}

/** An id not used in `rels` (`rId<n>` with n above every numbered id). */
export function nextRelId(used: Iterable<string>): string {
  let max = 0;
  const all = new Set<string>();
  for (const id of used) {
    all.add(id);
    const m = /^rId(\d+)$/.exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  let n = max + 1;
  while (all.has(`rId${n}`)) n++;
  return `rId${n}`;
}

export const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

// ---------------------------------------------------------------------------------------------
// Content types

export interface ContentTypeEntry {
  readonly key: string;
  readonly contentType: string;
  readonly start: number;
  readonly end: number;
}

export interface ContentTypesPart {
  readonly text: string;
  /** Extension (lower case, no dot) -> content type. */
  readonly defaults: readonly ContentTypeEntry[];
  /** Part name (as written, with leading slash) -> content type. */
  readonly overrides: readonly ContentTypeEntry[];
  readonly insertAt: number;
  readonly prefix: string;
}

export const CONTENT_TYPES_PART = "[Content_Types].xml";

export function parseContentTypes(text: string): ContentTypesPart {
  return parsePart(CONTENT_TYPES_PART, text, (r) => {
    const defaults: ContentTypeEntry[] = [];
    const overrides: ContentTypeEntry[] = [];
    let insertAt = -1;
    let prefix = "";
    let depth = 0;
    for (let ev = r.next(); ev !== XML_EOF; ev = r.next()) {
      if (ev === XML_START) {
        depth++;
        if (depth === 1) prefix = r.prefix;
        else if (depth === 2 && (r.is("Default") || r.is("Override"))) {
          const isDefault = r.is("Default");
          const key = (isDefault ? r.attr("Extension") : r.attr("PartName")) ?? "";
          const contentType = r.attr("ContentType") ?? "";
          const start = r.start;
          const end = r.skipElement();
          depth--;
          (isDefault ? defaults : overrides).push({ key, contentType, start, end });
        }
      } else if (ev === XML_END) {
        if (depth === 1) insertAt = r.start;
        depth--;
      }
    }
    if (insertAt < 0) throw new XmlSyntaxError("no Types element");
    return { text, defaults, overrides, insertAt, prefix };
  });
}

/** Content type of a part (zip entry name) per the parsed content types, or undefined. */
export function contentTypeOf(types: ContentTypesPart, partName: string): string | undefined {
  const wanted = "/" + partName.toLowerCase();
  for (const o of types.overrides) if (o.key.toLowerCase() === wanted) return o.contentType;
  const dot = partName.lastIndexOf(".");
  if (dot < 0) return undefined;
  const ext = partName.slice(dot + 1).toLowerCase();
  for (const d of types.defaults) if (d.key.toLowerCase() === ext) return d.contentType;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Text edits

/** Splices collected edits into a text; edits must not overlap. */
export class TextEdits {
  private readonly edits: { start: number; end: number; text: string; order: number }[] = [];

  constructor(private readonly source: string) {}

  replace(start: number, end: number, text: string): void {
    this.edits.push({ start, end, text, order: this.edits.length });
  }
  insert(at: number, text: string): void {
    this.replace(at, at, text);
  }
  get changed(): boolean {
    return this.edits.length > 0;
  }

  apply(): string {
    if (this.edits.length === 0) return this.source;
    const sorted = [...this.edits].sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
    let out = "";
    let last = 0;
    for (const e of sorted) {
      if (e.start < last) throw new Error("overlapping text edits");
      out += this.source.slice(last, e.start) + e.text;
      last = e.end;
    }
    return out + this.source.slice(last);
  }
}
