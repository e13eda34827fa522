/**
 * The standalone page: a workbook file opened in the browser, patched in memory by the
 * file host, downloaded when the user asks. Nothing leaves the machine.
 */
// @ts-nocheck

import { templateFirstSheet } from "../app";
import { MAX_FILE_BYTES, fileTooLarge, readWorkbook } from "../host/file/index";
import { XlsxFileHost } from "../host/file/xlsxFileHost";
import type { Issue, Language } from "../core/model/records";
import type { SettingsChange } from "../core/settingsSheet";
import { todayDay } from "../core/model/days";
import type { InputRow } from "./inputRow";
import { type ComputeOutcome, HostSession, type RunHooks, type ScorecardSession, outcomeOf } from "./session";
import { ScorecardWorker, workerError } from "./worker/workerClient";

export class FileSession implements ScorecardSession {
  readonly kind = "file";
  private host: XlsxFileHost;
  /** Sheet and cell last asked for; the page shows it, as there is no grid to select in. */
  lastShown: { sheet: string; cell: string | null } | null = null;

  constructor(
    bytes: Uint8Array,
    readonly fileName: string,
    /** Where the whole computation runs; without a worker URL it runs on the page's thread. */
    private readonly worker: ScorecardWorker = new ScorecardWorker(),
  ) {
    this.host = new XlsxFileHost(bytes);
  }

  /**
   * A workbook file chosen by the user. A file past the size limit is refused before it is read,
   * so a huge file cannot exhaust the page's memory.
   */
  static async open(file: {
    readonly name: string;
    readonly size: number;
    arrayBuffer(): Promise<ArrayBuffer>;
  }): Promise<FileSession> {
    if (file.size > MAX_FILE_BYTES) throw fileTooLarge(file.size);
    const bytes = new Uint8Array(await file.arrayBuffer());
    // Checked now, not at the first step: a text file named .xlsx is refused with the reason.
    // Listing the sheets reads only the zip directory and the workbook part.
    readWorkbook(bytes, { includeSheet: () => false });
    return new FileSession(bytes, file.name);
  }

  /** A new, empty workbook to build a template in. */
  static empty(language: Language = "en"): FileSession {
    // A workbook needs a sheet: start with the Instructions, the template adds the rest.
    return new FileSession(XlsxFileHost.create([templateFirstSheet(language)]).bytes, "scorecard-template.xlsx");
  }

  private get session(): HostSession {
    return new HostSession(this.host);
  }

  get bytes(): Uint8Array {
    return this.host.bytes;
  }

  /** Name for the downloaded result: the input's name with ".scorecard". */
  get downloadName(): string {
    return this.fileName.toLowerCase().endsWith(".xlsx")
      ? `${this.fileName.slice(0, -5)}.scorecard.xlsx`
      : `${this.fileName}.scorecard.xlsx`;
  }

  readonly canCancel = true;

  /** Reading and checking run in the worker, as compute does: a large workbook does not freeze the page. */
  async validate(hooks: RunHooks = {}): Promise<readonly Issue[]> {
    const request = { type: "validate", bytes: this.host.bytes, options: { today: todayDay() } } as const;
    const response = await this.worker.request(request, hooks.onStage, hooks.signal);
    if (response.type === "error") throw workerError(response);
    if (response.type !== "validate") throw new Error(`Unexpected answer from the check: ${response.type}`);
    return response.issues;
  }
  /** Reading, computing and patching the file all run in the worker; the page only shows progress. */
  async compute(hooks: RunHooks = {}): Promise<ComputeOutcome> {
    const request = { type: "file", bytes: this.host.bytes, options: { today: todayDay() } } as const;
    const response = await this.worker.request(request, hooks.onStage, hooks.signal);
    if (response.type === "error") throw workerError(response);
    if (response.type !== "file") throw new Error(`Unexpected answer from the calculation: ${response.type}`);
    this.host = new XlsxFileHost(response.bytes);
    return outcomeOf(response.run);
  }
  /** The row an issue names, read in the worker (the sheet may have hundreds of thousands of rows). */
  async inputRow(issue: Issue, hooks: RunHooks = {}): Promise<InputRow> {
    if (issue.row === null) throw new Error("The problem names no row.");
    const request = {
      type: "row",
      bytes: this.host.bytes,
      sheet: issue.sheet,
      row: issue.row,
      cell: issue.cell,
      column: issue.column,
    } as const;
    const response = await this.worker.request(request, hooks.onStage, hooks.signal);
    if (response.type === "error") throw workerError(response);
    if (response.type !== "row") throw new Error(`Unexpected answer: ${response.type}`);
    return response.row;
  }
  createTemplate(withSample: boolean, language?: Language) {
    return this.session.createTemplate(withSample, language);
  }
  readSettings() {
    return this.session.readSettings();
  }
  saveSettings(change: SettingsChange) {
    return this.session.saveSettings(change);
  }
  async show(sheet: string, cell: string | null): Promise<void> {
    this.lastShown = { sheet, cell };
  }
}
