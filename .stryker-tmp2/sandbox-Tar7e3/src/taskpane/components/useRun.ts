// @ts-nocheck
import * as React from "react";
import type { StageProgress } from "../../app/stages";
import type { RunHooks } from "../session";
import { CancelledError } from "../worker/workerClient";
import { useBusy } from "./useBusy";

/**
 * A long step (validate, compute): busy while it runs, its stage as it goes, and a cancel that
 * stops the worker. A cancelled step is not an error: it says it stopped.
 */
export function useRun(onError: (e: unknown) => void, onOk?: () => void) {
  const [progress, setProgress] = React.useState<StageProgress | null>(null);
  const [cancelled, setCancelled] = React.useState(false);
  const controller = React.useRef<AbortController | null>(null);
  const { busy, run } = useBusy((e) => (e instanceof CancelledError ? setCancelled(true) : onError(e)), onOk);

  const start = async (work: (hooks: RunHooks) => Promise<void>) => {
    const abort = new AbortController();
    controller.current = abort;
    setCancelled(false);
    setProgress({ stage: "open", sheet: null, done: 0, total: 0 });
    await run(() => work({ onStage: setProgress, signal: abort.signal }));
    controller.current = null;
    setProgress(null);
  };
  const cancel = () => controller.current?.abort();
  // Leaving the tab stops the work it started.
  React.useEffect(() => () => controller.current?.abort(), []);
  return { busy, progress, cancelled, start, cancel };
}
