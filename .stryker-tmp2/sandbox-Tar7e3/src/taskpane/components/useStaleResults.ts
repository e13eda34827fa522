/**
 * Whether the results in the workbook are out of date: the session's input watch (Excel only)
 * tells each change of an input sheet; a successful Compute clears what came before it started.
 */
// @ts-nocheck

import * as React from "react";
import type { InputChange, InputWatching, ScorecardSession } from "../session";

export interface Staleness {
  /** When the first change after the latest Compute was heard. */
  readonly since: Date;
  /** Each sheet changed since, once, in the order first heard, with what last happened to it. */
  readonly changes: readonly Pick<InputChange, "sheet" | "kind">[];
}

export function stalenessOf(changes: readonly InputChange[]): Staleness | null {
  if (changes.length === 0) return null;
  const bySheet = new Map<string, InputChange["kind"]>();
  for (const c of changes) {
    bySheet.delete(c.sheet);
    bySheet.set(c.sheet, c.kind);
  }
  return { since: changes[0].at, changes: [...bySheet].map(([sheet, kind]) => ({ sheet, kind })) };
}

export function useStaleResults(session: ScorecardSession): {
  readonly stale: Staleness | null;
  /** Call as Compute starts; hand what it returns to `computed` when Compute has written its results. */
  readonly computeStarted: () => number;
  readonly computed: (startedAt: number) => void;
} {
  const [stale, setStale] = React.useState<Staleness | null>(null);
  const changes = React.useRef<InputChange[]>([]);
  // Nothing is out of date before there are results: none in the workbook, none computed yet.
  const hasResults = React.useRef(false);
  const show = React.useCallback(() => setStale(hasResults.current ? stalenessOf(changes.current) : null), []);

  React.useEffect(() => {
    if (session.watchInputs === undefined) return;
    let closed = false;
    let watching: InputWatching | null = null;
    const stop = () => {
      closed = true;
      // Best effort as the pane closes: Excel drops an add-in's handlers with its runtime anyway.
      watching?.stop().catch(() => undefined);
      watching = null;
    };
    session
      .watchInputs((change) => {
        changes.current.push(change);
        show();
      })
      .then((w) => {
        if (closed) return void w.stop().catch(() => undefined);
        watching = w;
        hasResults.current = hasResults.current || w.hadResults;
        show();
      })
      // Without events the pane cannot know; it then says nothing rather than something wrong.
      .catch(() => undefined);
    window.addEventListener("pagehide", stop);
    return () => {
      window.removeEventListener("pagehide", stop);
      stop();
    };
  }, [session, show]);

  const computeStarted = React.useCallback(() => changes.current.length, []);
  const computed = React.useCallback(
    (startedAt: number) => {
      // A change heard while Compute ran may have come after it read the sheets: it stays.
      changes.current = changes.current.slice(startedAt);
      hasResults.current = true;
      show();
    },
    [show],
  );
  return { stale, computeStarted, computed };
}
