/**
 * A result sheet drawn in the page as an HTML table, from the renderer's own description: the
 * same values, number formats, fills and column widths the workbook gets. Outside Excel this is
 * where "Open Scorecard" goes.
 */
// @ts-nocheck

import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import type { ResultSheet } from "../../core/render/resultSheet";
import type { Strings } from "../i18n";
import { cellCss, columnPixels, formatCell } from "../sheetCells";

/** Rows drawn at most: the Issues sheet of a large workbook has thousands; the file has them all. */
export const MAX_SHOWN_ROWS = 400;

const RUN_ON = { overflow: "visible", position: "relative", zIndex: 1 } as const;

export const useSheetStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  bar: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, minWidth: 0 },
  // The table scrolls inside its own box, so the page itself never scrolls sideways.
  scroller: {
    overflow: "auto",
    maxHeight: "70vh",
    maxWidth: "100%",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: {
    borderCollapse: "collapse",
    tableLayout: "fixed",
    fontFamily: "Calibri, Carlito, 'Segoe UI', sans-serif",
    fontSize: "14px",
    color: "#000000",
    backgroundColor: "#FFFFFF",
  },
  cell: {
    border: "1px solid #D4D4D4",
    padding: "1px 4px",
    overflow: "hidden",
    textOverflow: "clip",
    fontWeight: "normal",
  },
  // Excel's default row height (15 pt), so that empty rows between sections keep their space.
  row: { height: "20px" },
});

export function SheetView(props: { sheet: ResultSheet; strings: Strings; onClose: () => void }) {
  const styles = useSheetStyles();
  const { sheet, strings } = props;
  const heading = React.useRef<HTMLHeadingElement>(null);
  const headingId = React.useId();
  // Focus goes to the sheet shown, so a keyboard or screen reader user lands on it.
  React.useEffect(() => heading.current?.focus(), [sheet]);
  const width = Math.max(sheet.columnWidths.length, ...sheet.rows.slice(0, 50).map((r) => r.length));
  const shown = sheet.rows.slice(0, MAX_SHOWN_ROWS);
  const frozen = Math.min(sheet.freeze?.rows ?? 0, shown.length);
  const row = (cells: ResultSheet["rows"][number], r: number, header: boolean) => (
    <tr
      key={r}
      className={styles.row}
      style={sheet.rowHeights?.[r] ? { height: `${Math.round(sheet.rowHeights[r] * 1.333)}px` } : undefined}
    >
      {Array.from({ length: width }, (_, c) => {
        const cell = cells[c] ?? null;
        const text = cell === null ? "" : formatCell(cell.value, cell.style?.format);
        // As in Excel, text runs on over the empty cells to its right (titles, section names).
        const next = cells[c + 1] ?? null;
        const runsOn =
          cell !== null &&
          typeof cell.value === "string" &&
          cell.style?.wrap !== true &&
          (next === null || next.value === null);
        const style = cell === null ? undefined : { ...cellCss(cell.style, cell.value), ...(runsOn ? RUN_ON : {}) };
        return header && cell?.style?.fill === "header" ? (
          <th key={c} scope="col" className={styles.cell} style={style}>
            {text}
          </th>
        ) : (
          <td key={c} className={styles.cell} style={style}>
            {text}
          </td>
        );
      })}
    </tr>
  );
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="sheet-view">
      <div className={styles.bar}>
        <h2 ref={heading} id={headingId} tabIndex={-1} className={styles.title}>
          {sheet.name}
        </h2>
        <Button appearance="subtle" icon={<Dismiss20Regular />} onClick={props.onClose}>
          {strings.close}
        </Button>
      </div>
      <div className={styles.scroller} tabIndex={0} role="region" aria-label={strings.sheetView(sheet.name)}>
        <table
          className={styles.table}
          data-sheet={sheet.name}
          style={{
            width: `${Array.from({ length: width }, (_, c) => columnPixels(sheet.columnWidths[c] ?? 8.43)).reduce((a, b) => a + b, 0)}px`,
          }}
        >
          <colgroup>
            {Array.from({ length: width }, (_, c) => (
              <col key={c} style={{ width: `${columnPixels(sheet.columnWidths[c] ?? 8.43)}px` }} />
            ))}
          </colgroup>
          {frozen > 0 && <thead>{shown.slice(0, frozen).map((cells, r) => row(cells, r, true))}</thead>}
          <tbody>{shown.slice(frozen).map((cells, r) => row(cells, r + frozen, false))}</tbody>
        </table>
      </div>
      {sheet.rows.length > shown.length && (
        <Text size={200}>{strings.rowsNotShown(sheet.rows.length - shown.length)}</Text>
      )}
    </section>
  );
}
