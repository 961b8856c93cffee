/**
 * The planner behind a Web Worker. The table body goes over in slices with a pause between them, so
 * no single structured clone holds the UI thread for long; replies come back by request id.
 */
import type { CellValue } from "../workbook";
import type { PlannedTable, Planner } from "./planner";
import type { FromWorker, ToWorker } from "./workerProtocol";
import { BODY_SLICE_ROWS } from "./workerProtocol";

export interface WorkerLike {
  postMessage(message: ToWorker): void;
  addEventListener(type: "message", listener: (e: MessageEvent<FromWorker>) => void): void;
  terminate(): void;
}

export function createWorkerPlanner(worker: WorkerLike, options: { dbName?: string; idPrefix: string }): Planner {
  let nextId = 0;
  const waiting = new Map<number, { resolve: (m: FromWorker) => void; reject: (e: Error) => void }>();
  const writes = new Map<number, { blocks: PlannedTable["blocks"]; fills: PlannedTable["fills"] }>();
  worker.addEventListener("message", (e) => {
    const m = e.data;
    if (m.type === "writes") {
      const got = writes.get(m.id) ?? { blocks: [], fills: [] };
      for (const b of m.blocks) got.blocks.push(b);
      for (const f of m.fills) got.fills.push(f);
      writes.set(m.id, got);
      return;
    }
    const w = waiting.get(m.id);
    if (!w) return;
    waiting.delete(m.id);
    if (m.type === "failed") w.reject(new Error(m.message));
    else w.resolve(m);
  });
  const ask = <T extends FromWorker["type"]>(message: ToWorker & { id: number }) =>
    new Promise<Extract<FromWorker, { type: T }>>((resolve, reject) => {
      waiting.set(message.id, { resolve: resolve as (m: FromWorker) => void, reject });
      worker.postMessage(message);
    });
  worker.postMessage({ type: "init", dbName: options.dbName, idPrefix: options.idPrefix });

  return {
    async plan(request, body) {
      for (let i = 0; i < body.length; i += BODY_SLICE_ROWS) {
        worker.postMessage({ type: "body", rows: body.slice(i, i + BODY_SLICE_ROWS) as CellValue[][] });
        await pause();
      }
      const id = ++nextId;
      try {
        const reply = await ask<"planned">({ type: "plan", id, request });
        const got = writes.get(id);
        return got ? { ...reply.planned, blocks: got.blocks, fills: got.fills } : reply.planned;
      } finally {
        writes.delete(id);
      }
    },
    async commit() {
      await ask<"committed">({ type: "commit", id: ++nextId });
    },
    discard() {
      worker.postMessage({ type: "discard" });
    },
    async op(request, context) {
      return (await ask<"op">({ type: "op", id: ++nextId, request, context })).outcome;
    },
    dispose() {
      worker.terminate();
      for (const w of waiting.values()) w.reject(new Error("Planner stopped"));
      waiting.clear();
    },
  };
}

/** Lets the UI thread paint and handle input between slices. */
function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
