/**
 * The pane's tab list: WAI-ARIA tabs with a roving tabindex, drawn with Fluent tokens. Fluent's
 * TabList puts focusable aria-hidden focus guards around its tabs (axe: aria-hidden-focus), and
 * its tabs cannot wrap onto a second line in a 320 px pane; these do neither.
 */
// @ts-nocheck

import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    position: "relative",
    border: "none",
    background: "none",
    cursor: "pointer",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground2,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    whiteSpace: "nowrap",
    ":hover": { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "1px",
    },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    // The selection bar along the tab's bottom edge, as Fluent's tabs draw it.
    "::after": {
      content: '""',
      position: "absolute",
      left: tokens.spacingHorizontalS,
      right: tokens.spacingHorizontalS,
      bottom: 0,
      height: tokens.strokeWidthThicker,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorCompoundBrandStroke,
    },
  },
});

export interface PaneTab<K extends string> {
  readonly key: K;
  readonly label: string;
}

/** Tab ids for aria-controls / aria-labelledby between a tab and its panel. */
export const tabId = (key: string) => `pane-tab-${key}`;
export const panelId = (key: string) => `pane-panel-${key}`;

export function PaneTabs<K extends string>(props: {
  tabs: readonly PaneTab<K>[];
  selected: K;
  onSelect: (key: K) => void;
  label: string;
}) {
  const styles = useStyles();
  const refs = React.useRef(new Map<K, HTMLButtonElement>());
  const keys = props.tabs.map((t) => t.key);

  const move = (from: K, by: number | "first" | "last") => {
    const at = keys.indexOf(from);
    const next =
      by === "first" ? keys[0] : by === "last" ? keys[keys.length - 1] : keys[(at + by + keys.length) % keys.length];
    props.onSelect(next);
    refs.current.get(next)?.focus();
  };

  const onKeyDown = (key: K) => (e: React.KeyboardEvent) => {
    const by =
      e.key === "ArrowRight"
        ? 1
        : e.key === "ArrowLeft"
          ? -1
          : e.key === "Home"
            ? "first"
            : e.key === "End"
              ? "last"
              : null;
    if (by === null) return;
    e.preventDefault();
    move(key, by);
  };

  return (
    <div role="tablist" aria-label={props.label} className={styles.list}>
      {props.tabs.map((tab) => {
        const selected = tab.key === props.selected;
        return (
          <button
            key={tab.key}
            ref={(el) => {
              if (el) refs.current.set(tab.key, el);
              else refs.current.delete(tab.key);
            }}
            type="button"
            role="tab"
            id={tabId(tab.key)}
            aria-selected={selected}
            aria-controls={panelId(tab.key)}
            tabIndex={selected ? 0 : -1}
            className={mergeClasses(styles.tab, selected && styles.selected)}
            onClick={() => props.onSelect(tab.key)}
            onKeyDown={onKeyDown(tab.key)}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}
