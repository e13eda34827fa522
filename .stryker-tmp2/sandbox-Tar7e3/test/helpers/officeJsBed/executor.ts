/**
 * The request executor under the real client: Office.js hands it each batch as
 * { Actions, ObjectPaths } (ClientRequest.buildRequestMessageBodyAndRequestFlags) and expects
 * { Results: [{ ActionId, Value }] } or an Error with the failing action's index
 * (ClientRequestContext.processRequestExecutorResponseMessage). The body is measured as the
 * client's own executor sends it (OfficeJsRequestExecutor: JSON.stringify of the body), then
 * interpreted against the simulated workbook.
 */
// @ts-nocheck

import type { EventChannel } from "./events";
import { ExcelError } from "./workbook";
import { type ApiObject, Collection, type Json, type Scope, WorkbookObject } from "./objects";

/** Excel on the web refuses a request or a response over 5 MB (taken as 5,000,000 bytes, the stricter reading). */
export const EXCEL_PAYLOAD_LIMIT = 5_000_000;

/** The request flag Excel.run sets for `delayForCellEdit` (onBeforeExcelRun in the client). */
export const DELAY_FOR_CELL_EDIT_FLAG = 64;

interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

interface ArgumentInfo {
  Arguments?: unknown[];
  ReferencedObjectPathIds?: unknown[];
}

interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}

interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

export interface RequestMessage {
  Url: string;
  Headers: Record<string, string>;
  Body: unknown;
}

export interface ResponseMessage {
  HttpStatusCode: number;
  ErrorCode: string;
  ErrorMessage: string;
  Headers: Record<string, string>;
  Body: unknown;
}

/** One request as Excel received it. */
export interface RequestRecord {
  /** Bytes of the serialized request body (UTF-8). */
  readonly bytes: number;
  /** Actions in the body, the Instantiate actions the client adds for object paths included. */
  readonly actions: number;
  /** Bytes of the serialized response body. */
  readonly responseBytes: number;
  readonly flags: number;
  /** The properties the request's queries load ("values", "name", ...). */
  readonly loads: readonly string[];
  /** Actions by kind: "Instantiate", "Query", "Trace", or the method or property name ("SetCellProperties", "Values"). */
  readonly kinds: Readonly<Record<string, number>>;
  /** Excel's error code if the request failed. */
  readonly error?: string;
}

export interface ExecutorState {
  readonly scope: Scope;
  /** ExcelApi version of each member ("Range.setCellProperties" -> "1.9"), and the version this Excel supports. */
  readonly memberSets: ReadonlyMap<string, string>;
  readonly excelApi: () => number;
  readonly requests: RequestRecord[];
  /** While the user edits a cell: resolves when the edit ends. */
  cellEdit: Promise<void> | null;
  /** Objects Excel keeps for the client by reference id (Excel.run tracks ranges: _KeepReference). */
  readonly references: Map<string, ApiObject>;
  /** The events the batch's changes raise, sent to the add-in once the batch is answered. */
  readonly events: EventChannel;
}

const utf8 = (text: string) => Buffer.byteLength(text, "utf8");

/** "1.10" is above "1.9". */
function above(version: string, have: number): boolean {
  const [major, minor = "0"] = version.split(".").map(Number).map(String);
  const [haveMajor, haveMinor = "0"] = String(have).split(".");
  return (
    Number(major) > Number(haveMajor) || (Number(major) === Number(haveMajor) && Number(minor) > Number(haveMinor))
  );
}

export class BedRequestExecutor {
  constructor(private readonly state: ExecutorState) {}

