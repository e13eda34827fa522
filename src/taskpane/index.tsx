/** Entry point: inside Excel the pane works on the open workbook; elsewhere it is the standalone page. */
/// <reference types="office-js" />
import * as React from "react";
import { createRoot } from "react-dom/client";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { StandaloneApp } from "./StandaloneApp";
import { excelSession } from "./excelSession";
import { languageFromLocale } from "./i18n";

function mount(node: React.ReactNode): void {
  const container = document.getElementById("root");
  if (container) createRoot(container).render(node);
}

const browserLanguage = () => languageFromLocale(navigator.language);

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
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
    } else {
      mount(<StandaloneApp initialLanguage={browserLanguage()} />);
    }
  });
} else {
  // office.js did not load (no network, or opened outside Office): the standalone page.
  mount(<StandaloneApp initialLanguage={browserLanguage()} />);
}
