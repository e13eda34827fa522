/**
 * Native charts of result sheets: the extension point of the writer.
 *
 * Not written yet. When implemented, `attachCharts` will, for a sheet with charts:
 *   - write `xl/charts/chartK.xml` per ChartSpec and `xl/drawings/drawingM.xml` with one anchor
 *     per chart, plus `xl/drawings/_rels/drawingM.xml.rels` (type .../relationships/chart);
 *   - write the sheet's `xl/worksheets/_rels/sheetN.xml.rels` with a .../relationships/drawing
 *     relationship and return its id, which worksheetXml() places as `<drawing r:id>`;
 *   - register content types through the PackageEditor (drawing+xml, drawingml.chart+xml).
 * Names come from PackageEditor.allocate, so they never collide with the user's own drawings.
 * A replaced result sheet's old drawing and charts are already removed by the writer
 * (PackageEditor.removeRelsTree) before this runs.
 */
import type { ChartSpec } from "../../core/render/resultSheet";
import type { PackageEditor } from "./packageEditor";

export interface ChartAttachment {
  /** Relationship id of the drawing in the sheet's rels part. */
  readonly drawingRelId: string;
}

/** Writes the parts for a sheet's charts; returns undefined while charts are not supported. */
export function attachCharts(
  _editor: PackageEditor,
  _sheetPart: string,
  _sheetName: string,
  _charts: readonly ChartSpec[],
): ChartAttachment | undefined {
  return undefined;
}
