/**
 * Native charts of result sheets: the parts that put a sheet's ChartSpecs into the package.
 *
 * For a sheet with charts, `attachCharts`:
 *   - writes `xl/charts/chartK.xml` per ChartSpec (chartXml.ts) and `xl/drawings/drawingM.xml`
 *     with one anchor per chart, plus `xl/drawings/_rels/drawingM.xml.rels` (type .../chart);
 *   - adds a .../drawing relationship to the sheet's `xl/worksheets/_rels/sheetN.xml.rels` and
 *     returns its id, which writeWorksheetXml() places as `<drawing r:id>`;
 *   - registers the content types through the PackageEditor.
 * Part names come from PackageEditor.allocate, so they never collide with the user's own
 * drawings and charts. A replaced result sheet's old drawing and charts are removed by the writer
 * (PackageEditor.removeRelsTree) before this runs.
 */
import { isDrawable, type ResultSheet } from "../../../core/render/resultSheet";
import { chartXml, drawingXml, type DrawingAnchor } from "./chartXml";
import {
  EMPTY_RELS,
  nextRelId,
  parseRels,
  REL_TYPE_BASE,
  relationshipXml,
  relativeTarget,
  relsPartFor,
  TextEdits,
} from "../opc/opc";
import type { PackageEditor } from "../opc/packageEditor";

export const REL_DRAWING = REL_TYPE_BASE + "drawing";
export const REL_CHART = REL_TYPE_BASE + "chart";
export const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
export const CT_RELATIONSHIPS = "application/vnd.openxmlformats-package.relationships+xml";

export interface ChartAttachment {
  /** Relationship id of the drawing in the sheet's rels part. */
  readonly drawingRelId: string;
  /** The parts written: the drawing, then one chart per ChartSpec in order. */
  readonly drawingPart: string;
  readonly chartParts: readonly string[];
}

/** Writes the parts for a sheet's charts; undefined when the sheet has none. */
export function attachCharts(
  editor: PackageEditor,
  sheetPart: string,
  sheet: Pick<ResultSheet, "name" | "rows" | "charts">,
): ChartAttachment | undefined {
  const charts = sheet.charts.filter(isDrawable);
  if (charts.length === 0) return undefined;
  const pkg = editor.pkg;

  const drawingPart = editor.allocate("xl/drawings/", "drawing", ".xml");
  const anchors: DrawingAnchor[] = [];
  const chartParts: string[] = [];
  const drawingRels: string[] = [];
  charts.forEach((spec, k) => {
    const chartPart = editor.allocate("xl/charts/", "chart", ".xml");
    editor.addPart(chartPart, chartXml(spec, sheet.name, sheet.rows), CT_CHART);
    const relId = `rId${k + 1}`;
    drawingRels.push(relationshipXml("", relId, REL_CHART, relativeTarget(drawingPart, chartPart)));
    anchors.push({ spec, relId });
    chartParts.push(chartPart);
  });
  editor.addPart(drawingPart, drawingXml(anchors), CT_DRAWING);
  editor.addPart(
    relsPartFor(drawingPart),
    EMPTY_RELS.replace("></Relationships>", `>${drawingRels.join("")}</Relationships>`),
    CT_RELATIONSHIPS,
  );

  // The sheet's own relationships: new for a new part; kept (with a fresh id) if it has some.
  const sheetRels = pkg.find(relsPartFor(sheetPart));
  const target = relativeTarget(sheetPart, drawingPart);
  if (!sheetRels) {
    const drawingRelId = "rId1";
    editor.addPart(
      relsPartFor(sheetPart),
      EMPTY_RELS.replace(
        "></Relationships>",
        `>${relationshipXml("", drawingRelId, REL_DRAWING, target)}</Relationships>`,
      ),
      CT_RELATIONSHIPS,
    );
    return { drawingRelId, drawingPart, chartParts };
  }
  const rels = parseRels(sheetRels, pkg.getText(sheetRels) as string);
  const drawingRelId = nextRelId(rels.relationships.map((r) => r.id));
  const edits = new TextEdits(rels.text);
  const xml = relationshipXml(rels.prefix, drawingRelId, REL_DRAWING, target);
  if (rels.selfClosingRoot) {
    const root = rels.text.slice(rels.insertAt, rels.text.indexOf(">", rels.insertAt) + 1);
    edits.replace(
      rels.insertAt,
      rels.insertAt + root.length,
      `${root.replace(/\s*\/>$/, ">")}${xml}</${rels.prefix}Relationships>`,
    );
  } else {
    edits.insert(rels.insertAt, xml);
  }
  pkg.set(sheetRels, edits.apply());
  return { drawingRelId, drawingPart, chartParts };
}
