/**
 * The standalone page: a workbook file opened in the browser, patched in memory by the
 * file host, downloaded when the user asks. Nothing leaves the machine.
 */
import { templateSheets } from "../core/template";
import { createWorkbook } from "../host/file/writeWorkbook";
import type { ProgressListener } from "../host/workbookHost";
import { XlsxFileHost } from "../host/xlsxFileHost";
import type { SettingsChange } from "../core/settingsSheet";
import { type ComputeOutcome, HostSession, type ScorecardSession } from "./session";

export class FileSession implements ScorecardSession {
  readonly kind = "file";
  private host: XlsxFileHost;
  /** Sheet and cell last asked for; the page shows it, as there is no grid to select in. */
  lastShown: { sheet: string; cell: string | null } | null = null;

  constructor(
    bytes: Uint8Array,
    readonly fileName: string,
  ) {
    this.host = new XlsxFileHost(bytes);
  }

  /** A new, empty workbook to build a template in. */
  static empty(): FileSession {
    // A workbook needs a sheet: start with the Instructions, the template adds the rest.
    const [instructions] = templateSheets();
    return new FileSession(createWorkbook([{ name: instructions.name, rows: instructions.rows, headerRow: false }]), "scorecard-template.xlsx");
  }

  private get session(): HostSession {
    return new HostSession(this.host);
  }

  get bytes(): Uint8Array {
    return this.host.bytes;
  }

  /** Name for the downloaded result: the input's name with ".scorecard". */
  get downloadName(): string {
    return this.fileName.toLowerCase().endsWith(".xlsx") ? `${this.fileName.slice(0, -5)}.scorecard.xlsx` : `${this.fileName}.scorecard.xlsx`;
  }

  validate() {
    return this.session.validate();
  }
  compute(onProgress?: ProgressListener): Promise<ComputeOutcome> {
    return this.session.compute(onProgress);
  }
  createTemplate(withSample: boolean) {
    return this.session.createTemplate(withSample);
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
