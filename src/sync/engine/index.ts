/**
 * sync/engine: the UI-thread side, next to Excel — the engine, the reconcile run, its state, the bindings kept
 * in the workbook. Imports planner, operations, reconcile and entities (types); never writes the store.
 */

/** Creates the engine over a workbook, a store reader, a planner, a clock and ids. */
export { createSyncEngine } from "./createSyncEngine";
/** The engine's contract and what it needs. */
export type { CopyChoice, EngineDeps, EngineDocument, EngineStore, SaveResult, SyncEngine } from "./syncEngine";
export type { SalespersonTasks } from "./syncEngine";
/** The workbook's document id (settings) and the name of its local store's database. */
export { databaseNameOf, DOCUMENT_KEY, openDocument, readDocumentIdentity } from "./documentIdentity";
export type { DocumentIdentity } from "./documentIdentity";
/** What the task pane renders. */
export type { BindingHealth, BindingView, EngineState, Progress, ReconcileReport, StorageState } from "./engineState";
/** The state before anything happened (fakes in pane tests start from it). */
export { INITIAL_STATE } from "./engineState";
