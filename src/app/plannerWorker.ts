/**
 * The plan worker's entry: opens its own store connection (same IndexedDB database as the pane) and runs the
 * planner there, so parsing, validating and committing 100,000 lines never blocks the task pane.
 */
import { createDexieSyncStore } from "../store";
import { createWorkerHandler, warmUp } from "../sync";
import type { FromWorker, ToWorker } from "../sync";

interface WorkerScope {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
}
const scope = self as unknown as WorkerScope;
const handle = createWorkerHandler((message) => scope.postMessage(message), {
  // The lines are read while the pane reconciles the tables before them (SP34).
  openStore: (dbName) => warmUp(createDexieSyncStore(dbName ? { name: dbName } : {})),
  monotonicMs: () => performance.now(),
  every: (ms, beat) => {
    const handle = setInterval(beat, ms);
    return () => clearInterval(handle);
  },
});
scope.onmessage = (e) => handle(e.data);
