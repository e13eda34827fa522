/**
 * The input row an issue names, shown in the page: each column's header beside the row's value,
 * the cell the issue is about marked. A two-column layout, so that a row of any width fits a
 * 320 px pane.
 */
// @ts-nocheck

import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import type { Strings } from "../i18n";
import type { InputRow } from "../inputRow";
import { useSheetStyles } from "./SheetView";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%", tableLayout: "fixed" },
  letter: { width: "2.5em", color: tokens.colorNeutralForeground3, textAlign: "left" },
  header: { width: "40%", textAlign: "left", overflowWrap: "anywhere" },
  value: { overflowWrap: "anywhere" },
  cell: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    verticalAlign: "top",
  },
  marked: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteMarigoldBorderActive}`,
    outlineOffset: "-2px",
  },
});

export function RowView(props: { row: InputRow; strings: Strings; onClose: () => void }) {
  const sheetStyles = useSheetStyles();
  const styles = useStyles();
  const { row, strings } = props;
  const heading = React.useRef<HTMLHeadingElement>(null);
  const headingId = React.useId();
  React.useEffect(() => heading.current?.focus(), [row]);
  const title = strings.rowView(row.sheet, row.row);
  return (
    <section className={sheetStyles.root} aria-labelledby={headingId} data-testid="row-view" data-row={row.row}>
      <div className={sheetStyles.bar}>
        <h2 ref={heading} id={headingId} tabIndex={-1} className={sheetStyles.title}>
          {title}
        </h2>
        <Button appearance="subtle" icon={<Dismiss20Regular />} onClick={props.onClose}>
          {strings.close}
        </Button>
      </div>
      <Text size={200}>{strings.rowViewHint}</Text>
      <table className={styles.table}>
        <tbody>
          {row.cells.map((c) => {
            const marked = c.column === row.highlight;
            return (
              <tr key={c.column} className={marked ? styles.marked : undefined} data-marked={marked || undefined}>
                <th scope="row" className={`${styles.cell} ${styles.letter}`}>
                  {c.column}
                </th>
                <th scope="row" className={`${styles.cell} ${styles.header}`}>
                  {c.header}
                </th>
                <td className={`${styles.cell} ${styles.value}`}>{c.value}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
