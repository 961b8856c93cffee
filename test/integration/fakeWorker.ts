/**
 * A Web Worker stand-in for jest: messages cross as structured clones on later macrotasks, both ways,
 * and the worker side is the real handler the plan worker runs.
 */
import { createWorkerHandler } from "../../src/sync/workerHandler";
import type { WorkerLike } from "../../src/sync";
import type { FromWorker, ToWorker } from "../../src/sync/workerProtocol";

export function createFakeWorker(): WorkerLike & { messagesToWorker: () => number } {
  const listeners: ((e: MessageEvent<FromWorker>) => void)[] = [];
  let sent = 0;
  let terminated = false;
  const handle = createWorkerHandler((message) => {
    const copy = structuredClone(message);
    setTimeout(() => {
      if (!terminated) for (const l of listeners) l({ data: copy } as MessageEvent<FromWorker>);
    }, 0);
  });
  return {
    postMessage(message: ToWorker) {
      sent++;
      const copy = structuredClone(message);
      setTimeout(() => void handle(copy), 0);
    },
    addEventListener(_type, listener) {
      listeners.push(listener);
    },
    terminate() {
      terminated = true;
    },
    messagesToWorker: () => sent,
  };
}
