/**
 * Computing again on a workbook that holds its results already replaces the large result sheets
 * without inflating the old ones or compressing the new ones a second time: the new ones are
 * compressed as they are written (PartWriter) and the selected-tab checks read sheets' starts only.
 */
import { dayFromDate } from "../../src/core/model/days";
import { runScorecard } from "../../src/core/pipeline";
import { isInputSheet } from "../../src/app";
import { NODE_ZLIB_CODEC } from "../../src/host/file/nodeFiles";
import { readWorkbook } from "../../src/host/file/readWorkbook";
import { createWorkbook, patchWorkbook } from "../../src/host/file/writeWorkbook";
import { type DeflateCodec, unzipEntries } from "../../src/host/file/zip/zipPackage";
import { BENCH_AS_OF, scaleSheets } from "../bench/workload";

const MiB = 1 << 20;

describe("computing again on a workbook with large result sheets", () => {
  it("inflates no large part whole and deflates none whole, and writes the same parts", () => {
    const large: string[] = [];
    const counting: DeflateCodec = {
      ...NODE_ZLIB_CODEC,
      inflateRaw: (data, size) => {
        if (size >= MiB) large.push(`inflate ${size}`);
        return NODE_ZLIB_CODEC.inflateRaw(data, size);
      },
      deflateRaw: (data) => {
        if (data.length >= MiB) large.push(`deflate ${data.length}`);
        return NODE_ZLIB_CODEC.deflateRaw(data);
      },
    };
    const compute = (bytes: Uint8Array) => {
      const run = runScorecard(readWorkbook(bytes, { includeSheet: isInputSheet, codec: NODE_ZLIB_CODEC }), {
        today: dayFromDate(BENCH_AS_OF),
      });
      return patchWorkbook(bytes, run.sheets, { codec: counting });
    };
    const first = compute(createWorkbook(scaleSheets(3), NODE_ZLIB_CODEC));
    // The run wrote at least one sheet large enough to be compressed as it was written.
    const sizes = [...unzipEntries(first).values()].map((part) => part.length);
    expect(sizes.filter((n) => n >= MiB).length).toBeGreaterThan(0);
    large.length = 0;
    const second = compute(first);
    expect(large).toEqual([]);
    // The same parts with the same contents (a replaced chart's parts may come in another order).
    const parts = (bytes: Uint8Array) =>
      [...unzipEntries(bytes)].map(([name, data]) => [name, Buffer.from(data).toString("base64")]).sort();
    expect(parts(second)).toEqual(parts(first));
  }, 60_000);

  it("works on a workbook whose result sheet is past the per-part limit: that sheet is never read whole", () => {
    // The product's own Calculation sheet grows with the offices (133 MB of XML at 100 offices):
    // near the largest workbooks the input limits allow, it passes the 256 MB per part. Here the
    // limit is set just under this workbook's largest result sheet instead.
    const read = (bytes: Uint8Array, maxPartBytes?: number) =>
      readWorkbook(bytes, { includeSheet: isInputSheet, codec: NODE_ZLIB_CODEC, maxPartBytes });
    const input = createWorkbook(scaleSheets(3), NODE_ZLIB_CODEC);
    const today = dayFromDate(BENCH_AS_OF);
    const first = patchWorkbook(input, runScorecard(read(input), { today }).sheets, { codec: NODE_ZLIB_CODEC });
    const parts = unzipEntries(first);
    const inputParts = unzipEntries(input);
    const largest = [...parts].filter(([name]) => !inputParts.has(name)).sort((a, b) => b[1].length - a[1].length)[0];
    const limit = largest[1].length - 1;
    expect(Math.max(...[...inputParts.values()].map((p) => p.length))).toBeLessThan(limit);

    // Its inputs read as without the limit, and computing again writes what it writes without it.
    const inputs = read(first, limit);
    expect(inputs.sheets).toEqual(read(first).sheets);
    const run = runScorecard(inputs, { today });
    const again = patchWorkbook(first, run.sheets, { codec: NODE_ZLIB_CODEC, maxPartBytes: limit });
    const unlimited = unzipEntries(patchWorkbook(first, run.sheets, { codec: NODE_ZLIB_CODEC }));
    const written = unzipEntries(again);
    expect([...written.keys()]).toEqual([...unlimited.keys()]);
    for (const [name, bytes] of written) expect([name, Buffer.compare(bytes, unlimited.get(name)!)]).toEqual([name, 0]);
    // Asked for whole, that sheet is refused, by name.
    expect(() => readWorkbook(first, { codec: NODE_ZLIB_CODEC, maxPartBytes: limit })).toThrow(
      new RegExp(`part ${largest[0].replace(/[.]/g, "\\.")} expands past`),
    );
  });
});
