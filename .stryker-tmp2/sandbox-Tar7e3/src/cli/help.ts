/** What `itsm-scorecard --help` and `itsm-scorecard COMMAND --help` print: options, an example, exit statuses. */
// @ts-nocheck


export type HelpTopic = "compute" | "validate" | "template" | "demo";

const EXIT_STATUS = `Exit status:
  0  done (problems in the data are reported, and do not stop the command)
  1  an input could not be used, or an output could not be written
  2  wrong usage (an unknown command or option, a missing file name)`;

export const USAGE = `Usage:
  itsm-scorecard compute INPUT.xlsx [-o OUTPUT.xlsx] [--json RESULT.json] [--as-of YYYY-MM-DD]
  itsm-scorecard compute INPUT.xlsx... | FOLDER -o OUTPUT.xlsx [--json RESULT.json] [--as-of YYYY-MM-DD]
      (several offices' workbooks, or every .xlsx of a folder, consolidated into one scorecard)
  itsm-scorecard validate INPUT.xlsx... | FOLDER [--json]
  itsm-scorecard template OUTPUT.xlsx [--sample] [--language en|es]
  itsm-scorecard demo [FOLDER]
  itsm-scorecard --help | --version
  itsm-scorecard COMMAND --help   (the options of one command)`;

const TOPICS: Readonly<Record<HelpTopic, string>> = {
  compute: `Usage:
  itsm-scorecard compute INPUT.xlsx [-o OUTPUT.xlsx] [--json RESULT.json] [--as-of YYYY-MM-DD]
  itsm-scorecard compute INPUT.xlsx... | FOLDER -o OUTPUT.xlsx [--json RESULT.json] [--as-of YYYY-MM-DD]

Computes every indicator of the Public ITSM framework from the input sheets and writes a copy of
the workbook with the result sheets and charts. INPUT is never changed. Several workbooks, or a
folder of them (one per office), are consolidated into one new workbook.

Options:
  -o, --output FILE    the workbook to write (default: INPUT.scorecard.xlsx; needed to consolidate)
  --json FILE          also write the result document: every figure, status and problem, as JSON
  --as-of YYYY-MM-DD   assess as of this date instead of the Settings sheet's As-of date (or today)
  -h, --help           show this help

Example:
  itsm-scorecard compute offices/ -o national.xlsx --json national.json

Progress goes to stderr once a run takes more than a second: each stage with its own time.

${EXIT_STATUS}`,
  validate: `Usage:
  itsm-scorecard validate INPUT.xlsx... | FOLDER [--json]

Checks workbooks as compute reads them and lists every problem, grouped by sheet and kind with
their counts; nothing is written. A folder checks each office's workbook before a consolidation.

Options:
  --json       print the problems as JSON: the result document's "issues", in the same order
  -h, --help   show this help

Example:
  itsm-scorecard validate offices/

${EXIT_STATUS}
  (1 also when one workbook of several could not be read; the others are still checked)`,
  template: `Usage:
  itsm-scorecard template OUTPUT.xlsx [--sample] [--language en|es]

Writes a new workbook with the input sheets (headers, drop-downs and formats) and an Instructions
sheet, ready to fill in. An existing file is never overwritten.

Options:
  --sample              fill the sheets with the bundled sample data (five offices, two campaigns)
  --language en|es      the language of the sheets and their headers (default: en)
  -h, --help            show this help

Example:
  itsm-scorecard template oficina.xlsx --language es

${EXIT_STATUS}`,
  demo: `Usage:
  itsm-scorecard demo [FOLDER]

Writes the sample workbook into FOLDER (default: demo), computes it and prints the summary:
the whole job on known data, to see what the product does.

Options:
  -h, --help   show this help

Example:
  itsm-scorecard demo /tmp/scorecard-demo

${EXIT_STATUS}`,
};

export function helpText(topic: HelpTopic | null): string {
  if (topic === null) return `${USAGE}\n\n${EXIT_STATUS}`;
  return TOPICS[topic];
}
