/** What every sheet renderer needs besides the results. */
import type { Catalog } from "../model/catalog";
import type { ScorecardResult } from "../engine/results";
import type { Settings } from "../model/records";
import type { ResultLabels } from "../text/labels";
import type { CalcIndicator } from "./calculationLines";
import type { CellLink } from "./resultSheet";

export interface RenderContext {
  readonly result: ScorecardResult;
  readonly catalog: Catalog;
  readonly settings: Settings;
  /** The texts in the Language setting's language. */
  readonly labels: ResultLabels;
  /** Where an indicator's lines start on the Calculation sheet (see calculationLines.blockKey). */
  readonly calc?: CalcLinks;
}

/** The link to a block of the Calculation sheet, or undefined when it has no such block. */
export type CalcLinks = (
  indicator: CalcIndicator,
  office: string,
  scope?: string,
  campaign?: string,
) => CellLink | undefined;
