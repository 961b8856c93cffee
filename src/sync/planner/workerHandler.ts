/**
 * The planner's side of the worker protocol, separate from the worker's entry (app/plannerWorker.ts, which
 * gives it the store) so tests can drive it in-process with structured clones in between.
 */
import type { SyncStore } from "../../store";
import type { CellValue } from "../../workbook";
import { rowsWrittenBy } from "../reconcile";
import type { PlannedTable } from "../reconcile";
import { createInProcessPlanner } from "./inProcessPlanner";
import type { Planner } from "./plannerPort";
import { SharedTexts } from "./sharedTexts";
import type { FromWorker, ToWorker } from "./workerProtocol";
import { HEARTBEAT_MS, WRITE_SLICE_CELLS } from "./workerProtocol";

/** What the worker side is given by its entry: the store on the pane's database, and its own clock. */
export interface WorkerHandlerDeps {
  openStore: (dbName: string | undefined) => SyncStore;
  monotonicMs: () => number;
  /** Calls `beat` every `ms` until the returned stop is called: the heartbeat while a request is handled (F5). */
  every?: (ms: number, beat: () => void) => () => void;
}

/** Handles the engine's messages in order (a commit never overtakes its plan); replies through `post`. */
export function createWorkerHandler(
  post: (message: FromWorker) => void,
  deps: WorkerHandlerDeps,
): (message: ToWorker) => Promise<void> {
  let planner: Planner | null = null;
  let body: CellValue[][] = [];
  const texts = new SharedTexts();
  let chain: Promise<void> = Promise.resolve();
  // SP62: the last plan's write-back when it is more than one slice, fetched by the engine a slice at a time.
  let held: WriteSlice[] = [];
  const keep = (slices: WriteSlice[]) => {
    held = slices;
  };
  const handle = async (message: Exclude<ToWorker, { type: "writeSlice" }>): Promise<void> => {
    if (message.type !== "warm" && message.type !== "op" && message.type !== "commit") held = [];
    if (message.type === "init") {
      let n = 0;
      const newId = () => `${message.idPrefix}${(++n).toString(36)}`;
      planner = createInProcessPlanner(deps.openStore(message.dbName), { newId, timer: deps.monotonicMs });
    } else if (message.type === "body") {
      for (const row of message.rows) body.push(texts.share(row));
    } else if (message.type === "discard") {
      planner?.discard();
      body = [];
      texts.clear();
    } else if (message.type === "warm") {
      planner?.warm?.(message.bindings);
    } else if (planner) {
      const rows = message.type === "plan" ? body : [];
      if (message.type === "plan") {
        body = [];
        texts.clear();
      }
      const stop = deps.every?.(HEARTBEAT_MS, () => post({ type: "alive" }));
      const ok = await answer(planner, message, rows, post, keep).finally(() => stop?.());
      if (!ok) body = [];
    }
  };
  // A slice is answered at once, not after the work queued before it: a commit may run while the sheet is written (SP42).
  return (message) => {
    if (message.type !== "writeSlice") return (chain = chain.then(() => handle(message)));
    const slice = held[message.index];
    if (message.index === held.length - 1) held = []; // the last one: the write-back is the engine's now
    post(
      slice
        ? { type: "slice", id: message.id, ...slice }
        : { type: "failed", id: message.id, message: "The plan's write-back is no longer held.", name: "Error" },
    );
    return Promise.resolve();
  };
}

/** Answers a plan, commit or op; false when it failed (the failure is posted). */
async function answer(
  planner: Planner,
  message: Exclude<Extract<ToWorker, { id: number }>, { type: "writeSlice" }>,
  rows: CellValue[][],
  post: (message: FromWorker) => void,
  keep: (slices: WriteSlice[]) => void,
): Promise<boolean> {
  try {
    if (message.type === "plan" || message.type === "planEdit" || message.type === "unchanged") {
      const planned =
        message.type === "plan"
          ? await planner.plan(message.request, rows)
          : message.type === "unchanged"
            ? await (planner.unchanged?.(message.request) ?? null)
            : await (planner.planEdit?.(message.request, message.patch) ?? null);
      if (!planned) {
        post({ type: "noEdit", id: message.id });
        return true;
      }
      const slices = writeSlices(planned);
      let heldWrites: PlannedTable["heldWrites"];
      if (slices.length > 1) {
        keep(slices);
        heldWrites = { slices: slices.length, rows: rowsWrittenBy(planned.blocks, planned.fills) };
      } else for (const slice of slices) post({ type: "writes", id: message.id, ...slice });
      const cells = { blocks: [], fills: [], ...(heldWrites ? { heldWrites } : {}) };
      post({ type: "planned", id: message.id, planned: { ...planned, ...cells } });
    } else if (message.type === "commit") {
      await planner.commit();
      post({ type: "committed", id: message.id });
    } else {
      post({ type: "op", id: message.id, outcome: await planner.op(message.request, message.context) });
    }
    return true;
  } catch (error) {
    const name = (error as Error)?.name ?? "Error";
    post({ type: "failed", id: message.id, message: String((error as Error)?.message ?? error), name });
    return false;
  }
}

type WriteSlice = { blocks: PlannedTable["blocks"]; fills: PlannedTable["fills"] };

/** Blocks split by rows so each message carries about WRITE_SLICE_CELLS cells; fills go with the first slice. */
function writeSlices(planned: PlannedTable): WriteSlice[] {
  const slices: WriteSlice[] = [];
  let current: PlannedTable["blocks"] = [];
  let cells = 0;
  const flush = () => {
    slices.push({ blocks: current, fills: slices.length === 0 ? planned.fills : [] });
    current = [];
    cells = 0;
  };
  for (const block of planned.blocks) {
    const width = block.values[0]?.length ?? 0;
    const rowsPerSlice = Math.max(1, Math.floor(WRITE_SLICE_CELLS / Math.max(1, width)));
    for (let r = 0; r < block.values.length; r += rowsPerSlice) {
      const values = block.values.slice(r, r + rowsPerSlice);
      current.push({ rowIndex: block.rowIndex + r, colIndex: block.colIndex, values });
      cells += values.length * width;
      if (cells >= WRITE_SLICE_CELLS) flush();
    }
  }
  if (current.length > 0 || slices.length === 0) flush();
  return slices;
}
