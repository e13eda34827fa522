/** Explain: read the input sheets, run the core, and explain one indicator; nothing is written. */
import type { RunOptions } from "../core/pipeline";
import { type ExplainQuery, type Explanation, explainIndicator } from "../core/render/explain";

import type { WorkbookHost } from "../host/workbookHost";
import { type HereRun, isInputSheet, runHere } from "./run";

export interface Explained {
  readonly run: HereRun;
  readonly explanation: Explanation;
}

/** Throws a ScorecardError (unknownIndicator, unknownOffice, unknownCampaign) when it is not in the run. */
export async function explain(host: WorkbookHost, options: RunOptions, query: ExplainQuery): Promise<Explained> {
  const input = await host.readInputs(isInputSheet);
  const run = await runHere(input, options);
  return { run, explanation: explainIndicator(run.result, query) };
}
