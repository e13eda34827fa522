/**
 * The zip layer of an .xlsx package.
 *
 * Why not plain `unzipSync`/`zipSync`: we read the central directory ourselves so that
 * (1) sizes are checked before anything is inflated, (2) entry order is the file's order
 * (object keys would put integer-like names first), (3) entries are inflated only when asked
 * for, and (4) entries nobody changed are written back with their original compressed bytes,
 * so they stay byte-identical and a large workbook is not re-compressed. fflate does the
 * inflating and deflating.
 */
import { Deflate, Inflate, deflateSync } from "fflate";
import { crc32 } from "./crc32";
import { ScorecardError } from "../../../core/text/scorecardError";
import { MAX_FILE_BYTES, MAX_PART_BYTES, MAX_UNCOMPRESSED_BYTES, MAX_ZIP_ENTRIES } from "../limits";

export { MAX_UNCOMPRESSED_BYTES, MAX_ZIP_ENTRIES } from "../limits";

/**
 * Raw deflate, pluggable: fflate by default (runs anywhere); a Node host may pass zlib, which is
 * native and several times faster on large sheets (see nodeFiles.ts).
 */
export interface DeflateCodec {
  /** Inflates `data` into exactly `size` bytes; throws if the data is damaged or larger. */
  inflateRaw(data: Uint8Array, size: number): Uint8Array;
  deflateRaw(data: Uint8Array): Uint8Array;
  /**
   * At least the first `bytes` bytes of what `data` inflates to (all of it if shorter), without
   * inflating the rest; throws if that start is damaged.
   */
  inflateHead(data: Uint8Array, bytes: number): Uint8Array;
  /**
   * A raw deflate stream fed in pieces, at the level of large parts: a part written as it is made is
   * compressed piece by piece and never held whole.
   */
  deflateStream(): DeflateStream;
  /**
   * The CRC-32 of `data` (following bytes whose CRC is `previous`), where the platform has a faster
   * one than the JavaScript fallback.
   */
  crc32?(data: Uint8Array, previous?: number): number;
}

export interface DeflateStream {
  /** Compresses `piece`, returning the compressed bytes it gives now (possibly none). */
  push(piece: Uint8Array): Uint8Array;
  /** Ends the stream, returning its last compressed bytes. */
  end(): Uint8Array;
}

/**
 * The deflate level for a part of `size` bytes: zlib's default for most parts; the fastest for
 * parts of 1 MiB and more (a large result sheet): at scale 100 the Calculation sheet's 133 MB of
 * XML deflate in 0.3 s instead of 1.3 s, to 11.1 MB instead of 8.8 MB.
 */
export const deflateLevel = (size: number): 1 | 6 => (size >= 1 << 20 ? LARGE_PART_LEVEL : 6);

/** The deflate level of parts written in pieces (PartWriter): all of them large. */
export const LARGE_PART_LEVEL = 1;

/** Compressed bytes given to fflate at a time: at most ~64 MB of output per step at deflate's 1032:1. */
const INFLATE_STEP = 64 * 1024;
/** Parts at least this large are compressed when they are set (ZipPackage.set). */
const COMPRESS_AT_SET = 1 << 20;

/**
 * Inflates in steps and stops as soon as the output passes the declared size: a part whose size
 * field lies (a zip bomb) costs neither memory nor time beyond that size. (fflate's one-shot
 * inflateSync into a fixed buffer drops the excess but decodes the whole stream.)
 */
function inflateBounded(data: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size);
  let filled = 0;
  const inflater = new Inflate((chunk) => {
    if (filled + chunk.length > size) throw new RangeError("inflates past its declared size");
    out.set(chunk, filled);
    filled += chunk.length;
  });
  let at = 0;
  do {
    const next = Math.min(at + INFLATE_STEP, data.length);
    inflater.push(data.subarray(at, next), next === data.length);
    at = next;
  } while (at < data.length);
  return filled === size ? out : out.subarray(0, filled);
}

/** fflate inflates in steps; the first steps that give `bytes` bytes are enough. */
function inflateHeadInSteps(data: Uint8Array, bytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let filled = 0;
  const inflater = new Inflate((chunk) => {
    chunks.push(chunk.slice());
    filled += chunk.length;
  });
  for (let at = 0; at < data.length && filled < bytes;) {
    const next = Math.min(at + 4096, data.length);
    inflater.push(data.subarray(at, next), next === data.length);
    at = next;
  }
  return joined(chunks);
}

