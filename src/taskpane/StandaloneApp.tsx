/** The same pane as a plain web page: open an .xlsx, work on it in memory, download the result. */
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
  const [dirty, setDirty] = React.useState(false);

  const replace = (next: FileSession) => {
    setSession(next);
    setDirty(false);
    setKey((k) => k + 1);
  };

  return (
    <App
      session={session}
      sessionKey={key}
      initialLanguage={props.initialLanguage}
      onSessionChanged={() => setDirty(true)}
      fileBar={(strings, onError) => (
        <FileBar
          strings={strings}
          fileName={session?.fileName ?? null}
          canDownload={session !== null && dirty}
          onOpen={(file) => {
            FileSession.open(file).then(replace).catch(onError);
          }}
          onNew={() => replace(FileSession.empty(strings.code))}
          onDownload={() => session && download(session.bytes, session.downloadName)}
        />
      )}
    />
  );
}
