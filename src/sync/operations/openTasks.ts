/**
 * Open tasks for the pane (TK22, TK23): a salesperson's open tasks for their calendar, and a campaign's open tasks
 * by salesperson for its card — read from the store's tasks (bucketed storage), returned as plain records.
 */
import { campaignTaskCounts, openTasksOf } from "../../domain";
import type { IsoDate, SalespersonTaskCount, Task } from "../../domain";
import type { StoredRow, SyncStore } from "../../store";
import { stripMeta } from "../entities";

export async function salespersonOpenTasks(store: SyncStore, salespersonCode: string): Promise<Task[]> {
  const rows = await store.loadRows("task");
  // The rows selected are the stored rows: plain records go to the pane.
  return (openTasksOf(rows, salespersonCode) as StoredRow<"task">[]).map((t) => stripMeta<"task">(t));
}

export async function campaignOpenTaskCounts(
  store: SyncStore,
  campaignNo: string,
  today: IsoDate,
): Promise<SalespersonTaskCount[]> {
  return campaignTaskCounts(await store.loadRows("task"), campaignNo, today);
}
