import { createWorkbook } from "../../src/host/file/writeWorkbook";
import { readWorkbook } from "../../src/host/file/readWorkbook";
import { RESULT_SHEETS } from "../../src/core/text/labels";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { handleRequest } from "../../src/taskpane/worker/handleRequest";
import type { WorkerResponse } from "../../src/taskpane/worker/protocol";
import { ScorecardWorker, workerError } from "../../src/taskpane/worker/workerClient";
import { day } from "../helpers/records";

const today = day("2026-11-01");
const sampleBytes = () => createWorkbook(sampleWorkbook().sheets.map((s) => ({ name: s.name, rows: s.rows })));

describe("scorecard worker", () => {
  it("computes a whole file: progress, then the patched workbook and the results", async () => {
    const responses: WorkerResponse[] = [];
    await handleRequest({ id: 7, type: "file", bytes: sampleBytes(), options: { today } }, (r) => responses.push(r));
    const last = responses[responses.length - 1];
    expect(responses.slice(0, -1).every((r) => r.type === "progress" && r.id === 7)).toBe(true);
    expect(last.type).toBe("file");
    if (last.type !== "file") return;
    expect(last.run.organization).toBe("Ministerio de Gobierno Digital");
    const written = readWorkbook(last.bytes);
    for (const name of Object.values(RESULT_SHEETS)) expect(written.ownedSheets.has(name)).toBe(true);
    // Everything sent back survives structured cloning (what postMessage does).
    expect(structuredClone(last).run.result.byOffice.get("Quito")?.ocl).toBe(
      last.run.result.byOffice.get("Quito")?.ocl,
    );
  });

  it("sends failures back with their names, so the pane can word them", async () => {
    const responses: WorkerResponse[] = [];
    const noControls = createWorkbook([{ name: "Settings", rows: [["Setting", "Value"]] }]);
    await handleRequest({ id: 1, type: "file", bytes: noControls, options: { today } }, (r) => responses.push(r));
    const last = responses[responses.length - 1];
    expect(last).toMatchObject({ type: "error", name: "InputError" });
    if (last.type === "error") expect(workerError(last).name).toBe("InputError");
  });

  it("runs on the page's thread when no Worker can start", async () => {
    const client = new ScorecardWorker(null);
    const seen: number[] = [];
    const response = await client.request({ type: "file", bytes: sampleBytes(), options: { today } }, (done) =>
      seen.push(done),
    );
    expect(response.type).toBe("file");
    expect(seen.length).toBeGreaterThan(0);
  });
});
