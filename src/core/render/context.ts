/** What every sheet renderer needs besides the results. */
import type { Catalog } from "../catalog";
import type { ScorecardResult } from "../engine/results";
import type { Settings } from "../records";

export interface RenderContext {
  readonly result: ScorecardResult;
  readonly catalog: Catalog;
  readonly settings: Settings;
}
