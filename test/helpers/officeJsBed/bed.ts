/**
 * The Excel host's test bed: Microsoft's real Office.js client (officeJs.ts) over a simulated
 * workbook (workbook.ts), joined at the client's request-executor hook. A context's resolver
 * (`_resolveRequestUrlAndHeaderInfo` + `_createRequestExecutorOrNull`, which the client checks
 * for in ClientRequestContext) hands the client our executor in place of the one that would
 * talk to Excel; nothing else of the client is replaced. So the host's code runs through the
 * client's proxies: a property read before load + sync throws PropertyNotLoaded, an API above
 * the supported requirement sets throws ApiNotFound, and every request is the client's own,
 * with its real serialized size and action count (requests).
 */
/// <reference types="office-js" />
import type { ExcelRequestContext } from "../../../src/host/excel/excelApi";
import { EventChannel, type RichApiMessage } from "./events";
import { BedRequestExecutor, type ExecutorState, type RequestRecord } from "./executor";
import type { Bugs } from "./objects";
import { type OfficeJsClient, officeJs } from "./officeJs";
import {
  Book,
  type CellFormat,
  ErrorCell,
  FormulaCell,
  type Rect,
  type Sheet,
  quoteSheet,
  rectAddress,
  typedAsExcel,
  valueOf,
} from "./workbook";

export { EXCEL_PAYLOAD_LIMIT } from "./executor";
export type { RequestRecord } from "./executor";
export { ExcelError } from "./workbook";
export type { Sheet } from "./workbook";

/** One cell as a test looks at it: its value, whether Excel holds it as a formula or an error, its format. */
export interface CellView extends CellFormat {
  value: string | number | boolean;
  formula: boolean;
  error: boolean;
}

export function cellOf(sheet: Sheet, r: number, c: number): CellView {
  const stored = sheet.stored(r, c);
  return {
    value: valueOf(stored),
    formula: stored instanceof FormulaCell,
    error: stored instanceof ErrorCell,
    ...sheet.formatAt(r, c),
  };
}

/** Data validations by address ("Controls!F2"), as tests read them. */
export function validationsOf(
  sheet: Sheet,
): Map<string, { rule: Record<string, unknown>; errorAlert?: Record<string, unknown> }> {
  return new Map(
    sheet.validations.map((v) => [rectAddress(sheet.name, v.rect), { rule: v.rule, errorAlert: v.errorAlert }]),
  );
}

export function tablesOf(sheet: Sheet): { name: string; style: string; address: string }[] {
  return sheet.tables.map((t) => ({ name: t.name, style: t.style, address: rectAddress(sheet.name, t.rect) }));
}

export const box = (r0: number, c0: number, r1: number, c1: number): Rect => ({ r0, c0, r1, c1 });

export class ExcelBed {
  readonly book = new Book();
  readonly bugs: Bugs = { sheetNamesListWorkbookNames: true, userViewsAnotherWorkbook: false };
  /** Every request Excel received, in order. */
  readonly requests: RequestRecord[] = [];
  readonly client: OfficeJsClient = officeJs();
  /** Excel's events to the add-in: what it has registered, what was delivered, how late. */
  readonly events = new EventChannel((message: RichApiMessage) =>
    (
      this.client.OfficeExtension as unknown as { _testTriggerRichApiMessageEvent(m: RichApiMessage): void }
    )._testTriggerRichApiMessageEvent(message),
  );
  private readonly state: ExecutorState = {
    events: this.events,
    scope: { book: this.book, bugs: this.bugs },
    requests: this.requests,
    cellEdit: null,
    references: new Map(),
    memberSets: this.client.memberSets,
    excelApi: () => this.client.supported.get("ExcelApi") ?? 1.1,
  };
  /** What the client asks of a context's URL resolver; see the file comment. */
  private readonly session = {
    _resolveRequestUrlAndHeaderInfo: () => Promise.resolve({ url: "http://document.localhost/", headers: {} }),
    _createRequestExecutorOrNull: () => new BedRequestExecutor(this.state),
  };
  /** A request context of the real client on this workbook (as Excel.run would hand the task pane). */
  readonly context: Excel.RequestContext & ExcelRequestContext;

