/** Entry point: inside Excel the pane works on the open workbook; elsewhere it is the standalone page. */
// @ts-nocheck

/// <reference types="office-js" />
import * as React from "react";
import { createRoot } from "react-dom/client";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { StandaloneApp } from "./StandaloneApp";
import { excelSession } from "./excelSession";
import { languageFromLocale } from "./i18n";
import {
  INSIDE_OFFICE_WAIT_MS,
  OUTSIDE_OFFICE_WAIT_MS,
  browserTraces,
  looksLikeOffice,
  whenOfficeScript,
} from "./officeStart";

const container = document.getElementById("root");
const root = container ? createRoot(container) : null;
const mount = (node: React.ReactNode) => root?.render(node);

const browserLanguage = () => languageFromLocale(navigator.language);
const officeReady = () => typeof Office !== "undefined" && typeof Office.onReady === "function";

function standalone(): void {
  mount(<StandaloneApp initialLanguage={browserLanguage()} />);
}

function startInOffice(): void {
  Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) {
      const dark = Office.context.officeTheme?.isDarkTheme === true;
      mount(
        <App
          session={excelSession}
          initialLanguage={languageFromLocale(Office.context.displayLanguage)}
          theme={dark ? webDarkTheme : webLightTheme}
        />,
      );
    } else standalone();
  });
}

const inOffice = looksLikeOffice(browserTraces());
const script = document.getElementById("office-js") as HTMLScriptElement | null;
void whenOfficeScript(script, officeReady, inOffice ? INSIDE_OFFICE_WAIT_MS : OUTSIDE_OFFICE_WAIT_MS).then(
  (outcome) => {
    if (outcome === "loaded" && officeReady()) startInOffice();
    // office.js did not load (no network, a firewall, or opened outside Office): the standalone page.
    else standalone();
  },
);
