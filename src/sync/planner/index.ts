/**
 * sync/planner: the seam between the UI thread and the store side. The Planner port, its in-process and Web
 * Worker implementations, and the worker's side of their protocol. Imports operations, reconcile, entities.
 */

/** Where a table's reconcile and the pane's operations run, holding their units of work until commit. */
export type { Planner, PlanProgress } from "./plannerPort";
/** The planner in the calling thread (tests; where Web Workers are unavailable). */
export { createInProcessPlanner } from "./inProcessPlanner";
export type { InProcessPlannerOptions } from "./inProcessPlanner";
/** The planner behind a Web Worker (the task pane's). */
export { createWorkerPlanner } from "./workerPlanner";
export type { WorkerLike, WorkerPlannerOptions } from "./workerPlanner";
/** The worker's side: handles the planner's messages (the worker entry gives it the store). */
export { createWorkerHandler } from "./workerHandler";
export { warmUp } from "./warmUp";
export type { WorkerHandlerDeps } from "./workerHandler";
/** Messages both ways (structured-clone safe). */
export type { FromWorker, ToWorker } from "./workerProtocol";
export { WRITE_SLICE_CELLS } from "./workerProtocol";
