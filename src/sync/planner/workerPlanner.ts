/**
 * The planner behind a Web Worker. The table body goes over in slices with a pause between them, so
 * no single structured clone holds the UI thread for long; replies come back by request id.
 */
import type { CellValue } from "../../workbook";
import type { PlannedTable, TablePlanRequest } from "../reconcile";
import type { Planner } from "./plannerPort";
import type { FromWorker, ToWorker } from "./workerProtocol";
import { BODY_SLICE_ROWS } from "./workerProtocol";

export interface WorkerLike {
  postMessage(message: ToWorker): void;
  addEventListener(type: "message", listener: (e: MessageEvent<FromWorker>) => void): void;
  terminate(): void;
}

export interface WorkerPlannerOptions {
  /** The pane's database; the worker opens its own connection to it. */
  dbName?: string;
  /** Prefix of the row ids the worker hands out (unique per pane). */
  idPrefix: string;
  /** Gives the UI thread a turn between body slices (a macrotask in the pane). */
  yieldToUi: () => Promise<void>;
}

export function createWorkerPlanner(worker: WorkerLike, options: WorkerPlannerOptions): Planner {
  const replies = new WorkerReplies(worker);
  worker.postMessage({ type: "init", dbName: options.dbName, idPrefix: options.idPrefix });
  return {
    async plan(request, body) {
      for (let i = 0; i < body.length; i += BODY_SLICE_ROWS) {
        worker.postMessage({ type: "body", rows: body.slice(i, i + BODY_SLICE_ROWS) as CellValue[][] });
        await options.yieldToUi();
      }
      return replies.plan(request);
    },
    async commit() {
      await replies.ask<"committed">({ type: "commit", id: replies.nextId() });
    },
    discard() {
      worker.postMessage({ type: "discard" });
    },
    async op(request, context) {
      return (await replies.ask<"op">({ type: "op", id: replies.nextId(), request, context })).outcome;
    },
    dispose() {
      worker.terminate();
      replies.rejectAll(new Error("Planner stopped"));
    },
  };
}

/** Requests waiting for the worker's answer, by id; write slices gathered ahead of their plan's answer. */
class WorkerReplies {
  private lastId = 0;
  private readonly waiting = new Map<number, { resolve: (m: FromWorker) => void; reject: (e: Error) => void }>();
  private readonly writes = new Map<number, { blocks: PlannedTable["blocks"]; fills: PlannedTable["fills"] }>();

  constructor(private readonly worker: WorkerLike) {
    worker.addEventListener("message", (e) => this.receive(e.data));
  }

  nextId(): number {
    return ++this.lastId;
  }

  ask<T extends FromWorker["type"]>(message: ToWorker & { id: number }): Promise<Extract<FromWorker, { type: T }>> {
    return new Promise((resolve, reject) => {
      this.waiting.set(message.id, { resolve: resolve as (m: FromWorker) => void, reject });
      this.worker.postMessage(message);
    });
  }

  /** A plan's answer with the write slices that came before it. */
  async plan(request: TablePlanRequest): Promise<PlannedTable> {
    const id = this.nextId();
    try {
      const reply = await this.ask<"planned">({ type: "plan", id, request });
      const got = this.writes.get(id);
      return got ? { ...reply.planned, blocks: got.blocks, fills: got.fills } : reply.planned;
    } finally {
      this.writes.delete(id);
    }
  }

  rejectAll(error: Error): void {
    for (const w of this.waiting.values()) w.reject(error);
    this.waiting.clear();
  }

  private receive(m: FromWorker): void {
    if (m.type === "writes") {
      const got = this.writes.get(m.id) ?? { blocks: [], fills: [] };
      for (const b of m.blocks) got.blocks.push(b);
      for (const f of m.fills) got.fills.push(f);
      this.writes.set(m.id, got);
      return;
    }
    const w = this.waiting.get(m.id);
    if (!w) return;
    this.waiting.delete(m.id);
    if (m.type === "failed") w.reject(Object.assign(new Error(m.message), { name: m.name }));
    else w.resolve(m);
  }
}
