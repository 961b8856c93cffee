/**
 * A Web Worker stand-in for jest: messages cross as structured clones on later macrotasks, both ways,
 * and the worker side is the real handler the plan worker runs.
 */
import { createDexieSyncStore } from "../../src/store";
import { createWorkerHandler } from "../../src/sync";
import type { FromWorker, ToWorker, WorkerLike } from "../../src/sync";

let ticks = 0;
/**
 * What the real worker entry (src/app/plannerWorker.ts) gives the handler: Dexie on the pane's database, and a
 * counting clock instead of performance.now (tests read no wall-clock time).
 */
const WORKER_DEPS = {
  openStore: (dbName: string | undefined) => createDexieSyncStore(dbName ? { name: dbName } : {}),
  monotonicMs: () => ++ticks,
};

export function createFakeWorker(): WorkerLike & { messagesToWorker: () => number } {
  const listeners: ((e: MessageEvent<FromWorker>) => void)[] = [];
  let sent = 0;
  let terminated = false;
  const handle = createWorkerHandler((message) => {
    const copy = structuredClone(message);
    setTimeout(() => {
      if (!terminated) for (const l of listeners) l({ data: copy } as MessageEvent<FromWorker>);
    }, 0);
  }, WORKER_DEPS);
  return {
    postMessage(message: ToWorker) {
      sent++;
      const copy = structuredClone(message);
      setTimeout(() => void handle(copy), 0);
    },
    addEventListener(type: string, listener: (e: MessageEvent<FromWorker>) => void) {
      if (type === "message") listeners.push(listener);
    },
    terminate() {
      terminated = true;
    },
    messagesToWorker: () => sent,
  };
}
