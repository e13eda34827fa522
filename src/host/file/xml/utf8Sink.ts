/**
 * A part's XML written as UTF-8 as it is made, piece by piece, instead of as pieces joined into
 * one string and then encoded: a large result sheet (the Calculation sheet of a workbook at
 * scale 100 is over 100 MB of XML) was held three times over, as its row strings, as the joined
 * string and as its bytes. Each piece must be whole text (pieces never split a surrogate pair),
 * so the bytes are those of the joined string. Given a target, the bytes go to it as they are
 * encoded (the zip package compresses them as they come) and are not held here at all.
 */
const encoder = new TextEncoder();
/** Characters gathered before they are encoded: few calls to the encoder, little held as strings. */
const PENDING_CHARS = 1 << 16;

/** Where encoded bytes go. */
export interface ByteTarget {
  write(chunk: Uint8Array): void;
}

export class Utf8Sink {
  private readonly chunks: Uint8Array[] = [];
  private length = 0;
  private pending: string[] = [];
  private pendingChars = 0;

  constructor(private readonly target?: ByteTarget) {}

  add(text: string): void {
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= PENDING_CHARS) this.flush();
  }

  /** Encodes what is pending; with a target, hands it over. */
  flush(): void {
    if (this.pending.length === 0) return;
    // encode() rather than encodeInto(): for text that is mostly ASCII it is the faster of the two.
    const chunk = encoder.encode(this.pending.join(""));
    this.pending = [];
    this.pendingChars = 0;
    if (this.target) {
      this.target.write(chunk);
      return;
    }
    this.chunks.push(chunk);
    this.length += chunk.length;
  }

  /** The bytes written (a sink without a target). */
  bytes(): Uint8Array {
    this.flush();
    if (this.chunks.length === 1) return this.chunks[0];
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}
