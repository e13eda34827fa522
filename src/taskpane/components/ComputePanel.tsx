import * as React from "react";
import { Button, Field, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Calculator20Regular } from "@fluentui/react-icons";
import type { Strings } from "../i18n";
import type { ScorecardSession } from "../session";
import { type SummaryCard, summaryCards } from "../summaryCards";
import { SummaryCards } from "./SummaryCards";
import { useBusy } from "./useBusy";

const useStyles = makeStyles({ panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM } });

export function ComputePanel(props: {
  session: ScorecardSession;
  strings: Strings;
  onError: (e: unknown) => void;
  onComputed?: () => void;
}) {
  const styles = useStyles();
  const { strings, session } = props;
  const { busy, run } = useBusy(props.onError);
  const [progress, setProgress] = React.useState<{ value: number; label: string } | null>(null);
  const [cards, setCards] = React.useState<SummaryCard[] | null>(null);
  const [done, setDone] = React.useState<string | null>(null);

  const compute = async () => {
    setDone(null);
    setProgress({ value: 0, label: strings.computing });
    await run(async () => {
      const outcome = await session.compute((k, total, label) =>
        setProgress({
          value: total === 0 ? 1 : k / total,
          label: label === "" ? strings.computing : strings.progressWriting(label),
        }),
      );
      setCards(summaryCards(outcome.result, strings.notAvailable));
      setDone(strings.computed(outcome.sheets.length));
      props.onComputed?.();
    });
    setProgress(null); // run() never throws: failures went to onError
  };

  return (
    <div className={styles.panel}>
      <Text>{strings.computeHint}</Text>
      <Button appearance="primary" icon={<Calculator20Regular />} onClick={compute} disabled={busy}>
        {busy ? strings.computing : strings.compute}
      </Button>
      {progress && (
        <Field validationMessage={progress.label} validationState="none">
          <ProgressBar value={progress.value} aria-label={progress.label} />
        </Field>
      )}
      {done && <Text role="status">{done}</Text>}
      {cards && (
        <SummaryCards
          cards={cards}
          strings={strings}
          onOpen={(sheet) => session.show(sheet, null).catch(props.onError)}
        />
      )}
    </div>
  );
}
