/**
 * The rules of the Activities, Activity Steps and Tasks sheets (issue 18, docs/spec/task-rules.md TK9–TK11): rows are
 * validated; a task's Status and Canceled close, cancel or reopen it as BC's To-do does (taskLifecycle); a closed
 * recurring task's next task is written in the same unit (taskCascade.ts).
 */
import {
  cancelTask,
  contactCompanyNo,
  explainDateFormula,
  normalizeCode,
  reopenTask,
  TASK_SERIES,
  validateActivities,
  validateActivitySteps,
  validateTasks,
  withStatus,
} from "../../domain";
import type { Activity, ActivityStep, EntityKind, Issue, Lang, Task } from "../../domain";
import { schemaFor } from "../../sheets";
import type { ReferenceData } from "../../store";
import type { BatchItem } from "./segmentLineRules";

export const activityRules = {
  entity: "activity" as const,
  schema: schemaFor("activity"),
  validate: (rows: readonly Activity[], _refs: ReferenceData, lang: Lang) => validateActivities(rows, lang),
  dependsOn: [] as EntityKind[],
};

export const activityStepRules = {
  entity: "activityStep" as const,
  schema: schemaFor("activityStep"),
  validate: (rows: readonly ActivityStep[], refs: ReferenceData, lang: Lang) => validateActivitySteps(rows, refs, lang),
  statusNote: (record: ActivityStep, today: string, lang: Lang) => explainDateFormula(record.dateFormula, today, lang),
  dependsOn: ["activity"] as EntityKind[],
};

export const taskRules = {
  entity: "task" as const,
  schema: schemaFor("task"),
  validate: (rows: readonly Task[], refs: ReferenceData, lang: Lang) =>
    validateTasks(rows, { ...refs, campaigns: refs.campaigns, contacts: refs.contacts }, lang),
  prepareBatch: prepareTasks,
  derive: (record: Task, refs: ReferenceData) => withTaskCompany(record, refs),
  numberSeriesCode: TASK_SERIES,
  dependsOn: ["contact", "salesperson", "team", "campaign", "activity"] as EntityKind[],
};

/**
 * TK11: a task row as its Status and Canceled make it; Closed and Date Closed are the add-in's (a new row that arrives
 * Completed with its date closed, as a store rebuilt from the workbook reads it, keeps that date).
 */
export function taskAsEdited(record: Task, previous: Task | null, today: string): Task {
  const arrivedClosed = record.status === "Completed" && record.dateClosed !== "";
  const base = previous
    ? { ...record, closed: previous.closed, dateClosed: previous.dateClosed }
    : { ...record, closed: arrivedClosed, dateClosed: arrivedClosed ? record.dateClosed : "" };
  if (record.canceled === true && previous?.canceled !== true) return cancelTask(base, today);
  if (record.canceled !== true && previous?.canceled === true) return reopenTask(base);
  return withStatus(base, base.status, today);
}

function prepareTasks(
  items: readonly BatchItem<Task>[],
  _stored: readonly Task[],
  _refs: ReferenceData,
  _lang: Lang,
  today = "",
): { records: Task[]; issues: Issue[][] } {
  return {
    records: items.map(({ record, previous }) => taskAsEdited(record, previous, today)),
    issues: items.map(() => []),
  };
}

/** The contact's company, as BC fills it on a task (TK11). */
export function withTaskCompany(record: Task, refs: ReferenceData): Task {
  const no = normalizeCode(record.contactNo);
  const contact = refs.contacts.get(no);
  const company = contact ? contactCompanyNo({ no, type: contact.type, companyNo: contact.companyNo }) : "";
  return company === record.contactCompanyNo ? record : { ...record, contactCompanyNo: company };
}
