/**
 * A task's status, closing, canceling and recurrence as BC's To-do does (bc-reference §9.2; domain-rules §7): Completed
 * ⇔ closed, and closing sets the date closed; a recurring task that is closed (not canceled) spawns the next one, dated
 * CALCDATE(interval, its due date) or CALCDATE(interval, the closing date). Rules TK6–TK8 in docs/spec/task-rules.md.
 */
import { calcDate, isValidDateFormula } from "./calcDate";
import type { IsoDate } from "./records";
import type { Task, TaskStatus } from "./taskRecords";

/** The task with `status`, closed exactly when Completed (TK6). */
export function withStatus(task: Task, status: TaskStatus, today: IsoDate): Task {
  if (status === "Completed")
    return { ...task, status, closed: true, dateClosed: task.closed ? task.dateClosed : today };
  return { ...task, status, closed: false, dateClosed: "", canceled: false };
}

/** Closes the task today; a recurring one gives the next task (TK7). */
export function closeTask(task: Task, today: IsoDate, nextNo: () => string): { task: Task; next: Task | null } {
  const closed = withStatus(task, "Completed", today);
  return { task: closed, next: task.recurring && !task.canceled ? nextOf(task, today, nextNo) : null };
}

/** Cancels the task: canceled is closed, and no next task comes of it (TK8). */
export function cancelTask(task: Task, today: IsoDate): Task {
  return { ...withStatus(task, "Completed", today), canceled: true };
}

/** Reopens a closed or canceled task: In Progress again, nothing closed (TK8). */
export function reopenTask(task: Task): Task {
  return { ...task, status: "InProgress", closed: false, dateClosed: "", canceled: false };
}

function nextOf(task: Task, today: IsoDate, nextNo: () => string): Task | null {
  if (!isValidDateFormula(task.recurringDateInterval) || task.recurringDateInterval.trim() === "") return null;
  const from = task.calcDueDateFrom === "ClosingDate" ? today : task.date;
  return {
    ...task,
    no: nextNo(),
    date: calcDate(task.recurringDateInterval, from),
    status: "NotStarted",
    closed: false,
    dateClosed: "",
    canceled: false,
  };
}
