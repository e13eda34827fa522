import { columnLetters } from "../../src/core/model/grid";
import { RESULT_SHEETS } from "../../src/core/text/labels";
import { OWNED_SHEET_MARKER, linkReference } from "../../src/core/render/resultSheet";
import { templateSheets } from "../../src/core/template";
import { compute } from "../../src/app";
import { toExcelValue } from "../../src/host/excel/cellValues";
import { ExcelHost } from "../../src/host/excel/excelHost";
import { PAYLOAD_LIMIT_BYTES } from "../../src/host/excel/syncBatcher";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { ExcelBed, cellOf, cellsOf, nameOf, ref, tablesOf, validationsOf } from "../helpers/officeJsBed/bed";
import { day } from "../helpers/records";

const today = day("2026-11-01");

// Every test here runs the host through Microsoft's Office.js client on the simulated workbook
// (test/helpers/officeJsBed): real requests, real PropertyNotLoaded.
async function sampleBook(): Promise<{ book: ExcelBed; host: ExcelHost }> {
  const book = new ExcelBed();
  const host = new ExcelHost(book.context);
  await host.addSheets(sampleWorkbook().sheets.map((s) => ({ name: s.name, rows: s.rows })));
  return { book, host };
}

/** A workbook with `n` controls in one office. */
function controlsBook(n: number): ExcelBed {
  const book = new ExcelBed();
  const rows: (string | number)[][] = [["Control ID", "Office", "Clause", "Status", "Weight"]];
  const processes = [
    "4.1",
    "5.2",
    "6.1.1",
    "6.2",
    "6.3.2",
    "6.4",
    "6.5",
    "6.6.1",
    "7.1",
    "7.2",
    "8.1",
    "8.2",
    "9.1",
    "9.2",
    "9.3",
  ];
  for (let i = 0; i < n; i++)
    rows.push([
      `C-${i}`,
      "Quito",
      processes[i % processes.length],
      i % 3 === 0 ? "Compliant" : "Partially compliant",
      1,
    ]);
  book.addSheet("Controls", rows);
  book.addSheet("Settings", [
    ["Setting", "Value"],
    ["Require evidence", "No"],
  ]);
  return book;
}

