/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createWorkbook } from "../../src/host/file/writeWorkbook";
import { readWorkbook } from "../../src/host/file/readWorkbook";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { runScorecard } from "../../src/core/pipeline";
import { todayDay } from "../../src/core/model/days";
import { App } from "../../src/taskpane/App";
import { FileSession } from "../../src/taskpane/fileSession";
import type { ScorecardSession } from "../../src/taskpane/session";
import { SheetConflictError } from "../../src/host/workbookHost";

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
    expect(screen.getByRole("status").textContent).toContain("7 result sheets");
    // The workbook in memory now holds the result sheets.
    expect((await session.validate()).length).toBe(expected.issues.length);
  });

  it("a card opens its sheet", async () => {
    const session = new FileSession(sampleBytes(), "sample.xlsx");
    renderApp(session);
    await userEvent.click(screen.getByRole("button", { name: "Compute scorecard" }));
    const card = await screen.findByTestId("card-prk", {}, { timeout: 20_000 });
    await userEvent.click(within(card).getByRole("button", { name: /Open Project risk/ }));
    expect(session.lastShown).toEqual({ sheet: "Project risk", cell: null });
  });

  it("lists issues grouped by sheet, and choosing one goes to its cell", async () => {
    const session = new FileSession(sampleBytes(), "sample.xlsx");
    renderApp(session);
    await userEvent.click(screen.getByRole("tab", { name: "Validate" }));
    await userEvent.click(screen.getByRole("button", { name: "Check the input" }));
    const summary = await screen.findByText(/error\(s\) · \d+ warning\(s\)/, {}, { timeout: 20_000 });
    expect(summary.textContent).toMatch(/^5 error\(s\)/);
    // Open the Risks group and choose the likelihood-7 issue.
    await userEvent.click(screen.getByRole("button", { name: /^Risks/ }));
    const risks = screen.getByRole("list", { name: "Risks" });
    const first = within(risks).getAllByTestId("issue")[0];
    expect(first.textContent).toContain("Likelihood");
    await userEvent.click(within(first).getByRole("button"));
    expect(session.lastShown).toEqual({ sheet: "Risks", cell: "D11" });
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
  });

  it("refuses to save a fail threshold above the success threshold", async () => {
    renderApp(new FileSession(sampleBytes(), "sample.xlsx"));
    await userEvent.click(screen.getByRole("tab", { name: "Settings" }));
    const fail = await screen.findByRole("spinbutton", { name: "Fail threshold (%)" });
    fireEvent.change(fail, { target: { value: "95" } });
    expect((screen.getByRole("button", { name: "Save settings" }) as HTMLButtonElement).disabled).toBe(true);
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

  it("shows a failure in words, in the pane", async () => {
    const failing: ScorecardSession = {
      kind: "excel",
      validate: async () => [],
      compute: async () => {
        throw new SheetConflictError("Scorecard");
      },
      createTemplate: async () => [],
      readSettings: async () => {
        throw new Error("not used");
      },
      saveSettings: async () => undefined,
      show: async () => undefined,
    };
    renderApp(failing);
    await userEvent.click(screen.getByRole("button", { name: "Compute scorecard" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain('already has a sheet named "Scorecard"');
    await userEvent.click(within(alert).getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
