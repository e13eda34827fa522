import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import { ExcelOperationError } from "../../host/excel/excelErrors";
import type { Strings } from "../i18n";

/** Messages our own code raises are already plain words; anything else gets a lead-in. */
const KNOWN_ERRORS = new Set(["InputError", "WorkbookFileError", "SheetOwnershipError", "SheetConflictError"]);

export function errorText(error: unknown, strings: Strings): { title: string | null; detail: string } {
  // Excel's refusals, already in plain words in both languages (never Excel's raw message).
  if (error instanceof ExcelOperationError) return { title: null, detail: error.text(strings.code) };
  if (error instanceof Error && KNOWN_ERRORS.has(error.name)) return { title: null, detail: error.message };
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
