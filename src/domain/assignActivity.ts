/**
 * Assign Activity (BC page 5146 and To-do.InsertActivityTask; bc-reference §9.3, domain-rules §7): one task per step
 * of the activity, in step order, each dated CALCDATE(step formula, start date) — every step from the start date —
 * for a salesperson or a team, and for every contact of a segment. A team task is fanned out to one task per member,
 * linked by organizerTaskNo; blocked members are skipped and named; a blocked salesperson's own task is refused.
 * Rules TK1–TK5 in docs/spec/task-rules.md.
 */
import { calcDate, isValidDateFormula } from "./calcDate";
import { makeIssue } from "./messages";
import type { IsoDate, Issue, Lang } from "./records";
import { NEW_TASK } from "./taskRecords";
import type { Activity, ActivityStep, Task, TaskPriority, TaskType } from "./taskRecords";

/** What the task set is assigned from (the wizard's context) and what it carries into every task. */
export interface AssignContext {
  campaignNo?: string;
  opportunityNo?: string;
  segmentNo?: string;
  /** A single contact; a segment's contacts come in `contacts`. */
  contactNo?: string;
  contactCompanyNo?: string;
}

export interface AssignInput {
  activity: Activity | null;
  /** The activity's steps, any order. */
  steps: readonly ActivityStep[];
  startDate: IsoDate | "";
  salespersonCode: string;
  teamCode: string;
  /** A team's meeting organizer (required for a team when a step is a Meeting). */
  meetingOrganizer: string;
  context: AssignContext;
  /** The segment's contacts: one task set per contact (absent or empty: one set). */
  contacts?: readonly { contactNo: string; contactCompanyNo: string }[];
  /** Salespeople by code, with their blocked flag. */
  salespeople: ReadonlyMap<string, { blocked: boolean }>;
  /** Members of the team (salesperson codes). */
  teamMembers: readonly string[];
  /** Numbers the new tasks take, in order (the caller draws them from the task number series). */
  nextNo: () => string;
}

export type AssignResult = { ok: true; tasks: Task[]; skippedMembers: string[] } | { ok: false; issues: Issue[] };

const err = (code: string, params: Record<string, string | number>, lang: Lang) =>
  makeIssue(0, "", code, "error", params, lang);

/** BC's CheckAssignActivityStatus and our refusals, in BC's order (TK1, TK4). */
export function assignActivityIssues(input: AssignInput, lang: Lang): Issue[] {
  const { activity, steps } = input;
  if (!activity) return [err("ACTIVITY_REQUIRED", {}, lang)];
  if (input.startDate === "") return [err("ACTIVITY_DATE_REQUIRED", { activity: activity.code }, lang)];
  if (input.salespersonCode === "" && input.teamCode === "") return [err("TASK_NEEDS_ASSIGNEE", {}, lang)];
  const meeting = steps.some((s) => s.type === "Meeting");
  if (input.teamCode !== "" && meeting && input.meetingOrganizer === "") {
    return [err("MEETING_ORGANIZER_REQUIRED", { activity: activity.code }, lang)];
  }
  if (input.teamCode === "" && input.salespeople.get(input.salespersonCode)?.blocked) {
    return [err("TASK_SALESPERSON_BLOCKED", { salesperson: input.salespersonCode }, lang)];
  }
  const bad = steps.find((s) => s.dateFormula !== "" && !isValidDateFormula(s.dateFormula));
  if (bad) return [err("STEP_DATE_FORMULA", { step: bad.stepNo, formula: bad.dateFormula }, lang)];
  return [];
}

interface Plan {
  type: TaskType;
  description: string;
  priority: TaskPriority;
  date: IsoDate;
}

/** One plan per step in step order, each from the start date; no steps: one task with the activity's description. */
function stepPlans(input: AssignInput, activity: Activity): Plan[] {
  const start = input.startDate as IsoDate;
  if (input.steps.length === 0) {
    return [{ type: "", description: activity.description, priority: "Normal", date: start }];
  }
  return [...input.steps]
    .sort((a, b) => a.stepNo - b.stepNo)
    .map((s) => ({
      type: s.type,
      description: s.description || activity.description,
      priority: s.priority,
      date: s.dateFormula === "" ? start : calcDate(s.dateFormula, start),
    }));
}

export function assignActivity(input: AssignInput, lang: Lang): AssignResult {
  const issues = assignActivityIssues(input, lang);
  if (issues.length > 0 || !input.activity) return { ok: false, issues };
  const activity = input.activity;
  const plans = stepPlans(input, activity);
  const members = input.teamCode === "" ? [] : input.teamMembers;
  const skippedMembers = members.filter((m) => input.salespeople.get(m)?.blocked);
  const active = members.filter((m) => !input.salespeople.get(m)?.blocked);
  const who = input.contacts && input.contacts.length > 0 ? input.contacts : [null];
  const tasks: Task[] = [];
  for (const contact of who) {
    for (const plan of plans) {
      const base = taskOf(input, activity, plan, contact);
      tasks.push(base);
      for (const member of active) {
        tasks.push({ ...base, no: input.nextNo(), salespersonCode: member, teamCode: "", organizerTaskNo: base.no });
      }
    }
  }
  return { ok: true, tasks, skippedMembers };
}

function taskOf(
  input: AssignInput,
  activity: Activity,
  plan: Plan,
  contact: { contactNo: string; contactCompanyNo: string } | null,
): Task {
  const c = input.context;
  return {
    ...NEW_TASK,
    no: input.nextNo(),
    type: plan.type,
    description: plan.description,
    date: plan.date,
    priority: plan.priority,
    salespersonCode: input.teamCode === "" ? input.salespersonCode : "",
    teamCode: input.teamCode,
    contactNo: contact?.contactNo ?? c.contactNo ?? "",
    contactCompanyNo: contact?.contactCompanyNo ?? c.contactCompanyNo ?? "",
    campaignNo: c.campaignNo ?? "",
    opportunityNo: c.opportunityNo ?? "",
    segmentNo: c.segmentNo ?? "",
    activityCode: activity.code,
  };
}

/** What a step's date formula means, for the Activity Steps sheet ("2W+1D → 2026-03-16 from today", TK5). */
export function explainDateFormula(formula: string, today: IsoDate, lang: Lang): string {
  if (formula.trim() === "") return lang === "da" ? "på startdatoen" : "on the start date";
  if (!isValidDateFormula(formula)) return "";
  const date = calcDate(formula, today);
  return lang === "da"
    ? `${formula} → ${date.split("-").reverse().join("-")} fra i dag`
    : `${formula} → ${date} from today`;
}
