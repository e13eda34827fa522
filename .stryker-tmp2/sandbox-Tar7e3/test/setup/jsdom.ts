/** jsdom lacks a few browser globals the pane and the file host use. */
// @ts-nocheck

import { TextDecoder, TextEncoder } from "node:util";

const g = globalThis as unknown as Record<string, unknown>;
if (typeof window !== "undefined") {
  if (g.TextEncoder === undefined) g.TextEncoder = TextEncoder;
  if (g.TextDecoder === undefined) g.TextDecoder = TextDecoder;
  if (g.ResizeObserver === undefined) {
    g.ResizeObserver = class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    };
  }
}
