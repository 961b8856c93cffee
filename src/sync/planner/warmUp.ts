/**
 * The plan worker's first reads (rule SP34): the price and discount lines, read into the store's line cache as soon as
 * the worker opens its store. The pane reconciles the small tables first (what lines refer to), on the UI thread,
 * while the worker waits; the first plan of a line sheet then finds the lines read rather than reading 100,000 of
 * them itself. Nothing waits for these reads and a failed one is simply made again by the plan that needs it.
 */
import type { SyncStore } from "../../store";

/** The lines every pricing workbook's big sheets show (other chunked entities are read when a plan needs them). */
const LINES = ["salesPrice", "salesLineDiscount"] as const;

export function warmUp<S extends Pick<SyncStore, "countRows">>(store: S): S {
  for (const entity of LINES) void store.countRows(entity).catch(() => undefined);
  return store;
}
