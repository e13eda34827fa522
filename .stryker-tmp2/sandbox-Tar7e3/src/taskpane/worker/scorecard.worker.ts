/** Web Worker entry: the core runs here so the pane stays responsive on large workbooks. */
// @ts-nocheck

import { handleRequest } from "./handleRequest";
import type { WorkerRequest, WorkerResponse } from "./protocol";

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(m: WorkerResponse): void;
};
scope.onmessage = (event) => {
  void handleRequest(event.data, (response) => scope.postMessage(response));
};
