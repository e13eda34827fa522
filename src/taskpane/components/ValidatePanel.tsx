import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { CheckmarkCircle20Regular } from "@fluentui/react-icons";
import type { Issue } from "../../core/model/records";
import type { Strings } from "../i18n";
import type { ScorecardSession } from "../session";
import { IssueList } from "./IssueList";
import { useBusy } from "./useBusy";

const useStyles = makeStyles({ panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM } });

export function ValidatePanel(props: { session: ScorecardSession; strings: Strings; onError: (e: unknown) => void }) {
  const styles = useStyles();
  const { strings, session } = props;
  const { busy, run } = useBusy(props.onError);
  const [issues, setIssues] = React.useState<readonly Issue[] | null>(null);

  const validate = () => run(async () => setIssues(await session.validate()));
  const errors = issues?.filter((i) => i.severity === "error").length ?? 0;

  return (
    <div className={styles.panel}>
      <Text>{strings.validateHint}</Text>
      <Button appearance="primary" icon={<CheckmarkCircle20Regular />} onClick={validate} disabled={busy}>
        {busy ? strings.validating : strings.validate}
      </Button>
      {issues && (
        <>
          <Text weight="semibold" role="status">
            {strings.issueCount(errors, issues.length - errors)}
          </Text>
          <IssueList
            issues={issues}
            strings={strings}
            onGoTo={(i) => session.show(i.sheet, i.cell ?? (i.row !== null ? `A${i.row}` : null)).catch(props.onError)}
          />
        </>
      )}
    </div>
  );
}
