/**
 * A part's XML written as UTF-8 as it is made, piece by piece, instead of as pieces joined into
 * one string and then encoded: a large result sheet (the Calculation sheet of a workbook at
 * scale 100 is over 100 MB of XML) was held three times over, as its row strings, as the joined
 * string and as its bytes. Each piece must be whole text (pieces never split a surrogate pair),
 * so the bytes are those of the joined string. The bytes go to a target as they are encoded (the
 * zip package's PartWriter compresses them as they come) and are not held here.
 */
const encoder = new TextEncoder();
/** Characters gathered before they are encoded: few calls to the encoder, little held as strings. */
const PENDING_CHARS = 1 << 16;

/** Where encoded bytes go. */
export interface ByteTarget {
  write(chunk: Uint8Array): void;
}

export class Utf8Sink {
  private pending: string[] = [];
  private pendingChars = 0;

  constructor(private readonly target: ByteTarget) {}

  add(text: string): void {
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= PENDING_CHARS) this.flush();
  }

  /** Encodes what is pending and hands it to the target. */
  flush(): void {
    if (this.pending.length === 0) return;
    // encode() rather than encodeInto(): for text that is mostly ASCII it is the faster of the two.
    const chunk = encoder.encode(this.pending.join(""));
    this.pending = [];
    this.pendingChars = 0;
    this.target.write(chunk);
  }
}
