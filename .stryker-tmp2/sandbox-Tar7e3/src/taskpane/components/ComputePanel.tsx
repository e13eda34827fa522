// @ts-nocheck
import * as React from "react";
import { Button, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Calculator20Regular } from "@fluentui/react-icons";
import type { ResultSheet } from "../../core/render/resultSheet";
import type { Strings } from "../i18n";
import type { ScorecardSession } from "../session";
import { type SummaryCard, summaryCards } from "../summaryCards";
import { SheetView } from "./SheetView";
import { StaleBanner } from "./StaleBanner";
import { useStaleResults } from "./useStaleResults";
import { StageProgressBar } from "./StageProgressBar";
import { SummaryCards } from "./SummaryCards";
import { useRun } from "./useRun";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  action: { alignSelf: "flex-start" },
  result: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "4px" },
  },
  sheets: { display: "flex", flexWrap: "wrap", alignItems: "baseline", columnGap: tokens.spacingHorizontalM },
});

interface Computed {
  readonly cards: SummaryCard[];
  readonly done: string;
  readonly sheets: readonly ResultSheet[];
}

export function ComputePanel(props: {
  session: ScorecardSession;
  strings: Strings;
  onError: (e: unknown) => void;
  onOk?: () => void;
  onComputed?: () => void;
}) {
  const styles = useStyles();
  const { strings, session } = props;
  const { busy, progress, cancelled, start, cancel } = useRun(props.onError, props.onOk);
  const { stale, computeStarted, computed: upToDate } = useStaleResults(session);
  const [computed, setComputed] = React.useState<Computed | null>(null);
  const [shown, setShown] = React.useState<string | null>(null);
  const result = React.useRef<HTMLDivElement>(null);
  // In the page, a result sheet is drawn here; in Excel, its sheet is activated.
  const inPage = session.kind === "file";

  React.useEffect(() => {
    // After a run, focus goes to its result (not to <body> as the button is re-enabled).
    if (computed !== null && shown === null) result.current?.focus();
  }, [computed, shown]);

  const compute = () =>
    start(async (hooks) => {
      setComputed(null);
      setShown(null);
      const startedAt = computeStarted();
      const outcome = await session.compute(hooks);
      upToDate(startedAt);
      const next = {
        cards: summaryCards(outcome.result, strings.code),
        done: strings.computed(outcome.sheets.length),
        sheets: outcome.resultSheets,
      };
      React.startTransition(() => setComputed(next));
      props.onComputed?.();
    });

  const open = (sheet: string) => {
    if (inPage) setShown(sheet);
    else session.show(sheet, null).catch(props.onError);
  };
  const sheet = shown === null ? null : (computed?.sheets.find((s) => s.name === shown) ?? null);

  return (
    <div className={styles.panel}>
      {stale && <StaleBanner stale={stale} strings={strings} busy={busy} onCompute={compute} />}
      <Text>{strings.computeHint}</Text>
      <Button
        className={styles.action}
        appearance="primary"
        icon={<Calculator20Regular />}
        onClick={compute}
        disabled={busy}
      >
        {busy ? strings.computing : strings.compute}
      </Button>
      {progress && (
        <StageProgressBar
          progress={progress}
          strings={strings}
          onCancel={session.canCancel === true ? cancel : undefined}
        />
      )}
      {cancelled && <Text role="status">{strings.cancelled}</Text>}
      {computed && (
        <div ref={result} tabIndex={-1} className={styles.result} data-testid="compute-result">
          <Text role="status" weight="semibold">
            {computed.done}
          </Text>
          <SummaryCards cards={computed.cards} strings={strings} onOpen={open} />
          {inPage && (
            <nav className={styles.sheets} aria-label={strings.sheetsInPage}>
              <Text weight="semibold">{strings.sheetsInPage}:</Text>
              {computed.sheets.map((s) => (
                <Link key={s.name} as="button" onClick={() => setShown(s.name)} aria-current={s.name === shown}>
                  {s.name}
                </Link>
              ))}
            </nav>
          )}
          {sheet && <SheetView sheet={sheet} strings={strings} onClose={() => setShown(null)} />}
          <Link href="support.html#cards" target="_blank">
            {strings.helpLink}
          </Link>
        </div>
      )}
    </div>
  );
}
