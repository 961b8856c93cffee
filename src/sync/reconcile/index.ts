/**
 * sync/reconcile: the store side of a table's reconcile — parse, diff, validate, decide what to store and what
 * to write back. Pure but for the loads in reconcileTable. Imports entities only (never operations).
 */

/** One table's reconcile against the store: its plan for the engine and the unit of work to commit. */
export { reconcileTable } from "./reconcileTable";
export type { TableReconcile } from "./reconcileTable";
/** What the planner remembers of each binding's last plan (SP6). */
export { PlanMemos } from "./planMemos";
/** Tables printed as when their last plan came out settled (SP40): answered without a plan. */
export { OpenPrints } from "./openPrints";
/** The planner's table memory for an in-body edit (SP20): the body each binding's last plan saw. */
export { HeldBodies } from "./heldBodies";
export type { BodyPatch } from "./heldBodies";
/** Whether an entity's tables are planned only-what-changed (SP6), and so may take an in-body edit's path (SP20). */
export { plansIncrementally } from "./rowMemo";
/** The pure row planning (unit tests drive it with plain data). */
export { planRows } from "./planRows";
export type { RowsPlan } from "./planRows";
export type { PlanInput, RowMemo } from "./planInput";
/** The request a table's reconcile answers and the plan the engine gets back. */
export type { PlanCounts, PlannedTable, TablePlanRequest } from "./reconcileTypes";
/** The fewest cell writes and the highlighting for a set of rows. */
export { planFills, planWrites, rowsWrittenBy } from "./writeBack";
export type { DesiredRow } from "./writeBack";
