/**
 * A table's plan, or — when the planner finds the table printed as when its last plan came out settled, with no
 * commit since — that settled plan without the body crossing to the planner (rule SP40): an unchanged table costs one
 * read and no plan. A planner that offers no such answer plans every table.
 */
import type { CellValue } from "../../workbook";
import type { Planner } from "../planner";
import type { PlannedTable, TablePlanRequest } from "../reconcile";
import { tablePrint } from "./tablePrint";

export async function planOrKnown(
  planner: Planner,
  request: TablePlanRequest,
  body: readonly (readonly CellValue[])[],
  hinted = false,
): Promise<PlannedTable> {
  // SP58: a table its own change hints woke most likely changed: printing its 100,000 rows (~45 ms of the UI thread,
  // in the read's last task) would only find that out. Planning an unchanged table instead is slower, never wrong.
  if (!planner.unchanged || hinted) return planner.plan(request, body);
  const printed = { ...request, bodyPrint: tablePrint(request, body) };
  return (await planner.unchanged(printed)) ?? planner.plan(printed, body);
}
