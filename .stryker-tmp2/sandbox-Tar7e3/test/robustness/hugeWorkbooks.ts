/**
 * Workbooks too large to build as one string: parts are deflated chunk by chunk (each chunk a
 * run of non-final deflate blocks ending in a sync flush, so chunks concatenate into one valid
 * stream), and the zip is assembled by hand. A million-row sheet or a zip bomb is built in a
 * fraction of a second from a few megabytes (or kilobytes) of compressed data.
 */
// @ts-nocheck

import * as zlib from "node:zlib";

const enc = new TextEncoder();
/** A final, empty deflate block with fixed Huffman codes: ends a stream of sync-flushed chunks. */
const FINAL_EMPTY_BLOCK = Uint8Array.of(0x03, 0x00);

export interface RawEntry {
  readonly name: string;
  /** Raw deflate stream (method 8). */
  readonly data: Uint8Array;
  readonly crc: number;
  /** Uncompressed size, as declared in the zip headers (a zip bomb may lie). */
  readonly size: number;
}

/** Deflates the chunks as one stream without holding their concatenation. */
export function deflateChunks(chunks: Iterable<string | Uint8Array>): { data: Uint8Array; crc: number; size: number } {
  const parts: Uint8Array[] = [];
  let crc = 0;
  let size = 0;
  for (const chunk of chunks) {
    const bytes = typeof chunk === "string" ? enc.encode(chunk) : chunk;
    crc = zlib.crc32(bytes, crc);
    size += bytes.length;
    parts.push(zlib.deflateRawSync(bytes, { finishFlush: zlib.constants.Z_SYNC_FLUSH, level: 6 }));
  }
  parts.push(FINAL_EMPTY_BLOCK);
  return { data: Buffer.concat(parts), crc, size };
}

/** The same deflated chunk `times` times over: `times` x `chunk.length` bytes of output from one small chunk. */
export function repeatedDeflate(
  chunk: Uint8Array,
  times: number,
  crcBefore = 0,
): { data: Uint8Array; crc: number; size: number } {
  const one = zlib.deflateRawSync(chunk, { finishFlush: zlib.constants.Z_SYNC_FLUSH, level: 9 });
  const data = new Uint8Array(one.length * times + FINAL_EMPTY_BLOCK.length);
  let crc = crcBefore;
  for (let i = 0; i < times; i++) {
    data.set(one, i * one.length);
    crc = zlib.crc32(chunk, crc);
  }
  data.set(FINAL_EMPTY_BLOCK, one.length * times);
  return { data, crc, size: chunk.length * times };
}

/** A part made of `head`, then `chunk` repeated `times` times, then `tail`: huge output, tiny input. */
export function repeatedEntry(name: string, head: string, chunk: string, times: number, tail: string): RawEntry {
  const withoutFinal = (d: Uint8Array) => d.subarray(0, d.length - FINAL_EMPTY_BLOCK.length);
  const first = deflateChunks([head]);
  const middle = repeatedDeflate(enc.encode(chunk), times, first.crc);
  const last = deflateChunks([tail]);
  return {
    name,
    data: Buffer.concat([withoutFinal(first.data), withoutFinal(middle.data), last.data]),
    crc: zlib.crc32(tail, middle.crc),
    size: first.size + middle.size + last.size,
  };
}

export function entry(name: string, content: string | Iterable<string>): RawEntry {
  const d = deflateChunks(typeof content === "string" ? [content] : content);
  return { name, ...d };
}

/** A zip of raw (already deflated) entries. */
export function zipRaw(entries: readonly RawEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt16LE(0x21, 14);
    cd.writeUInt32LE(e.crc >>> 0, 16);
    cd.writeUInt32LE(e.data.length, 20);
    cd.writeUInt32LE(e.size >>> 0, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    chunks.push(local, name, e.data);
    central.push(cd, name);
    offset += 30 + name.length + e.data.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(centralSize, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, eocd]);
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

/** The parts around worksheets: content types, relationships, workbook. */
export function workbookParts(sheetNames: readonly string[]): RawEntry[] {
  return [
    entry(
      "[Content_Types].xml",
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
        sheetNames
          .map((_n, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`)
          .join("") +
        `</Types>`,
    ),
    entry(
      "_rels/.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    entry(
      "xl/workbook.xml",
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets>` +
        sheetNames.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
        `</sheets></workbook>`,
    ),
    entry(
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        sheetNames
          .map(
            (_n, i) => `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
          )
          .join("") +
        `</Relationships>`,
    ),
  ];
}

/** A worksheet part whose <sheetData> content comes from `rows` (generated lazily). */
export function worksheetEntry(index: number, rows: Iterable<string>, extra = ""): RawEntry {
  function* chunks(): Generator<string> {
    yield `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetData>`;
    let buffer = "";
    for (const row of rows) {
      buffer += row;
      if (buffer.length > 1 << 20) {
        yield buffer;
        buffer = "";
      }
    }
    yield buffer + `</sheetData>${extra}</worksheet>`;
  }
  return entry(`xl/worksheets/sheet${index}.xml`, chunks());
}

/** A workbook of worksheets given as lazily generated rows of XML. */
export function lazyWorkbook(sheets: readonly { name: string; rows: Iterable<string>; extra?: string }[]): Uint8Array {
  return zipRaw([
    ...workbookParts(sheets.map((s) => s.name)),
    ...sheets.map((s, i) => worksheetEntry(i + 1, s.rows, s.extra)),
  ]);
}

/** Inline-string and number cells for hand-written rows. */
export const t = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
export const v = (ref: string, value: number) => `<c r="${ref}"><v>${value}</v></c>`;
export const row = (r: number, cells: string, attrs = "") => `<row r="${r}"${attrs}>${cells}</row>`;
