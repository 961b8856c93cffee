/**
 * A plan's write-back: its cells, or — when the planner holds them (a write-back of more than one slice, SP62) —
 * fetched from it a slice at a time while Excel is written, so a 500k-row write-back is never on the UI thread at once.
 */
import { rowsWrittenBy } from "../reconcile";
import type { PlannedTable } from "../reconcile";
import type { WorkbookPort } from "../../workbook";
import type { Planner } from "../planner";

export function writePlanned(
  workbook: WorkbookPort,
  planner: Planner,
  tableName: string,
  plan: PlannedTable,
): Promise<void> {
  const held = plan.heldWrites;
  if (!held) return workbook.writeCells(tableName, plan.blocks, plan.fills);
  const fetch = planner.writeSlice?.bind(planner);
  if (!fetch) return Promise.reject(new Error("The planner holds a write-back it cannot give."));
  return workbook.writeCellSlices(tableName, { count: held.slices, slice: (k) => fetch(k) });
}

/** Rows the write-back touches (blocks split a row's columns; a row counts once). */
export function rowsWritten(plan: PlannedTable): number {
  return plan.heldWrites?.rows ?? rowsWrittenBy(plan.blocks, plan.fills);
}
