/**
 * The file host behind the shared WorkbookHost interface: a workbook held as .xlsx bytes,
 * in Node (the command line) or in a browser (the standalone task pane). Each write
 * patches the package; nothing is loaded and re-saved whole.
 */
import type { SheetGrid } from "../../core/model/grid";
import { inputSheetKey } from "../../core/parse/parseWorkbook";
import type { ResultSheet } from "../../core/render/resultSheet";
import { type ReadWorkbookOptions, readWorkbook } from "./readWorkbook";
import { createWorkbook, patchWorkbook } from "./writeWorkbook";
import type { DeflateCodec } from "./zip/zipPackage";
import { type InputWorkbook, type PlainSheet, type ProgressListener, type WorkbookHost } from "../workbookHost";

export class XlsxFileHost implements WorkbookHost {
  /**
   * The Indicator history sheets readInputs read, and the bytes they came from: writeResults
   * compares the new history with them instead of reading the sheet and the shared strings again.
   */
  private historyRead: { readonly from: Uint8Array; readonly sheets: readonly SheetGrid[] } | null = null;
  /**
   * The sheets create() wrote and the bytes holding them: a history writeResults is handed that is
   * one of them, untouched since, is in the workbook already (a consolidation's new workbook). Not
   * spliced again, it is neither read back nor its XML walked.
   */
  private created: { readonly from: Uint8Array; readonly sheets: readonly PlainSheet[] } | null = null;

  constructor(
    private workbook: Uint8Array,
    private readonly codec?: DeflateCodec,
    /** Told how far the reading of each input sheet has come (readWorkbook's onSheetRows). */
    private readonly onSheetRows?: ReadWorkbookOptions["onSheetRows"],
  ) {}

  /** A new workbook holding `sheets` (a workbook needs at least one). */
  static create(sheets: readonly PlainSheet[], codec?: DeflateCodec): XlsxFileHost {
    const host = new XlsxFileHost(createWorkbook(sheets, codec), codec);
    host.created = { from: host.workbook, sheets };
    return host;
  }

  /** The workbook as it stands after the writes so far. */
  get bytes(): Uint8Array {
    return this.workbook;
  }

  async readInputs(isInputSheet: (name: string) => boolean): Promise<InputWorkbook> {
    const read = readWorkbook(this.workbook, {
      includeSheet: isInputSheet,
      codec: this.codec,
      onSheetRows: this.onSheetRows,
    });
    this.historyRead = { from: this.workbook, sheets: read.sheets.filter((s) => inputSheetKey(s.name) === "history") };
    return { sheets: read.sheets, sheetNames: read.sheetInfo.map((s) => s.name), ownedSheets: read.ownedSheets };
  }

  async writeResults(
    sheets: readonly ResultSheet[],
    history: PlainSheet,
    onProgress?: ProgressListener,
  ): Promise<void> {
    onProgress?.(0, 1, "workbook");
    // patchWorkbook refuses (sheetNotOwned) before changing anything; the application layer checked first.
    const key = history.name.trim().toLowerCase();
    const readBefore =
      this.historyRead?.from === this.workbook
        ? this.historyRead.sheets.find((s) => s.name.trim().toLowerCase() === key)
        : undefined;
    const written = this.created?.from === this.workbook && this.created.sheets.includes(history);
    this.workbook = patchWorkbook(this.workbook, sheets, {
      replaceInputSheets: written ? [] : [{ ...history, readBefore }],
      codec: this.codec,
    });
    this.historyRead = null;
    this.created = null;
    onProgress?.(1, 1, "");
  }

  async addSheets(sheets: readonly PlainSheet[]): Promise<string[]> {
    const existing = new Set(
      readWorkbook(this.workbook, { includeSheet: () => false, codec: this.codec }).sheetInfo.map((s) =>
        s.name.toLowerCase(),
      ),
    );
    const missing = sheets.filter((s) => !existing.has(s.name.toLowerCase()));
    if (missing.length > 0)
      this.workbook = patchWorkbook(this.workbook, [], { replaceInputSheets: missing, codec: this.codec });
    return missing.map((s) => s.name);
  }

  async writeSheet(sheet: PlainSheet): Promise<void> {
    this.workbook = patchWorkbook(this.workbook, [], { replaceInputSheets: [sheet], codec: this.codec });
  }
}
