/**
 * A small pull tokenizer for the XML of OOXML parts.
 *
 * Why hand-written: a DOM of a 200k-row sheet costs gigabytes, and regexes per character are
 * slow. This scanner walks the string once with indexOf/charCodeAt, allocates nothing per tag
 * unless asked (names and attributes are compared in place), and exposes the offsets of every
 * token so the writer can patch a part's text without re-serializing it.
 *
 * Element and attribute names are matched by local name: some writers prefix the main
 * namespace (`<x:row>`). `xmlns` declarations are never returned as attributes.
 * Not supported (never used by OOXML writers): DTD-declared entities, which are left as written.
 */
// @ts-nocheck


export const XML_EOF = 0;
export const XML_START = 1;
export const XML_END = 2;
export const XML_TEXT = 3;
export type XmlEvent = typeof XML_EOF | typeof XML_START | typeof XML_END | typeof XML_TEXT;

export class XmlSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XmlSyntaxError";
  }
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const QUESTION = 63;
const BANG = 33;
const COLON = 58;
const EQ = 61;
const DQUOTE = 34;
const SQUOTE = 39;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

// A Map, not an object: "&constructor;" or "&__proto__;" in a file must stay text, not find Object's members.
const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ["amp", "&"],
  ["lt", "<"],
  ["gt", ">"],
  ["quot", '"'],
  ["apos", "'"],
]);

/** Resolves the five predefined entities and character references; unknown entities stay as written. */
export function decodeEntities(s: string): string {
  let amp = s.indexOf("&");
  if (amp < 0) return s;
  let out = "";
  let last = 0;
  while (amp >= 0) {
    const semi = s.indexOf(";", amp + 1);
    if (semi < 0) break;
    const body = s.slice(amp + 1, semi);
    let rep: string | undefined;
    if (body.charCodeAt(0) === 35 /* # */) {
      const code =
        body.charCodeAt(1) === 120 || body.charCodeAt(1) === 88
          ? parseInt(body.slice(2), 16)
          : parseInt(body.slice(1), 10);
      if (Number.isFinite(code) && code >= 0 && code <= 0x10ffff) rep = String.fromCodePoint(code);
    } else {
      rep = NAMED_ENTITIES.get(body);
    }
    if (rep !== undefined) {
      out += s.slice(last, amp) + rep;
      last = semi + 1;
    }
    amp = s.indexOf("&", rep !== undefined ? semi + 1 : amp + 1);
  }
  return out + s.slice(last);
}

export class XmlReader {
  readonly source: string;
  private pos = 0;

  /** The current event. */
  kind: XmlEvent = XML_EOF;
  /** Offset where the current token starts (`<` of a tag, first character of text). */
  start = 0;
  /** Offset just after the current token. For the END synthesized after `<a/>`, both equal the tag's end. */
  end = 0;
  /** On START: the tag is `<a/>` (an END event for it follows immediately). */
  selfClosing = false;
  /** On TEXT: the text came from a CDATA section (no entity decoding). */
  cdata = false;

  private nameStart = 0;
  private nameEnd = 0;
  private localStart = 0;
  private pendingEnd = false;
  private attrsParsed = false;
  private attrCount = 0;
  private readonly attrLocalStart: number[] = [];
  private readonly attrNameEnd: number[] = [];
  private readonly attrValueStart: number[] = [];
  private readonly attrValueEnd: number[] = [];

  constructor(source: string) {
    this.source = source;
  }

