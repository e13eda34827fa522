// @ts-nocheck
import * as React from "react";
import { Button, Checkbox, Text, makeStyles, tokens } from "@fluentui/react-components";
import { TableAdd20Regular } from "@fluentui/react-icons";
import type { Strings } from "../i18n";
import type { ScorecardSession } from "../session";
import { useBusy } from "./useBusy";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  action: { alignSelf: "flex-start" },
});

export function TemplatePanel(props: {
  session: ScorecardSession;
  strings: Strings;
  onError: (e: unknown) => void;
  onOk?: () => void;
  onChanged?: () => void;
}) {
  const styles = useStyles();
  const { strings, session } = props;
  const [withSample, setWithSample] = React.useState(false);
  const { busy, run } = useBusy(props.onError, props.onOk);
  const [done, setDone] = React.useState<string | null>(null);

  const create = () => {
    setDone(null);
    return run(async () => {
      const added = await session.createTemplate(withSample, strings.code);
      setDone(strings.templateDone(added));
      props.onChanged?.();
    });
  };

  return (
    <div className={styles.panel}>
      <Text>{strings.templateHint}</Text>
      <Checkbox
        label={strings.withSample}
        checked={withSample}
        onChange={(_, data) => setWithSample(data.checked === true)}
      />
      <Button
        className={styles.action}
        appearance="primary"
        icon={<TableAdd20Regular />}
        onClick={create}
        disabled={busy}
      >
        {busy ? strings.creatingTemplate : strings.createTemplate}
      </Button>
      {done && <Text role="status">{done}</Text>}
    </div>
  );
}
