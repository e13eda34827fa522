import fc from "fast-check";
import { Utf8Sink } from "../../src/host/file/xml/utf8Sink";

const encoded = (pieces: readonly string[]) => new TextEncoder().encode(pieces.join(""));

/** A sink whose target keeps the chunks it is handed; `bytes()` flushes and joins them. */
function collecting(): { sink: Utf8Sink; bytes: () => Buffer; chunks: Uint8Array[] } {
  const chunks: Uint8Array[] = [];
  const sink = new Utf8Sink({ write: (chunk) => chunks.push(chunk) });
  return {
    sink,
    chunks,
    bytes: () => {
      sink.flush();
      return Buffer.concat(chunks);
    },
  };
}

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
          const { sink, bytes } = collecting();
          for (const p of pieces) sink.add(p);
          expect(bytes().equals(Buffer.from(encoded(pieces)))).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("fills chunk after chunk without splitting a character (several MB of multi-byte text)", () => {
    // 3 and 4 byte characters whose bytes cannot all fit at the end of a 1 MiB chunk.
    const pieces = Array.from({ length: 3000 }, (_v, i) => `€${i}😀`.repeat(150 + (i % 7)));
    const { sink, bytes: written, chunks } = collecting();
    for (const p of pieces) sink.add(p);
    const bytes = written();
    // Handed over as it was encoded, in many chunks, not once at the end.
    expect(chunks.length).toBeGreaterThan(10);
    expect(bytes.length).toBeGreaterThan(3 << 20);
    expect(Buffer.from(bytes).equals(Buffer.from(encoded(pieces)))).toBe(true);
  });
});
