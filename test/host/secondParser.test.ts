/**
 * An independent check of the written files with openpyxl, a second .xlsx parser (Debian:
 * python3-openpyxl, which .ci/system-packages installs). Skipped on a developer's machine without
 * it; in CI a missing openpyxl is a failure, not a skip.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { LIMIT_MARKERS, type CellRange, type ResultSheet } from "../../src/core/render/resultSheet";
import { compute } from "../../src/app";
import { rangeFormula } from "../../src/host/file/parts/chartXml";
import { XlsxFileHost } from "../../src/host/file/xlsxFileHost";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { day } from "../helpers/records";
import { createWorkbook, patchWorkbook } from "../../src/host/file/writeWorkbook";
import { excelLikeWorkbook } from "../helpers/xlsxFixtures";

function findPython(): string | null {
  for (const candidate of ["python3", "/usr/bin/python3"]) {
    const probe = spawnSync(candidate, ["-c", "import openpyxl"], { encoding: "utf8" });
    if (probe.status === 0) return candidate;
  }
  return null;
}

const python = findPython();
const inCi = process.env.CI === "true";
if (python === null && inCi)
  throw new Error("openpyxl is missing: .ci/system-packages should have installed python3-openpyxl.");
const describeIfOpenpyxl = python ? describe : describe.skip;

const SCRIPT = `
import json, sys, datetime, warnings
warnings.simplefilter("ignore")
import openpyxl
out = {}
for path in sys.argv[1:]:
    wb = openpyxl.load_workbook(path)
    sheets = {}
    for ws in wb.worksheets:
        rows = []
        for row in ws.iter_rows(values_only=True):
            rows.append([v.isoformat() if isinstance(v, (datetime.datetime, datetime.date)) else v for v in row])
        sheets[ws.title] = {
            "rows": rows,
            "freeze": ws.freeze_panes,
            "bold_a1": bool(ws["A1"].font and ws["A1"].font.b),
            "format_b3": ws["B3"].number_format,
            "orientation": ws.page_setup.orientation,
            "print_titles": ws.print_title_rows,
        }
    out[path] = {"sheets": sheets, "order": wb.sheetnames}
print(json.dumps(out))
`;

describeIfOpenpyxl("files read by openpyxl", () => {
  it("reads createWorkbook and patchWorkbook output with the same values", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xlsx-check-"));
    const created = path.join(dir, "created.xlsx");
    const patched = path.join(dir, "patched.xlsx");
    fs.writeFileSync(
      created,
      createWorkbook([
        {
          name: "Controls",
          rows: [
            ["Control ID", "Due date", "Done"],
            ["=1+1", new Date(Date.UTC(2024, 0, 15)), true],
          ],
        },
      ]),
    );
    const sheet: ResultSheet = {
      name: "Scorecard",
      rows: [
        [{ value: "Title", style: { title: true } }],
        [
          { value: "Indicator", style: { bold: true, fill: "header" } },
          { value: "Value", style: { bold: true, fill: "header" } },
        ],
        [{ value: "OCL" }, { value: 0.8512, style: { format: "percent1", fill: "success" } }],
      ],
      columnWidths: [20, 10],
      freeze: { rows: 2, columns: 1 },
      charts: [],
      print: { landscape: true, fitToWidth: true, titleRows: 2 },
    };
    fs.writeFileSync(patched, patchWorkbook(patchWorkbook(excelLikeWorkbook(), [sheet]), [sheet]));

    const run = spawnSync(python as string, ["-c", SCRIPT, created, patched], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    const result = JSON.parse(run.stdout);

    const c = result[created].sheets.Controls;
    expect(c.rows).toEqual([
      ["Control ID", "Due date", "Done"],
      ["=1+1", "2024-01-15T00:00:00", true],
    ]);
    expect(c.freeze).toBe("A2");
    expect(c.bold_a1).toBe(true);

    expect(result[patched].order).toEqual(["Controls", "Notes", "Chart1", "Summary", "Scorecard"]);
    const s = result[patched].sheets.Scorecard;
    expect(s.rows).toEqual([
      ["Title", null],
      ["Indicator", "Value"],
      ["OCL", 0.8512],
    ]);
    expect(s.freeze).toBe("B3");
    expect(s.format_b3).toBe("0.0%");
    expect(s.orientation).toBe("landscape");
    expect(s.print_titles).toBe("$1:$2");
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60000);

  it("reads the charts of the sample's result sheets: type, title, bound series, legend, axis scale, anchor", async () => {
    const host = new XlsxFileHost(createWorkbook(sampleWorkbook().sheets.map((s) => ({ name: s.name, rows: s.rows }))));
    const computed = await compute(host, { today: day("2026-11-01") });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xlsx-charts-"));
    const file = path.join(dir, "sample.scorecard.xlsx");
    fs.writeFileSync(file, host.bytes);
    const script = `
import json, sys, warnings
warnings.simplefilter("ignore")
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    charts = []
    for ch in ws._charts:
        charts.append({
            "type": type(ch).__name__ + (":" + ch.barDir if hasattr(ch, "barDir") else ""),
            "title": "".join(r.t for p in ch.title.tx.rich.p for r in (p.r or [])),
            # A combination chart's second plot (the objective markers) is in ch._charts.
            "series": [
                [s.tx.strRef.f, s.cat.strRef.f, s.val.numRef.f, type(sub).__name__,
                 s.marker.symbol if s.marker is not None and type(sub).__name__ == "LineChart" else None]
                for sub in ch._charts for s in sub.series
            ],
            "legend": ch.legend.position if ch.legend else None,
            "scale": [ch.y_axis.scaling.min, ch.y_axis.scaling.max],
            "anchor": [ch.anchor._from.col, ch.anchor._from.row, ch.anchor.to.col, ch.anchor.to.row],
        })
    out[ws.title] = {"charts": charts, "fitToHeight": ws.page_setup.fitToHeight}
print(json.dumps(out))
`;
    const run = spawnSync(python as string, ["-c", script, file], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    const read = JSON.parse(run.stdout) as Record<
      string,
      {
        charts: {
          type: string;
          title: string;
          series: string[][];
          legend: string | null;
          scale: (number | null)[];
          anchor: number[];
        }[];
        fitToHeight: string | number | null;
      }
    >;
    const ref = (sheet: string, r: CellRange) => rangeFormula(sheet, r);
    for (const sheet of computed.sheets) {
      const expected = sheet.charts.map((c) => ({
        type: c.kind === "line" ? "LineChart" : `BarChart:${c.kind === "bar" ? "bar" : "col"}`,
        title: c.title,
        series: c.series.map((s) => [
          ref(sheet.name, { row0: s.nameCell.row, col0: s.nameCell.col, row1: s.nameCell.row, col1: s.nameCell.col }),
          ref(sheet.name, c.categories),
          ref(sheet.name, s.values),
          c.kind === "line" || s.limit ? "LineChart" : "BarChart",
          // Trend lines have the symbol "none", which openpyxl reads as None.
          s.limit ? LIMIT_MARKERS[s.limit].symbol : null,
        ]),
        legend: c.series.length > 1 ? "b" : null,
        scale: [c.yMin ?? null, c.yMax ?? null],
        anchor: [c.anchor.col, c.anchor.row, c.anchor.col + c.anchor.columns, c.anchor.row + c.anchor.rows],
      }));
      expect([sheet.name, read[sheet.name].charts]).toEqual([sheet.name, expected]);
      expect([sheet.name, Number(read[sheet.name].fitToHeight)]).toEqual([sheet.name, sheet.print?.onePage ? 1 : 0]);
    }
    expect(computed.sheets.filter((s) => s.charts.length > 0)).toHaveLength(5);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60000);
});
