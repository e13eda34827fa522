// @ts-nocheck
import * as React from "react";
import { Button, Field, Input, Select, Spinner, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Save20Regular } from "@fluentui/react-icons";
import { type Day, isoFromDay } from "../../core/model/days";
import { parseDate } from "../../core/parse/cellValues";
import type { SettingsChange } from "../../core/settingsSheet";
import { say } from "../../core/text/messages";
import { EDITIONS, type Edition } from "../../core/model/editions";
import type { Language, Settings } from "../../core/model/records";
import type { Strings } from "../i18n";
import type { ScorecardSession } from "../session";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "560px" },
  // Three narrow boxes side by side: a number input's own width (about 20 characters) would
  // make the row 650 px wide, wider than any task pane.
  weights: {
    display: "grid",
    gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
    gap: tokens.spacingHorizontalS,
    border: "none",
    margin: 0,
    padding: 0,
    minWidth: 0,
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  narrow: { minWidth: 0, width: "100%" },
  narrowInput: { width: "100%" },
  action: { alignSelf: "flex-start" },
  zero: { color: tokens.colorPaletteRedForeground1 },
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

/** A field's check: the value, or why it is refused (in the pane's language). */
type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly why: string };

/** The as-of date as the workbook reads a date cell: YYYY-MM-DD, YYYY/MM/DD or DD/MM/YYYY; blank is today. */
function checkDay(text: string, language: Language): Checked<Day | null> {
  if (text.trim() === "") return { ok: true, value: null };
  const parsed = parseDate(text);
  return parsed.ok ? parsed : { ok: false, why: capitalized(say(parsed.problem, language)) };
}

const capitalized = (t: string) => `${t.charAt(0).toUpperCase()}${t.slice(1)}.`;
const numberOf = (t: string): number | null => (t.trim() === "" || !Number.isFinite(Number(t)) ? null : Number(t));

function checkPercent(text: string, strings: Strings): Checked<number> {
  const n = numberOf(text);
  return n !== null && n >= 0 && n <= 100 ? { ok: true, value: n } : { ok: false, why: strings.percentProblem };
}

function checkWeight(text: string, strings: Strings): Checked<number> {
  const n = numberOf(text);
  return n !== null && n >= 0 ? { ok: true, value: n } : { ok: false, why: strings.weightProblem };
}

/** Every check of the form; `change` is what to save when all pass. */
export function checkSettings(form: Form, strings: Strings) {
  const asOf = checkDay(form.asOf, strings.code);
  const success = checkPercent(form.success, strings);
  const failRange = checkPercent(form.fail, strings);
  const fail: Checked<number> =
    failRange.ok && success.ok && failRange.value > success.value
      ? { ok: false, why: strings.failAboveSuccess(`${form.success} %`) }
      : failRange;
  const weights = form.weights.map((w) => checkWeight(w, strings));
  const allZero = weights.every((w) => w.ok && w.value === 0);
  const change: SettingsChange | null =
    asOf.ok && success.ok && fail.ok && !allZero && weights.every((w) => w.ok)
      ? {
          asOf: asOf.value,
          successThreshold: success.value / 100,
          failThreshold: fail.value / 100,
          requireEvidence: form.requireEvidence,
          oclWeights: {
            controls: Number(form.weights[0]),
            evidence: Number(form.weights[1]),
            tasks: Number(form.weights[2]),
          },
          framework: form.framework,
          language: form.language,
        }
      : null;
  return { asOf, success, fail, weights, allZero, change };
}

const stateOf = (c: Checked<unknown>) => (c.ok ? "none" : "error");
const messageOf = (c: Checked<unknown>) => (c.ok ? undefined : c.why);

export function SettingsPanel(props: {
  session: ScorecardSession;
  strings: Strings;
  onError: (e: unknown) => void;
  onOk?: () => void;
}) {
  const styles = useStyles();
  const { strings, session } = props;
  const [form, setForm] = React.useState<Form | null>(null);
  const [sheetName, setSheetName] = React.useState("");
  const [saved, setSaved] = React.useState(false);
  const { onError, onOk } = props;

  React.useEffect(() => {
    let live = true;
    session.readSettings().then((s) => {
      if (!live) return;
      setForm(toForm(s));
      setSheetName(s.sheetName);
    }, onError);
    return () => {
      live = false;
    };
  }, [session, onError]);

  if (form === null) return <Spinner label={strings.loading} />;
  const checks = checkSettings(form, strings);
  const update = (patch: Partial<Form>) => {
    setSaved(false);
    setForm({ ...form, ...patch });
  };

  const save = async () => {
    if (checks.change === null) return;
    try {
      await session.saveSettings(checks.change);
      setSaved(true);
      onOk?.();
    } catch (e) {
      onError(e);
    }
  };
  const weightLabels = [strings.weightControls, strings.weightEvidence, strings.weightTasks];

  return (
    <div className={styles.panel}>
      <Text>{strings.settingsHint(sheetName)}</Text>
      <Field label={strings.asOf} validationState={stateOf(checks.asOf)} validationMessage={messageOf(checks.asOf)}>
        <Input
          value={form.asOf}
          placeholder={strings.code === "es" ? "AAAA-MM-DD o DD/MM/AAAA" : "YYYY-MM-DD or DD/MM/YYYY"}
          onChange={(_, d) => update({ asOf: d.value })}
        />
      </Field>
      <Field
        label={strings.successThreshold}
        validationState={stateOf(checks.success)}
        validationMessage={messageOf(checks.success)}
      >
        <Input type="number" value={form.success} onChange={(_, d) => update({ success: d.value })} />
      </Field>
      <Field
        label={strings.failThreshold}
        validationState={stateOf(checks.fail)}
        validationMessage={messageOf(checks.fail)}
      >
        <Input type="number" value={form.fail} onChange={(_, d) => update({ fail: d.value })} />
      </Field>
      <Switch
        label={strings.requireEvidence}
        checked={form.requireEvidence}
        onChange={(_, d) => update({ requireEvidence: d.checked })}
      />
      <fieldset className={styles.weights}>
        <legend className={styles.legend}>
          <Text weight="semibold">{strings.weights}</Text>
        </legend>
        {form.weights.map((w, k) => (
          <Field
            key={k}
            label={weightLabels[k]}
            className={styles.narrow}
            validationState={stateOf(checks.weights[k])}
            validationMessage={messageOf(checks.weights[k])}
          >
            <Input
              type="number"
              className={styles.narrow}
              input={{ className: styles.narrowInput }}
              value={w}
              onChange={(_, d) => {
                const next: [string, string, string] = [...form.weights];
                next[k] = d.value;
                update({ weights: next });
              }}
            />
          </Field>
        ))}
      </fieldset>
      {checks.allZero && (
        <Text role="alert" className={styles.zero}>
          {strings.weightsZero}
        </Text>
      )}
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
      <Button
        className={styles.action}
        appearance="primary"
        icon={<Save20Regular />}
        onClick={save}
        disabled={checks.change === null}
      >
        {strings.save}
      </Button>
      {saved && <Text role="status">{strings.saved}</Text>}
    </div>
  );
}