/** fflate's streaming deflate: one stream over every piece. */
function fflateStream(): DeflateStream {
  let out: Uint8Array[] = [];
  const deflater = new Deflate({ level: LARGE_PART_LEVEL }, (chunk) => out.push(chunk));
  const taken = (): Uint8Array => {
    const bytes = joined(out);
    out = [];
    return bytes;
  };
  return {
    push: (piece) => {
      deflater.push(piece, false);
      return taken();
    },
    end: () => {
      deflater.push(new Uint8Array(0), true);
      return taken();
    },
  };
}

/** The chunks as one array (the chunk itself when there is one). */
export function joined(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export const FFLATE_CODEC: DeflateCodec = {
  inflateRaw: inflateBounded,
  deflateStream: fflateStream,
  inflateHead: inflateHeadInSteps,
  deflateRaw: (data) => deflateSync(data, { level: deflateLevel(data.length) }),
};

export interface ZipReadOptions {
  /** Refuse packages whose entries declare more than this many uncompressed bytes in total. */
  readonly maxUncompressedBytes?: number;
  /**
   * Refuse to inflate whole a part that declares more than this many uncompressed bytes. Checked
   * when the part is read, not when the package is opened: a part never read whole (a large result
   * sheet this product wrote, copied as it is) costs nothing however large.
   */
  readonly maxPartBytes?: number;
  /** Deflate implementation; fflate when absent. */
  readonly codec?: DeflateCodec;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
/** DOS date/time of 1980-01-01 00:00, as Excel itself stamps entries; keeps output deterministic. */
const DOS_DATE_1980 = (0 << 9) | (1 << 5) | 1;

/** A package whose zip structure is broken (cut short, or inconsistent). */
const damaged = (): ScorecardError => new ScorecardError("damaged", { damage: { kind: "zip" } });

/** A file larger than MAX_FILE_BYTES; the Node host and the page check before reading it. */
export function fileTooLarge(bytes: number): ScorecardError {
  return new ScorecardError("fileTooLarge", { bytes, limit: MAX_FILE_BYTES });
}

interface StoredEntry {
  name: string;
  /** Compression method of `raw` (0 stored, 8 deflate). */
  method: number;
  crc: number;
  size: number;
  raw: Uint8Array | null;
  /** Uncompressed content, once inflated or set. */
  data: Uint8Array | null;
  /** Set when `data` replaced the original: the entry must be compressed again. */
  modified: boolean;
  dosTime: number;
  dosDate: number;
}

/** An entry as toBytes writes it. */
interface OutEntry {
  readonly nameBytes: Uint8Array;
  readonly flags: number;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly raw: Uint8Array;
  readonly dosTime: number;
  readonly dosDate: number;
  readonly offset: number;
}

/**
 * The fields a local header (at its offset 6) and a central directory header (at its offset 8)
 * share, in the same order: flags, method, time, date, CRC, compressed and uncompressed sizes,
 * name length.
 */
function setEntryFields(view: DataView, at: number, e: OutEntry): void {
  view.setUint16(at, e.flags, true);
  view.setUint16(at + 2, e.method, true);
  view.setUint16(at + 4, e.dosTime, true);
  view.setUint16(at + 6, e.dosDate, true);
  view.setUint32(at + 8, e.crc, true);
  view.setUint32(at + 12, e.raw.length, true);
  view.setUint32(at + 16, e.size, true);
  view.setUint16(at + 20, e.nameBytes.length, true);
}

function u16(b: Uint8Array, o: number): number {
  return b[o] | (b[o + 1] << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
}
function u64(b: Uint8Array, o: number): number {
  // Sizes above 2^53 cannot be real here; they fail the limits below anyway.
  return u32(b, o) + u32(b, o + 4) * 0x100000000;
}

const utf8 = new TextDecoder("utf-8");
const latin1 = new TextDecoder("latin1");
const encoder = new TextEncoder();

function describeNonZip(bytes: Uint8Array): ScorecardError {
  if (bytes.length === 0) return new ScorecardError("emptyFile", {});
  if (bytes.length >= 4 && u32(bytes, 0) === 0xe011cfd0) return new ScorecardError("oldXls", {});
  if (looksLikeText(bytes)) return new ScorecardError("textFile", {});
  return new ScorecardError("notZip", {});
}

/** Whether the file starts like text (CSV, HTML...): no control characters other than whitespace. */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  for (const b of head) if (b < 32 && b !== 9 && b !== 10 && b !== 13) return false;
  return true;
}

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let o = bytes.length - 22; o >= lowest; o--) {
    if (u32(bytes, o) === SIG_EOCD && o + 22 + u16(bytes, o + 20) <= bytes.length) return o;
  }
  return -1;
}

