/**
 * Queues Office.js operations and calls context.sync() only when the next operation
 * would push the request past the payload cap (Excel on the web rejects requests over
 * 5 MB). The number of syncs therefore depends on the bytes written, not on rows or sheets.
 */
import type { ExcelRequestContext } from "./excelApi";

/** Safety margin under Excel on the web's 5 MB request limit. */
export const PAYLOAD_LIMIT_BYTES = 4_000_000;

/** Estimated request bytes of a 2-D array of values, as Office.js serialises it (JSON). */
export function payloadBytes(values: readonly (readonly unknown[])[]): number {
  let bytes = 2;
  for (const row of values) {
    bytes += 2;
    for (const v of row) bytes += (typeof v === "string" ? v.length * 1.1 + 3 : 12) + 1;
  }
  return Math.ceil(bytes);
}

/**
 * Bytes of loaded values as a response carries them (JSON): closer than payloadBytes, which
 * over-counts numbers to stay safe for requests; reads use it to pack each sync near the cap.
 */
export function responseBytes(values: readonly (readonly unknown[])[]): number {
  let bytes = 2;
  for (const row of values) {
    bytes += 2;
    for (const v of row) bytes += (typeof v === "string" ? v.length * 1.1 + 3 : String(v).length) + 1;
  }
  return Math.ceil(bytes);
}

export class SyncBatcher {
  private pendingBytes = 0;
  private syncCount = 0;
  private largest = 0;

  constructor(
    private readonly context: ExcelRequestContext,
    private readonly limit: number = PAYLOAD_LIMIT_BYTES,
  ) {}

  /** Queues an operation of about `bytes`, syncing first if it would not fit. */
  async queue(bytes: number, operation: () => void): Promise<void> {
    if (this.pendingBytes > 0 && this.pendingBytes + bytes > this.limit) await this.sync();
    operation();
    this.pendingBytes += bytes;
  }

  async sync(): Promise<void> {
    await this.context.sync();
    this.syncCount++;
    this.largest = Math.max(this.largest, this.pendingBytes);
    this.pendingBytes = 0;
  }

  get syncs(): number {
    return this.syncCount;
  }

  get largestPayload(): number {
    return Math.max(this.largest, this.pendingBytes);
  }
}

/** Splits `rowCount` rows into consecutive chunks whose cells stay under `maxCells`. */
export function rowChunks(rowCount: number, columnCount: number, maxCells: number): { start: number; count: number }[] {
  const perChunk = Math.max(1, Math.floor(maxCells / Math.max(1, columnCount)));
  const chunks: { start: number; count: number }[] = [];
  for (let start = 0; start < rowCount; start += perChunk)
    chunks.push({ start, count: Math.min(perChunk, rowCount - start) });
  return chunks;
}
