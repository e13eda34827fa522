// @ts-nocheck
import { Button, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { Dismiss16Regular } from "@fluentui/react-icons";
import { type StageProgress, stagePercent } from "../../app/stages";
import type { Strings } from "../i18n";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS, minWidth: 0 },
  field: { flexGrow: 1, minWidth: 0 },
});

const count = (n: number, language: Strings["code"]) => n.toLocaleString(language === "es" ? "es" : "en");

/** The line a long step shows: its stage, how far (rows read of the rows of the sheet) and a Cancel. */
export function progressText(progress: StageProgress, strings: Strings): string {
  const percent = stagePercent(progress);
  const line = strings.progressLine(strings.stage[progress.stage], progress.sheet, percent);
  return progress.stage === "read" && progress.total > 0
    ? `${line} (${strings.rowsRead(count(progress.done, strings.code), count(progress.total, strings.code))})`
    : line;
}

export function StageProgressBar(props: { progress: StageProgress; strings: Strings; onCancel?: () => void }) {
  const styles = useStyles();
  const text = progressText(props.progress, props.strings);
  const percent = stagePercent(props.progress);
  return (
    <div className={styles.row}>
      <Field className={styles.field} validationMessage={text} validationState="none">
        <ProgressBar
          value={percent === null ? undefined : percent / 100}
          aria-label={text}
          data-testid="progress"
          data-stage={props.progress.stage}
          data-sheet={props.progress.sheet ?? ""}
          data-percent={percent ?? ""}
        />
      </Field>
      {props.onCancel && (
        <Button icon={<Dismiss16Regular />} onClick={props.onCancel}>
          {props.strings.cancel}
        </Button>
      )}
    </div>
  );
}