/**
 * A part's bytes given in pieces as they are made (a result sheet of 100 MB of XML): held until
 * they reach 1 MiB, then deflated 1 MiB at a time as they come, so the part is never held whole,
 * only its compressed bytes. `ZipPackage.set` takes it as it takes bytes.
 */
export class PartWriter {
  private held: Uint8Array[] = [];
  private heldBytes = 0;
  private stream: DeflateStream | null = null;
  private readonly compressed: Uint8Array[] = [];
  private crc = 0;
  private size = 0;
  private finished = false;

  constructor(private readonly codec: DeflateCodec) {}

  write(piece: Uint8Array): void {
    this.open();
    if (piece.length === 0) return;
    this.crc = this.codec.crc32?.(piece, this.crc) ?? crc32(piece, this.crc);
    this.size += piece.length;
    this.held.push(piece);
    this.heldBytes += piece.length;
    if (this.heldBytes >= COMPRESS_AT_SET) this.compressHeld();
  }

  /** Bytes written and not yet compressed: under 1 MiB after every write (what bounds its memory). */
  get uncompressedBytes(): number {
    return this.heldBytes;
  }

  /** What was written: its bytes if under 1 MiB, else its deflated bytes. */
  finish():
    | { readonly data: Uint8Array }
    | { readonly method: 8; readonly crc: number; readonly raw: Uint8Array; readonly size: number } {
    this.open();
    this.finished = true;
    if (!this.stream) return { data: joined(this.held) };
    this.compressHeld();
    this.compressed.push(this.stream.end());
    return { method: 8, crc: this.crc, raw: joined(this.compressed), size: this.size };
  }

  /** A writer is set once: written to or set again after, it would make a second stream end. */
  private open(): void {
    if (this.finished) throw new Error("PartWriter used after its part was set");
  }

  private compressHeld(): void {
    this.stream ??= this.codec.deflateStream();
    if (this.heldBytes > 0) this.compressed.push(this.stream.push(joined(this.held)));
    this.held = [];
    this.heldBytes = 0;
  }
}

/** A zip package: ordered entries, inflated on demand, written back without touching unchanged ones. */
export class ZipPackage {
  private readonly entries: StoredEntry[] = [];
  private readonly byName = new Map<string, StoredEntry>();
  private byLowerName: Map<string, string> | null = null;

  private constructor(
    private readonly codec: DeflateCodec,
    private readonly partLimit: number = MAX_PART_BYTES,
  ) {}

  /** An empty package, to build a workbook from scratch. */
  static empty(codec: DeflateCodec = FFLATE_CODEC): ZipPackage {
    return new ZipPackage(codec);
  }

