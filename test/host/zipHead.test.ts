import { type Zippable, zipSync } from "fflate";
import { ScorecardError } from "../../src/core/text/scorecardError";
import { NODE_ZLIB_CODEC } from "../../src/host/file/nodeFiles";
import { FFLATE_CODEC, ZipPackage, type DeflateCodec } from "../../src/host/file/zip/zipPackage";

const enc = new TextEncoder();

/** Bytes no deflater can shrink (a linear congruential sequence's high bytes). */
function noise(length: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = 12345;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

// A sheet's shape: a short head, then a long run of rows that compresses about 50:1.
const sheet = enc.encode(
  `<worksheet><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetData>` +
    Array.from({ length: 40_000 }, (_v, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r % 7}</v></c></row>`).join("") +
    `</sheetData></worksheet>`,
);
// Multi-byte characters of every UTF-8 length, behind a byte-order mark.
const text = enc.encode("\uFEFF" + "añ€😀b".repeat(3000));
const random = noise(200_000);

const files: Zippable = {
  "sheet.xml": [sheet, { level: 6 }],
  "fast.xml": [sheet, { level: 1 }],
  "random.bin": [random, { level: 9 }],
  "stored.xml": [sheet, { level: 0 }],
  "text.txt": [text, { level: 6 }],
  "tiny.xml": [enc.encode("<a/>"), { level: 6 }],
};
const zip = zipSync(files);

/** A raw deflate stream of one final fixed-Huffman block holding `literals` (each 144 to 255). */
function fixedHuffman(literals: readonly number[]): Uint8Array {
  const out: number[] = [];
  let acc = 0;
  let n = 0;
  const bits = (value: number, count: number) => {
    for (let i = 0; i < count; i++) {
      acc |= ((value >> i) & 1) << n++;
      if (n === 8) {
        out.push(acc);
        acc = 0;
        n = 0;
      }
    }
  };
  // Huffman codes go most significant bit first.
  const code = (value: number, count: number) => {
    for (let i = count - 1; i >= 0; i--) bits((value >> i) & 1, 1);
  };
  bits(1, 1); // BFINAL
  bits(1, 2); // BTYPE 01: fixed codes
  for (const l of literals) code(0b110010000 + (l - 144), 9);
  code(0, 7); // end of block
  if (n > 0) out.push(acc);
  return Uint8Array.from(out);
}

const codecs: [string, DeflateCodec][] = [
  ["fflate", FFLATE_CODEC],
  ["zlib", NODE_ZLIB_CODEC],
];

describe.each(codecs)("ZipPackage.head with %s", (_name, codec) => {
  it("gives an entry's first bytes exactly, for every kind of entry and length asked", () => {
    for (const name of Object.keys(files)) {
      const whole = ZipPackage.open(zip, { codec }).get(name) as Uint8Array;
      for (const bytes of [0, 1, 100, 4096, 12_291, 65_537, whole.length - 1, whole.length, whole.length + 10]) {
        // A fresh package each time, so that the head is not cut from an entry already inflated.
        const head = ZipPackage.open(zip, { codec }).head(name, bytes) as Uint8Array;
        expect([name, bytes, Buffer.from(head).equals(Buffer.from(whole.subarray(0, bytes)))]).toEqual([
          name,
          bytes,
          true,
        ]);
      }
    }
  });

  it("inflates only the start: a damaged end does not stop it, while reading the whole entry fails", () => {
    const damaged = zipSync({ "sheet.xml": [sheet, { level: 6 }] });
    const view = new DataView(damaged.buffer);
    const start = 30 + view.getUint16(26, true) + view.getUint16(28, true);
    const compressed = view.getUint32(18, true);
    for (let i = compressed - 40; i < compressed - 8; i++) damaged[start + i] ^= 0x5a;
    const pkg = ZipPackage.open(damaged, { codec });
    expect(new TextDecoder().decode(pkg.head("sheet.xml", 120))).toBe(new TextDecoder().decode(sheet.subarray(0, 120)));
    expect(() => pkg.get("sheet.xml")).toThrow(ScorecardError);
  });

  it("refuses a damaged start as a damaged part", () => {
    const damaged = zipSync({ "random.bin": [random, { level: 9 }] });
    const view = new DataView(damaged.buffer);
    const start = 30 + view.getUint16(26, true) + view.getUint16(28, true);
    // A deflate block type of 3 is reserved: the stream is invalid from its first bits.
    damaged[start] |= 0x06;
    expect(() => ZipPackage.open(damaged, { codec }).head("random.bin", 100)).toThrow(/damaged/);
  });

  it("gives a text's first UTF-16 units as the whole text's, without its byte-order mark", () => {
    const whole = ZipPackage.open(zip, { codec }).getText("text.txt") as string;
    expect(whole.startsWith("añ€😀b")).toBe(true);
    for (const chars of [0, 1, 2, 3, 4, 5, 6, 7, 100, 4096, 4097, whole.length, whole.length + 3]) {
      expect([chars, ZipPackage.open(zip, { codec }).headText("text.txt", chars)]).toEqual([
        chars,
        whole.slice(0, chars),
      ]);
    }
  });

  it("reads on when the start holds fewer bytes than asked: a stream of 9-bit codes grows its data", () => {
    // One fixed-Huffman block of literals 144 to 255 (9 bits each): 9 compressed bytes make 8.
    const literals = Array.from({ length: 20_000 }, (_v, i) => 144 + (i % 112));
    const stream = fixedHuffman(literals);
    expect(stream.length).toBeGreaterThan(literals.length);
    for (const bytes of [1000, 8000, 19_999, 20_000]) {
      const head = codec.inflateHead(stream, bytes);
      expect([bytes, Array.from(head.subarray(0, bytes))]).toEqual([bytes, literals.slice(0, bytes)]);
    }
  });

  it("keeps a 4-byte character whose first half is the last unit asked for, after a byte-order mark", () => {
    for (const chars of [1, 2, 10, 4096]) {
      const cut = zipSync({ "cut.txt": [enc.encode("\uFEFF" + "€".repeat(chars - 1) + "😀z"), { level: 6 }] });
      const whole = ZipPackage.open(cut, { codec }).getText("cut.txt") as string;
      expect([chars, ZipPackage.open(cut, { codec }).headText("cut.txt", chars)]).toEqual([
        chars,
        whole.slice(0, chars),
      ]);
    }
  });

  it("is undefined for an entry the package does not have", () => {
    expect(ZipPackage.open(zip, { codec }).head("missing.xml", 10)).toBeUndefined();
    expect(ZipPackage.open(zip, { codec }).headText("missing.xml", 10)).toBeUndefined();
  });
});
