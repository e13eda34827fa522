/**
 * @jest-environment jsdom
 */
// @ts-nocheck

/**
 * The pane words the product's errors from their code: a workbook's problem in the workbook's
 * language, naming the pane's own Template tab (not the command line's command).
 */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { inputSheetKey } from "../../src/core/parse/parseWorkbook";
import { templateSheets } from "../../src/core/template";
import { createWorkbook } from "../../src/host/file/writeWorkbook";
import { App } from "../../src/taskpane/App";
import { FileSession } from "../../src/taskpane/fileSession";

jest.setTimeout(90_000);

const spanishWithoutControls = () =>
  createWorkbook(
    templateSheets({ language: "es" })
      .filter((s) => inputSheetKey(s.name) !== "controls")
      .map((s) => ({ name: s.name, rows: s.rows })),
  );

describe("task pane error messages", () => {
  it("a Spanish workbook without Controls: a Spanish message that names the pane's Plantilla tab", async () => {
    render(<App session={new FileSession(spanishWithoutControls(), "libro.xlsx")} initialLanguage="es" />);
    await userEvent.click(screen.getByRole("button", { name: "Calcular el cuadro de mando" }));
    const alert = await screen.findByRole("alert", {}, { timeout: 30_000 });
    expect(alert.textContent).toContain(
      "El libro no tiene la hoja «Controles». Agréguela (o cree las hojas de entrada en la pestaña Plantilla) y vuelva a ejecutar.",
    );
    expect(alert.textContent).not.toContain("itsm-scorecard");
    // Words of the product, not an unexpected failure: no "Something went wrong" lead-in.
    expect(alert.textContent).not.toContain("Algo salió mal");
  });

  it("the pane in English still words the Spanish workbook's problem in Spanish, naming the tab the user sees", async () => {
    render(<App session={new FileSession(spanishWithoutControls(), "libro.xlsx")} initialLanguage="en" />);
    await userEvent.click(screen.getByRole("tab", { name: "Validate" }));
    await userEvent.click(screen.getByRole("button", { name: "Check the input" }));
    const alert = await screen.findByRole("alert", {}, { timeout: 30_000 });
    expect(alert.textContent).toContain("en la pestaña Template)");
  });
});
