/**
 * Opening a workbook: its bindings (from their table, or moved there from an older workbook's settings), and
 * whether the store must be rebuilt from it — a store that knows none of the workbook's tables is new (another
 * machine, a cleared cache, an evicted store): every table is read into it, in RECONCILE_ORDER, with progress.
 */
import type { WorkbookPort } from "../../workbook";
import { RECONCILE_ORDER } from "../entities";
import { appendBindings, readBindingTable } from "./bindingTable";
import type { WorkbookBinding } from "./bindingTable";
import { readLegacyBindings } from "./legacyBindings";

/** The workbook's bindings; an older workbook's are moved from its settings into the binding table once. */
export async function openBindings(workbook: WorkbookPort): Promise<WorkbookBinding[]> {
  const fromTable = await readBindingTable(workbook);
  if (fromTable) return fromTable;
  const { bindings } = await readLegacyBindings(workbook);
  await appendBindings(workbook, bindings);
  return bindings;
}

/** Bindings in the order their tables are reconciled: what others refer to first, activation marks last. */
export function inReconcileOrder<B extends Pick<WorkbookBinding, "entity">>(bindings: readonly B[]): B[] {
  const rank = (b: B) => RECONCILE_ORDER.indexOf(b.entity);
  return [...bindings].sort((a, b) => rank(a) - rank(b));
}