  /** Reads the central directory of `bytes`; nothing is inflated yet. Throws a ScorecardError. */
  static open(bytes: Uint8Array, options: ZipReadOptions = {}): ZipPackage {
    const limit = options.maxUncompressedBytes ?? MAX_UNCOMPRESSED_BYTES;
    const partLimit = options.maxPartBytes ?? MAX_PART_BYTES;
    if (bytes.length > MAX_FILE_BYTES) throw fileTooLarge(bytes.length);
    const eocd = findEndOfCentralDirectory(bytes);
    if (eocd < 0) {
      // A zip that starts right but has no end record was cut short (a partial download or copy).
      if (bytes.length >= 4 && u32(bytes, 0) === SIG_LOCAL) throw damaged();
      throw describeNonZip(bytes);
    }
    let entries = u16(bytes, eocd + 10);
    let cdOffset = u32(bytes, eocd + 16);
    if (entries === 0xffff || cdOffset === 0xffffffff) {
      const locator = eocd - 20;
      if (locator >= 0 && u32(bytes, locator) === SIG_ZIP64_LOCATOR) {
        const z = u64(bytes, locator + 8);
        if (z + 56 > bytes.length || u32(bytes, z) !== SIG_ZIP64_EOCD) throw damaged();
        entries = u64(bytes, z + 32);
        cdOffset = u64(bytes, z + 48);
      }
    }
    if (entries > MAX_ZIP_ENTRIES) {
      throw new ScorecardError("tooManyParts", { parts: entries, limit: MAX_ZIP_ENTRIES });
    }

    const pkg = new ZipPackage(options.codec ?? FFLATE_CODEC, partLimit);
    let total = 0;
    let o = cdOffset;
    for (let i = 0; i < entries; i++) {
      if (o + 46 > bytes.length || u32(bytes, o) !== SIG_CENTRAL) throw damaged();
      const flags = u16(bytes, o + 8);
      const method = u16(bytes, o + 10);
      const dosTime = u16(bytes, o + 12);
      const dosDate = u16(bytes, o + 14);
      const crc = u32(bytes, o + 16);
      let csize = u32(bytes, o + 20);
      let usize = u32(bytes, o + 24);
      const nameLen = u16(bytes, o + 28);
      const extraLen = u16(bytes, o + 30);
      const commentLen = u16(bytes, o + 32);
      let localOffset = u32(bytes, o + 42);
      const nameEnd = o + 46 + nameLen;
      if (nameEnd + extraLen + commentLen > bytes.length) throw damaged();
      const nameBytes = bytes.subarray(o + 46, nameEnd);
      // Bit 11 says UTF-8; without it the name is CP437, which for OOXML part names is ASCII anyway.
      const name = (flags & 0x800 ? utf8 : latin1).decode(nameBytes);
      if (usize === 0xffffffff || csize === 0xffffffff || localOffset === 0xffffffff) {
        // zip64 extended information: only the fields whose 32-bit value is saturated, in this order.
        let e = nameEnd;
        const extraEnd = nameEnd + extraLen;
        while (e + 4 <= extraEnd) {
          const id = u16(bytes, e);
          const len = u16(bytes, e + 2);
          if (id === 0x0001) {
            let f = e + 4;
            if (usize === 0xffffffff) {
              usize = u64(bytes, f);
              f += 8;
            }
            if (csize === 0xffffffff) {
              csize = u64(bytes, f);
              f += 8;
            }
            if (localOffset === 0xffffffff) localOffset = u64(bytes, f);
            break;
          }
          e += 4 + len;
        }
      }
      o = nameEnd + extraLen + commentLen;

      if (flags & 0x1) {
        throw new ScorecardError("encrypted", {});
      }
      if (method !== 0 && method !== 8) {
        throw new ScorecardError("unsupportedCompression", { method });
      }
      // Declared sizes are checked before inflating: all parts' here, each part's when it is read
      // (get); a part that inflates past its declared size is stopped by the codec (fixed-size
      // output) and reported as damaged.
      total += usize;
      if (total > limit) {
        throw new ScorecardError("contentsTooLarge", { limit });
      }
      if (localOffset + 30 > bytes.length || u32(bytes, localOffset) !== SIG_LOCAL) throw damaged();
      const dataStart = localOffset + 30 + u16(bytes, localOffset + 26) + u16(bytes, localOffset + 28);
      if (dataStart + csize > bytes.length) throw damaged();
      if (pkg.byName.has(name)) throw damaged();
      const entry: StoredEntry = {
        name,
        method,
        crc,
        size: usize,
        raw: bytes.subarray(dataStart, dataStart + csize),
        data: null,
        modified: false,
        dosTime,
        dosDate,
      };
      pkg.entries.push(entry);
      pkg.byName.set(name, entry);
    }
    return pkg;
  }

