/** Open tasks and whose they are (docs/spec/task-rules.md TK22–TK23). */
import type { Task } from "./index";
import { campaignTaskCounts, isOpenTask, NEW_TASK, openTasksOf } from "./index";

const task = (no: string, o: Partial<Task> = {}): Task => ({
  ...NEW_TASK,
  ...{ no, description: `Task ${no}`, date: "2026-12-01", salespersonCode: "JR", campaignNo: "CP0001" },
  ...o,
});

const TASKS: Task[] = [
  task("TD0004", { date: "2026-12-03" }),
  task("TD0001", { date: "2026-11-20" }),
  task("TD0002", { closed: true, status: "Completed", dateClosed: "2026-11-21" }),
  task("TD0003", { canceled: true, closed: true, status: "Completed" }),
  task("TD0005", { salespersonCode: "AB", date: "2026-11-30" }),
  // A team task and its member's task (fanned out).
  task("TD0006", { salespersonCode: "", teamCode: "SALES", date: "2026-11-25" }),
  task("TD0007", { teamCode: "", organizerTaskNo: "TD0006", date: "2026-11-25" }),
  task("TD0008", { campaignNo: "CP0002", date: "2026-11-01" }),
];

test("[TK22] a salesperson's open tasks: their own and team tasks fanned out to them, not closed, not canceled, by date", () => {
  expect(openTasksOf(TASKS, "jr").map((t) => t.no)).toEqual(["TD0008", "TD0001", "TD0007", "TD0004"]);
  expect(openTasksOf(TASKS, "AB").map((t) => t.no)).toEqual(["TD0005"]);
  expect(openTasksOf(TASKS, "")).toEqual([]);
  expect(isOpenTask(TASKS[2]!)).toBe(false);
  expect(isOpenTask(TASKS[3]!)).toBe(false);
});

test("[TK23] a campaign's open tasks by salesperson: count, next date and overdue against today", () => {
  expect(campaignTaskCounts(TASKS, "cp0001", "2026-11-26")).toEqual([
    { salespersonCode: "AB", open: 1, nextDate: "2026-11-30", overdue: 0 },
    { salespersonCode: "JR", open: 3, nextDate: "2026-11-20", overdue: 2 },
  ]);
  expect(campaignTaskCounts(TASKS, "CP0009", "2026-11-26")).toEqual([]);
});
