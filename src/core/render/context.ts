/** What every sheet renderer needs besides the results. */
import type { Catalog } from "../catalog";
import type { ScorecardResult } from "../engine/results";
import type { Settings } from "../records";
import type { ResultLabels } from "./labels";

export interface RenderContext {
  readonly result: ScorecardResult;
  readonly catalog: Catalog;
  readonly settings: Settings;
  /** The texts in the Language setting's language. */
  readonly labels: ResultLabels;
}