  constructor() {
    this.book.events = this.events;
    const RequestContext = this.client.Excel.RequestContext as unknown as new (url: unknown) => Excel.RequestContext;
    this.context = new RequestContext(this.session);
  }

  /** The client's `Excel` namespace; `Excel.run` called inside `withSession` runs on this workbook. */
  get Excel(): typeof Excel {
    return this.client.Excel;
  }

  /**
   * Calls `start` with this workbook standing in for Excel's session: an `Excel.run` that
   * `start` begins synchronously runs its whole batch here (the client reads the session once, at the call).
   */
  withSession<T>(start: () => Promise<T>): Promise<T> {
    const sessions = this.client.sessions;
    const previous = sessions._overrideSession;
    sessions._overrideSession = this.session;
    try {
      return start();
    } finally {
      sessions._overrideSession = previous;
    }
  }

  sheet(name: string): Sheet | undefined {
    return this.book.sheet(name);
  }

  get sheets(): Sheet[] {
    return this.book.sheets;
  }

  /** The sheet Excel shows (the last Worksheet.activate), or null. */
  get activeSheet(): Sheet | null {
    return this.book.activeSheet;
  }

  /** A sheet of the user's, its values typed in as a person would (text with an apostrophe stays text). */
  addSheet(name: string, rows: readonly (readonly (string | number | boolean)[])[] = []): Sheet {
    return this.book.typeSheet(name, rows);
  }

  /** The user starts editing a cell; requests fail or wait (delayForCellEdit) until the returned function ends the edit. */
  editCell(): () => void {
    let finish = () => {};
    this.state.cellEdit = new Promise<void>((resolve) => {
      finish = () => {
        this.state.cellEdit = null;
        resolve();
      };
    });
    return finish;
  }

  /**
   * The user types `rows` into `sheet` from `topLeft` (0-based), as in Excel's grid: the cells
   * change, and Excel raises onChanged (RangeEdited, with before and after for one cell), which
   * the add-in receives after `events.delayMs`.
   */
  userEdits(
    sheet: string,
    topLeft: { row: number; col: number },
    rows: readonly (readonly (string | number | boolean)[])[],
  ): void {
    const target = this.book.sheet(sheet);
    if (target === undefined) throw new Error(`No sheet ${sheet}`);
    const rect = {
      r0: topLeft.row,
      c0: topLeft.col,
      r1: topLeft.row + rows.length - 1,
      c1: topLeft.col + Math.max(...rows.map((r) => r.length)) - 1,
    };
    const single = rows.length === 1 && rows[0].length === 1;
    const before = single ? valueOf(target.stored(rect.r0, rect.c0)) : undefined;
    rows.forEach((row, i) => row.forEach((v, j) => target.put(rect.r0 + i, rect.c0 + j, typedAsExcel(v))));
    this.events.raise({
      kind: "changed",
      sheet: target,
      rect,
      changeType: "RangeEdited",
      ...(single ? { details: { before, after: valueOf(target.stored(rect.r0, rect.c0)) } } : {}),
    });
    this.events.flush();
  }

  /** Requests since `from` (an index into `requests`). */
  since(from: number): RequestRecord[] {
    return this.requests.slice(from);
  }
}

/** Every cell holding something, with its view (for "no cell is a formula" checks). */
export function* cellsOf(sheet: Sheet): Generator<CellView & { r: number; c: number }> {
  for (const [r, row] of sheet.rows.entries()) {
    if (row === undefined) continue;
    for (const [c, stored] of row.entries()) if (stored !== undefined) yield { r, c, ...cellOf(sheet, r, c) };
  }
}

/** The formula of a sheet-scoped name, or undefined. */
export function nameOf(sheet: Sheet, name: string): string | undefined {
  return sheet.names.find((n) => n.name.toLowerCase() === name.toLowerCase())?.formula;
}

/** "'Maturity levels'!C5:C19": a reference as Excel writes it. */
export const ref = (sheet: string, local: string) => `${quoteSheet(sheet)}!${local}`;
