/**
 * The sync engine's only door: code outside src/sync imports from here. Inside, the rooms (README.md) import
 * each other through their own index.ts, downwards only.
 */

/** Creates the engine; its contract and dependencies. */
export { createSyncEngine } from "./engine";
export type { CopyChoice, EngineDeps, EngineDocument, EngineStore, SaveResult, SyncEngine } from "./engine";
/** A salesperson's open tasks for their calendar (TK22). */
export type { SalespersonTasks } from "./engine";
/** The workbook's document id and its local store's database name (one database per document). */
export { databaseNameOf, DOCUMENT_KEY, openDocument, readDocumentIdentity } from "./engine";
export type { DocumentIdentity } from "./engine";
/** What the task pane renders. */
export type { BindingHealth, BindingView, EngineState, Progress, ReconcileReport, StorageState } from "./engine";
export { INITIAL_STATE } from "./engine";
/** Injected time and ids. */
export type { Clock, IdSource, Timers } from "./ports";
/** An issue on a table cell; fills used to highlight it. */
export type { RowIssue, BindingScope } from "./entities";
/** Conflicts between copies and co-authors, and what the person may choose for one. */
export type { Conflict, ConflictField, Resolution } from "./entities";
export { ERROR_FILL, WARNING_FILL } from "./entities";
/** A record as the store keeps it (row id, version, content hash): for seeding a store as a sheet would. */
export { toStoredRow } from "./entities";
/** Order in which entities are listed and bound (reference data first). */
export { ENTITY_ORDER } from "./entities";
/** Where reconciles and operations run: in a Web Worker (the pane), in-process (tests), and the worker's side. */
export { createInProcessPlanner, createWorkerHandler, createWorkerPlanner, warmUp, WRITE_SLICE_CELLS } from "./planner";
export type { FromWorker, Planner, ToWorker, WorkerHandlerDeps, WorkerLike } from "./planner";
/** Results of the pane's operations. */
export type {
  ActivationSummary,
  AssignActivityRequest,
  AssignActivityResult,
  AssignContextType,
  ContactsResult,
  LineCounts,
  LogSegmentResult,
  SegmentSaveResult,
} from "./operations";
/** The planned reconcile of a table (benchmarks read its counts). */
export type { PlannedTable } from "./reconcile";
/** The pure row planning and an entity's rules, for benchmarks that time the store side's CPU alone (SP6). */
export { planRows } from "./reconcile";
export type { PlanInput, RowMemo } from "./reconcile";
export { rulesFor } from "./entities";
