/** The same pane as a plain web page: open an .xlsx, work on it in memory, download the result. */
// @ts-nocheck

import * as React from "react";
import { App } from "./App";
import { FileBar } from "./components/FileBar";
import { FileSession } from "./fileSession";
import type { UiLanguage } from "./i18n";

function download(bytes: Uint8Array, name: string): void {
  // A copy backed by a plain ArrayBuffer, as Blob requires.
  const blob = new Blob([bytes.slice()], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function StandaloneApp(props: { initialLanguage: UiLanguage }) {
  const [session, setSession] = React.useState<FileSession | null>(null);
  const [key, setKey] = React.useState(0);
  /** The workbook was changed (computed, template, settings) since it was opened... */
  const [changed, setChanged] = React.useState(false);
  /** ...and since it was last downloaded. */
  const [dirty, setDirty] = React.useState(false);

  const replace = (next: FileSession) => {
    setSession(next);
    setChanged(false);
    setDirty(false);
    setKey((k) => k + 1);
  };

  // A computed or changed workbook lives only in this page until it is downloaded: ask before leaving.
  React.useEffect(() => {
    if (!dirty) return;
    const ask = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older browsers show the dialog only when returnValue is set (they no longer show the text).
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", ask);
    return () => window.removeEventListener("beforeunload", ask);
  }, [dirty]);

  return (
    <App
      session={session}
      sessionKey={key}
      initialLanguage={props.initialLanguage}
      onSessionChanged={() => {
        setChanged(true);
        setDirty(true);
      }}
      fileBar={(strings, onError, onOk) => (
        <FileBar
          strings={strings}
          fileName={session?.fileName ?? null}
          canDownload={session !== null && changed}
          leaveWarning={dirty ? strings.leaveWarning : null}
          onOpen={(file) => {
            // The last step's error is about another file.
            onOk();
            FileSession.open(file).then(replace).catch(onError);
          }}
          onNew={() => {
            onOk();
            replace(FileSession.empty(strings.code));
          }}
          onDownload={() => {
            if (!session) return;
            download(session.bytes, session.downloadName);
            setDirty(false);
          }}
        />
      )}
    />
  );
}
