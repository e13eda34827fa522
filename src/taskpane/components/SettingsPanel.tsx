import * as React from "react";
import { Button, Field, Input, Select, Spinner, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Save20Regular } from "@fluentui/react-icons";
import { type Day, dayFromParts, isoFromDay } from "../../core/model/days";
import { EDITIONS, type Edition } from "../../core/model/editions";
import type { Language, Settings } from "../../core/model/records";
import type { Strings } from "../i18n";
import type { ScorecardSession } from "../session";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  weights: { display: "grid", gridTemplateColumns: "1fr 1fr 1fr", gap: tokens.spacingHorizontalS },
});

interface Form {
  asOf: string;
  success: string;
  fail: string;
  requireEvidence: boolean;
  weights: [string, string, string];
  framework: Edition;
  language: Language;
}

const toForm = (s: Settings): Form => ({
  asOf: s.asOf === null ? "" : isoFromDay(s.asOf),
  success: String(Math.round(s.successThreshold * 1000) / 10),
  fail: String(Math.round(s.failThreshold * 1000) / 10),
  requireEvidence: s.requireEvidence,
  weights: [String(s.oclWeights.controls), String(s.oclWeights.evidence), String(s.oclWeights.tasks)],
  framework: s.framework,
  language: s.language,
});

function parseDay(text: string): Day | null | undefined {
  if (text.trim() === "") return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return m ? (dayFromParts(+m[1], +m[2], +m[3]) ?? undefined) : undefined;
}

const percentOk = (t: string) => t.trim() !== "" && Number.isFinite(Number(t)) && Number(t) >= 0 && Number(t) <= 100;
const weightOk = (t: string) => t.trim() !== "" && Number.isFinite(Number(t)) && Number(t) >= 0;

export function SettingsPanel(props: { session: ScorecardSession; strings: Strings; onError: (e: unknown) => void }) {
  const styles = useStyles();
  const { strings, session } = props;
  const [form, setForm] = React.useState<Form | null>(null);
  const [saved, setSaved] = React.useState(false);
  const { onError } = props;

  React.useEffect(() => {
    let live = true;
    session.readSettings().then((s) => live && setForm(toForm(s)), onError);
    return () => {
      live = false;
    };
  }, [session, onError]);

  if (form === null) return <Spinner label={strings.loading} />;
  const asOf = parseDay(form.asOf);
  const valid =
    asOf !== undefined &&
    percentOk(form.success) &&
    percentOk(form.fail) &&
    form.weights.every(weightOk) &&
    Number(form.fail) <= Number(form.success);
  const update = (patch: Partial<Form>) => {
    setSaved(false);
    setForm({ ...form, ...patch });
  };

  const save = async () => {
    if (!valid || asOf === undefined) return;
    try {
      await session.saveSettings({
        asOf,
        successThreshold: Number(form.success) / 100,
        failThreshold: Number(form.fail) / 100,
        requireEvidence: form.requireEvidence,
        oclWeights: {
          controls: Number(form.weights[0]),
          evidence: Number(form.weights[1]),
          tasks: Number(form.weights[2]),
        },
        framework: form.framework,
        language: form.language,
      });
      setSaved(true);
    } catch (e) {
      onError(e);
    }
  };

  return (
    <div className={styles.panel}>
      <Text>{strings.settingsHint}</Text>
      <Field
        label={strings.asOf}
        validationState={asOf === undefined ? "error" : "none"}
        validationMessage={asOf === undefined ? "YYYY-MM-DD" : undefined}
      >
        <Input value={form.asOf} placeholder="YYYY-MM-DD" onChange={(_, d) => update({ asOf: d.value })} />
      </Field>
      <Field label={strings.successThreshold} validationState={percentOk(form.success) ? "none" : "error"}>
        <Input type="number" value={form.success} onChange={(_, d) => update({ success: d.value })} />
      </Field>
      <Field
        label={strings.failThreshold}
        validationState={percentOk(form.fail) && Number(form.fail) <= Number(form.success) ? "none" : "error"}
      >
        <Input type="number" value={form.fail} onChange={(_, d) => update({ fail: d.value })} />
      </Field>
      <Switch
        label={strings.requireEvidence}
        checked={form.requireEvidence}
        onChange={(_, d) => update({ requireEvidence: d.checked })}
      />
      <Field label={strings.weights}>
        <div className={styles.weights}>
          {form.weights.map((w, k) => (
            <Input
              key={k}
              type="number"
              aria-label={`${strings.weights} ${k + 1}`}
              value={w}
              onChange={(_, d) => {
                const next: [string, string, string] = [...form.weights];
                next[k] = d.value;
                update({ weights: next });
              }}
            />
          ))}
        </div>
      </Field>
      <Field label={strings.framework}>
        <Select
          value={form.framework}
          onChange={(_, d) => update({ framework: EDITIONS.find((e) => e === d.value) ?? form.framework })}
        >
          {EDITIONS.map((e) => (
            <option key={e} value={e}>{`ISO/IEC 20000-1:${e}`}</option>
          ))}
        </Select>
      </Field>
      <Field label={strings.resultLanguage}>
        <Select value={form.language} onChange={(_, d) => update({ language: d.value === "es" ? "es" : "en" })}>
          <option value="en">English</option>
          <option value="es">Español</option>
        </Select>
      </Field>
      <Button appearance="primary" icon={<Save20Regular />} onClick={save} disabled={!valid}>
        {strings.save}
      </Button>
      {saved && <Text role="status">{strings.saved}</Text>}
    </div>
  );
}
