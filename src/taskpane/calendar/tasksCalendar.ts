/**
 * A salesperson's open tasks as an iCalendar file (RFC 5545, docs/spec/task-rules.md TK24), written with
 * ical-generator. Loaded on demand in its own chunk (loadTasksCalendar): never part of the pane's first screen.
 * Formatting only: which tasks are open and whose is the domain's (openTasksOf, TK22).
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import type { Lang, Task, TaskPriority } from "../../domain";
import { t } from "../i18n";

export interface TasksCalendarInput {
  /** The workbook's document id: with the task no. it makes each event's UID, the same on every export. */
  documentId: string;
  salespersonCode: string;
  /** The salesperson's open tasks (TK22). */
  tasks: readonly Task[];
  /** When the tasks were read (ISO date-time): every event's DTSTAMP. */
  readAt: string;
  lang: Lang;
  /** Contact names by no., for the description (a no. without a name shows alone). */
  contactNames?: Readonly<Record<string, string>>;
}

/** RFC 5545 PRIORITY: 1 the highest, 9 the lowest, 5 the middle. */
export const ICAL_PRIORITY: Readonly<Record<TaskPriority, number>> = { High: 1, Normal: 5, Low: 9 };

/** A task's event UID: stable across exports of the same document (never random). */
export const taskUid = (documentId: string, taskNo: string) => `${taskNo}.${documentId}@campaign-desk`;

export function tasksCalendar(input: TasksCalendarInput): string {
  const { lang } = input;
  const calendar = ical({
    prodId: { company: "Campaign Desk", product: "Tasks", language: lang.toUpperCase() },
    name: t(lang, "calName", { salesperson: input.salespersonCode }),
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const task of input.tasks) {
    calendar.createEvent({
      id: taskUid(input.documentId, task.no),
      // The Task record has a date but no start time or duration: an all-day event on its date.
      start: task.date,
      allDay: true,
      stamp: input.readAt,
      summary: task.description || `${t(lang, "calTask")} ${task.no}`,
      description: descriptionOf(task, input),
      status:
        task.status === "Waiting" || task.status === "Postponed"
          ? ICalEventStatus.TENTATIVE
          : ICalEventStatus.CONFIRMED,
      priority: ICAL_PRIORITY[task.priority],
    });
  }
  return calendar.toString();
}

function descriptionOf(task: Task, input: TasksCalendarInput): string {
  const { lang } = input;
  const lines = [`${t(lang, "calTask")}: ${task.no}`];
  if (task.contactNo !== "") {
    const name = input.contactNames?.[task.contactNo];
    lines.push(`${t(lang, "calContact")}: ${task.contactNo}${name ? ` ${name}` : ""}`);
  }
  if (task.campaignNo !== "") lines.push(`${t(lang, "calCampaign")}: ${task.campaignNo}`);
  if (task.opportunityNo !== "") lines.push(`${t(lang, "calOpportunity")}: ${task.opportunityNo}`);
  lines.push(`${t(lang, "calPriority")}: ${t(lang, `calPriority${task.priority}`)}`);
  return lines.join("\n");
}
