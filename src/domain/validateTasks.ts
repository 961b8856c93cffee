/**
 * Activities, their steps and tasks as rows of their sheets (docs/spec/task-rules.md TK9–TK11): codes unique, a step's
 * activity known and its date formula one BC understands; a task is someone's (a salesperson or a team), dated, with
 * known references, and a recurring task has a valid interval.
 */
import { isValidDateFormula } from "./calcDate";
import { CODE10, CODE20, TEXT100 } from "./codes";
import { asText, checkDate, checkKey, checkText, IssueList, markDuplicates } from "./fieldChecks";
import type { CodeLookup } from "./pricingRefs";
import { checkOption, checkOptionalRef, checkRequiredRef, checkSalespersonRef } from "./refChecks";
import type { Issue, Lang } from "./records";
import type { Activity, ActivityStep, Task } from "./taskRecords";

export const TASK_TYPES = ["", "Meeting", "PhoneCall"] as const;
export const TASK_PRIORITIES = ["Low", "Normal", "High"] as const;
export const TASK_STATUSES = ["NotStarted", "InProgress", "Completed", "Waiting", "Postponed"] as const;
export const CALC_DUE_DATE_FROM = ["", "DueDate", "ClosingDate"] as const;

export interface TaskRefs {
  salespeople: ReadonlyMap<string, { blocked: boolean }>;
  teams: CodeLookup;
  contacts: CodeLookup;
  campaigns: CodeLookup;
  activities: CodeLookup;
}

/** TK9: code unique (Code10), description Text100. */
export function validateActivities(rows: readonly Activity[], lang: Lang): Issue[] {
  const out = new IssueList(lang);
  const keys = rows.map((r, row) => {
    const key = checkKey(out, row, "code", r.code, CODE10);
    checkText(out, row, "description", r.description, TEXT100);
    return key;
  });
  markDuplicates(out, keys, "code");
  return out.sorted();
}

/** TK9: the activity exists, step a positive whole number unique in its activity, options and formula valid. */
export function validateActivitySteps(
  rows: readonly ActivityStep[],
  refs: Pick<TaskRefs, "activities">,
  lang: Lang,
): Issue[] {
  const out = new IssueList(lang);
  const keys = rows.map((r, row) => {
    const activity = checkRequiredRef(
      out,
      row,
      "activityCode",
      r.activityCode,
      CODE10,
      refs.activities,
      "UNKNOWN_ACTIVITY",
    );
    const step = r.stepNo as unknown;
    const whole = typeof step === "number" && Number.isSafeInteger(step) && step > 0;
    if (!whole) out.error(row, "stepNo", "STEP_NOT_POSITIVE", { value: asText(step) });
    checkOption(out, row, "type", r.type, TASK_TYPES);
    checkOption(out, row, "priority", r.priority, TASK_PRIORITIES);
    checkText(out, row, "description", r.description, TEXT100);
    const formula = asText(r.dateFormula);
    if (formula !== "" && !isValidDateFormula(formula))
      out.error(row, "dateFormula", "DATE_FORMULA_SYNTAX", { formula });
    return activity !== "" && whole ? `${activity}/${String(step)}` : "";
  });
  markDuplicates(out, keys, "stepNo");
  return out.sorted();
}

/** TK10: no. unique; a salesperson or a team; a date; known references; a recurring task's interval valid. */
export function validateTasks(rows: readonly Task[], refs: TaskRefs, lang: Lang): Issue[] {
  const out = new IssueList(lang);
  const keys = rows.map((r, row) => {
    const key = checkKey(out, row, "no", r.no, CODE20);
    checkText(out, row, "description", r.description, TEXT100);
    const salesperson = asText(r.salespersonCode).trim();
    const team = asText(r.teamCode).trim();
    if (salesperson === "" && team === "") out.error(row, "salespersonCode", "TASK_NEEDS_ASSIGNEE", {});
    checkSalespersonRef(out, row, "salespersonCode", r.salespersonCode, refs.salespeople);
    checkOptionalRef(out, row, "teamCode", r.teamCode, CODE10, refs.teams, "UNKNOWN_TEAM");
    checkOptionalRef(out, row, "contactNo", r.contactNo, CODE20, refs.contacts, "UNKNOWN_CONTACT");
    checkOptionalRef(out, row, "campaignNo", r.campaignNo, CODE20, refs.campaigns, "UNKNOWN_CAMPAIGN");
    checkOptionalRef(out, row, "activityCode", r.activityCode, CODE10, refs.activities, "UNKNOWN_ACTIVITY");
    if (asText(r.date) === "") out.error(row, "date", "TASK_DATE_REQUIRED", {});
    else checkDate(out, row, "date", r.date);
    checkOption(out, row, "type", r.type, TASK_TYPES);
    checkOption(out, row, "status", r.status, TASK_STATUSES);
    checkOption(out, row, "priority", r.priority, TASK_PRIORITIES);
    checkOption(out, row, "calcDueDateFrom", r.calcDueDateFrom, CALC_DUE_DATE_FROM);
    const interval = asText(r.recurringDateInterval).trim();
    if (r.recurring === true && (interval === "" || !isValidDateFormula(interval)))
      out.error(row, "recurringDateInterval", "TASK_RECURRING_INTERVAL", { formula: interval });
    return key;
  });
  markDuplicates(out, keys, "no");
  return out.sorted();
}
