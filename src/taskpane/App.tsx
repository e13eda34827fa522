/** The task pane: four tabs over one session, in English or Spanish, with errors shown in words. */
import * as React from "react";
import {
  FluentProvider,
  Select,
  Tab,
  TabList,
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
  },
  header: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: tokens.spacingHorizontalS },
  title: { display: "flex", flexDirection: "column" },
  language: { minWidth: "90px" },
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
    refresh: () => void,
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
  const changed = () => props.onSessionChanged?.();
  const session = props.session;

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
        {props.fileBar?.(strings, onError, changed)}
        {error !== null && <ErrorBar error={error} strings={strings} onDismiss={() => setError(null)} />}
        {session === null ? (
          <Text>{strings.noFile}</Text>
        ) : (
          <>
            <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabKey)}>
              <Tab value="compute">{strings.tabCompute}</Tab>
              <Tab value="validate">{strings.tabValidate}</Tab>
              <Tab value="template">{strings.tabTemplate}</Tab>
              <Tab value="settings">{strings.tabSettings}</Tab>
            </TabList>
            <section
              key={`${tab}-${props.sessionKey ?? 0}`}
              aria-label={strings[`tab${tab[0].toUpperCase()}${tab.slice(1)}` as "tabCompute"]}
            >
              {tab === "compute" && (
                <ComputePanel session={session} strings={strings} onError={onError} onComputed={changed} />
              )}
              {tab === "validate" && <ValidatePanel session={session} strings={strings} onError={onError} />}
              {tab === "template" && (
                <TemplatePanel session={session} strings={strings} onError={onError} onChanged={changed} />
              )}
              {tab === "settings" && <SettingsPanel session={session} strings={strings} onError={onError} />}
            </section>
          </>
        )}
      </main>
    </FluentProvider>
  );
}
