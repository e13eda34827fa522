import * as React from "react";

/**
 * A panel's one action at a time: `busy` while `run`'s work is under way, and any failure
 * handed to `onError` (the pane's error bar) instead of thrown.
 */
export function useBusy(onError: (e: unknown) => void): {
  busy: boolean;
  run: (work: () => Promise<void>) => Promise<void>;
} {
  const [busy, setBusy] = React.useState(false);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
