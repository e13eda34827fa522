// @ts-nocheck
import * as React from "react";

/**
 * A panel's one action at a time: `busy` while `run`'s work is under way, any failure handed to
 * `onError` (the pane's error bar) instead of thrown, and `onOk` told when the work succeeded,
 * so that the error of an earlier step does not stay on screen over a success.
 */
export function useBusy(
  onError: (e: unknown) => void,
  onOk?: () => void,
): {
  busy: boolean;
  run: (work: () => Promise<void>) => Promise<void>;
} {
  const [busy, setBusy] = React.useState(false);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
      onOk?.();
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
