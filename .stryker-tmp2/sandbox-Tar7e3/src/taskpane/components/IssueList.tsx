// @ts-nocheck
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Field,
  Input,
  Link,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Search20Regular } from "@fluentui/react-icons";
import type { Issue, Severity } from "../../core/model/records";
import { type IssueKind, groupIssues } from "../../core/render/issueGroups";
import type { Strings } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  filters: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(180px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  header: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS, minWidth: 0 },
  sheetName: { overflowWrap: "anywhere" },
  kind: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalM,
  },
  kindTitle: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: "grid",
    gridTemplateColumns: "minmax(3.5em, max-content) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "baseline",
  },
  where: {
    whiteSpace: "nowrap",
    // A clear mark when reached by keyboard (the link's own is a faint underline).
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "2px",
      borderRadius: tokens.borderRadiusSmall,
    },
  },
  message: { overflowWrap: "anywhere" },
  more: { alignSelf: "flex-start" },
});

/** How many issues of one kind are listed before "Show all". */
const FIRST_SHOWN = 20;

type SeverityFilter = "all" | Severity;

function matches(issue: Issue, words: string): boolean {
  if (words === "") return true;
  const text = [issue.sheet, issue.column, issue.cell, issue.value, issue.message].join("\n").toLowerCase();
  return words
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== "")
    .every((w) => text.includes(w));
}

/** Issues grouped by sheet and kind with their counts, filtered by words and severity; choosing one shows it. */
export function IssueList(props: { issues: readonly Issue[]; strings: Strings; onGoTo: (issue: Issue) => void }) {
  const styles = useStyles();
  const { strings } = props;
  const [words, setWords] = React.useState("");
  const [severity, setSeverity] = React.useState<SeverityFilter>("all");
  const shown = React.useMemo(
    () => props.issues.filter((i) => (severity === "all" || i.severity === severity) && matches(i, words.trim())),
    [props.issues, words, severity],
  );
  const groups = React.useMemo(() => groupIssues(shown), [shown]);
  const filtered = severity !== "all" || words.trim() !== "";
  if (props.issues.length === 0) return <Text>{strings.noIssues}</Text>;

  return (
    <div className={styles.root}>
      <div className={styles.filters}>
        <Field label={strings.filterIssues}>
          <Input
            type="search"
            contentBefore={<Search20Regular aria-hidden />}
            placeholder={strings.filterPlaceholder}
            value={words}
            onChange={(_, d) => setWords(d.value)}
          />
        </Field>
        <Field label={strings.severityFilter}>
          <Select
            value={severity}
            onChange={(_, d) => setSeverity(d.value === "error" || d.value === "warning" ? d.value : "all")}
          >
            <option value="all">{strings.allSeverities}</option>
            <option value="error">{strings.onlyErrors}</option>
            <option value="warning">{strings.onlyWarnings}</option>
          </Select>
        </Field>
      </div>
      <Text size={200} aria-live="polite">
        {strings.shownOf(shown.length, props.issues.length)}
      </Text>
      {/* A filter opens every group it leaves; unfiltered, the first group is open. */}
      <Accordion
        key={`${severity}|${words.trim()}`}
        multiple
        collapsible
        defaultOpenItems={(filtered ? groups : groups.slice(0, 1)).map((g) => g.sheet)}
      >
        {groups.map((group) => (
          <AccordionItem key={group.sheet} value={group.sheet}>
            <AccordionHeader as="h2">
              <span className={styles.header}>
                <span className={styles.sheetName}>{group.sheet}</span>
                {group.errors > 0 && (
                  <Badge appearance="tint" color="danger">
                    {strings.errorsBadge(group.errors)}
                  </Badge>
                )}
                {group.warnings > 0 && (
                  <Badge appearance="tint" color="warning">
                    {strings.warningsBadge(group.warnings)}
                  </Badge>
                )}
              </span>
            </AccordionHeader>
            <AccordionPanel>
              {group.kinds.map((kind) => (
                <KindGroup
                  key={`${kind.severity}-${kind.column ?? ""}`}
                  sheet={group.sheet}
                  kind={kind}
                  strings={strings}
                  onGoTo={props.onGoTo}
                />
              ))}
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </div>
  );
}

function KindGroup(props: { sheet: string; kind: IssueKind; strings: Strings; onGoTo: (issue: Issue) => void }) {
  const styles = useStyles();
  const { kind, strings } = props;
  const [all, setAll] = React.useState(false);
  const title = kind.column ?? strings.wholeSheet;
  const listed = all ? kind.issues : kind.issues.slice(0, FIRST_SHOWN);
  return (
    <section className={styles.kind} aria-label={`${props.sheet}: ${title}`} data-testid="issue-kind">
      <h3 className={styles.kindTitle}>
        <Badge appearance="outline" color={kind.severity === "error" ? "danger" : "warning"}>
          {kind.severity === "error" ? strings.error : strings.warning}
        </Badge>
        <span className={styles.message}>{title}</span>
        <Text size={200}>({strings.kindCount(kind.issues.length)})</Text>
      </h3>
      <ul className={styles.list} aria-label={`${props.sheet}: ${title}`}>
        {listed.map((issue, k) => (
          <li key={k} className={styles.item} data-testid="issue">
            <Link
              as="button"
              className={styles.where}
              onClick={() => props.onGoTo(issue)}
              disabled={issue.row === null && issue.cell === null}
            >
              {issue.cell ?? (issue.row !== null ? `${strings.row} ${issue.row}` : "—")}
            </Link>
            <Text size={200} className={styles.message}>
              {issue.message}
            </Text>
          </li>
        ))}
      </ul>
      {!all && kind.issues.length > FIRST_SHOWN && (
        <Button className={styles.more} size="small" appearance="subtle" onClick={() => setAll(true)}>
          {strings.showAll(kind.issues.length)}
        </Button>
      )}
    </section>
  );
}
