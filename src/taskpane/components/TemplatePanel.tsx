import * as React from "react";
import { Button, Checkbox, Text, makeStyles, tokens } from "@fluentui/react-components";
import { TableAdd20Regular } from "@fluentui/react-icons";
import type { Strings } from "../i18n";
import type { ScorecardSession } from "../session";

const useStyles = makeStyles({ panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM } });

export function TemplatePanel(props: { session: ScorecardSession; strings: Strings; onError: (e: unknown) => void; onChanged?: () => void }) {
  const styles = useStyles();
  const { strings, session } = props;
  const [withSample, setWithSample] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [done, setDone] = React.useState<string | null>(null);

  const create = async () => {
    setBusy(true);
    setDone(null);
    try {
      const added = await session.createTemplate(withSample, strings.code);
      setDone(strings.templateDone(added));
      props.onChanged?.();
    } catch (e) {
      props.onError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.panel}>
      <Text>{strings.templateHint}</Text>
      <Checkbox label={strings.withSample} checked={withSample} onChange={(_, data) => setWithSample(data.checked === true)} />
      <Button appearance="primary" icon={<TableAdd20Regular />} onClick={create} disabled={busy}>
        {busy ? strings.creatingTemplate : strings.createTemplate}
      </Button>
      {done && <Text role="status">{done}</Text>}
    </div>
  );
}
