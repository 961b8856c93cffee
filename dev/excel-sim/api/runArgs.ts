/**
 * The shapes of `Excel.run` the sim accepts: `run(batch)`, `run(context, batch)` and `run(options, batch)` with
 * `Excel.RunOptions` (`delayForCellEdit`, `mergeUndoGroup`, `previousObjects`).
 */
import { SimError } from "../model/simError";
import { SimRequestContext } from "./requestContext";

export interface SimRunOptions {
  /** Hold the batch's requests while a person edits a cell instead of failing them. */
  delayForCellEdit?: boolean;
  /** All syncs of this run make one undo step (ExcelApi 1.20). */
  mergeUndoGroup?: boolean;
  /** Reuse the context of an earlier run (or of an object made in it). */
  previousObjects?: SimRequestContext | { context: SimRequestContext } | readonly { context: SimRequestContext }[];
}

export type SimBatch<T> = (context: SimRequestContext) => Promise<T>;

export interface RunArgs<T> {
  batch: SimBatch<T>;
  /** An earlier run's context to reuse, or null for a new one. */
  reuse: SimRequestContext | null;
  options: SimRunOptions;
}

function contextOf(previous: SimRunOptions["previousObjects"]): SimRequestContext | null {
  if (previous === undefined) return null;
  if (previous instanceof SimRequestContext) return previous;
  if (Array.isArray(previous)) return (previous as readonly { context: SimRequestContext }[])[0]?.context ?? null;
  return (previous as { context: SimRequestContext }).context;
}

export function parseRunArgs<T>(
  first: SimRequestContext | SimRunOptions | SimBatch<T>,
  second: SimBatch<T> | undefined,
): RunArgs<T> {
  if (typeof first === "function") return { batch: first, reuse: null, options: {} };
  if (!second) throw new SimError("InvalidArgument", "Excel.run needs a batch function.");
  if (first instanceof SimRequestContext) return { batch: second, reuse: first, options: first._runOptions };
  return { batch: second, reuse: contextOf(first.previousObjects), options: first };
}
