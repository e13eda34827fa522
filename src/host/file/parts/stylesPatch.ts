/**
 * Appends the cell formats result sheets need to `xl/styles.xml`.
 *
 * Existing entries are never renumbered or changed: cells of the user's sheets point at them by
 * index. New number formats, fonts, fills and cell formats go at the end of their lists and the
 * counts are updated. An entry identical (as text) to one already there is reused, so running the
 * program again on its own output does not grow the style sheet.
 */
import {
  FILL_COLORS,
  FORMAT_CODES,
  styleKey,
  type CellStyle,
  type NumberFormat,
} from "../../../core/render/resultSheet";
import { parsePart, TextEdits } from "../opc/opc";
import { XML_END, XML_EOF, XML_START } from "../xml/xmlReader";
import { escapeAttr } from "../xml/xmlWrite";

/** Children of `<styleSheet>` in schema order (CT_Stylesheet). */
const STYLESHEET_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
] as const;
type SectionName = (typeof STYLESHEET_ORDER)[number];

/** Format codes Excel knows by id; custom codes get ids from 164 up. */
const BUILT_IN_FORMAT_IDS: ReadonlyMap<string, number> = new Map([
  ["General", 0],
  ["0", 1],
  ["0.00", 2],
  ["#,##0", 3],
  ["#,##0.00", 4],
  ["0%", 9],
  ["0.00%", 10],
  ["@", 49],
]);
const FIRST_CUSTOM_FORMAT_ID = 164;

interface Section {
  /** Offsets of the start tag. */
  readonly start: number;
  readonly end: number;
  readonly selfClosing: boolean;
  /** Where children are appended (the close tag). */
  readonly insertAt: number;
  /** Raw text of each child element, in order. */
  readonly children: string[];
}

/** The style as written into the part: which font, fill and number format a cell format uses. */
export interface StyleRequest {
  readonly format?: NumberFormat;
  readonly fill?: CellStyle["fill"];
  readonly bold?: boolean;
  readonly title?: boolean;
  readonly align?: CellStyle["align"];
  readonly verticalAlign?: CellStyle["verticalAlign"];
  readonly wrap?: boolean;
  readonly indent?: number;
}

export const MINIMAL_STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

/** Default first entries for a section the part lacks, so that index 0 exists for new entries to lean on. */
function defaultChildren(p: string, name: SectionName): string[] {
  switch (name) {
    case "fonts":
      return [`<${p}font><${p}sz val="11"/><${p}name val="Calibri"/><${p}family val="2"/></${p}font>`];
    case "fills":
      return [
        `<${p}fill><${p}patternFill patternType="none"/></${p}fill>`,
        `<${p}fill><${p}patternFill patternType="gray125"/></${p}fill>`,
      ];
    case "borders":
      return [`<${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border>`];
    case "cellStyleXfs":
      return [`<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`];
    case "cellXfs":
      return [`<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`];
    default:
      return [];
  }
}

export class StyleBook {
  private readonly sections = new Map<SectionName, Section>();
  /** Entries appended by this run, per section (after any defaults for a missing section). */
  private readonly added = new Map<SectionName, string[]>();
  private readonly prefix: string;
  private readonly rootEnd: number;
  private readonly rootClose: number;
  private readonly customFormats = new Map<string, number>();
  private maxFormatId = FIRST_CUSTOM_FORMAT_ID - 1;
  private readonly baseFont: { size: number; name: string; family: string | null };
  private readonly xfCache = new Map<string, number>();
  /** The same style objects come back for many cells (a line's cells share one): known by identity first. */
  private readonly xfByObject = new WeakMap<StyleRequest, number>();

