/**
 * Open tasks for the pane (TK22, TK23): a salesperson's open tasks for their calendar, and a campaign's open tasks
 * by salesperson for its card — read from the store's tasks (bucketed storage), returned as plain records.
 */
import { campaignTaskCounts, openTasksOf } from "../../domain";
import type { IsoDate, SalespersonTaskCount, Task } from "../../domain";
import type { StoredRow, SyncStore } from "../../store";
import { stripMeta } from "../entities";

/** A salesperson's open tasks, and the names of their contacts (a calendar names whom a task is with). */
export interface OpenTasksWithContacts {
  tasks: Task[];
  /** Contact no. → name, for the tasks' contacts only. */
  contactNames: Record<string, string>;
}

export async function salespersonOpenTasks(store: SyncStore, salespersonCode: string): Promise<OpenTasksWithContacts> {
  const rows = await store.loadRows("task");
  // The rows selected are the stored rows: plain records go to the pane.
  const tasks = (openTasksOf(rows, salespersonCode) as StoredRow<"task">[]).map((t) => stripMeta<"task">(t));
  const wanted = new Set(tasks.map((t) => t.contactNo).filter((no) => no !== ""));
  const contactNames: Record<string, string> = {};
  if (wanted.size > 0) {
    for (const c of await store.loadRows("contact")) if (wanted.has(c.no)) contactNames[c.no] = c.name;
  }
  return { tasks, contactNames };
}

export async function campaignOpenTaskCounts(
  store: SyncStore,
  campaignNo: string,
  today: IsoDate,
): Promise<SalespersonTaskCount[]> {
  return campaignTaskCounts(await store.loadRows("task"), campaignNo, today);
}