  async executeAsync(_customData: string, requestFlags: number, message: RequestMessage): Promise<ResponseMessage> {
    const text = JSON.stringify(message.Body);
    const bytes = utf8(text);
    const request = message.Body as RequestBody;
    const actions = request.Actions.length;
    const loads = [...new Set(request.Actions.flatMap((a) => a.QueryInfo?.Select ?? []))];
    const kinds: Record<string, number> = {};
    for (const a of request.Actions) {
      const kind =
        a.ActionType === 1 ? "Instantiate" : a.ActionType === 2 ? "Query" : a.ActionType === 5 ? "Trace" : a.Name;
      kinds[kind] = (kinds[kind] ?? 0) + 1;
    }
    const fail = (code: string, text: string): ResponseMessage => {
      this.state.requests.push({ bytes, actions, responseBytes: 0, flags: requestFlags, loads, kinds, error: code });
      return { HttpStatusCode: 400, ErrorCode: code, ErrorMessage: text, Headers: {}, Body: null };
    };
    if (bytes > EXCEL_PAYLOAD_LIMIT)
      return fail("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    if (this.state.cellEdit !== null) {
      // Excel answers a batch sent while a cell is being edited with an error, unless it was asked to wait.
      if ((requestFlags & DELAY_FOR_CELL_EDIT_FLAG) === 0)
        return fail(
          "InvalidOperationInCellEditMode",
          "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
        );
      await this.state.cellEdit;
    }
    const body = this.run(JSON.parse(text) as RequestBody);
    // What ran is done even if an action failed, and Excel tells the add-in of it after the batch.
    this.state.events.flush();
    const responseText = JSON.stringify(body);
    const responseBytes = utf8(responseText);
    if (responseBytes > EXCEL_PAYLOAD_LIMIT)
      return fail("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    const error = (body as { Error?: { Code: string } }).Error?.Code;
    this.state.requests.push({
      bytes,
      actions,
      responseBytes,
      flags: requestFlags,
      loads,
      kinds,
      ...(error ? { error } : {}),
    });
    return { HttpStatusCode: 200, ErrorCode: "", ErrorMessage: "", Headers: {}, Body: JSON.parse(responseText) };
  }

  /** Runs the actions in order; an error stops the batch, and what ran before it stays done, as in Excel. */
  private run(body: RequestBody): Json {
    const resolved = new Map<number, ApiObject | null>();
    const kept = new Set<number>(); // paths asked to be kept (_KeepReference): their Instantiate answers a reference id
    const resolve = (id: number): ApiObject | null => {
      if (resolved.has(id)) return resolved.get(id) ?? null;
      const info = body.ObjectPaths[String(id)];
      if (info === undefined) throw new ExcelError("InvalidObjectPath", `Object path ${id} is not in the request.`);
      const parent = () => resolve(info.ParentObjectPathId ?? -1);
      let object: ApiObject | null;
      switch (info.ObjectPathType) {
        case 1: // GlobalObject: the workbook
          object = new WorkbookObject(this.state.scope);
          break;
        case 3: {
          // Method
          const of = parent();
          this.supported(of, info.Name);
          object = of?.method(info.Name, this.args(info.ArgumentInfo, resolve)) ?? null;
          break;
        }
        case 4: {
          // Property
          const of = parent();
          this.supported(of, info.Name);
          object = of?.property(info.Name) ?? null;
          break;
        }
        case 5: // Indexer
          object = parent()?.index(this.args(info.ArgumentInfo, resolve)) ?? null;
          break;
        case 6: {
          // ReferenceId: an object Excel keeps for the client (see _KeepReference)
          const held = this.state.references.get(info.Name);
          if (held === undefined) throw new ExcelError("InvalidObjectPath", `No object is kept as ${info.Name}.`);
          object = held;
          break;
        }
        case 7: // NullObject
          object = null;
          break;
        default:
          throw new ExcelError(
            "NotImplemented",
            `The test bed does not model object path type ${info.ObjectPathType}.`,
          );
      }
      resolved.set(id, object);
      return object;
    };
    const results: { ActionId: number; Value: unknown }[] = [];
    const traces: number[] = [];
    for (const [index, action] of body.Actions.entries()) {
      try {
        const target = () => {
          const object = resolve(action.ObjectPathId);
          if (object === null) throw new ExcelError("ItemNotFound");
          return object;
        };
        switch (action.ActionType) {
          case 1: {
            const object = resolve(action.ObjectPathId);
            let value: Json | null = object === null ? null : object.identity();
            if (object !== null && kept.has(action.ObjectPathId)) {
              const id = `bed-ref-${this.state.references.size + 1}-${action.ObjectPathId}`;
              this.state.references.set(id, object);
              value = { ...value, _ReferenceId: id };
            }
            results.push({ ActionId: action.Id, Value: value });
            break;
          }
          case 2: {
            const object = resolve(action.ObjectPathId);
            for (const name of action.QueryInfo?.Select ?? []) this.supported(object, name.split("/")[0], true);
            const value = object === null ? null : object.query(action.QueryInfo?.Select ?? null);
            results.push({ ActionId: action.Id, Value: value });
            break;
          }
          case 3: {
            if (action.Name === "_KeepReference") {
              target();
              kept.add(action.ObjectPathId);
              break;
            }
            if (action.Name === "_RemoveReference") {
              this.state.references.delete(String(this.args(action.ArgumentInfo, resolve)[0]));
              break;
            }
            this.supported(target(), action.Name);
            const value = target().call(action.Name, this.args(action.ArgumentInfo, resolve));
            if (value !== undefined) results.push({ ActionId: action.Id, Value: value });
            break;
          }
          case 4:
            this.supported(target(), action.Name);
            target().set(action.Name, this.args(action.ArgumentInfo, resolve)[0]);
            break;
          case 5: // Trace
            // Excel answers a trace marker as it reached it (its id among the Results, and in TraceIds):
            // the client runs what it waits on that marker for, as GenericEventHandlers.add keeps the
            // handler of an event only once its marker comes back.
            results.push({ ActionId: action.Id, Value: null });
            traces.push(action.Id);
            break;
          default:
            throw new ExcelError("NotImplemented", `The test bed does not model action type ${action.ActionType}.`);
        }
      } catch (e) {
        if (!(e instanceof ExcelError)) throw e;
        return {
          Results: results,
          ...(traces.length > 0 ? { TraceIds: traces } : {}),
          Error: { Code: e.code, Message: e.message, HttpStatusCode: 400, ActionIndex: index, Location: action.Name },
        };
      }
    }
    return traces.length > 0 ? { Results: results, TraceIds: traces } : { Results: results };
  }

  /** Excel refuses a member newer than the requirement sets it supports (ApiNotFound). */
  private supported(object: ApiObject | null, wireName: string, ofItems = false): void {
    if (object === null || wireName === "") return;
    const member = wireName.charAt(0).toLowerCase() + wireName.slice(1);
    const type = ofItems && object instanceof Collection ? object.itemType : object.type;
    const version = this.state.memberSets.get(`${type}.${member}`);
    if (version !== undefined && above(version, this.state.excelApi()))
      throw new ExcelError(
        "ApiNotFound",
        `The API you are trying to use could not be found. It may be available in a newer version of Excel. (${type}.${member}, ExcelApi ${version})`,
      );
  }

  /** Arguments, with the object paths among them (ReferencedObjectPathIds) resolved to objects. */
  private args(info: ArgumentInfo | undefined, resolve: (id: number) => ApiObject | null): unknown[] {
    const args = info?.Arguments ?? [];
    const refs = info?.ReferencedObjectPathIds;
    if (refs === undefined) return args;
    return args.map((a, i) => (typeof refs[i] === "number" && refs[i] !== 0 ? resolve(refs[i] as number) : a));
  }
}