describe("Excel host", () => {
  it("computes the sample: result sheets, values, formats, charts and markers", async () => {
    const { book, host } = await sampleBook();
    const inputBefore = new Map(book.sheets.map((s) => [s.name, s.grid()]));
    const run = await compute(host, { today });

    for (const name of Object.values(RESULT_SHEETS)) {
      const sheet = book.sheet(name);
      expect(sheet).toBeDefined();
      expect(sheet && nameOf(sheet, OWNED_SHEET_MARKER)).toBe("=TRUE");
    }
    // Input sheets other than Indicator history are untouched.
    for (const [name, grid] of inputBefore)
      if (name !== "Indicator history") expect(book.sheet(name)?.grid()).toEqual(grid);

    // The Scorecard's consolidated OCL, formatted as a percentage with a status fill.
    const scorecard = book.sheet(RESULT_SHEETS.scorecard);
    const grid = scorecard?.grid() ?? [];
    const oclRow = grid.findIndex((r) => r[0] === "OCL");
    expect(grid[oclRow][2]).toBeCloseTo(run.result.consolidated.ocl ?? NaN, 12);
    expect(scorecard && cellOf(scorecard, oclRow, 2).numberFormat).toBe("0.0%");
    expect(scorecard && cellOf(scorecard, oclRow, 2).fill).toMatch(/^#[0-9A-F]{6}$/);

    // Charts: maturity by process per campaign, bound to the table's cells.
    const maturity = book.sheet(RESULT_SHEETS.maturity);
    // The campaigns' chart, then the process profile of each campaign with attribute ratings, stacked.
    const rated = run.result.campaigns.filter((c) => c.capability !== undefined);
    expect(rated.length).toBe(2);
    expect(maturity?.charts).toHaveLength(1 + rated.length);
    expect(maturity?.charts.slice(1).map((c) => [c.type, c.title, c.series.length])).toEqual(
      rated.map((c) => ["BarStacked", `Attributes by rating, ${c.name}`, 4]),
    );
    const chart = maturity?.charts[0];
    expect(chart?.type).toBe("ColumnClustered");
    expect(chart?.series.map((s) => s.name)).toEqual(run.result.campaigns.map((c) => c.name));
    const mg = maturity?.grid() ?? [];
    const first = mg.findIndex((r) => r[0] === "ML(4)");
    expect(chart?.series[0].values).toBe(ref(RESULT_SHEETS.maturity, `C${first + 1}:C${first + 15}`));
    expect(chart?.series[0].categories).toBe(ref(RESULT_SHEETS.maturity, `A${first + 1}:A${first + 15}`));
    expect(chart?.series[1].categories).toBe(chart?.series[0].categories);
    // The objectives over the columns: markers on no line, a triangle for FGP's minimum, a dash for the maxima.
    const limits = book.sheet(RESULT_SHEETS.findings)?.charts[0].series.slice(-2);
    expect(
      limits?.map((s) => [s.name, s.chartType, s.markerStyle, s.lineStyle, s.markerBackgroundColor, s.fill]),
    ).toEqual([
      ["Objective (minimum)", "LineMarkers", "Triangle", "None", "#00B050", undefined],
      ["Objective (maximum)", "LineMarkers", "Dash", "None", "#C00000", undefined],
    ]);
    expect(book.sheet(RESULT_SHEETS.projects)?.charts).toHaveLength(1);
    expect(book.sheet(RESULT_SHEETS.compliance)?.charts[0].title).toBe("CLS by clause (consolidated)");
    expect(scorecard?.charts[0]?.type).toBe("Line");
    expect(scorecard?.orientation).toBe("Landscape");
    expect(scorecard?.frozen).not.toBeNull();
    // Every sheet prints one page wide and as many pages tall as it needs (verticalFitToPages 0:
    // automatic; left out, Excel would keep its default of one page tall), the Scorecard too: on one
    // page its body would print below 8 pt.
    expect(scorecard?.zoom).toEqual({ scale: null, horizontalFitToPages: 1, verticalFitToPages: 0 });
    // Maturity levels with the process profiles' sixteen columns: at 73 %, two pages wide (printScale.ts).
    expect(maturity?.zoom).toEqual({ scale: 73, horizontalFitToPages: null, verticalFitToPages: null });
    expect(maturity?.printTitleColumns).toBe("$A:$B");
    // Every printed page names the organisation and the as-of date, and counts its pages (Excel's codes).
    for (const name of Object.values(RESULT_SHEETS)) {
      const pages = book.sheet(name)?.headersFooters.defaultForAllPages;
      expect([name, pages?.centerHeader, pages?.centerFooter]).toEqual([
        name,
        "Ministerio de Gobierno Digital · as of 2026-10-31",
        "Page &P of &N",
      ]);
      expect(book.sheet(name)?.headerFooterState).toBe("Default"); // the default group prints on every page
    }
    // The workbook opens on the Scorecard.
    expect(book.activeSheet?.name).toBe(RESULT_SHEETS.scorecard);
    // Series colours come from the renderer: columns filled, lines coloured.
    expect(chart?.series.map((s) => s.fill)).toEqual(["#2E75B6", "#ED7D31"]);
    expect(scorecard?.charts[0]?.series[0].line).toBe("#2E75B6");
  });

  it("links each indicator to its Calculation line and puts an AutoFilter on Calculation, again on a re-run", async () => {
    const { book, host } = await sampleBook();
    for (const pass of [1, 2]) {
      const run = await compute(host, { today });
      let links = 0;
      for (const result of run.sheets) {
        const sheet = book.sheet(result.name);
        if (sheet === undefined) throw new Error(`${result.name} was not written (pass ${pass})`);
        let linked = 0;
        result.rows.forEach((row, r) =>
          row.forEach((cell, c) => {
            const link = sheet.hyperlinkAt(r, c);
            if (!cell?.link) {
              expect(link).toBeUndefined();
              return;
            }
            linked++;
            expect(link?.documentReference).toBe(linkReference(cell.link));
            // The link keeps the cell's value: a number stays a number, text its text.
            expect(cellOf(sheet, r, c).value).toEqual(
              typeof cell.value === "string" ? cell.value : toExcelValue(cell.value),
            );
          }),
        );
        expect([...sheet.hyperlinks.keys()]).toHaveLength(linked);
        links += linked;
        if (result.autoFilter) {
          const f = result.autoFilter;
          expect(sheet.autoFilter).toEqual({ r0: f.row0, c0: f.col0, r1: f.row1, c1: f.col1 });
        } else expect(sheet.autoFilter).toBeNull();
      }
      const calculation = run.sheets.find((s) => s.name === RESULT_SHEETS.calculation);
      expect(calculation?.autoFilter).toBeDefined();
      // Every Scorecard indicator leads to a Calculation line that exists and holds that line.
      const scorecard = run.sheets.find((s) => s.name === RESULT_SHEETS.scorecard);
      const targets = (scorecard?.rows ?? []).flatMap((row) => row.flatMap((cell) => (cell?.link ? [cell.link] : [])));
      expect(targets.length).toBeGreaterThan(10);
      const lines = book.sheet(RESULT_SHEETS.calculation)?.grid() ?? [];
      for (const t of targets) {
        expect(t.sheet).toBe(RESULT_SHEETS.calculation);
        const line = lines[Number(/\d+$/.exec(t.cell)?.[0]) - 1] ?? [];
        expect(line.some((v) => v !== "")).toBe(true);
      }
      expect(links).toBeGreaterThan(targets.length);
    }
  });

  it("writes user text as text, never as a formula", async () => {
    const book = new ExcelBed();
    book.addSheet("Controls", [
      ["Control ID", "Office", "Clause", "Status", "Owner"],
      ['=HYPERLINK("http://x")', "+cmd", "4.1", "Compliant", "@SUM(1)"],
      ["-2+3", "+cmd", "4.2", "Sideways", "0012"],
    ]);
    await compute(new ExcelHost(book.context), { today });
    const results = book.sheets.filter((s) => (Object.values(RESULT_SHEETS) as string[]).includes(s.name));
    expect(results).toHaveLength(Object.keys(RESULT_SHEETS).length);
    for (const sheet of results) for (const cell of cellsOf(sheet)) expect(cell.formula).toBe(false);
    const issues = book.sheet(RESULT_SHEETS.issues)?.grid() ?? [];
    expect(issues.some((r) => r.includes("Sideways"))).toBe(true);
    const leaders = book.sheet(RESULT_SHEETS.compliance)?.grid() ?? [];
    expect(leaders.some((r) => r[0] === "@SUM(1)")).toBe(true);
  });

  it("replaces its own sheets on a second run and keeps Indicator history free of duplicates", async () => {
    const { book, host } = await sampleBook();
    await compute(host, { today });
    const names = book.sheets.map((s) => s.name);
    const history = book.sheet("Indicator history")?.grid();
    const scorecard = book.sheet(RESULT_SHEETS.scorecard)?.grid();
    // The campaigns' chart and the two process profiles.
    expect(book.sheet(RESULT_SHEETS.maturity)?.charts).toHaveLength(3);
    await compute(host, { today });
    expect(book.sheets.map((s) => s.name)).toEqual(names);
    expect(book.sheet("Indicator history")?.grid()).toEqual(history);
    expect(book.sheet(RESULT_SHEETS.scorecard)?.grid()).toEqual(scorecard);
    expect(book.sheet(RESULT_SHEETS.maturity)?.charts).toHaveLength(3);
  });

  it("refuses to overwrite a same-named sheet it did not create, before writing anything", async () => {
    const { book, host } = await sampleBook();
    book.addSheet("scorecard", [["The director's own notes"]]);
    const before = book.sheets.map((s) => s.name);
    await expect(compute(host, { today })).rejects.toMatchObject({
      code: "sheetNotOwned",
      params: { sheet: "scorecard" },
    });
    expect(book.sheets.map((s) => s.name)).toEqual(before);
    expect(book.sheet("scorecard")?.grid()).toEqual([["The director's own notes"]]);
  });

  it("reads and saves settings from the Settings sheet alone, not every input row", async () => {
    const { book, host } = await sampleBook();
    const { HostSession } = await import("../../src/taskpane/session");
    const session = new HostSession(host);
    // What reading a sheet receives: its values and their value types.
    const sheetBytes = (name: string) => {
      const grid = book.sheet(name)?.grid() ?? [];
      return JSON.stringify(grid).length + JSON.stringify(grid.map((r) => r.map(() => "String"))).length;
    };
    const received = (from: number) => book.since(from).reduce((n, r) => n + r.responseBytes, 0);
    // What a read of no sheet at all receives: the sheets' names, markers and the like.
    let from = book.requests.length;
    await host.readInputs(() => false);
    const shape = received(from);
    // Reading the Controls sheet too would pass the bound below.
    expect(sheetBytes("Controls")).toBeGreaterThan(sheetBytes("Settings") + 1_000);
    const settingsBytes = sheetBytes("Settings");
    from = book.requests.length;
    expect((await session.readSettings()).organization).toBe("Ministerio de Gobierno Digital");
    expect(received(from) - shape).toBeGreaterThanOrEqual(settingsBytes * 0.9);
    expect(received(from) - shape).toBeLessThan(settingsBytes + 1_000);
    from = book.requests.length;
    await session.saveSettings({ successThreshold: 0.85 });
    expect(received(from) - shape).toBeGreaterThanOrEqual(settingsBytes * 0.9);
    expect(received(from) - shape).toBeLessThan(settingsBytes + 1_000);
    expect((await session.readSettings()).successThreshold).toBeCloseTo(0.85, 12);
  });

  it("writes dates as the file host does: a 1900-system serial, and a day before Excel's first as text", () => {
    expect(toExcelValue(new Date(Date.UTC(2024, 0, 15)))).toBe(45306);
    expect(toExcelValue(new Date(Date.UTC(1900, 0, 1)))).toBe(1); // not 2: before the phantom 1900-02-29
    expect(toExcelValue(new Date(Date.UTC(1899, 0, 1)))).toBe("'1899-01-01");
    expect(toExcelValue(new Date(Number.NaN))).toBe("");
  });

  it("adds only the template sheets that are missing", async () => {
    const book = new ExcelBed();
    book.addSheet("Controls", [["Mine"]]);
    const added = await new ExcelHost(book.context).addSheets(templateSheets());
    expect(added).not.toContain("Controls");
    expect(added).toContain("Evidence");
    expect(book.sheet("Controls")?.grid()).toEqual([["Mine"]]);
    expect(book.sheet("Evidence")?.grid()[0]).toEqual(templateSheets().find((s) => s.name === "Evidence")?.rows[0]);
  });

  it("uses the same number of syncs for 10 and 10,000 rows, with no request over the cap", async () => {
    const counts: { read: number; write: number; largest: number }[] = [];
    for (const n of [10, 10_000]) {
      const book = controlsBook(n);
      const host = new ExcelHost(book.context);
      const input = await host.readInputs((name) => name === "Controls" || name === "Settings");
      const read = host.stats.syncs;
      expect(input.sheets.find((s) => s.name === "Controls")?.rows).toHaveLength(n + 1);
      const { runScorecard } = await import("../../src/core/pipeline");
      const run = runScorecard(input, { today });
      await host.writeResults(run.sheets, run.history);
      counts.push({
        read,
        write: host.stats.syncs,
        largest: Math.max(...book.requests.map((r) => Math.max(r.bytes, r.responseBytes))),
      });
    }
    expect(counts[0].read).toBe(counts[1].read);
    expect(counts[0].write).toBe(counts[1].write);
    expect(counts[1].largest).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
  });

  it("splits a write larger than the cap into several requests, each under it", async () => {
    const book = new ExcelBed();
    const host = new ExcelHost(book.context);
    const wide = Array.from({ length: 3000 }, (_, r) =>
      Array.from({ length: 40 }, (_, c) => `${columnLetters(c + 1)}${r} ${"x".repeat(40)}`),
    );
    await host.addSheets([{ name: "Big", rows: wide }]);
    expect(book.requests.filter((r) => r.actions > 0).length).toBeGreaterThan(1);
    // The real client's serialized requests, measured.
    expect(Math.max(...book.requests.map((r) => r.bytes))).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(book.sheet("Big")?.grid()).toEqual(wide);
  });

  it("writes a sheet of 300,000 rows (its width is not found by spreading every row into Math.max)", async () => {
    const book = new ExcelBed();
    const rows = Array.from({ length: 300_000 }, (_, r) => [r]);
    await new ExcelHost(book.context).writeSheet({ name: "Long", rows });
    expect(book.sheet("Long")?.stored(299_999, 0)).toBe(299_999);
  });
});

describe("Excel template", () => {
  it("lays input sheets out as tables with drop-downs, number rules and date formats", async () => {
    const book = new ExcelBed();
    await new ExcelHost(book.context).addSheets(templateSheets());
    const controls = book.sheet("Controls");
    expect(controls && tablesOf(controls)).toEqual([
      { name: "tblControls", style: "TableStyleMedium2", address: "Controls!A1:H2" },
    ]);
    // Status is column F of Controls: a drop-down of the four statuses.
    expect(controls && validationsOf(controls).get("Controls!F2")?.rule.list).toEqual({
      inCellDropDown: true,
      source: "Compliant,Partially compliant,Not compliant,Not applicable",
    });
    expect(controls?.frozen).toEqual({ rows: 1, columns: 0 });
    const risks = book.sheet("Risks");
    expect(risks && validationsOf(risks).get("Risks!D2")?.rule.wholeNumber).toEqual({
      formula1: 1,
      formula2: 5,
      operator: "Between",
    });
    expect(risks && validationsOf(risks).get("Risks!D2")?.errorAlert?.message).toBe("Type a whole number from 1 to 5.");
    const tasks = book.sheet("Tasks");
    expect(tasks && cellOf(tasks, 1, 6).numberFormat).toBe("yyyy-mm-dd"); // Due date, column G
    const projects = book.sheet("Projects");
    expect(projects && cellOf(projects, 1, 7).numberFormat).toBe("0%"); // Progress, column H
    // The Instructions sheet is text, not a table.
    expect(book.sheet("Instructions")?.tables).toEqual([]);
  });

  it("with the sample data, the table covers every row and the drop-downs every body cell", async () => {
    const book = new ExcelBed();
    const template = templateSheets();
    const sample = sampleWorkbook().sheets.map((s) => ({
      name: s.name,
      rows: s.rows,
      inputs: template.find((t) => t.name === s.name)?.inputs,
    }));
    await new ExcelHost(book.context).addSheets(sample);
    const risks = sample.find((s) => s.name === "Risks");
    const n = risks?.rows.length ?? 0;
    const risksSheet = book.sheet("Risks");
    expect(risksSheet && tablesOf(risksSheet)[0].address).toBe(`Risks!A1:G${n}`);
    expect(risksSheet && validationsOf(risksSheet).has(`Risks!F2:F${n}`)).toBe(true);
  });
});
