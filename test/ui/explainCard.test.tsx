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
import { summaryCards } from "../../src/taskpane/summaryCards";
import { explainIndicator, plainNumber } from "../../src/core/render/explain";
import { CALCULATION_TEXT } from "../../src/core/render/calculationText";
import { templateSheets } from "../../src/core/template";

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

  it.each(["en", "es"] as const)(
    "shows, for each card, the core's explanation of that card's figure (%s)",
    async (language) => {
      const grids =
        language === "en"
          ? sampleWorkbook()
          : {
              sheets: templateSheets({ data: sampleWorkbook().sheets, language: "es" })
                .filter((s) => s.key !== "instructions")
                .map((s) => ({ name: s.name, rows: s.rows, firstRow: 1, firstColumn: 1 })),
            };
      const own = runScorecard(grids, { today: day("2026-11-01") });
      expect(own.result.language).toBe(language);
      const session: ScorecardSession = { ...fakeSession([]), compute: async () => outcomeOf(coreRun(own)) };
      render(
        <FluentProvider theme={webLightTheme}>
          <ComputePanel
            session={session}
            strings={STRINGS[language]}
            onError={(e) => {
              throw e;
            }}
          />
        </FluentProvider>,
      );
      fireEvent.click(screen.getByRole("button", { name: STRINGS[language].compute }));
      const cards = summaryCards(own.result, language);
      await waitFor(() => screen.getByTestId(`explain-${cards[0].key}`));
      const words = CALCULATION_TEXT[language].explain;
      for (const card of cards) {
        fireEvent.click(screen.getByTestId(`explain-${card.key}`));
        const expected = explainIndicator(own.result, card.explain);
        const where = [expected.office, expected.campaign].filter((x) => x !== null).join(" · ");
        await waitFor(() =>
          expect(within(screen.getByTestId("explanation")).getByTestId("explanation-result").textContent).toContain(
            `${expected.indicator} · ${where} = ${plainNumber(expected.result)}`,
          ),
        );
        const panel = screen.getByTestId("explanation");
        expect(within(panel).getByText(expected.formula)).toBeTruthy();
        expect(within(panel).getByText(words.inputs)).toBeTruthy();
        // Each input line is listed, with a link to its row where it has one.
        const lists = within(panel).getAllByRole("list");
        expect(within(lists[0]).getAllByRole("listitem")).toHaveLength(Math.max(1, expected.inputs.length));
        const withRows = expected.inputs.filter((l) => l.source !== null).length;
        expect(within(lists[0]).queryAllByRole("button")).toHaveLength(withRows);
      }
    },
  );
});
