/**
 * Which tasks are open and whose (docs/spec/task-rules.md TK22–TK23): a salesperson's open tasks for their calendar,
 * and a campaign's open tasks counted by salesperson for its card.
 */
import type { IsoDate } from "./records";
import type { Task } from "./taskRecords";

/** Open: neither closed nor canceled (TK22). */
export const isOpenTask = (t: Task): boolean => !t.closed && !t.canceled;

const byDateThenNo = (a: Task, b: Task) => a.date.localeCompare(b.date) || a.no.localeCompare(b.no);

/**
 * A salesperson's open tasks (TK22): their own and the team tasks fanned out to them (a member's task carries their
 * code); a team task itself (no salesperson) is its members' through those. By date, then no.
 */
export function openTasksOf(tasks: readonly Task[], salespersonCode: string): Task[] {
  const code = salespersonCode.trim().toUpperCase();
  if (code === "") return [];
  return tasks.filter((t) => isOpenTask(t) && t.salespersonCode.toUpperCase() === code).sort(byDateThenNo);
}

export interface SalespersonTaskCount {
  salespersonCode: string;
  /** Open tasks of the campaign that are the salesperson's. */
  open: number;
  /** The earliest date among them. */
  nextDate: IsoDate;
  /** Those dated before today. */
  overdue: number;
}

/**
 * A campaign's open tasks by salesperson (TK23): per salesperson with open tasks of the campaign, how many, the next
 * date and how many are overdue (dated before today); a team task itself counts through its members' tasks. By code.
 */
export function campaignTaskCounts(tasks: readonly Task[], campaignNo: string, today: IsoDate): SalespersonTaskCount[] {
  const no = campaignNo.trim().toUpperCase();
  const counts = new Map<string, SalespersonTaskCount>();
  for (const t of tasks) {
    if (!isOpenTask(t) || t.salespersonCode === "" || t.campaignNo.toUpperCase() !== no) continue;
    const c = counts.get(t.salespersonCode) ?? {
      salespersonCode: t.salespersonCode,
      open: 0,
      nextDate: "",
      overdue: 0,
    };
    c.open += 1;
    if (c.nextDate === "" || (t.date !== "" && t.date < c.nextDate)) c.nextDate = t.date;
    if (t.date !== "" && t.date < today) c.overdue += 1;
    counts.set(t.salespersonCode, c);
  }
  return [...counts.values()].sort((a, b) => a.salespersonCode.localeCompare(b.salespersonCode));
}
