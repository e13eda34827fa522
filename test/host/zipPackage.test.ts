import { deflateSync, unzipSync, zipSync } from "fflate";
import { ScorecardError } from "../../src/core/text/scorecardError";
import { crc32 } from "../../src/host/file/zip/crc32";
import { MAX_UNCOMPRESSED_BYTES, unzipEntries, zipEntries, ZipPackage } from "../../src/host/file/zip/zipPackage";
import { centralDirectoryNames, rawEntries } from "../helpers/xlsxFixtures";

const enc = new TextEncoder();

function expectFileError(fn: () => unknown, pattern: RegExp): void {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(ScorecardError);
  const message = (caught as Error).message;
  expect(message).toMatch(pattern);
  expect(message).not.toContain("\n");
}

/** A view over `bytes` and the offset of its first central directory entry, to patch in place. */
function firstCentralEntry(bytes: Uint8Array): { view: DataView; cd: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = bytes.length - 22;
  while (view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  return { view, cd: view.getUint32(eocd + 16, true) };
}

describe("crc32", () => {
  it("matches the standard check value", () => {
    expect(crc32(enc.encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
});

describe("zip package", () => {
  const entries: [string, Uint8Array][] = [
    ["[Content_Types].xml", enc.encode("<Types/>")],
    ["xl/workbook.xml", enc.encode("<workbook>" + "x".repeat(5000) + "</workbook>")],
    ["2", enc.encode("an integer-like name must keep its place")],
    ["docs/ñandú.txt", enc.encode("non-ASCII name")],
    ["empty.bin", new Uint8Array(0)],
    ["bin/random.bin", new Uint8Array(Array.from({ length: 1000 }, (_v, i) => (i * 7919) % 251))],
  ];

  it("round-trips entries with their order and content", () => {
    const bytes = zipEntries(entries);
    const read = unzipEntries(bytes);
    expect([...read.keys()]).toEqual(entries.map(([n]) => n));
    for (const [name, data] of entries)
      expect(Buffer.from(read.get(name) as Uint8Array).equals(Buffer.from(data))).toBe(true);
    expect(centralDirectoryNames(bytes)).toEqual(entries.map(([n]) => n));
  });

  it("reads zips written by fflate (deflated and stored entries)", () => {
    const bytes = zipSync({
      "a.xml": [enc.encode("<a/>".repeat(100)), { level: 9 }],
      "b.txt": [enc.encode("plain"), { level: 0 }],
    });
    const read = unzipEntries(bytes);
    expect(new TextDecoder().decode(read.get("a.xml"))).toBe("<a/>".repeat(100));
    expect(new TextDecoder().decode(read.get("b.txt"))).toBe("plain");
  });

  it("copies untouched entries' compressed bytes unchanged and keeps positions on replace", () => {
    const input = zipSync({
      "one.xml": [enc.encode("<one>" + "1".repeat(3000) + "</one>"), { level: 1 }],
      "two.xml": [enc.encode("<two/>"), { level: 9 }],
      "three.xml": [enc.encode("<three>" + "3".repeat(3000) + "</three>"), { level: 9 }],
    });
    const pkg = ZipPackage.open(input);
    pkg.get("one.xml"); // reading does not count as a change
    pkg.set("two.xml", "<two>changed</two>");
    pkg.set("four.xml", "<four/>");
    pkg.delete("three.xml");
    const output = pkg.toBytes();
    expect(centralDirectoryNames(output)).toEqual(["one.xml", "two.xml", "four.xml"]);
    const rawIn = rawEntries(input);
    const rawOut = rawEntries(output);
    expect(
      Buffer.from(rawOut.get("one.xml") as Uint8Array).equals(Buffer.from(rawIn.get("one.xml") as Uint8Array)),
    ).toBe(true);
    const read = unzipEntries(output);
    expect(new TextDecoder().decode(read.get("two.xml"))).toBe("<two>changed</two>");
    expect(new TextDecoder().decode(read.get("four.xml"))).toBe("<four/>");
  });

  it("writes a large part compressed when it is set exactly as one compressed at the end, and reads it back", () => {
    // Over the 1 MiB at which set() compresses at once; a small part beside it is compressed at the end.
    const large = enc.encode(
      "<row>" + Array.from({ length: 80_000 }, (_v, i) => `<c>${i * 7919}</c>`).join("") + "</row>",
    );
    expect(large.length).toBeGreaterThan(1 << 20);
    const made = (setLargeFirst: boolean) => {
      const pkg = ZipPackage.open(zipSync({ "keep.xml": enc.encode("<keep/>") }));
      if (setLargeFirst) pkg.set("large.xml", large);
      pkg.set("small.xml", "<small/>");
      if (!setLargeFirst) pkg.set("large.xml", large);
      // Read back before the package is written: inflated from what set() compressed.
      expect(Buffer.from(pkg.get("large.xml") as Uint8Array).equals(Buffer.from(large))).toBe(true);
      return pkg;
    };
    const pkg = made(true);
    const bytes = pkg.toBytes();
    const raw = rawEntries(bytes).get("large.xml") as Uint8Array;
    expect(raw.length).toBeLessThan(large.length / 2);
    const read = unzipEntries(bytes);
    expect(Buffer.from(read.get("large.xml") as Uint8Array).equals(Buffer.from(large))).toBe(true);
    expect(new TextDecoder().decode(read.get("small.xml"))).toBe("<small/>");
    // Replaced again by a small text: that one is written.
    pkg.set("large.xml", "<large/>");
    expect(new TextDecoder().decode(unzipEntries(pkg.toBytes()).get("large.xml"))).toBe("<large/>");
    // What toBytes writes for a part it compresses itself (the default codec: a part of 1 MiB and more
    // at deflate level 1, the fastest; a smaller one at level 6).
    expect(large.length).toBeGreaterThanOrEqual(1 << 20);
    expect(Buffer.from(raw).equals(Buffer.from(deflateSync(large, { level: 1 })))).toBe(true);
    for (const [size, level] of [
      [1 << 20, 1],
      [(1 << 20) - 1, 6],
    ] as const) {
      const part = large.subarray(0, size);
      const other = ZipPackage.open(zipSync({ "keep.xml": enc.encode("<keep/>") }));
      other.set("part.xml", part);
      const partRaw = rawEntries(other.toBytes()).get("part.xml") as Uint8Array;
      expect([size, Buffer.from(partRaw).equals(Buffer.from(deflateSync(part, { level })))]).toEqual([size, true]);
    }
    const later = rawEntries(made(false).toBytes()).get("large.xml") as Uint8Array;
    expect(Buffer.from(later).equals(Buffer.from(raw))).toBe(true);
    // Another reader agrees, CRC included.
    expect(Buffer.from(unzipSync(bytes)["large.xml"]).equals(Buffer.from(large))).toBe(true);
    expect(centralDirectoryNames(bytes)).toEqual(["keep.xml", "large.xml", "small.xml"]);
  });

  it("finds part names ignoring case", () => {
    const pkg = ZipPackage.open(zipEntries([["xl/Worksheets/Sheet1.xml", enc.encode("<x/>")]]));
    expect(pkg.find("xl/worksheets/sheet1.xml")).toBe("xl/Worksheets/Sheet1.xml");
    expect(pkg.find("xl/worksheets/sheet2.xml")).toBeUndefined();
  });

  it("has a 1 GiB default limit", () => {
    expect(MAX_UNCOMPRESSED_BYTES).toBe(1024 ** 3);
    // ...which open() applies without options: parts declaring 250 MB each (under the per-part
    // limit) pass at four (1,000 MB) and are refused at five, from the directory alone.
    const declaring = (parts: number): Uint8Array => {
      const bytes = zipEntries(
        Array.from({ length: parts }, (_v, i): [string, Uint8Array] => [`p${i}.xml`, enc.encode("<p/>")]),
      );
      const { view, cd: first } = firstCentralEntry(bytes);
      let cd = first;
      for (let i = 0; i < parts; i++) {
        view.setUint32(cd + 24, 250 * 1024 * 1024, true);
        cd += 46 + view.getUint16(cd + 28, true) + view.getUint16(cd + 30, true) + view.getUint16(cd + 32, true);
      }
      return bytes;
    };
    expect(() => ZipPackage.open(declaring(4))).not.toThrow();
    expectFileError(() => ZipPackage.open(declaring(5)), /past the 1,024 MB limit/);
  });
});

describe("zip package refuses unusable input", () => {
  const good = zipEntries([
    ["a.xml", enc.encode("<a>" + "a".repeat(10000) + "</a>")],
    ["b.xml", enc.encode("<b>" + "b".repeat(10000) + "</b>")],
  ]);

  it("refuses an empty file", () => expectFileError(() => ZipPackage.open(new Uint8Array(0)), /empty/));

  it("refuses text that is not a zip", () =>
    expectFileError(() => ZipPackage.open(enc.encode("Control ID,Status\nC-1,Compliant\n")), /not an \.xlsx workbook/));

  it("refuses an old .xls or encrypted workbook (OLE compound file)", () => {
    const ole = new Uint8Array(600);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expectFileError(() => ZipPackage.open(ole), /\.xls workbook or a password-protected/);
  });

  it("refuses a truncated zip", () => {
    expectFileError(() => ZipPackage.open(good.subarray(0, Math.floor(good.length / 2))), /damaged or incomplete/);
    expectFileError(() => ZipPackage.open(good.subarray(0, good.length - 10)), /damaged or incomplete/);
  });

  it("refuses a zip whose entry data is corrupted", () => {
    const bad = new Uint8Array(good);
    bad[40] ^= 0xff; // inside the first entry's compressed data
    const pkg = ZipPackage.open(bad);
    expectFileError(() => pkg.get("a.xml"), /damaged/);
  });

  it("refuses content above the size limit before inflating anything", () => {
    expectFileError(() => ZipPackage.open(good, { maxUncompressedBytes: 15000 }), /too large/);
    expect(() => ZipPackage.open(good, { maxUncompressedBytes: 30000 })).not.toThrow();
  });

  it("refuses to inflate a part past the per-part limit when it is read, not for being in the package", () => {
    const big = enc.encode("<b>" + "b".repeat(20000) + "</b>");
    const bytes = zipEntries([
      ["a.xml", enc.encode("<a/>")],
      ["big.xml", big],
    ]);
    const pkg = ZipPackage.open(bytes, { maxPartBytes: 10000 });
    expect(pkg.getText("a.xml")).toBe("<a/>");
    // Its start can be looked at (a sheet's views) ...
    expect(pkg.headText("big.xml", 10)).toBe("<b>bbbbbbb");
    // ... and the package written again with it copied as it was, never inflated ...
    pkg.set("a.xml", "<a>changed</a>");
    const written = pkg.toBytes();
    expect(rawEntries(written).get("big.xml")).toEqual(rawEntries(bytes).get("big.xml"));
    // ... but it is not inflated whole, at any limit below its size.
    expectFileError(() => pkg.get("big.xml"), /part big\.xml expands past the/);
    expectFileError(() => ZipPackage.open(bytes, { maxPartBytes: big.length - 1 }).get("big.xml"), /big\.xml/);
    expect(ZipPackage.open(bytes, { maxPartBytes: big.length }).get("big.xml")).toEqual(big);
    // What this package wrote itself it reads back, whatever the limit it was opened with: a part
    // of 1 MiB or more is compressed when set and inflated again when read.
    const large = enc.encode("<c>" + "c".repeat(1 << 20) + "</c>");
    pkg.set("new.xml", large);
    expect(pkg.get("new.xml")).toEqual(large);
  });

  it("refuses an entry whose declared size is smaller than its data (a lying zip bomb)", () => {
    const bad = new Uint8Array(good);
    // Patch the first central directory entry's uncompressed size to 100 bytes.
    const { view, cd } = firstCentralEntry(bad);
    view.setUint32(cd + 24, 100, true);
    const pkg = ZipPackage.open(bad);
    expectFileError(() => pkg.get("a.xml"), /damaged/);
  });

  it("refuses encrypted entries", () => {
    const bad = new Uint8Array(good);
    const { view, cd } = firstCentralEntry(bad);
    view.setUint16(cd + 8, 1, true);
    expectFileError(() => ZipPackage.open(bad), /encrypted/);
  });
});
