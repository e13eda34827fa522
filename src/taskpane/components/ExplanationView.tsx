import * as React from "react";
import { Button, Card, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Source } from "../../core/model/records";
import { type ExplainedLine, type Explanation, lineValue, plainNumber } from "../../core/render/explain";
import type { Strings } from "../i18n";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** One card's explanation, as the core built it; choosing a source row shows it in the workbook. */
export function ExplanationView(props: {
  explanation: Explanation;
  strings: Strings;
  /** Headings in the workbook's language, as the explanation's own words are. */
  headings: { readonly inputs: string; readonly leftOut: string; readonly none: string };
  onShowSource: (source: Source) => void;
  onClose: () => void;
}) {
  const styles = useStyles();
  const { explanation: e, strings, headings } = props;
  const [shown, setShown] = React.useState<string | null>(null);
  const where = [e.office, e.campaign].filter((x) => x !== null).join(" · ");
  const show = (s: Source) => {
    setShown(`${s.sheet}!${s.row}`);
    props.onShowSource(s);
  };
  const line = (l: ExplainedLine, k: number) => (
    <li key={k}>
      <Text>
        {[l.item, l.written, lineValue(l), l.weight === null ? "" : `x ${plainNumber(l.weight)}`]
          .filter((p) => p !== "")
          .join("  ")}
        {l.why ? ` - ${l.why}` : ""}{" "}
      </Text>
      {l.source && (
        <Link as="button" onClick={() => l.source && show(l.source)}>
          {`${l.source.sheet}!${l.source.row}`}
        </Link>
      )}
    </li>
  );
  return (
    <Card className={styles.card} data-testid="explanation" aria-label={strings.explainTitle(e.indicator)}>
      <Text weight="semibold">{strings.explainTitle(e.indicator)}</Text>
      <Text data-testid="explanation-result">
        {`${e.indicator} · ${where} = ${plainNumber(e.result)}${e.resultWords ? ` (${e.resultWords})` : ""}`}
        {e.numerator !== null && e.denominator !== null
          ? ` = ${plainNumber(e.numerator)} / ${plainNumber(e.denominator)}`
          : ""}
      </Text>
      <Text size={200}>{e.formula}</Text>
      <Text weight="semibold">{headings.inputs}</Text>
      <ul className={styles.list}>{e.inputs.length === 0 ? <li>{headings.none}</li> : e.inputs.map(line)}</ul>
      <Text weight="semibold">{headings.leftOut}</Text>
      <ul className={styles.list}>{e.leftOut.length === 0 ? <li>{headings.none}</li> : e.leftOut.map(line)}</ul>
      {shown && <Text role="status">{strings.explainShown(shown)}</Text>}
      <Button size="small" onClick={props.onClose}>
        {strings.explainClose}
      </Button>
    </Card>
  );
}
