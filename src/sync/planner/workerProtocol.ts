/** Messages between the engine (workerPlanner.ts) and the plan worker (workerHandler.ts, started by app/plannerWorker.ts). Structured-clone safe. */
import type { EntityKind } from "../../domain";
import type { CellValue } from "../../workbook";
import type { OpContext, OpRequest, OpResult } from "../operations";
import type { BodyPatch, PlannedTable, TablePlanRequest } from "../reconcile";

export type ToWorker =
  | { type: "init"; dbName: string | undefined; idPrefix: string }
  | { type: "body"; rows: CellValue[][] }
  | { type: "plan"; id: number; request: TablePlanRequest }
  /** An in-body edit (SP20): the table the worker holds, with the patch's rows read again. */
  | { type: "planEdit"; id: number; request: TablePlanRequest; patch: BodyPatch }
  /** A table printed as when its last plan came out settled (SP40): answered "planned", or "noEdit" to plan it. */
  | { type: "unchanged"; id: number; request: TablePlanRequest }
  | { type: "commit"; id: number }
  /** One slice of the write-back the worker holds for the last plan (SP62), answered "slice" out of turn. */
  | { type: "writeSlice"; id: number; index: number }
  | { type: "discard" }
  /** The workbook's bindings as it opens: their plan memos are read in the background (SP48); no answer. */
  | { type: "warm"; bindings: { bindingId: string; entity: EntityKind }[] }
  | { type: "op"; id: number; request: OpRequest; context: OpContext };

export type FromWorker =
  /** Write blocks and fills ahead of their "planned" message, in slices (each clone stays short). */
  | { type: "writes"; id: number; blocks: PlannedTable["blocks"]; fills: PlannedTable["fills"] }
  | { type: "planned"; id: number; planned: PlannedTable }
  | { type: "slice"; id: number; blocks: PlannedTable["blocks"]; fills: PlannedTable["fills"] }
  /** The worker holds no such table for an edit's plan: the engine plans the whole table. */
  | { type: "noEdit"; id: number }
  | { type: "committed"; id: number }
  | { type: "op"; id: number; outcome: OpResult }
  | { type: "failed"; id: number; message: string; name: string }
  /** The worker is working: posted at least every second while it handles a request (F5). */
  | { type: "alive" };

/** How often the worker says it is alive while it works (F5); 10 s without a word means it hangs. */
export const HEARTBEAT_MS = 1000;
/** Rows per body message: each structured clone stays a few milliseconds on the UI thread. */
export const BODY_SLICE_ROWS = 4000;
/** Cells per "writes" message or write-back slice coming back, for the same reason. */
export const WRITE_SLICE_CELLS = 100_000;
