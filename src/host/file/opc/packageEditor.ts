/**
 * Package-level bookkeeping while patching: content types of added and removed parts, new part
 * names, and removal of the parts that only a replaced sheet used (its drawing, charts, ...).
 */
import {
  CONTENT_TYPES_PART,
  contentTypeOf,
  parseContentTypes,
  parseRels,
  partFolder,
  relsPartFor,
  requireText,
  resolveTarget,
  TextEdits,
  type ContentTypesPart,
} from "./opc";
import { escapeAttr } from "../xml/xmlWrite";
import type { PartWriter, ZipPackage } from "../zip/zipPackage";

export class PackageEditor {
  private readonly contentTypesName: string;
  private readonly types: ContentTypesPart;
  private readonly addedOverrides = new Map<string, string>();
  private readonly removedOverrides = new Set<string>();
  private readonly reserved = new Set<string>();

  constructor(readonly pkg: ZipPackage) {
    this.contentTypesName = pkg.find(CONTENT_TYPES_PART) ?? CONTENT_TYPES_PART;
    this.types = parseContentTypes(requireText(pkg, this.contentTypesName));
  }

  /** Writes a new part with its content type. */
  addPart(partName: string, content: string | Uint8Array | PartWriter, contentType: string): void {
    const key = partName.toLowerCase();
    this.pkg.set(partName, content);
    // A part removed earlier in this run and written again keeps its original override.
    this.removedOverrides.delete(key);
    if (contentTypeOf(this.types, partName) !== contentType) {
      const p = this.types.prefix;
      this.addedOverrides.set(
        key,
        `<${p}Override PartName="/${escapeAttr(partName)}" ContentType="${escapeAttr(contentType)}"/>`,
      );
    }
  }

  /** Content type of an existing part. */
  contentType(partName: string): string | undefined {
    return contentTypeOf(this.types, partName);
  }

  /** An unused part name `${folder}${base}${n}${ext}` (n from 1), reserved for this run. */
  allocate(folder: string, base: string, ext: string): string {
    for (let n = 1; ; n++) {
      const name = `${folder}${base}${n}${ext}`;
      // A leftover relationships part of that name would attach itself to the new part.
      if (!this.pkg.find(name) && !this.pkg.find(relsPartFor(name)) && !this.reserved.has(name.toLowerCase())) {
        this.reserved.add(name.toLowerCase());
        return name;
      }
    }
  }

  /** Deletes a part, its relationships and every part that only it referenced. */
  removePartTree(partName: string): void {
    if (this.pkg.delete(partName)) this.removedOverrides.add(partName.toLowerCase());
    this.addedOverrides.delete(partName.toLowerCase());
    this.removeRelsTree(partName);
  }

  /** Deletes the relationships of a part (kept) and every part only they referenced. */
  removeRelsTree(partName: string): void {
    const relsName = this.pkg.find(relsPartFor(partName));
    if (!relsName) return;
    const rels = parseRels(relsName, this.pkg.getText(relsName) as string);
    this.pkg.delete(relsName);
    for (const rel of rels.relationships) {
      if (rel.external) continue;
      const target = this.pkg.find(resolveTarget(partName, rel.target));
      if (target && target !== partName && !this.isReferenced(target)) this.removePartTree(target);
    }
  }

  /** Whether any relationship part still in the package points at `partName`. */
  private isReferenced(partName: string): boolean {
    const wanted = partName.toLowerCase();
    for (const name of this.pkg.names()) {
      if (!name.endsWith(".rels")) continue;
      // `xl/worksheets/_rels/sheet1.xml.rels` is the relationships of `xl/worksheets/sheet1.xml`.
      const folder = partFolder(name);
      const source = folder.replace(/_rels\/$/, "") + name.slice(folder.length, -".rels".length);
      const rels = parseRels(name, this.pkg.getText(name) as string);
      for (const rel of rels.relationships) {
        if (!rel.external && resolveTarget(source, rel.target).toLowerCase() === wanted) return true;
      }
    }
    return false;
  }

  /** Writes `[Content_Types].xml` if anything changed. */
  finish(): void {
    if (this.addedOverrides.size === 0 && this.removedOverrides.size === 0) return;
    const edits = new TextEdits(this.types.text);
    for (const o of this.types.overrides) {
      const key = o.key.replace(/^\//, "").toLowerCase();
      // An override for a part that is gone, or that is written again below, is dropped.
      if (this.removedOverrides.has(key) || this.addedOverrides.has(key)) edits.replace(o.start, o.end, "");
    }
    edits.insert(this.types.insertAt, [...this.addedOverrides.values()].join(""));
    this.pkg.set(this.contentTypesName, edits.apply());
  }
}
