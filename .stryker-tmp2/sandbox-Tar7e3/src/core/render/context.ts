/** What every sheet renderer needs besides the results. */
// @ts-nocheck

import type { Catalog } from "../model/catalog";
import type { ScorecardResult } from "../engine/results";
import type { Settings } from "../model/records";
import type { ResultLabels } from "../text/labels";

export interface RenderContext {
  readonly result: ScorecardResult;
  readonly catalog: Catalog;
  readonly settings: Settings;
  /** The texts in the Language setting's language. */
  readonly labels: ResultLabels;
}
