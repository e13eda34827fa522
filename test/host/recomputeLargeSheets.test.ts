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
});