  /** Entry names in package order. */
  names(): string[] {
    return this.entries.map((e) => e.name);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /**
   * The stored name of a part, matched exactly or else ignoring case
   * (OPC part names are case-insensitive and some writers disagree with their own relationships).
   */
  find(name: string): string | undefined {
    if (this.byName.has(name)) return name;
    if (!this.byLowerName) {
      this.byLowerName = new Map();
      for (const e of this.entries) this.byLowerName.set(e.name.toLowerCase(), e.name);
    }
    return this.byLowerName.get(name.toLowerCase());
  }

  /** Uncompressed bytes of an entry (inflated once, then cached). Throws a ScorecardError if damaged. */
  get(name: string): Uint8Array | undefined {
    const entry = this.byName.get(name);
    if (!entry) return undefined;
    if (entry.data) return entry.data;
    // A part from the file (what this package wrote itself, it may read back whatever its size).
    if (!entry.modified && entry.size > this.partLimit)
      throw new ScorecardError("partTooLarge", { part: name, limit: this.partLimit });
    const raw = entry.raw as Uint8Array;
    let data: Uint8Array;
    if (entry.method === 0) {
      data = raw;
    } else {
      try {
        data = this.codec.inflateRaw(raw, entry.size);
      } catch {
        throw damaged();
      }
    }
    if (data.length !== entry.size || (this.codec.crc32?.(data) ?? crc32(data)) !== entry.crc) throw damaged();
    entry.data = data;
    return data;
  }

  /**
   * The first `bytes` bytes of an entry (fewer if it is shorter), inflating only its start: to look
   * at a large sheet's views without inflating its cells. The CRC is checked only where the whole
   * entry is read (`get`). Throws a ScorecardError if that start is damaged.
   */
  head(name: string, bytes: number): Uint8Array | undefined {
    const entry = this.byName.get(name);
    if (!entry) return undefined;
    if (entry.data) return entry.data.subarray(0, bytes);
    const raw = entry.raw as Uint8Array;
    if (entry.method === 0) return raw.subarray(0, Math.min(bytes, entry.size));
    let start: Uint8Array;
    try {
      start = this.codec.inflateHead(raw, bytes);
    } catch {
      throw damaged();
    }
    return start.subarray(0, Math.min(bytes, entry.size));
  }

  /** The first `chars` UTF-16 units of an entry's text (BOM dropped), inflating only its start. */
  headText(name: string, chars: number): string | undefined {
    // A UTF-16 unit takes at most 3 UTF-8 bytes, and the last of the first `chars` units may be the
    // first half of a 4-byte character: with a 3-byte BOM before them, 3 * chars + 4 bytes hold them
    // whole, and a character cut at the end of those bytes lies past them.
    const start = this.head(name, 3 * chars + 4);
    return start && utf8.decode(start).slice(0, chars);
  }

  /** Forgets the inflated copy of an unchanged entry (it is inflated again if asked for). */
  release(name: string): void {
    const entry = this.byName.get(name);
    // Whenever its compressed bytes are kept (read from the file, or compressed when set).
    if (entry && entry.raw) entry.data = null;
  }

  /** An entry decoded as UTF-8 text (BOM dropped). */
  getText(name: string): string | undefined {
    const data = this.get(name);
    if (!data) return undefined;
    // Parts read from a file are at most MAX_PART_BYTES, far below the longest string V8 holds.
    return utf8.decode(data);
  }

  /** Replaces an entry's content in place, or appends a new entry at the end. */
  set(name: string, content: Uint8Array | string | PartWriter): void {
    const written = content instanceof PartWriter ? content.finish() : null;
    let data: Uint8Array | null;
    let packed: { method: number; crc: number; raw: Uint8Array } | null;
    let size: number;
    if (written !== null && "raw" in written) {
      ({ size } = written);
      data = null;
      packed = written;
    } else {
      const bytes = written?.data ?? (typeof content === "string" ? encoder.encode(content) : (content as Uint8Array));
      size = bytes.length;
      // A large part is compressed now, as toBytes would, so that its bytes are not held until then
      // beside the next part being made (result sheets of 100 MB and more).
      packed = size >= COMPRESS_AT_SET ? this.packed(bytes) : null;
      data = packed === null ? bytes : null;
    }
    const existing = this.byName.get(name);
    if (existing) {
      existing.data = data;
      existing.raw = packed?.raw ?? null;
      existing.method = packed?.method ?? existing.method;
      existing.crc = packed?.crc ?? existing.crc;
      existing.modified = true;
      existing.size = size;
      return;
    }
    const entry: StoredEntry = {
      name,
      method: packed?.method ?? 8,
      crc: packed?.crc ?? 0,
      size,
      raw: packed?.raw ?? null,
      data,
      modified: true,
      dosTime: 0,
      dosDate: DOS_DATE_1980,
    };
    this.entries.push(entry);
    this.byName.set(name, entry);
    this.byLowerName = null;
  }

  /** A writer for a part given in pieces, to `set` once written. */
  partWriter(): PartWriter {
    return new PartWriter(this.codec);
  }

  /** Names of the entries set since the package was opened (written or replaced). */
  modifiedNames(): string[] {
    return this.entries.filter((e) => e.modified).map((e) => e.name);
  }

  delete(name: string): boolean {
    const entry = this.byName.get(name);
    if (!entry) return false;
    this.entries.splice(this.entries.indexOf(entry), 1);
    this.byName.delete(name);
    this.byLowerName = null;
    return true;
  }

  /** An entry's content compressed, with its CRC. */
  private packed(data: Uint8Array): { method: number; crc: number; raw: Uint8Array } {
    const crc = this.codec.crc32?.(data) ?? crc32(data);
    const deflated = this.codec.deflateRaw(data);
    // Tiny parts can grow when deflated; store those.
    return deflated.length < data.length ? { method: 8, crc, raw: deflated } : { method: 0, crc, raw: data };
  }

  /** Writes the package. Unchanged entries keep their original compressed bytes. */
  toBytes(): Uint8Array {
    if (this.entries.length > MAX_ZIP_ENTRIES) {
      throw new ScorecardError("tooManyPartsToWrite", { parts: this.entries.length });
    }
    const outs: OutEntry[] = [];
    let offset = 0;
    let centralSize = 0;
    for (const e of this.entries) {
      let method = e.method;
      let crc = e.crc;
      let raw = e.raw;
      // Set since the package was opened and not compressed then (set() keeps either the bytes or,
      // for a large part, only its compressed bytes): an entry read back since keeps its raw bytes.
      if (!raw) {
        ({ method, crc, raw } = this.packed(e.data as Uint8Array));
      }
      const nameBytes = encoder.encode(e.name);
      // eslint-disable-next-line no-control-regex
      const flags = /^[\x00-\x7f]*$/.test(e.name) ? 0 : 0x800;
      outs.push({ nameBytes, flags, method, crc, size: e.size, raw, dosTime: e.dosTime, dosDate: e.dosDate, offset });
      offset += 30 + nameBytes.length + raw.length;
      centralSize += 46 + nameBytes.length;
    }
    const total = offset + centralSize + 22;
    if (total > 0xffffffff || offset > 0xffffffff) {
      throw new ScorecardError("tooLargeToWrite", {});
    }
    const out = new Uint8Array(total);
    const view = new DataView(out.buffer);
    for (const e of outs) {
      let p = e.offset;
      view.setUint32(p, SIG_LOCAL, true);
      view.setUint16(p + 4, 20, true);
      setEntryFields(view, p + 6, e);
      view.setUint16(p + 28, 0, true);
      p += 30;
      out.set(e.nameBytes, p);
      out.set(e.raw, p + e.nameBytes.length);
    }
    let p = offset;
    for (const e of outs) {
      view.setUint32(p, SIG_CENTRAL, true);
      view.setUint16(p + 4, 20, true);
      view.setUint16(p + 6, 20, true);
      setEntryFields(view, p + 8, e);
      // extra, comment, disk number, internal and external attributes: all zero.
      view.setUint32(p + 42, e.offset, true);
      out.set(e.nameBytes, p + 46);
      p += 46 + e.nameBytes.length;
    }
    view.setUint32(p, SIG_EOCD, true);
    view.setUint16(p + 8, outs.length, true);
    view.setUint16(p + 10, outs.length, true);
    view.setUint32(p + 12, centralSize, true);
    view.setUint32(p + 16, offset, true);
    return out;
  }
}

/** Every entry of a zip, inflated, in package order. Throws a ScorecardError. */
export function unzipEntries(bytes: Uint8Array, options?: ZipReadOptions): Map<string, Uint8Array> {
  const pkg = ZipPackage.open(bytes, options);
  const map = new Map<string, Uint8Array>();
  for (const name of pkg.names()) map.set(name, pkg.get(name) as Uint8Array);
  return map;
}

/** A zip of the given entries, in iteration order. */
export function zipEntries(entries: Iterable<readonly [string, Uint8Array]>, codec?: DeflateCodec): Uint8Array {
  const pkg = ZipPackage.empty(codec);
  for (const [name, data] of entries) {
    if (pkg.has(name)) throw new ScorecardError("duplicateZipEntry", { name });
    pkg.set(name, data);
  }
  return pkg.toBytes();
}
