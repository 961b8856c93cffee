/**
 * The plan worker's entry: owns its own store connection (same IndexedDB database as the pane) and runs
 * the planner there, so parsing, validating and committing 100,000 lines never blocks the task pane.
 */
import { createWorkerHandler } from "./workerHandler";
import type { FromWorker, ToWorker } from "./workerProtocol";

interface WorkerScope {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
}
const scope = self as unknown as WorkerScope;
const handle = createWorkerHandler((message) => scope.postMessage(message));
scope.onmessage = (e) => handle(e.data);
