/**
 * Excel's events, as the bed raises them to the real client.
 *
 * How the client listens (excel-web-16.00.debug.js): `worksheet.onChanged.add(handler)` puts a
 * `_RegisterDataChangedEvent` method action in the next request (WorksheetCollection:
 * `_RegisterAddedEvent`, `_RegisterDeletedEvent`), so Excel learns of the registration from the
 * batch itself; the client keeps the handler in its GenericEventRegistration when the request's
 * trace marker comes back. Excel then sends each event as a Rich API message whose entry names the
 * event type (messageType: 10 Changed, 13 Added, 15 Deleted), the target (the worksheet's id, or
 * "Workbook" for the collection) and a JSON payload; the client's `_handleRichApiMessage` calls the
 * handlers of that type and target. The bed delivers through the client's own entry point for that
 * (`OfficeExtension._testTriggerRichApiMessageEvent`, which calls the same `_handleRichApiMessage`).
 *
 * What Excel sends, and when (learn.microsoft.com "Work with Events using the Excel JavaScript
 * API", WorksheetChangedEventArgs): events fire for a change made by the user *and* for one made by
 * an add-in's own JavaScript; `source` is "Local" unless a coauthor made it ("Remote");
 * `triggerSource` exists from ExcelApi 1.14 only, so an Excel at 1.9 does not send it; `details`
 * (valueBefore/valueAfter, ExcelApi 1.9) only for a change of one cell. Events reach the add-in
 * asynchronously, after the batch that caused them: the bed queues the events a request raises and
 * delivers them once its response has gone back (after `delayMs`), never in the middle of a batch.
 */
// @ts-nocheck

import { type Rect, type Sheet, rectAddress } from "./workbook";

export type DataChangeType = "RangeEdited" | "RowInserted" | "RowDeleted" | "CellDeleted";

export type BookEvent =
  | {
      readonly kind: "changed";
      readonly sheet: Sheet;
      readonly rect: Rect;
      readonly changeType: DataChangeType;
      /** One cell changed: its value before and after. */
      readonly details?: { readonly before: unknown; readonly after: unknown };
    }
  | { readonly kind: "added"; readonly sheet: Sheet }
  | { readonly kind: "deleted"; readonly sheetId: string };

/** The Rich API message types the client's event handlers are registered under. */
export const EVENT_TYPE = { changed: 10, added: 13, deleted: 15 } as const;
const EVENT_MESSAGE_CATEGORY = 65536;
const WORKBOOK_TARGET = "Workbook";

export interface RichApiMessage {
  entries: { messageCategory: number; messageType: number; targetId: string; message: string }[];
}

/** One event as the add-in received it. */
export interface DeliveredEvent {
  readonly type: number;
  readonly targetId: string;
  readonly payload: Record<string, unknown>;
}

export class EventChannel {
  /** What Excel holds registered for this add-in: "10:{sheet id}", "13:Workbook", "15:Workbook". */
  readonly registered = new Set<string>();
  /** Every event delivered to the client, in order. */
  readonly delivered: DeliveredEvent[] = [];
  /** How long after a batch's response its events reach the add-in. */
  delayMs = 0;
  private pending: BookEvent[] = [];
  private inFlight: Promise<void>[] = [];

  constructor(private readonly trigger: (message: RichApiMessage) => void) {}

  register(type: number, targetId: string, on: boolean): void {
    const key = `${type}:${targetId}`;
    if (on) this.registered.add(key);
    else this.registered.delete(key);
  }

  /** An event a change raised, if the add-in listens for it; delivered after the batch (flush). */
  raise(event: BookEvent): void {
    const [type, targetId] = this.message(event);
    if (this.registered.has(`${type}:${targetId}`)) this.pending.push(event);
  }

  /** The batch is answered: its events go to the add-in a moment later. */
  flush(): void {
    const events = this.pending;
    this.pending = [];
    if (events.length === 0) return;
    this.inFlight.push(
      new Promise<void>((resolve) =>
        setTimeout(() => {
          for (const e of events) this.deliver(e);
          resolve();
        }, this.delayMs),
      ),
    );
  }

  /** Resolves when every event raised so far has been delivered (and the handlers it started have had a turn). */
  async settled(): Promise<void> {
    while (this.inFlight.length > 0) {
      const waiting = this.inFlight;
      this.inFlight = [];
      await Promise.all(waiting);
    }
    // The client calls a handler after its eventArgsTransformFunc's promise: let those run.
    for (let i = 0; i < 5; i++) await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }

  private deliver(event: BookEvent): void {
    const [type, targetId, payload] = this.message(event);
    this.delivered.push({ type, targetId, payload });
    this.trigger({
      entries: [
        { messageCategory: EVENT_MESSAGE_CATEGORY, messageType: type, targetId, message: JSON.stringify(payload) },
      ],
    });
  }

  private message(event: BookEvent): [number, string, Record<string, unknown>] {
    switch (event.kind) {
      case "changed": {
        const address = rectAddress(event.sheet.name, event.rect).split("!").pop() ?? "";
        const payload: Record<string, unknown> = {
          address,
          changeType: event.changeType,
          source: "Local",
          worksheetId: event.sheet.id,
          shiftDirection: "None",
        };
        if (event.details !== undefined) {
          payload.valueBefore = event.details.before;
          payload.valueAfter = event.details.after;
        }
        return [EVENT_TYPE.changed, event.sheet.id, payload];
      }
      case "added":
        return [EVENT_TYPE.added, WORKBOOK_TARGET, { source: "Local", worksheetId: event.sheet.id }];
      case "deleted":
        return [EVENT_TYPE.deleted, WORKBOOK_TARGET, { source: "Local", worksheetId: event.sheetId }];
    }
  }
}