  /** Advances to the next event. Comments, processing instructions and DOCTYPE are skipped. */
  next(): XmlEvent {
    const s = this.source;
    if (this.pendingEnd) {
      this.pendingEnd = false;
      this.kind = XML_END;
      this.start = this.end;
      return this.kind;
    }
    for (;;) {
      const p = this.pos;
      if (p >= s.length) {
        this.kind = XML_EOF;
        this.start = this.end = s.length;
        return this.kind;
      }
      if (s.charCodeAt(p) !== LT) {
        let lt = s.indexOf("<", p);
        if (lt < 0) lt = s.length;
        this.kind = XML_TEXT;
        this.cdata = false;
        this.start = p;
        this.end = this.pos = lt;
        return this.kind;
      }
      const c1 = s.charCodeAt(p + 1);
      if (c1 === QUESTION) {
        this.pos = this.mustFind("?>", p + 2) + 2;
        continue;
      }
      if (c1 === BANG) {
        if (s.startsWith("<!--", p)) {
          this.pos = this.mustFind("-->", p + 4) + 3;
          continue;
        }
        if (s.startsWith("<![CDATA[", p)) {
          const close = this.mustFind("]]>", p + 9);
          this.kind = XML_TEXT;
          this.cdata = true;
          this.start = p + 9;
          this.end = close;
          this.pos = close + 3;
          return this.kind;
        }
        // DOCTYPE, possibly with an internal subset in brackets.
        const gt = this.mustFind(">", p);
        const bracket = s.indexOf("[", p);
        this.pos = bracket >= 0 && bracket < gt ? this.mustFind("]", bracket) + 1 : gt;
        this.pos = this.mustFind(">", this.pos) + 1;
        continue;
      }
      if (c1 === SLASH) {
        const gt = this.mustFind(">", p + 2);
        let ne = p + 2;
        while (ne < gt && !isSpace(s.charCodeAt(ne))) ne++;
        this.setName(p + 2, ne);
        this.kind = XML_END;
        this.start = p;
        this.end = this.pos = gt + 1;
        return this.kind;
      }
      // Start tag: the name, then attributes whose quoted values may contain '>' or '/'.
      let i = p + 1;
      const n = s.length;
      while (i < n) {
        const c = s.charCodeAt(i);
        if (isSpace(c) || c === GT || c === SLASH) break;
        i++;
      }
      this.setName(p + 1, i);
      for (;;) {
        if (i >= n) throw new XmlSyntaxError("unterminated tag");
        const c = s.charCodeAt(i);
        if (c === GT) break;
        if (c === DQUOTE || c === SQUOTE) {
          const close = s.indexOf(c === DQUOTE ? '"' : "'", i + 1);
          if (close < 0) throw new XmlSyntaxError("unterminated attribute value");
          i = close + 1;
        } else {
          i++;
        }
      }
      this.selfClosing = s.charCodeAt(i - 1) === SLASH;
      this.attrsParsed = false;
      this.kind = XML_START;
      this.start = p;
      this.end = this.pos = i + 1;
      this.pendingEnd = this.selfClosing;
      return this.kind;
    }
  }

  private mustFind(needle: string, from: number): number {
    const at = this.source.indexOf(needle, from);
    if (at < 0) throw new XmlSyntaxError(`unterminated markup (missing "${needle}")`);
    return at;
  }

  private setName(start: number, end: number): void {
    this.nameStart = start;
    this.nameEnd = end;
    const s = this.source;
    let local = start;
    for (let i = start; i < end; i++) if (s.charCodeAt(i) === COLON) local = i + 1;
    this.localStart = local;
  }

  /** Local name of the current tag (prefix dropped). */
  get localName(): string {
    return this.source.slice(this.localStart, this.nameEnd);
  }

  /** Qualified name of the current tag as written (`x:row`). */
  get qualifiedName(): string {
    return this.source.slice(this.nameStart, this.nameEnd);
  }

  /** Prefix of the current tag including its colon (`"x:"`), or `""`. */
  get prefix(): string {
    return this.source.slice(this.nameStart, this.localStart);
  }

  /** Whether the current tag's local name is `local`, compared in place. */
  is(local: string): boolean {
    const len = local.length;
    if (this.nameEnd - this.localStart !== len) return false;
    const s = this.source;
    const base = this.localStart;
    for (let k = 0; k < len; k++) if (s.charCodeAt(base + k) !== local.charCodeAt(k)) return false;
    return true;
  }

