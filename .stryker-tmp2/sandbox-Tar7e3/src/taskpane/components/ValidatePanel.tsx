// @ts-nocheck
import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { CheckmarkCircle20Regular } from "@fluentui/react-icons";
import type { Issue } from "../../core/model/records";
import type { Strings } from "../i18n";
import type { InputRow } from "../inputRow";
import type { ScorecardSession } from "../session";
import { IssueList } from "./IssueList";
import { RowView } from "./RowView";
import { StageProgressBar } from "./StageProgressBar";
import { useRun } from "./useRun";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  action: { alignSelf: "flex-start" },
  result: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
});

export function ValidatePanel(props: {
  session: ScorecardSession;
  strings: Strings;
  onError: (e: unknown) => void;
  onOk?: () => void;
}) {
  const styles = useStyles();
  const { strings, session } = props;
  const { busy, progress, cancelled, start, cancel } = useRun(props.onError, props.onOk);
  const [issues, setIssues] = React.useState<readonly Issue[] | null>(null);
  const [row, setRow] = React.useState<InputRow | null>(null);
  const summary = React.useRef<HTMLSpanElement>(null);

  React.useEffect(() => {
    if (issues !== null) summary.current?.focus();
  }, [issues]);

  const validate = () =>
    start(async (hooks) => {
      setIssues(null);
      setRow(null);
      const found = await session.validate(hooks);
      // Thousands of issues take a while to lay out: React renders them in slices, between frames.
      React.startTransition(() => setIssues(found));
    });
  const errors = issues?.filter((i) => i.severity === "error").length ?? 0;

  const goTo = (issue: Issue) => {
    // Outside Excel the page shows the row itself; in Excel the cell is selected in the grid.
    if (session.inputRow && issue.row !== null) session.inputRow(issue).then(setRow, props.onError);
    else session.show(issue.sheet, issue.cell ?? (issue.row !== null ? `A${issue.row}` : null)).catch(props.onError);
  };

  return (
    <div className={styles.panel}>
      <Text>{strings.validateHint}</Text>
      <Button
        className={styles.action}
        appearance="primary"
        icon={<CheckmarkCircle20Regular />}
        onClick={validate}
        disabled={busy}
      >
        {busy ? strings.validating : strings.validate}
      </Button>
      {progress && (
        <StageProgressBar
          progress={progress}
          strings={strings}
          onCancel={session.canCancel === true ? cancel : undefined}
        />
      )}
      {cancelled && <Text role="status">{strings.cancelled}</Text>}
      {issues && (
        <div className={styles.result}>
          <Text weight="semibold" role="status" ref={summary} tabIndex={-1}>
            {strings.issueCount(errors, issues.length - errors)}
          </Text>
          {row && <RowView row={row} strings={strings} onClose={() => setRow(null)} />}
          <IssueList issues={issues} strings={strings} onGoTo={goTo} />
        </div>
      )}
    </div>
  );
}
