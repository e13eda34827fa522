// @ts-nocheck
import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownload20Regular, DocumentAdd20Regular, FolderOpen20Regular } from "@fluentui/react-icons";
import type { Strings } from "../i18n";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  hidden: { display: "none" },
  name: { overflowWrap: "anywhere", minWidth: 0 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, flexBasis: "100%" },
});

/** Standalone page only: open a workbook file, start a new one, download the result. */
export function FileBar(props: {
  strings: Strings;
  fileName: string | null;
  canDownload: boolean;
  onOpen: (file: File) => void;
  onNew: () => void;
  onDownload: () => void;
  /** Said beside the download button while the result is not downloaded. */
  leaveWarning?: string | null;
}) {
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const { strings } = props;
  return (
    <div className={styles.bar}>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid="file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) props.onOpen(file);
          e.target.value = "";
        }}
      />
      <Button icon={<FolderOpen20Regular />} onClick={() => input.current?.click()}>
        {strings.openFile}
      </Button>
      <Button icon={<DocumentAdd20Regular />} onClick={props.onNew}>
        {strings.newWorkbook}
      </Button>
      <Button icon={<ArrowDownload20Regular />} onClick={props.onDownload} disabled={!props.canDownload}>
        {strings.download}
      </Button>
      {props.fileName && (
        <Text weight="semibold" className={styles.name}>
          {props.fileName}
        </Text>
      )}
      {props.leaveWarning && (
        <Text size={200} className={styles.warning} data-testid="unsaved">
          {props.leaveWarning}
        </Text>
      )}
    </div>
  );
}
