/**
 * The planner does the store side of the engine's work: a table's reconcile (load the store's rows, parse and
 * validate the body, decide what to store and write) and the pane's operations, holding each unit of work until
 * the engine commits or discards it. In the task pane it runs in a Web Worker (workerPlanner.ts) so a
 * 100,000-line paste never blocks the UI; tests run it in the calling thread (inProcessPlanner.ts).
 */
import type { EntityKind } from "../../domain";
import type { OpContext, OpRequest, OpResult } from "../operations";
import type { BodyPatch, PlannedTable, TablePlanRequest } from "../reconcile";
import type { CellBlock, CellFill } from "../../workbook";

export interface PlanProgress {
  done: number;
  total: number;
}

export interface Planner {
  /** Plans one table; the plan is held until commit() or discard(). */
  plan(
    request: TablePlanRequest,
    body: readonly (readonly unknown[])[],
    onProgress?: (p: PlanProgress) => void,
  ): Promise<PlannedTable>;
  /**
   * Plans an in-body edit (SP20): the table as the binding's last plan saw it, with the patch's rows read again; the
   * plan is held as plan()'s. Null when the planner holds no such table (a new worker, another shape): plan the whole
   * table. Absent where only whole plans are offered.
   */
  planEdit?(request: TablePlanRequest, patch: BodyPatch): Promise<PlannedTable | null>;
  /**
   * The settled plan of a table printed (`request.bodyPrint`) as when its last plan came out settled, with no commit
   * since (SP40): nothing is held, nothing to commit. Null: plan it. Absent where every table is planned.
   */
  unchanged?(request: TablePlanRequest): Promise<PlannedTable | null>;
  /**
   * One slice of the write-back the planner holds for its last plan (`heldWrites`, SP62), asked for in order while the
   * engine writes (and again from the first if the write starts over). Absent where plans carry their writes.
   */
  writeSlice?(index: number): Promise<{ blocks: CellBlock[]; fills: CellFill[] }>;
  /** Stores the held plan in one transaction. */
  commit(): Promise<void>;
  discard(): void;
  /**
   * The person's Cancel (F6): a plan or an operation waiting on the planner rejects with an AbortError (a worker
   * is restarted for it). A commit is never cut short. Absent where nothing can wait (in-process).
   */
  cancel?(): void;
  /** A pane operation (segments, contacts, activation, price check…); planActivation holds its unit for commit(). */
  op(request: OpRequest, context: OpContext): Promise<OpResult>;
  /**
   * The workbook's bindings as it opens (SP48): the planner reads the plan memos of those planned only-what-changed
   * in the background, while the pane reads the tables. Nothing waits for it.
   */
  warm?(bindings: readonly { bindingId: string; entity: EntityKind }[]): void;
  dispose(): void;
}
