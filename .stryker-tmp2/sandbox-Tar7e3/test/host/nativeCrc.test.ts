/** The Node codec's native CRC-32 (zlib.crc32): the same checksums, and a damaged entry still refused. */
// @ts-nocheck

import { zipSync } from "fflate";
import { ScorecardError } from "../../src/core/text/scorecardError";
import { NODE_ZLIB_CODEC } from "../../src/host/file/nodeFiles";
import { crc32 } from "../../src/host/file/zip/crc32";
import { ZipPackage } from "../../src/host/file/zip/zipPackage";

describe("NODE_ZLIB_CODEC.crc32", () => {
  it("gives the JavaScript CRC-32 on any bytes", () => {
    const native = NODE_ZLIB_CODEC.crc32;
    expect(native).toBeDefined();
    let seed = 7;
    for (const length of [0, 1, 3, 8, 255, 4096, 100_003]) {
      const data = new Uint8Array(length);
      for (let i = 0; i < length; i++) data[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
      expect(native?.(data)).toBe(crc32(data));
    }
  });

  it("refuses a stored entry whose bytes were changed (only the CRC can tell)", () => {
    const text = new TextEncoder().encode("<a>".padEnd(2000, "x") + "</a>");
    const good = zipSync({ "a.xml": [text, { level: 0 }] });
    expect(ZipPackage.open(good, { codec: NODE_ZLIB_CODEC }).get("a.xml")).toEqual(text);
    const bad = new Uint8Array(good);
    bad[100] ^= 0x01; // inside the stored data
    const pkg = ZipPackage.open(bad, { codec: NODE_ZLIB_CODEC });
    expect(() => pkg.get("a.xml")).toThrow(ScorecardError);
  });
});
