/** "Results out of date since 12:03: Controls changed", with Compute one click away. */
// @ts-nocheck

import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Strings } from "../i18n";
import type { Staleness } from "./useStaleResults";

export function staleText(stale: Staleness, strings: Strings): string {
  const time = stale.since.toLocaleTimeString(strings.code, { hour: "2-digit", minute: "2-digit" });
  return strings.staleSince(time, stale.changes.map((c) => strings.staleChange[c.kind](c.sheet)).join(", "));
}

export function StaleBanner(props: { stale: Staleness; strings: Strings; busy: boolean; onCompute: () => void }) {
  const { strings } = props;
  return (
    // Fluent announces the bar when it appears; the live text below announces each later change.
    <MessageBar intent="warning" politeness="polite" layout="multiline" data-testid="stale-banner">
      <MessageBarBody>
        <MessageBarTitle>{strings.staleTitle}</MessageBarTitle>
        <span aria-live="polite">{staleText(props.stale, strings)}</span>
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" size="small" onClick={props.onCompute} disabled={props.busy}>
          {strings.staleCompute}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
