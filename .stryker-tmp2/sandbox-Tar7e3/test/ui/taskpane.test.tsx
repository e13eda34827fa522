/**
 * @jest-environment jsdom
 */
// @ts-nocheck

import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createWorkbook } from "../../src/host/file/writeWorkbook";
import { readWorkbook } from "../../src/host/file/readWorkbook";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { runScorecard } from "../../src/core/pipeline";
import { todayDay } from "../../src/core/model/days";
import { App } from "../../src/taskpane/App";
import { RESULT_SHEETS } from "../../src/core/text/labels";
import { FileSession } from "../../src/taskpane/fileSession";
import type { ScorecardSession } from "../../src/taskpane/session";
import { ScorecardError } from "../../src/core/text/scorecardError";

// Fluent UI renders a lot per event in jsdom; a loaded 2-core CI machine needs room.
jest.setTimeout(90_000);

const sampleBytes = () => createWorkbook(sampleWorkbook().sheets.map((s) => ({ name: s.name, rows: s.rows })));

function renderApp(session: ScorecardSession, language: "en" | "es" = "en") {
  return render(<App session={session} initialLanguage={language} />);
}

describe("task pane", () => {
  it("computes and shows the four cards with the engine's values and statuses", async () => {
    const session = new FileSession(sampleBytes(), "sample.xlsx");
    const expected = runScorecard(sampleWorkbook(), { today: todayDay() }).result;
    renderApp(session);
    await userEvent.click(screen.getByRole("button", { name: "Compute scorecard" }));
    const ocl = await screen.findByTestId("card-ocl", {}, { timeout: 20_000 });
    expect(Number(ocl.getAttribute("data-value"))).toBeCloseTo(expected.consolidated.ocl ?? NaN, 12);
    expect(ocl.getAttribute("data-status")).toBe(expected.consolidated.status.ocl);
    expect(within(ocl).getByText(`${((expected.consolidated.ocl ?? 0) * 100).toFixed(1)} %`)).toBeTruthy();
    const latest = expected.campaigns[expected.campaigns.length - 1];
    expect(screen.getByTestId("card-ml").getAttribute("data-value")).toBe(String(latest.maturity.level));
    expect(screen.getByTestId("card-prk").getAttribute("data-value")).toBe(expected.consolidated.prk.level);
    expect(screen.getByRole("status").textContent).toContain(`${Object.keys(RESULT_SHEETS).length} result sheets`);
    // The workbook in memory now holds the result sheets.
    expect((await session.validate()).length).toBe(expected.issues.length);
  });

  it("outside Excel, a card shows its result sheet in the page, as the renderer describes it", async () => {
    const session = new FileSession(sampleBytes(), "sample.xlsx");
    renderApp(session);
    await userEvent.click(screen.getByRole("button", { name: "Compute scorecard" }));
    const card = await screen.findByTestId("card-prk", {}, { timeout: 20_000 });
    // Focus went to the result, not back to <body>.
    expect(document.activeElement).toBe(screen.getByTestId("compute-result"));
    await userEvent.click(within(card).getByRole("button", { name: /Open Project risk/ }));
    const view = screen.getByTestId("sheet-view");
    const expected = runScorecard(sampleWorkbook(), { today: todayDay() }).sheets.find(
      (s) => s.name === "Project risk",
    )!;
    const table = view.querySelector("table")!;
    expect(table.getAttribute("data-sheet")).toBe("Project risk");
    const rows = [...table.querySelectorAll("tr")];
    expect(rows.length).toBe(expected.rows.length);
    expect(rows[0].children[0].textContent).toBe(String(expected.rows[0][0]?.value));
    // Every percent cell reads as the workbook shows it, every status cell has its fill.
    let percents = 0;
    let fills = 0;
    expected.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const shown = rows[r].children[c] as HTMLElement;
        if (cell?.style?.format === "percent1" && typeof cell.value === "number") {
          expect(shown.textContent).toBe(`${(cell.value * 100).toFixed(1)}%`);
          percents++;
        }
        if (cell?.style?.fill === "header") {
          expect(shown.style.backgroundColor).toBe("rgb(31, 78, 120)");
          fills++;
        }
      }),
    );
    expect(percents + fills).toBeGreaterThan(0);
    expect(session.lastShown).toBeNull();
  });

  it("lists issues grouped by sheet and kind with counts, filters them, and shows the row one names", async () => {
    const session = new FileSession(sampleBytes(), "sample.xlsx");
    const expected = runScorecard(sampleWorkbook(), { today: todayDay() }).result.issues;
    renderApp(session);
    await userEvent.click(screen.getByRole("tab", { name: "Validate" }));
    await userEvent.click(screen.getByRole("button", { name: "Check the input" }));
    const summary = await screen.findByText(/error\(s\) · \d+ warning\(s\)/, {}, { timeout: 20_000 });
    expect(summary.textContent).toMatch(/^5 error\(s\)/);
    // Controls' Status warnings form one kind, counted.
    const statusWarnings = expected.filter(
      (i) => i.sheet === "Controls" && i.column === "Status" && i.severity === "warning",
    ).length;
    expect(statusWarnings).toBeGreaterThan(1);
    const kind = screen.getByRole("region", { name: "Controls: Status" });
    expect(kind.textContent).toContain(`(${statusWarnings} problems)`);
    // Filtering by words keeps only the issues that name them.
    fireEvent.change(screen.getByRole("searchbox", { name: "Filter the problems" }), {
      target: { value: "likelihood" },
    });
    expect(screen.getByText(`Showing 1 of ${expected.length}`)).toBeTruthy();
    const risks = screen.getByRole("list", { name: "Risks: Likelihood" });
    const first = within(risks).getAllByTestId("issue")[0];
    expect(first.textContent).toContain("Likelihood");
    await userEvent.click(within(first).getByRole("button", { name: "D11" }));
    // Outside Excel the page shows the row the issue names, the cell marked.
    const row = await screen.findByTestId("row-view", {}, { timeout: 20_000 });
    expect(row.getAttribute("data-row")).toBe("11");
    expect(row.querySelector("[data-marked]")?.textContent).toBe("DLikelihood7");
  });

  it("creates the template sheets, with the sample data when asked, and never twice", async () => {
    const session = FileSession.empty();
    expect(readWorkbook(FileSession.empty("es").bytes).sheetInfo.map((s) => s.name)).toEqual(["Instrucciones"]);
    renderApp(session);
    await userEvent.click(screen.getByRole("tab", { name: "Template" }));
    await userEvent.click(screen.getByRole("checkbox", { name: "Fill them with the sample data" }));
    await userEvent.click(screen.getByRole("button", { name: "Create the input sheets" }));
    expect((await screen.findByRole("status")).textContent).toMatch(/^Added: Settings, Controls/);
    await userEvent.click(screen.getByRole("button", { name: "Create the input sheets" }));
    await waitFor(() =>
      expect(screen.getByRole("status").textContent).toBe("Every input sheet already exists; nothing was changed."),
    );
    expect((await session.readSettings()).organization).toBe("Ministerio de Gobierno Digital");
  });

  it("saves settings into the Settings sheet", async () => {
    const session = new FileSession(sampleBytes(), "sample.xlsx");
    renderApp(session);
    await userEvent.click(screen.getByRole("tab", { name: "Settings" }));
    const success = await screen.findByRole("spinbutton", { name: "Success threshold (%)" });
    expect((success as HTMLInputElement).value).toBe("90");
    fireEvent.change(success, { target: { value: "85" } });
    await userEvent.click(screen.getByRole("switch", { name: "A control needs valid evidence to count" }));
    expect(
      (screen.getByRole("combobox", { name: "Framework (ISO/IEC 20000-1 edition)" }) as HTMLSelectElement).value,
    ).toBe("2011");
    await userEvent.selectOptions(
      screen.getByRole("combobox", { name: "Framework (ISO/IEC 20000-1 edition)" }),
      "2018",
    );
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Language of the result sheets" }), "es");
    await userEvent.click(screen.getByRole("button", { name: "Save settings" }));
    await screen.findByText("Settings saved.");
    const saved = await session.readSettings();
    expect(saved.successThreshold).toBeCloseTo(0.85, 12);
    expect(saved.requireEvidence).toBe(false);
    expect(saved.framework).toBe("2018");
    expect(saved.language).toBe("es");
    // The pane's slowest test (five Fluent controls driven in jsdom): past 90 s on a loaded 2-core machine.
  }, 180_000);

  it("refuses to save a fail threshold above the success threshold, and says why", async () => {
    renderApp(new FileSession(sampleBytes(), "sample.xlsx"));
    await userEvent.click(screen.getByRole("tab", { name: "Settings" }));
    const fail = await screen.findByRole("spinbutton", { name: "Fail threshold (%)" });
    fireEvent.change(fail, { target: { value: "95" } });
    expect((screen.getByRole("button", { name: "Save settings" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText("The fail threshold must not be above the success threshold (90 %).")).toBeTruthy();
  });

  it("accepts an as-of date written DD/MM/YYYY, as the workbook does, and saves it", async () => {
    const session = new FileSession(sampleBytes(), "sample.xlsx");
    renderApp(session);
    await userEvent.click(screen.getByRole("tab", { name: "Settings" }));
    const asOf = await screen.findByRole("textbox", { name: "As-of date (blank = today)" });
    fireEvent.change(asOf, { target: { value: "31/10/2026" } });
    await userEvent.click(screen.getByRole("button", { name: "Save settings" }));
    await screen.findByText("Settings saved.");
    expect((await session.readSettings()).asOf).toBe(Date.UTC(2026, 9, 31) / 86_400_000);
  });

  it("says why a date, a percentage or a weight is refused, in the pane's language", async () => {
    renderApp(new FileSession(sampleBytes(), "sample.xlsx"), "es");
    await userEvent.click(screen.getByRole("tab", { name: "Configuración" }));
    const asOf = await screen.findByRole("textbox", { name: "Fecha de corte (vacía = hoy)" });
    fireEvent.change(asOf, { target: { value: "31/02/2026" } });
    expect(screen.getByText("No es una fecha que exista en el calendario.")).toBeTruthy();
    fireEvent.change(screen.getByRole("spinbutton", { name: "Umbral de éxito (%)" }), { target: { value: "120" } });
    expect(screen.getByText("Escriba un número de 0 a 100.")).toBeTruthy();
    fireEvent.change(screen.getByRole("spinbutton", { name: "Tareas" }), { target: { value: "-1" } });
    expect(screen.getByText("Escriba un número mayor o igual que 0.")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Guardar la configuración" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("switches between English and Spanish", async () => {
    renderApp(new FileSession(sampleBytes(), "sample.xlsx"));
    expect(screen.getByRole("button", { name: "Compute scorecard" })).toBeTruthy();
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Language" }), "es");
    expect(screen.getByRole("button", { name: "Calcular el cuadro de mando" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Validar" })).toBeTruthy();
  });

  it("starts in Spanish when Office speaks Spanish", () => {
    renderApp(new FileSession(sampleBytes(), "sample.xlsx"), "es");
    expect(screen.getByRole("tab", { name: "Configuración" })).toBeTruthy();
  });

  it("shows a failure in words, in the pane, and clears it when the next step succeeds", async () => {
    let fail = true;
    const good = new FileSession(sampleBytes(), "sample.xlsx");
    const flaky: ScorecardSession = {
      kind: "excel",
      validate: async () => [],
      compute: async (hooks) => {
        if (fail) throw new ScorecardError("sheetNotOwned", { sheet: "Scorecard" });
        return good.compute(hooks);
      },
      createTemplate: async () => [],
      readSettings: async () => {
        throw new Error("not used");
      },
      saveSettings: async () => undefined,
      show: async () => undefined,
    };
    renderApp(flaky);
    await userEvent.click(screen.getByRole("button", { name: "Compute scorecard" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain('already has a sheet named "Scorecard"');
    await userEvent.click(within(alert).getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("alert")).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Compute scorecard" }));
    await screen.findByRole("alert");
    fail = false;
    await userEvent.click(screen.getByRole("button", { name: "Compute scorecard" }));
    await screen.findByTestId("card-ocl", {}, { timeout: 20_000 });
    // "Done" never shows under the last run's error.
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
