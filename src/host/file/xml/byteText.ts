/**
 * Text of XML character data read straight from a part's UTF-8 bytes, without decoding the part
 * into one large string first.
 *
 * Why: a large sheet's XML is tens of megabytes; decoding it whole costs time, and every cell
 * value sliced out of that string keeps the whole string alive (V8 slices share their parent),
 * so the cells of a 232,000-row workbook held about 200 MB of XML. Here each value is a string of
 * its own, and values met again (an office, a status, an owner: most cells of a sheet repeat) are
 * the same string: a small table keyed by a hash of the bytes returns the string made before.
 */
import { decodeEntities } from "./xmlReader";

const AMP = 38;
const CR = 13;
const LT = 60;
const UNDERSCORE = 95;
/** Slots of the table of strings made before (a cache: a new string replaces the slot's old one). */
const SLOTS = 1 << 13;
const MASK = SLOTS - 1;
/** Longer values are decoded each time: they seldom repeat, and comparing them costs more. */
const MAX_SHARED_BYTES = 256;

const utf8 = new TextDecoder("utf-8");
// Module constants: inside a vm context (jest) every global lookup in a hot loop is slow.
const imul = Math.imul;

/** Plain UTF-8 decoding of b[from, to), no references resolved (CDATA, or a known-plain range). */
export function utf8Text(b: Uint8Array, from: number, to: number): string {
  return from >= to ? "" : utf8.decode(b.subarray(from, to));
}

/** XML character data as read: a literal CR (alone or before LF) reads as LF; `&#13;` stays a CR. */
function referencesResolved(raw: string): string {
  return decodeEntities(raw.indexOf("\r") >= 0 ? raw.replace(/\r\n?/g, "\n") : raw);
}

export class TextPool {
  private readonly texts: (string | null)[] = new Array<string | null>(SLOTS).fill(null);
  private readonly hashes = new Int32Array(SLOTS);
  /** The bytes of a slot's string when it is not ASCII (an ASCII string is compared by its characters). */
  private readonly encoded: (Uint8Array | null)[] = new Array<Uint8Array | null>(SLOTS).fill(null);

  /** Where the character data textToMarkup read ends: the offset of its `<`, or -1 when there is none. */
  end = -1;
  /**
   * Whether the character data the last call read may hold a `_` (a `_` byte or a reference): only
   * then can its text hold an `_xHHHH_` escape.
   */
  underscore = false;

  /** The text of the character data b[from, to): entity and character references and XML newlines resolved. */
  text(b: Uint8Array, from: number, to: number): string {
    const len = to - from;
    if (len <= 0) {
      this.underscore = false;
      return "";
    }
    let h = -2128831035; // FNV-1a offset basis
    let bits = 0;
    let special = false;
    let underscore = false;
    for (let i = from; i < to; i++) {
      const c = b[i];
      h = imul(h ^ c, 16777619);
      bits |= c;
      if (c === AMP || c === CR) special = true;
      else if (c === UNDERSCORE) underscore = true;
    }
    // A reference may stand for a `_` (`&#95;`).
    this.underscore = underscore || special;
    return this.made(b, from, to, h, bits, special);
  }

  /**
   * The text of the character data from `from` up to the next `<` (text(b, from, end), found and
   * hashed in one pass); `end` tells where that `<` is, or -1 when the part ends first (then "").
   */
  textToMarkup(b: Uint8Array, from: number): string {
    const n = b.length;
    let h = -2128831035;
    let bits = 0;
    let special = false;
    let underscore = false;
    let i = from;
    for (; i < n; i++) {
      const c = b[i];
      if (c === LT) break;
      h = imul(h ^ c, 16777619);
      bits |= c;
      if (c === AMP || c === CR) special = true;
      else if (c === UNDERSCORE) underscore = true;
    }
    this.underscore = underscore || special;
    if (i >= n) {
      this.end = -1;
      return "";
    }
    this.end = i;
    return i === from ? "" : this.made(b, from, i, h, bits, special);
  }

  private made(b: Uint8Array, from: number, to: number, h: number, bits: number, special: boolean): string {
    const len = to - from;
    if (special) return referencesResolved(utf8.decode(b.subarray(from, to)));
    if (len > MAX_SHARED_BYTES) return utf8.decode(b.subarray(from, to));
    const slot = (h ^ (h >>> 15)) & MASK;
    const ascii = bits < 128;
    const known = this.texts[slot];
    if (known !== null && this.hashes[slot] === h) {
      if (ascii) {
        if (known.length === len && sameChars(known, b, from, len)) return known;
      } else {
        const bytes = this.encoded[slot];
        if (bytes !== null && bytes.length === len && sameBytes(bytes, b, from, len)) return known;
      }
    }
    const made = utf8.decode(b.subarray(from, to));
    this.texts[slot] = made;
    this.hashes[slot] = h;
    this.encoded[slot] = ascii ? null : b.slice(from, to);
    return made;
  }
}

function sameChars(s: string, b: Uint8Array, from: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (s.charCodeAt(k) !== b[from + k]) return false;
  return true;
}

function sameBytes(a: Uint8Array, b: Uint8Array, from: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (a[k] !== b[from + k]) return false;
  return true;
}
