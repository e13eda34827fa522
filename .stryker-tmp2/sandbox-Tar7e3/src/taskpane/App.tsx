/** The task pane: four tabs over one session, in English or Spanish, with errors shown in words. */
// @ts-nocheck

import * as React from "react";
import {
  FluentProvider,
  Select,
  Text,
  type Theme,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { STRINGS, type UiLanguage } from "./i18n";
import type { ScorecardSession } from "./session";
import { ComputePanel } from "./components/ComputePanel";
import { ErrorBar } from "./components/ErrorBar";
import { PaneTabs, panelId, tabId } from "./components/PaneTabs";
import { SettingsPanel } from "./components/SettingsPanel";
import { TemplatePanel } from "./components/TemplatePanel";
import { ValidatePanel } from "./components/ValidatePanel";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: "100vh",
    boxSizing: "border-box",
    // A pane is 320 to 450 px wide; in a desktop browser the page keeps a readable column.
    maxWidth: "1040px",
    marginInline: "auto",
    minWidth: 0,
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  title: { display: "flex", flexDirection: "column", minWidth: 0 },
  // Wide enough for "Español" with the drop-down arrow.
  language: { width: "130px", flexShrink: 0 },
  panel: { minWidth: 0 },
});

type TabKey = "compute" | "validate" | "template" | "settings";

export interface AppProps {
  /** null in the standalone page until a workbook is opened. */
  readonly session: ScorecardSession | null;
  readonly initialLanguage: UiLanguage;
  readonly theme?: Theme;
  /** Standalone page only: the bar to open and download files. */
  readonly fileBar?: (
    strings: (typeof STRINGS)[UiLanguage],
    onError: (e: unknown) => void,
    onOk: () => void,
  ) => React.ReactNode;
  /** Bumped by the file bar when a new workbook replaces the session, to reset the panels. */
  readonly sessionKey?: number;
  readonly onSessionChanged?: () => void;
}

export function App(props: AppProps) {
  const styles = useStyles();
  const [language, setLanguage] = React.useState<UiLanguage>(props.initialLanguage);
  const [tab, setTab] = React.useState<TabKey>("compute");
  const [error, setError] = React.useState<unknown>(null);
  const strings = STRINGS[language];
  const onError = React.useCallback((e: unknown) => setError(e), []);
  // An error belongs to the step that failed: a step that succeeds, or another workbook, clears it.
  const onOk = React.useCallback(() => setError(null), []);
  React.useEffect(() => setError(null), [props.sessionKey]);
  const changed = () => props.onSessionChanged?.();
  const session = props.session;
  const tabs = [
    { key: "compute" as const, label: strings.tabCompute },
    { key: "validate" as const, label: strings.tabValidate },
    { key: "template" as const, label: strings.tabTemplate },
    { key: "settings" as const, label: strings.tabSettings },
  ];

  return (
    <FluentProvider theme={props.theme ?? webLightTheme}>
      <main className={styles.root} lang={language}>
        <header className={styles.header}>
          <div className={styles.title}>
            <Text as="h1" size={500} weight="semibold">
              {strings.appTitle}
            </Text>
            <Text size={200}>{strings.appSubtitle}</Text>
          </div>
          <Select
            className={styles.language}
            aria-label={strings.language}
            value={language}
            onChange={(_, d) => setLanguage(d.value === "es" ? "es" : "en")}
          >
            <option value="en">English</option>
            <option value="es">Español</option>
          </Select>
        </header>
        {props.fileBar?.(strings, onError, onOk)}
        {error !== null && <ErrorBar error={error} strings={strings} onDismiss={() => setError(null)} />}
        {session === null ? (
          <Text>{strings.noFile}</Text>
        ) : (
          <>
            <PaneTabs tabs={tabs} selected={tab} onSelect={setTab} label={strings.appTitle} />
            {/* Scorecard and Validate stay mounted, so their results survive a visit to another tab;
                Template and Settings read the workbook afresh each time they are shown. */}
            {(["compute", "validate", "template", "settings"] as const)
              .filter((key) => key === tab || key === "compute" || key === "validate")
              .map((key) => (
                <section
                  key={`${key}-${props.sessionKey ?? 0}`}
                  role="tabpanel"
                  id={panelId(key)}
                  aria-labelledby={tabId(key)}
                  hidden={key !== tab}
                  className={styles.panel}
                >
                  {key === "compute" && (
                    <ComputePanel
                      session={session}
                      strings={strings}
                      onError={onError}
                      onOk={onOk}
                      onComputed={changed}
                    />
                  )}
                  {key === "validate" && (
                    <ValidatePanel session={session} strings={strings} onError={onError} onOk={onOk} />
                  )}
                  {key === "template" && (
                    <TemplatePanel
                      session={session}
                      strings={strings}
                      onError={onError}
                      onOk={onOk}
                      onChanged={changed}
                    />
                  )}
                  {key === "settings" && (
                    <SettingsPanel session={session} strings={strings} onError={onError} onOk={onOk} />
                  )}
                </section>
              ))}
          </>
        )}
      </main>
    </FluentProvider>
  );
}
