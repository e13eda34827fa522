import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Link,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Issue } from "../../core/model/records";
import type { Strings } from "../i18n";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline" },
  where: { whiteSpace: "nowrap", color: tokens.colorNeutralForeground3 },
});

/** Issues grouped by sheet; choosing one goes to its cell. */
export function IssueList(props: { issues: readonly Issue[]; strings: Strings; onGoTo: (issue: Issue) => void }) {
  const styles = useStyles();
  const { strings } = props;
  const bySheet = new Map<string, Issue[]>();
  for (const issue of props.issues) bySheet.set(issue.sheet, [...(bySheet.get(issue.sheet) ?? []), issue]);
  if (props.issues.length === 0) return <Text>{strings.noIssues}</Text>;
  return (
    <Accordion multiple collapsible defaultOpenItems={[...bySheet.keys()].slice(0, 1)}>
      {[...bySheet].map(([sheet, issues]) => {
        const errors = issues.filter((i) => i.severity === "error").length;
        return (
          <AccordionItem key={sheet} value={sheet}>
            <AccordionHeader>
              {sheet}&nbsp;
              <Badge appearance="tint" color={errors > 0 ? "danger" : "warning"}>
                {issues.length}
              </Badge>
            </AccordionHeader>
            <AccordionPanel>
              <ul className={styles.list} aria-label={sheet}>
                {issues.map((issue, k) => (
                  <li key={k} className={styles.item} data-testid="issue">
                    <Badge appearance="outline" color={issue.severity === "error" ? "danger" : "warning"}>
                      {issue.severity === "error" ? strings.error : strings.warning}
                    </Badge>
                    <Link
                      as="button"
                      className={styles.where}
                      onClick={() => props.onGoTo(issue)}
                      disabled={issue.row === null && issue.cell === null}
                    >
                      {issue.cell ?? (issue.row !== null ? `${strings.row} ${issue.row}` : "—")}
                    </Link>
                    <Text size={200}>{issue.message}</Text>
                  </li>
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
