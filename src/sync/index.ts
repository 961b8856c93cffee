/** The sync engine: binds tables, reconciles them with the store, and answers the task pane. */
export { createSyncEngine } from "./engine";
/** Engine contract and its dependencies. */
export type { EngineDeps, SaveResult, SyncEngine } from "./engine";
/** Injected time and ids. */
export type { Clock, IdSource } from "./ports";
/** What the task pane renders. */
export type { BindingHealth, BindingView, EngineState, Progress, ReconcileReport } from "./engineState";
/** An issue on a table cell; fills used to highlight it. */
export type { RowIssue } from "./rowIssue";
export { ERROR_FILL, WARNING_FILL } from "./rowIssue";
/** Order in which entities are listed and bound (reference data first). */
export { ENTITY_ORDER } from "./entityRules";
/** The planner that runs parse/validate/commit in a Web Worker (the task pane's default). */
export { createWorkerPlanner } from "./workerPlanner";
export type { WorkerLike } from "./workerPlanner";
/** The in-process planner (tests, no Worker available). */
export { createLocalPlanner } from "./localPlanner";
/** Where reconcile plans run, and what they return. */
export type { Planner, PlannedTable, LineCounts } from "./planner";
/** A campaign's own price or discount sheet. */
export type { BindingScope } from "./bindingMetadata";
/** Results of the pane's segment, contact and activation operations. */
export type { ActivationSummary, ContactsResult, SegmentSaveResult } from "./operations";
