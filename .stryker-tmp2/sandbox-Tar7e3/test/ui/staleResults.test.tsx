/**
 * @jest-environment jsdom
 */
// @ts-nocheck

/**
 * The pane inside Excel says when its results are out of date: the real task pane (App) on the
 * Excel session, over Microsoft's Office.js client on the bed, with Excel's change events as the
 * bed raises them (after the batch that caused them).
 */
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { compute } from "../../src/app";
import { ExcelHost } from "../../src/host/excel/excelHost";
import { runInExcel } from "../../src/host/excel/excelRun";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { App } from "../../src/taskpane/App";
import { excelSessionOn } from "../../src/taskpane/excelSession";
import { runOnThisThread } from "../../src/taskpane/session";
import { ExcelBed } from "../helpers/officeJsBed/bed";
import { EVENT_TYPE } from "../helpers/officeJsBed/events";
import { day } from "../helpers/records";

jest.setTimeout(90_000);

async function sampleInExcel(withResults: boolean) {
  const book = new ExcelBed();
  const host = new ExcelHost(book.context);
  await host.addSheets(sampleWorkbook().sheets.map((s) => ({ name: s.name, rows: s.rows })));
  if (withResults) await compute(host, { today: day("2026-11-01") });
  await book.events.settled();
  // Excel's events come a little after the batch that caused them.
  book.events.delayMs = 20;
  const session = excelSessionOn(
    {
      run: (batch) => book.withSession(() => runInExcel(book.Excel, batch)),
      runOn: (context, batch) => book.Excel.run(context, batch),
    },
    runOnThisThread,
  );
  return { book, session };
}

const watchingControls = (book: ExcelBed) =>
  waitFor(() => expect(book.events.registered.has(`${EVENT_TYPE.changed}:${book.sheet("Controls")!.id}`)).toBe(true));

const banner = () => screen.queryByTestId("stale-banner");
/** Excel's events for what happened so far reach the pane (and React renders what they change). */
const settled = (book: ExcelBed) => act(() => book.events.settled());

describe("results out of date", () => {
  it("a user's edit of Controls marks them stale and names the sheet; Compute's own writes do not; Compute clears it", async () => {
    const { book, session } = await sampleInExcel(true);
    const view = render(<App session={session} initialLanguage="en" />);
    await watchingControls(book);
    expect(banner()).toBeNull();

    book.userEdits("Controls", { row: 1, col: 3 }, [["Not compliant"]]);
    await settled(book);
    const bar = await screen.findByRole("group", { name: /Results out of date/ });
    expect(bar.getAttribute("data-testid")).toBe("stale-banner");
    const live = bar.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toMatch(/^Since \d\d:\d\d.*: Controls changed\. Compute again/);

    // A second sheet is added to the same live text (one entry per sheet).
    book.userEdits("Evidence", { row: 1, col: 5 }, [["Rejected"]]);
    await settled(book);
    await waitFor(() => expect(live?.textContent).toContain("Controls changed, Evidence changed"));

    // Compute from the banner: its upsert of Indicator history raises events, and they are not taken for edits.
    const delivered = book.events.delivered.length;
    await userEvent.click(within(bar).getByRole("button", { name: "Compute now" }));
    await screen.findByText(/result sheets written/, {}, { timeout: 30_000 });
    await settled(book);
    const history = book.sheet("Indicator history")!.id;
    expect(book.events.delivered.slice(delivered).some((e) => e.targetId === history)).toBe(true);
    expect(banner()).toBeNull();

    // An edit after Compute marks the results stale again.
    book.userEdits("Tasks", { row: 1, col: 8 }, [["Done"]]);
    await settled(book);
    await waitFor(() => expect(banner()?.textContent).toContain("Tasks changed"));

    // The pane closes: every handler is removed from Excel.
    view.unmount();
    await waitFor(() => expect([...book.events.registered]).toEqual([]));
  });

  it("says nothing while the workbook holds no results, and words the banner in Spanish", async () => {
    const { book, session } = await sampleInExcel(false);
    render(<App session={session} initialLanguage="es" />);
    await watchingControls(book);
    book.userEdits("Controls", { row: 1, col: 3 }, [["Cumple"]]);
    await settled(book);
    expect(banner()).toBeNull();

    await userEvent.click(screen.getByRole("button", { name: "Calcular el cuadro de mando" }));
    await screen.findByText(/hojas de resultados escritas/, {}, { timeout: 30_000 });
    await settled(book);
    expect(banner()).toBeNull();
    book.userEdits("Controls", { row: 2, col: 3 }, [["No cumple"]]);
    await settled(book);
    const bar = await screen.findByRole("group", { name: /Resultados desactualizados/ });
    expect(bar.textContent).toMatch(/Desde las \d\d:\d\d.*: se modificó la hoja Controls\./);
    expect(within(bar).getByRole("button", { name: "Calcular ahora" })).toBeTruthy();
  });
});
