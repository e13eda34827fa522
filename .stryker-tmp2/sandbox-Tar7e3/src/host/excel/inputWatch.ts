/**
 * Results that know they are stale: while the pane is open, the input sheets are watched with
 * Office.js events, and each change the user makes is reported, so the pane can say the results
 * are out of date. The results are never rewritten on an edit: that would clear Excel's undo history.
 *
 * What Excel sends (learn.microsoft.com, "Work with Events using the Excel JavaScript API";
 * WorksheetChangedEventArgs): `worksheet.onChanged` (ExcelApi 1.7) fires for a change of cell data
 * made by the user, by a macro, *and by this add-in's own writes*, after the batch that made it;
 * `triggerSource`, which would say "ThisLocalAddin", exists only from ExcelApi 1.14, above what the
 * manifest asks (1.9). So:
 * - Only input sheets are watched: writing the result sheets raises nothing here.
 * - The one input sheet the product writes, Indicator history, raises events for Compute's own
 *   upsert. Compute runs inside `ownWrites`: an event on such a sheet that arrives while it runs, or
 *   within `settleMs` after (events come after their batch), is the product's own and is ignored;
 *   one that says triggerSource "ThisLocalAddin" (a newer Excel) is ignored whenever it comes.
 * - Runtime.enableEvents (ExcelApi 1.8) is not used: it switches off every event of the add-in's
 *   runtime, so a user's edit of Controls made while Compute runs would be lost and the results
 *   would claim to be current; and office-js issue #1786 reports handlers still called with it off.
 * - A sheet added (worksheets.onAdded) is watched from then on if it is an input sheet, and counts
 *   as a change (it feeds the results); an input sheet deleted (onDeleted) counts as a change too.
 */
// @ts-nocheck

/// <reference types="office-js" />

export type InputChangeKind = "changed" | "added" | "deleted";

export interface InputChange {
  /** The sheet's name when the change was heard. */
  readonly sheet: string;
  readonly kind: InputChangeKind;
  /** When the pane heard of it. */
  readonly at: Date;
}

export interface InputWatchOptions {
  /** Whether a sheet of this name is an input sheet (read by Compute). */
  readonly isInput: (name: string) => boolean;
  /** Input sheets the product writes itself (Indicator history). */
  readonly isOwnWritten: (name: string) => boolean;
  readonly onChange: (change: InputChange) => void;
  /** How long after the product's own writes their events may still arrive. */
  readonly settleMs?: number;
  readonly now?: () => Date;
}

/** Runs a batch on a new context (Excel.run), or on a context kept from an earlier one. */
export interface ExcelRunner {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  runOn<T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export const DEFAULT_SETTLE_MS = 2000;

interface Watched {
  name: string;
  readonly handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;
}

export class InputWatch {
  private readonly watched = new Map<string, Watched>();
  private readonly collection: OfficeExtension.EventHandlerResult<unknown>[] = [];
  private context: Excel.RequestContext | null = null;
  /** Own writes under way, and the end of the latest one's settle time. */
  private writing = 0;
  private settleUntil = 0;
  private stopped = false;
  /** Every sheet's name when the watch started. */
  names: string[] = [];

  private constructor(
    private readonly excel: ExcelRunner,
    private readonly options: InputWatchOptions,
  ) {}

  /** Starts watching every input sheet of the workbook, and the sheets added or deleted. */
  static async start(excel: ExcelRunner, options: InputWatchOptions): Promise<InputWatch> {
    const watch = new InputWatch(excel, options);
    await excel.run(async (context) => {
      watch.context = context;
      const sheets = context.workbook.worksheets;
      sheets.load("items/id,items/name");
      await context.sync();
      watch.names = sheets.items.map((s) => s.name);
      for (const sheet of sheets.items) if (options.isInput(sheet.name)) watch.listen(sheet);
      watch.collection.push(sheets.onAdded.add((e) => watch.added(e)));
      watch.collection.push(sheets.onDeleted.add((e) => watch.deleted(e)));
      await context.sync();
    });
    return watch;
  }

  /** The input sheets watched now, by name. */
  get sheets(): string[] {
    return [...this.watched.values()].map((w) => w.name);
  }

  /** Runs the product's own writes: the events they raise on the sheets it writes are not the user's changes. */
  async ownWrites<T>(work: () => Promise<T>): Promise<T> {
    this.writing++;
    try {
      return await work();
    } finally {
      this.writing--;
      this.settleUntil = this.now().getTime() + (this.options.settleMs ?? DEFAULT_SETTLE_MS);
    }
  }

  /** Removes every handler (the pane is closing). */
  async stop(): Promise<void> {
    if (this.stopped || this.context === null) return;
    this.stopped = true;
    await this.excel.runOn(this.context, async (context) => {
      for (const w of this.watched.values()) w.handler.remove();
      for (const h of this.collection) h.remove();
      await context.sync();
    });
    this.watched.clear();
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private listen(sheet: Excel.Worksheet): void {
    const handler = sheet.onChanged.add((e) => this.changed(e));
    this.watched.set(sheet.id, { name: sheet.name, handler });
  }

  private ownEvent(sheet: string, triggerSource: unknown): boolean {
    if (triggerSource === "ThisLocalAddin") return true;
    const writing = this.writing > 0 || this.now().getTime() <= this.settleUntil;
    return writing && this.options.isOwnWritten(sheet);
  }

  private report(sheet: string, kind: InputChangeKind): void {
    if (!this.stopped) this.options.onChange({ sheet, kind, at: this.now() });
  }

  private changed(e: Excel.WorksheetChangedEventArgs): Promise<void> {
    const w = this.watched.get(e.worksheetId);
    const trigger = (e as { triggerSource?: unknown }).triggerSource;
    if (w !== undefined && !this.ownEvent(w.name, trigger)) this.report(w.name, "changed");
    return Promise.resolve();
  }

  private async added(e: Excel.WorksheetAddedEventArgs): Promise<void> {
    if (this.stopped || this.context === null) return;
    const name = await this.excel.runOn(this.context, async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(e.worksheetId);
      sheet.load("id,name");
      await context.sync();
      if (sheet.isNullObject || !this.options.isInput(sheet.name) || this.watched.has(sheet.id)) return null;
      this.listen(sheet);
      await context.sync();
      return sheet.name;
    });
    if (name !== null && !this.ownEvent(name, undefined)) this.report(name, "added");
  }

  private deleted(e: Excel.WorksheetDeletedEventArgs): Promise<void> {
    const w = this.watched.get(e.worksheetId);
    if (w === undefined) return Promise.resolve();
    this.watched.delete(e.worksheetId);
    if (!this.ownEvent(w.name, undefined)) this.report(w.name, "deleted");
    return Promise.resolve();
  }
}
