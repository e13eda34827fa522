/**
 * Queues Office.js operations and calls context.sync() only when the next operation
 * would push the request past the payload cap (Excel on the web rejects requests over
 * 5 MB). The number of syncs therefore depends on the bytes written, not on rows or sheets.
 */
// @ts-nocheck

import type { ExcelRequestContext } from "./excelApi";

/** Safety margin under Excel on the web's 5 MB request limit. */
export const PAYLOAD_LIMIT_BYTES = 4_000_000;

/**
 * Bytes of one Office.js action besides the data it carries, at most: the action's JSON, and the
 * object path and Instantiate action the client adds for each proxy it names. Checked against
 * the real client's serialized requests (test/host/excelPayload.test.ts).
 */
export const ACTION_BYTES = 250;

/** The client splits a values or number-format array of more than 1,500 cells into chunks of 1,500 cells, four actions each. */
export const CLIENT_CHUNK_CELLS = 1_500;

/** Actions of one Range.values (or numberFormat) write of `cells` cells, as the client sends it. */
export const arrayWriteActions = (cells: number) =>
  cells <= CLIENT_CHUNK_CELLS ? 3 : 3 + 4 * Math.ceil(cells / CLIENT_CHUNK_CELLS);

/** Exact UTF-8 bytes of `value` as JSON: what the client serializes (measured, not estimated). */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 2; // a surrogate pair: two UTF-16 units, four UTF-8 bytes
      i++;
    } else bytes += 2;
  }
  return bytes;
}

/**
 * Bytes of loaded values as a response carries them (JSON): reads use it to pack each sync near
 * the cap; it counts text in UTF-16 units (close to UTF-8 for Latin text) and is checked against
 * the real responses by the read tests.
 */
export function responseBytes(values: readonly (readonly unknown[])[]): number {
  let bytes = 2;
  for (const row of values) {
    bytes += 2;
    for (const v of row) bytes += (typeof v === "string" ? v.length * 1.1 + 3 : String(v).length) + 1;
  }
  return Math.ceil(bytes);
}

/** What one queued operation adds to a request: the bytes of its data and the actions it makes. */
export interface Cost {
  readonly bytes: number;
  readonly actions: number;
}

export class SyncBatcher {
  private pendingBytes = 0;
  private pendingActions = 0;
  private syncCount = 0;
  private largest = 0;
  /** Bytes accounted for each request sent (syncs with nothing queued send none). */
  readonly accounted: number[] = [];

  constructor(
    private readonly context: ExcelRequestContext,
    private readonly limit: number = PAYLOAD_LIMIT_BYTES,
    private readonly options: { readonly suspendScreenUpdating?: boolean } = {},
  ) {}

  /** Queues an operation, syncing first if its bytes would push the request past the cap. */
  async queue(cost: Cost, operation: () => void): Promise<void> {
    const bytes = cost.bytes + cost.actions * ACTION_BYTES;
    if (this.pendingBytes > 0 && this.pendingBytes + bytes > this.limit) await this.sync();
    // Each write request starts by sparing Excel a repaint per action (ExcelApi 1.9; it lasts until the sync).
    if (this.pendingBytes === 0 && this.options.suspendScreenUpdating) {
      this.context.workbook.application.suspendScreenUpdatingUntilNextSync();
      this.pendingBytes += 2 * ACTION_BYTES;
    }
    operation();
    this.pendingBytes += bytes;
    this.pendingActions += cost.actions;
  }

  async sync(): Promise<void> {
    await this.context.sync();
    this.syncCount++;
    if (this.pendingBytes > 0) this.accounted.push(this.pendingBytes);
    this.largest = Math.max(this.largest, this.pendingBytes);
    this.pendingBytes = 0;
    this.pendingActions = 0;
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
