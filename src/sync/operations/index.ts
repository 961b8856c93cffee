/**
 * sync/operations: the pane's use cases on the store side — the campaign card's save, segments, contacts by
 * criteria, activation, the price check, line counts, binding records. Each returns a unit of work for the
 * planner to commit. Imports entities only (never reconcile).
 */

/** Runs one operation against the store; the caller commits or holds the unit. */
export { runOperation } from "./runOperation";
export type { OperationDeps, OperationOutcome } from "./runOperation";
/** The price index kept between price checks until something is committed. */
export { PriceIndexCache } from "./priceCheck";
/** Requests, results and their parts (plain data: they cross to the plan worker). */
export type {
  ActivationSummary,
  AssignActivityRequest,
  AssignActivityResult,
  AssignContextType,
  CardSaveOutcome,
  CardSaveRequest,
  ContactsResult,
  LineCounts,
  LogSegmentResult,
  OpContext,
  OpRequest,
  OpResult,
  ResultOf,
  RestoreResult,
  SegmentSaveResult,
} from "./operationTypes";
