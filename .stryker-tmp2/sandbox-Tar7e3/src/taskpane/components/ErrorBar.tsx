// @ts-nocheck
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import { ScorecardError } from "../../core/text/scorecardError";
import type { Strings } from "../i18n";

/**
 * The product's own errors are worded from their code, in the workbook's language when it is
 * known (else the pane's), naming the pane's own tabs; anything else gets a lead-in.
 */
export function errorText(error: unknown, strings: Strings): { title: string | null; detail: string } {
  if (error instanceof ScorecardError)
    return { title: null, detail: error.text(strings.code, { kind: "pane", templateTab: strings.tabTemplate }) };
  const detail = error instanceof Error ? error.message : String(error);
  return { title: strings.unexpected, detail };
}

export function ErrorBar(props: { error: unknown; strings: Strings; onDismiss: () => void }) {
  const { title, detail } = errorText(props.error, props.strings);
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {detail}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            aria-label={props.strings.dismiss}
            appearance="transparent"
            icon={<Dismiss20Regular />}
            onClick={props.onDismiss}
          />
        }
      />
    </MessageBar>
  );
}
