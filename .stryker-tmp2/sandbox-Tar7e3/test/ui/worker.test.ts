// @ts-nocheck
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
    expect(last).toMatchObject({ type: "error", error: { code: "noControlsSheet" } });
    if (last.type === "error") expect(workerError(last)).toMatchObject({ code: "noControlsSheet" });
  });

  it("runs on the page's thread when no Worker can start", async () => {
    const client = new ScorecardWorker(null);
    const seen: string[] = [];
    const response = await client.request({ type: "file", bytes: sampleBytes(), options: { today } }, (p) =>
      seen.push(p.stage),
    );
    expect(response.type).toBe("file");
    // The stages in the order a person waits through them, each once it starts.
    expect([...new Set(seen)]).toEqual(["open", "read", "compute", "write"]);
  });

  it("validates a whole file off the page: stages, then the issues compute would find", async () => {
    const responses: WorkerResponse[] = [];
    await handleRequest({ id: 3, type: "validate", bytes: sampleBytes(), options: { today } }, (r) =>
      responses.push(r),
    );
    const last = responses[responses.length - 1];
    if (last.type !== "validate") throw new Error(last.type);
    const compute: WorkerResponse[] = [];
    await handleRequest({ id: 4, type: "file", bytes: sampleBytes(), options: { today } }, (r) => compute.push(r));
    const computed = compute[compute.length - 1];
    if (computed.type !== "file") throw new Error(computed.type);
    expect(last.issues).toEqual(computed.run.result.issues);
    const stages = responses.flatMap((r) => (r.type === "progress" ? [r.progress.stage] : []));
    expect([...new Set(stages)]).toEqual(["open", "read", "check"]);
    // Each input sheet is read to its last row.
    const reads = responses.flatMap((r) => (r.type === "progress" && r.progress.stage === "read" ? [r.progress] : []));
    const controls = reads.filter((p) => p.sheet === "Controls");
    const end = controls[controls.length - 1];
    expect(end.done).toBe(end.total);
    expect(end.total).toBe(sampleWorkbook().sheets.find((s) => s.name === "Controls")!.rows.length);
  });

  it("reads one input row with its header row, the named cell marked", async () => {
    const responses: WorkerResponse[] = [];
    await handleRequest(
      { id: 5, type: "row", bytes: sampleBytes(), sheet: "Risks", row: 11, cell: "D11", column: "Likelihood" },
      (r) => responses.push(r),
    );
    const last = responses[responses.length - 1];
    if (last.type !== "row") throw new Error(last.type);
    const risks = sampleWorkbook().sheets.find((s) => s.name === "Risks")!;
    expect(last.row.headerRow).toBe(1);
    expect(last.row.highlight).toBe("D");
    expect(last.row.cells.map((c) => c.header)).toEqual(risks.rows[0].map(String));
    expect(last.row.cells.find((c) => c.column === "D")).toEqual({
      column: "D",
      header: "Likelihood",
      value: String(risks.rows[10][3]),
    });
  });

  it("stops a request when its signal aborts", async () => {
    const client = new ScorecardWorker(null);
    const abort = new AbortController();
    const pending = client.request({ type: "file", bytes: sampleBytes(), options: { today } }, undefined, abort.signal);
    abort.abort();
    await expect(pending).rejects.toMatchObject({ name: "CancelledError" });
  });
});
