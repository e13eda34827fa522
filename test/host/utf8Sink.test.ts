import fc from "fast-check";
import { Utf8Sink } from "../../src/host/file/xml/utf8Sink";

const encoded = (pieces: readonly string[]) => new TextEncoder().encode(pieces.join(""));

describe("Utf8Sink", () => {
  it("gives the UTF-8 of its pieces joined, whatever their sizes and characters", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ unit: "grapheme", maxLength: 40 }),
            fc.constantFrom("<row>", "ñandú — 😀", "", "a".repeat(70_000)),
          ),
          { maxLength: 60 },
        ),
        (pieces) => {
          const sink = new Utf8Sink();
          for (const p of pieces) sink.add(p);
          expect(Buffer.from(sink.bytes()).equals(Buffer.from(encoded(pieces)))).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("fills chunk after chunk without splitting a character (several MB of multi-byte text)", () => {
    // 3 and 4 byte characters whose bytes cannot all fit at the end of a 1 MiB chunk.
    const pieces = Array.from({ length: 3000 }, (_v, i) => `€${i}😀`.repeat(150 + (i % 7)));
    const sink = new Utf8Sink();
    for (const p of pieces) sink.add(p);
    const bytes = sink.bytes();
    expect(bytes.length).toBeGreaterThan(3 << 20);
    expect(Buffer.from(bytes).equals(Buffer.from(encoded(pieces)))).toBe(true);
  });
});
