/**
 * The planner's side of the worker protocol, separate from the worker entry so tests can drive it
 * in-process with structured clones in between.
 */
import { createDexieSyncStore } from "../store";
import type { CellValue } from "../workbook";
import { createLocalPlanner } from "./localPlanner";
import type { PlannedTable, Planner } from "./planner";
import type { FromWorker, ToWorker } from "./workerProtocol";
import { WRITE_SLICE_CELLS } from "./workerProtocol";

/** Handles the engine's messages in order (a commit never overtakes its plan); replies through `post`. */
export function createWorkerHandler(post: (message: FromWorker) => void): (message: ToWorker) => Promise<void> {
  let planner: Planner | null = null;
  let body: CellValue[][] = [];
  let chain: Promise<void> = Promise.resolve();
  return (message) => (chain = chain.then(() => handle(message)));

  async function handle(message: ToWorker): Promise<void> {
    if (message.type === "init") {
      let n = 0;
      const store = createDexieSyncStore(message.dbName ? { name: message.dbName } : {});
      planner = createLocalPlanner(store, () => `${message.idPrefix}${(++n).toString(36)}`);
      return;
    }
    if (message.type === "body") {
      for (const row of message.rows) body.push(row);
      return;
    }
    if (message.type === "discard") {
      planner?.discard();
      body = [];
      return;
    }
    const p = planner;
    if (!p) return;
    try {
      if (message.type === "plan") {
        const rows = body;
        body = [];
        const planned = await p.plan(message.request, rows);
        for (const slice of writeSlices(planned)) post({ type: "writes", id: message.id, ...slice });
        post({ type: "planned", id: message.id, planned: { ...planned, blocks: [], fills: [] } });
      } else if (message.type === "commit") {
        await p.commit();
        post({ type: "committed", id: message.id });
      } else {
        post({ type: "op", id: message.id, outcome: await p.op(message.request, message.context) });
      }
    } catch (error) {
      body = [];
      post({ type: "failed", id: message.id, message: String((error as Error)?.message ?? error) });
    }
  }
}

/** Blocks split by rows so each message carries about WRITE_SLICE_CELLS cells; fills go with the first slice. */
function writeSlices(planned: PlannedTable): { blocks: PlannedTable["blocks"]; fills: PlannedTable["fills"] }[] {
  const slices: { blocks: PlannedTable["blocks"]; fills: PlannedTable["fills"] }[] = [];
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
