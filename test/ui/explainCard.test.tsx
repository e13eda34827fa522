/**
 * @jest-environment jsdom
 */
/**
 * Each card of the compute panel can be explained: the core's explanation of its figure, the
 * numbers that went in, and source rows that, when chosen, are shown in the workbook.
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ComputePanel } from "../../src/taskpane/components/ComputePanel";
import { STRINGS } from "../../src/taskpane/i18n";
import { outcomeOf, type ScorecardSession } from "../../src/taskpane/session";
import { coreRun } from "../../src/app";
import { runScorecard } from "../../src/core/pipeline";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { day } from "../helpers/records";

jest.setTimeout(90_000);

const run = runScorecard(sampleWorkbook(), { today: day("2026-11-01") });

/** A session whose compute gives the sample's run and which records what it is asked to show. */
function fakeSession(shown: { sheet: string; cell: string | null }[]): ScorecardSession {
  return {
    kind: "file",
    validate: async () => [],
    compute: async () => outcomeOf(coreRun(run)),
    createTemplate: async () => [],
    readSettings: async () => ({ ...run.records.settings, sheetName: "Settings" }),
    saveSettings: async () => undefined,
    show: async (sheet, cell) => {
      shown.push({ sheet, cell });
    },
  };
}

describe("explaining a card", () => {
  it("shows the card's figure with its inputs, and selects a source row when chosen", async () => {
    const shown: { sheet: string; cell: string | null }[] = [];
    render(
      <FluentProvider theme={webLightTheme}>
        <ComputePanel
          session={fakeSession(shown)}
          strings={STRINGS.en}
          onError={(e) => shown.push({ sheet: String(e), cell: null })}
        />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Compute scorecard" }));
    await waitFor(() => screen.getByTestId("explain-prk"));
    fireEvent.click(screen.getByTestId("explain-prk"));
    const panel = await waitFor(() => screen.getByTestId("explanation"));
    const prk = run.result.consolidated.prk;
    expect(within(panel).getByTestId("explanation-result").textContent).toContain(
      `PRK · Consolidated = ${Math.round((prk.value ?? 0) * 1e6) / 1e6} (${prk.level})`,
    );
    // One input per assessed project, each with its Projects row.
    const first = run.result.projects[0];
    const links = within(panel).getAllByRole("button", { name: /^Projects!\d+$/ });
    expect(links).toHaveLength(run.result.projects.length);
    fireEvent.click(links[0]);
    await waitFor(() => expect(shown).toContainEqual({ sheet: "Projects", cell: expect.stringMatching(/^A\d+$/) }));
    expect(within(panel).getByRole("status").textContent).toContain("Projects!");
    expect(within(panel).getByText(new RegExp(`^${first.id}`))).toBeTruthy();

    // Every card has an explanation of its own figure.
    for (const key of ["ocl", "ml", "findings"]) {
      fireEvent.click(screen.getByTestId(`explain-${key}`));
      await waitFor(() => screen.getByTestId("explanation"));
    }
    expect(within(screen.getByTestId("explanation")).getByTestId("explanation-result").textContent).toContain("FNC");
  });
});
