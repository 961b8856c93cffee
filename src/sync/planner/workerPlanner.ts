/**
 * The planner behind a Web Worker. The table body goes over in slices with a pause between them, so
 * no single structured clone holds the UI thread for long; replies come back by request id. A worker that dies or
 * hangs is restarted and the request sent once more (F5, workerSupervisor.ts).
 */
import type { Timers } from "../ports";
import type { CellValue } from "../../workbook";
import type { PlannedTable, TablePlanRequest } from "../reconcile";
import type { Planner } from "./plannerPort";
import type { WorkerLike } from "./workerSupervisor";
import { WorkerSupervisor } from "./workerSupervisor";
import type { FromWorker } from "./workerProtocol";
import { BODY_SLICE_ROWS } from "./workerProtocol";

export type { WorkerLike } from "./workerSupervisor";

export interface WorkerPlannerOptions {
  /** The pane's database; the worker opens its own connection to it. */
  dbName?: string;
  /** Prefix of the row ids the worker hands out (unique per pane). */
  idPrefix: string;
  /** Gives the UI thread a turn between body slices (a macrotask in the pane). */
  yieldToUi: () => Promise<void>;
  /** Starts a fresh worker when one died or hangs (F5). */
  spawn?: () => WorkerLike;
  /** Watches for a worker that stops answering (F5): silent for 10 s while a request waits means hung. */
  timers?: Timers;
}

type Answer<T extends FromWorker["type"]> = Extract<FromWorker, { type: T }>;

export function createWorkerPlanner(worker: WorkerLike, options: WorkerPlannerOptions): Planner {
  const supervisor = new WorkerSupervisor(worker, options);
  let lastSheet = "";
  let lang: "en" | "da" = "en";
  return {
    async plan(request, body) {
      const id = supervisor.nextId();
      lastSheet = request.sheetName;
      lang = request.lang;
      const send = async (to: WorkerLike) => {
        for (let i = 0; i < body.length; i += BODY_SLICE_ROWS) {
          to.postMessage({ type: "body", rows: body.slice(i, i + BODY_SLICE_ROWS) as CellValue[][] });
          await options.yieldToUi();
        }
        to.postMessage({ type: "plan", id, request });
      };
      return (await askPlan(supervisor, id, request, send)) as PlannedTable;
    },
    async planEdit(request, patch) {
      const id = supervisor.nextId();
      lastSheet = request.sheetName;
      lang = request.lang;
      const send = async (to: WorkerLike) => to.postMessage({ type: "planEdit", id, request, patch });
      return askPlan(supervisor, id, request, send);
    },
    async unchanged(request) {
      const id = supervisor.nextId();
      const send = async (to: WorkerLike) => to.postMessage({ type: "unchanged", id, request });
      return askPlan(supervisor, id, request, send);
    },
    writeSlice: (index) => askSlice(supervisor, index, { code: "PLAN_STOPPED", lang, params: { sheet: lastSheet } }),
    async commit() {
      const id = supervisor.nextId();
      const send = async (to: WorkerLike) => to.postMessage({ type: "commit", id });
      const failure = { code: "COMMIT_STOPPED" as const, lang, params: { sheet: lastSheet } };
      await supervisor.ask({ id, send, failure, again: false });
    },
    discard() {
      supervisor.current.postMessage({ type: "discard" });
    },
    warm(bindings) {
      supervisor.current.postMessage({ type: "warm", bindings: [...bindings] });
    },
    cancel() {
      supervisor.cancel();
    },
    async op(request, context) {
      const id = supervisor.nextId();
      const send = async (to: WorkerLike) => to.postMessage({ type: "op", id, request, context });
      const failure = { code: "OP_STOPPED" as const, lang: context.lang, params: { what: request.kind } };
      return ((await supervisor.ask({ id, send, failure, again: true })) as Answer<"op">).outcome;
    },
    dispose() {
      supervisor.stop(new Error("Planner stopped"));
    },
  };
}

/** One slice of the write-back the worker holds for its last plan (SP62); never sent again to a fresh worker. */
async function askSlice(
  supervisor: WorkerSupervisor,
  index: number,
  failure: { code: "PLAN_STOPPED"; lang: "en" | "da"; params: { sheet: string } },
): Promise<Pick<PlannedTable, "blocks" | "fills">> {
  const id = supervisor.nextId();
  const send = async (to: WorkerLike) => to.postMessage({ type: "writeSlice", id, index });
  const reply = (await supervisor.ask({ id, send, failure, again: false })) as Answer<"slice">;
  return { blocks: reply.blocks, fills: reply.fills };
}

/** A plan asked of the worker, with the write slices that came ahead of it; null when it holds no table to edit. */
async function askPlan(
  supervisor: WorkerSupervisor,
  id: number,
  request: TablePlanRequest,
  send: (to: WorkerLike) => Promise<void>,
): Promise<PlannedTable | null> {
  const failure = { code: "PLAN_STOPPED" as const, lang: request.lang, params: { sheet: request.sheetName } };
  try {
    const reply = (await supervisor.ask({ id, send, failure, again: true })) as Answer<"planned" | "noEdit">;
    if (reply.type === "noEdit") return null;
    const got = supervisor.takeWrites(id);
    return got ? ({ ...reply.planned, blocks: got.blocks, fills: got.fills } as PlannedTable) : reply.planned;
  } finally {
    supervisor.takeWrites(id);
  }
}