  /** Decoded text of the current TEXT event. */
  get text(): string {
    const raw = this.source.slice(this.start, this.end);
    if (this.cdata) return raw;
    // XML end-of-line handling: a literal CR (alone or before LF) reads as LF; `&#13;` stays a CR.
    return raw.indexOf("\r") >= 0 ? decodeEntities(raw.replace(/\r\n?/g, "\n")) : decodeEntities(raw);
  }

  private parseAttributes(): void {
    this.attrsParsed = true;
    this.attrCount = 0;
    const s = this.source;
    let i = this.nameEnd;
    const end = this.end - (this.selfClosing ? 2 : 1);
    while (i < end) {
      const c = s.charCodeAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      const ns = i;
      let colon = -1;
      while (i < end) {
        const d = s.charCodeAt(i);
        if (d === EQ || isSpace(d)) break;
        if (d === COLON && colon < 0) colon = i;
        i++;
      }
      const ne = i;
      while (i < end && s.charCodeAt(i) !== EQ) i++;
      i++;
      while (i < end && isSpace(s.charCodeAt(i))) i++;
      const q = s.charCodeAt(i);
      if (q !== DQUOTE && q !== SQUOTE) throw new XmlSyntaxError("attribute without a quoted value");
      const vs = i + 1;
      const ve = s.indexOf(q === DQUOTE ? '"' : "'", vs);
      i = ve + 1;
      // Namespace declarations are not attributes of the document.
      const isXmlns =
        (colon < 0 && ne - ns === 5 && s.startsWith("xmlns", ns)) || (colon - ns === 5 && s.startsWith("xmlns", ns));
      if (isXmlns) continue;
      const k = this.attrCount++;
      this.attrLocalStart[k] = colon >= 0 ? colon + 1 : ns;
      this.attrNameEnd[k] = ne;
      this.attrValueStart[k] = vs;
      this.attrValueEnd[k] = ve;
    }
  }

  /** Index of the attribute with this local name on the current start tag, or -1. */
  attrIndex(local: string): number {
    if (!this.attrsParsed) this.parseAttributes();
    const s = this.source;
    const len = local.length;
    outer: for (let k = 0; k < this.attrCount; k++) {
      const base = this.attrLocalStart[k];
      if (this.attrNameEnd[k] - base !== len) continue;
      for (let j = 0; j < len; j++) if (s.charCodeAt(base + j) !== local.charCodeAt(j)) continue outer;
      return k;
    }
    return -1;
  }

  /** Decoded value of an attribute (by local name) of the current start tag. */
  attr(local: string): string | undefined {
    const k = this.attrIndex(local);
    if (k < 0) return undefined;
    const raw = this.source.slice(this.attrValueStart[k], this.attrValueEnd[k]);
    return raw.indexOf("&") >= 0 ? decodeEntities(raw) : raw;
  }

  /** Raw value bounds of attribute `k` (from attrIndex), for allocation-free parsing. */
  attrValueStartAt(k: number): number {
    return this.attrValueStart[k];
  }
  attrValueEndAt(k: number): number {
    return this.attrValueEnd[k];
  }

  /** Offset of the start of the attribute region (just after the tag name) of the current start tag. */
  get nameEndOffset(): number {
    return this.nameEnd;
  }

  /**
   * Skips the rest of the current element (after its START) and returns the offset just after
   * its end tag. Used to step over content a reader does not need.
   */
  skipElement(): number {
    let depth = 1;
    while (depth > 0) {
      const ev = this.next();
      if (ev === XML_START) depth++;
      else if (ev === XML_END) depth--;
      else if (ev === XML_EOF) throw new XmlSyntaxError("unexpected end of document");
    }
    return this.end;
  }

  /** Concatenated decoded text inside the current element (after its START), up to its end. */
  readElementText(): string {
    let depth = 1;
    let out = "";
    while (depth > 0) {
      const ev = this.next();
      if (ev === XML_START) depth++;
      else if (ev === XML_END) depth--;
      else if (ev === XML_TEXT) out += this.text;
      else throw new XmlSyntaxError("unexpected end of document");
    }
    return out;
  }
}
