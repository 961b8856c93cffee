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
