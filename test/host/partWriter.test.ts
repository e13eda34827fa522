import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { unzipSync, zipSync } from "fflate";
import { NODE_ZLIB_CODEC } from "../../src/host/file/nodeFiles";
import { Utf8Sink } from "../../src/host/file/xml/utf8Sink";
import { crc32 } from "../../src/host/file/zip/crc32";
import { FFLATE_CODEC, ZipPackage, unzipEntries, type DeflateCodec } from "../../src/host/file/zip/zipPackage";

const enc = new TextEncoder();
const python = fs.existsSync("/usr/bin/python3") ? "/usr/bin/python3" : null;

/** Bytes no deflater can shrink. */
function noise(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const rows = (from: number, count: number) =>
  enc.encode(
    Array.from({ length: count }, (_v, i) => `<row r="${from + i}"><c r="A${from + i}"><v>${i * 7}</v></c></row>`).join(
      "",
    ),
  );

/** Pieces of every size around the 1 MiB at which a writer starts to compress: XML, noise, single bytes. */
const pieces: Uint8Array[] = [
  enc.encode("<sheetData>"),
  rows(1, 20_000), // ~0.9 MB
  noise(150_000, 7), // passes 1 MiB inside this piece
  new Uint8Array([0x3c]),
  new Uint8Array(0),
  rows(20_001, 60_000), // ~2.8 MB at once
  ...Array.from({ length: 40 }, (_v, k) => rows(100_000 + k * 500, 500)),
  noise(3, 9),
  enc.encode("</sheetData>"),
];
const whole = Buffer.concat(pieces);

const codecs: [string, DeflateCodec][] = [
  ["fflate", FFLATE_CODEC],
  ["zlib", NODE_ZLIB_CODEC],
];

describe.each(codecs)("a part written in pieces (%s)", (_name, codec) => {
  const written = (parts: readonly Uint8Array[]) => {
    const pkg = ZipPackage.open(zipSync({ "keep.xml": enc.encode("<keep/>") }), { codec });
    const writer = pkg.partWriter();
    for (const p of parts) writer.write(p);
    pkg.set("big.xml", writer);
    return pkg;
  };

  it("reads back as its pieces joined, before and after the package is written, by other readers too", () => {
    const pkg = written(pieces);
    expect(Buffer.from(pkg.get("big.xml") as Uint8Array).equals(whole)).toBe(true);
    const bytes = pkg.toBytes();
    expect(Buffer.from(unzipEntries(bytes).get("big.xml") as Uint8Array).equals(whole)).toBe(true);
    expect(Buffer.from(unzipSync(bytes)["big.xml"]).equals(whole)).toBe(true);
    // The compressed part is one raw deflate stream that zlib inflates whole, to its end.
    const reopened = ZipPackage.open(bytes, { codec });
    expect(Buffer.from(reopened.get("big.xml") as Uint8Array).equals(whole)).toBe(true);
    expect(bytes.length).toBeLessThan(whole.length / 3);
  });

  (python ? it : it.skip)("is a zip entry Python's zipfile reads with its CRC checked", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "part-writer-")), "big.zip");
    fs.writeFileSync(file, written(pieces).toBytes());
    const script =
      "import sys, zipfile, hashlib\n" +
      "z = zipfile.ZipFile(sys.argv[1])\n" +
      "assert z.testzip() is None\n" +
      "print(hashlib.sha256(z.read('big.xml')).hexdigest())";
    const run = spawnSync(python as string, ["-c", script, file], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.stdout.trim()).toBe(createHash("sha256").update(whole).digest("hex"));
  });

  it("holds under 1 MiB of what it was given at any time: the rest is compressed as it comes", () => {
    const pkg = ZipPackage.open(zipSync({ "keep.xml": enc.encode("<keep/>") }), { codec });
    const writer = pkg.partWriter();
    const held: number[] = [];
    for (const p of pieces) {
      writer.write(p);
      held.push(writer.uncompressedBytes);
    }
    expect(Math.max(...held)).toBeLessThan(1 << 20);
    // Until 1 MiB has come, nothing is compressed (a small part is written as set() writes it).
    expect(held.slice(0, 2)).toEqual([pieces[0].length, pieces[0].length + pieces[1].length]);
  });

  it("writes a part under 1 MiB exactly as the same bytes set at once", () => {
    const small = [enc.encode("<a>"), rows(1, 1000), enc.encode("</a>")];
    const byWriter = written(small).toBytes();
    const pkg = ZipPackage.open(zipSync({ "keep.xml": enc.encode("<keep/>") }), { codec });
    pkg.set("big.xml", Buffer.concat(small));
    expect(Buffer.from(byWriter).equals(Buffer.from(pkg.toBytes()))).toBe(true);
  });

  it("writes an empty part", () => {
    const bytes = written([]).toBytes();
    expect(unzipEntries(bytes).get("big.xml")?.length).toBe(0);
  });

  it("takes the pieces of a Utf8Sink as it encodes them", () => {
    const pkg = ZipPackage.open(zipSync({ "keep.xml": enc.encode("<keep/>") }), { codec });
    const writer = pkg.partWriter();
    const sink = new Utf8Sink(writer);
    // About 2.3 MB: past the 1 MiB from which the writer compresses.
    const texts = Array.from({ length: 110_000 }, (_v, i) => `<c>ñ€😀${i}</c>`);
    for (const t of texts) sink.add(t);
    sink.flush();
    pkg.set("big.xml", writer);
    const bytes = pkg.toBytes();
    expect(bytes.length).toBeLessThan(texts.join("").length / 3);
    expect(new TextDecoder().decode(unzipEntries(bytes).get("big.xml"))).toBe(texts.join(""));
  });

  it("writes its compressed stream as it is, even after the part was read back; deflates nothing whole", () => {
    const calls: number[] = [];
    const counting: DeflateCodec = {
      ...codec,
      deflateRaw: (data) => {
        calls.push(data.length);
        return codec.deflateRaw(data);
      },
    };
    const pkg = ZipPackage.open(zipSync({ "keep.xml": enc.encode("<keep/>") }), { codec: counting });
    const writer = pkg.partWriter();
    for (const p of pieces) writer.write(p);
    pkg.set("big.xml", writer);
    expect(Buffer.from(pkg.get("big.xml") as Uint8Array).equals(whole)).toBe(true);
    const bytes = pkg.toBytes();
    expect(calls.filter((n) => n >= 1 << 20)).toEqual([]);
    // The stream as written: read by fflate and by the other codec's package.
    expect(Buffer.from(unzipSync(bytes)["big.xml"]).equals(whole)).toBe(true);
    const other = codec === NODE_ZLIB_CODEC ? FFLATE_CODEC : NODE_ZLIB_CODEC;
    expect(Buffer.from(ZipPackage.open(bytes, { codec: other }).get("big.xml") as Uint8Array).equals(whole)).toBe(true);
    // head() reads the entry as set, and past the first compressed MiB once reopened.
    expect(Buffer.from(ZipPackage.open(bytes, { codec }).head("big.xml", 1_500_000) as Uint8Array)).toEqual(
      whole.subarray(0, 1_500_000),
    );
  });

  it("is set once: writing to it or setting it again after is refused", () => {
    const pkg = ZipPackage.open(zipSync({ "keep.xml": enc.encode("<keep/>") }), { codec });
    const writer = pkg.partWriter();
    writer.write(rows(1, 60_000));
    pkg.set("a.xml", writer);
    expect(() => pkg.set("b.xml", writer)).toThrow(/after its part was set/);
    expect(() => writer.write(enc.encode("<more/>"))).toThrow(/after its part was set/);
    expect(Buffer.from(unzipEntries(pkg.toBytes()).get("a.xml") as Uint8Array)).toEqual(Buffer.from(rows(1, 60_000)));
  });
});

describe("CRC-32 over pieces", () => {
  it("of a piece after others is the CRC of them all, in JavaScript and natively", () => {
    const native = NODE_ZLIB_CODEC.crc32 as (data: Uint8Array, previous?: number) => number;
    let js = 0;
    let nat = 0;
    for (const p of pieces) {
      js = crc32(p, js);
      nat = native(p, nat);
    }
    const expected = zlib.crc32(whole) >>> 0;
    expect([js, nat]).toEqual([expected, expected]);
    expect(crc32(whole)).toBe(expected);
  });
});