  constructor(
    private readonly partName: string,
    private readonly text: string,
  ) {
    let prefix = "";
    let rootEnd = 0;
    let rootClose = text.length;
    let baseFont = { size: 11, name: "Calibri", family: "2" as string | null };
    parsePart(partName, text, (r) => {
      let depth = 0;
      let current: { name: SectionName; start: number; end: number; selfClosing: boolean; children: string[] } | null =
        null;
      let fontIndex = -1;
      for (let ev = r.next(); ev !== XML_EOF; ev = r.next()) {
        if (ev === XML_START) {
          depth++;
          if (depth === 1) {
            prefix = r.prefix;
            rootEnd = r.end;
          } else if (depth === 2) {
            const name = r.localName as SectionName;
            if ((STYLESHEET_ORDER as readonly string[]).includes(name)) {
              current = { name, start: r.start, end: r.end, selfClosing: r.selfClosing, children: [] };
              if (r.selfClosing) this.sections.set(name, { ...current, insertAt: r.start });
            }
          } else if (depth === 3 && current) {
            const start = r.start;
            if (current.name === "numFmts" && r.is("numFmt")) {
              const id = Number(r.attr("numFmtId") ?? "-1");
              const code = r.attr("formatCode") ?? "";
              if (!this.customFormats.has(code)) this.customFormats.set(code, id);
              this.maxFormatId = Math.max(this.maxFormatId, id);
            }
            if (current.name === "fonts" && ++fontIndex === 0) baseFont = readFont(r);
            const end = r.skipElement();
            depth--;
            current.children.push(text.slice(start, end));
          }
        } else if (ev === XML_END) {
          if (depth === 2 && current && r.start !== r.end) {
            this.sections.set(current.name, { ...current, insertAt: r.start });
            current = null;
          } else if (depth === 2) {
            current = null;
          }
          if (depth === 1) rootClose = r.start;
          depth--;
        }
      }
    });
    this.prefix = prefix;
    this.rootEnd = rootEnd;
    this.rootClose = rootClose;
    this.baseFont = baseFont;

    function readFont(r: import("../xml/xmlReader").XmlReader): { size: number; name: string; family: string | null } {
      // Called on the START of font 0; reads its children without consuming the end tag.
      const font = { size: 11, name: "Calibri", family: null as string | null };
      const src = r.source;
      const startTagEnd = r.end;
      const close = src.indexOf("font>", startTagEnd);
      const body = close < 0 ? "" : src.slice(startTagEnd, close);
      const sz = /<(?:\w+:)?sz\s+val="([\d.]+)"/.exec(body);
      const nm = /<(?:\w+:)?name\s+val="([^"]*)"/.exec(body);
      const fam = /<(?:\w+:)?family\s+val="(\d+)"/.exec(body);
      if (sz) font.size = Number(sz[1]);
      if (nm) font.name = nm[1];
      font.family = fam ? fam[1] : null;
      return font;
    }
  }

  /** Index into cellXfs for a style; 0 (the workbook's default format) for no style. */
  xfFor(style: StyleRequest): number {
    const known = this.xfByObject.get(style);
    if (known !== undefined) return known;
    const xf = this.xfOfKey(style);
    this.xfByObject.set(style, xf);
    return xf;
  }

  private xfOfKey(style: StyleRequest): number {
    const key = styleKey(style);
    const cached = this.xfCache.get(key);
    if (cached !== undefined) return cached;
    let xf = 0;
    const indent = Math.max(0, Math.min(15, Math.floor(style.indent ?? 0)));
    if (
      style.format ||
      style.fill ||
      style.bold ||
      style.title ||
      style.align ||
      style.verticalAlign ||
      style.wrap ||
      indent
    ) {
      const p = this.prefix;
      // An indent applies to left (or right) alignment only: an indented General text is left-aligned.
      const horizontal = style.align ?? (indent ? "left" : undefined);
      const alignment =
        (horizontal ? ` horizontal="${horizontal}"` : "") +
        (indent ? ` indent="${indent}"` : "") +
        (style.verticalAlign ? ` vertical="${style.verticalAlign}"` : "") +
        (style.wrap ? ' wrapText="1"' : "");
      const numFmtId = style.format ? this.formatId(FORMAT_CODES[style.format]) : 0;
      const fontId = style.fill || style.bold || style.title ? this.fontId(style) : 0;
      const fillId = style.fill ? this.fillId(FILL_COLORS[style.fill].background) : 0;
      xf = this.entry(
        "cellXfs",
        `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"` +
          (numFmtId ? ' applyNumberFormat="1"' : "") +
          (fontId ? ' applyFont="1"' : "") +
          (fillId ? ' applyFill="1"' : "") +
          (alignment ? ` applyAlignment="1"><${p}alignment${alignment}/></${p}xf>` : "/>"),
      );
      // Formats lean on index 0 of borders and cellStyleXfs: make sure those lists exist.
      this.entries("borders");
      this.entries("cellStyleXfs");
    }
    this.xfCache.set(key, xf);
    return xf;
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN_FORMAT_IDS.get(code);
    if (builtIn !== undefined) return builtIn;
    const existing = this.customFormats.get(code);
    if (existing !== undefined) return existing;
    const id = ++this.maxFormatId;
    this.customFormats.set(code, id);
    this.entries("numFmts").push(`<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    return id;
  }

  private fontId(style: StyleRequest): number {
    const p = this.prefix;
    // A title is always in the title colour, on whatever fill (as the Excel host writes it).
    const color = style.title ? FILL_COLORS.title.font : style.fill ? FILL_COLORS[style.fill].font : null;
    const size = style.title ? 14 : this.baseFont.size;
    return this.entry(
      "fonts",
      `<${p}font>` +
        (style.bold || style.title ? `<${p}b/>` : "") +
        `<${p}sz val="${size}"/>` +
        (color ? `<${p}color rgb="FF${color}"/>` : "") +
        `<${p}name val="${escapeAttr(this.baseFont.name)}"/>` +
        (this.baseFont.family ? `<${p}family val="${this.baseFont.family}"/>` : "") +
        `</${p}font>`,
    );
  }

  private fillId(rgb: string): number {
    const p = this.prefix;
    return this.entry(
      "fills",
      `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${rgb}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
    );
  }

  /** Index of an entry with exactly this text, appending it if there is none. */
  private entry(section: SectionName, xml: string): number {
    const existing = this.sections.get(section)?.children ?? [];
    const found = existing.indexOf(xml);
    if (found >= 0) return found;
    const list = this.entries(section);
    const again = list.indexOf(xml);
    if (again >= 0) return existing.length + again;
    list.push(xml);
    return existing.length + list.length - 1;
  }

  /** The entries this run appends to a section (a missing section starts with its defaults). */
  private entries(section: SectionName): string[] {
    let list = this.added.get(section);
    if (!list) {
      list = this.sections.has(section) ? [] : defaultChildren(this.prefix, section);
      this.added.set(section, list);
    }
    return list;
  }

  /** The part's new text, or null when nothing was appended. */
  toXml(): string | null {
    const edits = new TextEdits(this.text);
    let changed = false;
    const p = this.prefix;
    for (const name of STYLESHEET_ORDER) {
      const list = this.added.get(name);
      if (!list || list.length === 0) continue;
      changed = true;
      const section = this.sections.get(name);
      if (section) {
        const count = section.children.length + list.length;
        const startTag = this.text.slice(section.start, section.end);
        if (section.selfClosing) {
          const open = withCount(startTag.replace(/\s*\/>$/, ">"), count);
          edits.replace(section.start, section.end, open + list.join("") + `</${p}${name}>`);
        } else {
          edits.replace(section.start, section.end, withCount(startTag, count));
          edits.insert(section.insertAt, list.join(""));
        }
      } else {
        edits.insert(this.insertionPoint(name), `<${p}${name} count="${list.length}">${list.join("")}</${p}${name}>`);
      }
    }
    return changed ? edits.apply() : null;
  }

  /** Where a missing section goes: before the first later section present, else before the root's end. */
  private insertionPoint(name: SectionName): number {
    const later = STYLESHEET_ORDER.slice(STYLESHEET_ORDER.indexOf(name) + 1);
    for (const next of later) {
      const section = this.sections.get(next);
      if (section) return section.start;
    }
    if (name === "numFmts") return this.rootEnd;
    return this.rootClose;
  }

  get part(): string {
    return this.partName;
  }
}

/** A start tag with its count attribute set to `count`. */
function withCount(startTag: string, count: number): string {
  if (/\scount\s*=\s*["'][^"']*["']/.test(startTag)) {
    return startTag.replace(/(\s)count\s*=\s*["'][^"']*["']/, `$1count="${count}"`);
  }
  return startTag.replace(/^(<[^\s/>]+)/, `$1 count="${count}"`);
}
