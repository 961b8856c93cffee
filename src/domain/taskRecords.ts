/**
 * Activities, their steps and tasks (domain-rules §1 and §7; bc-reference §9, BC tables 5081, 5082 and 5080 "To-do").
 */
/** records.ts's IsoDate (`YYYY-MM-DD` or ""), not imported: records.ts maps the entity kinds to these types. */
type IsoDate = string;

export type TaskType = "" | "Meeting" | "PhoneCall";
export type TaskPriority = "Low" | "Normal" | "High";
export type TaskStatus = "NotStarted" | "InProgress" | "Completed" | "Waiting" | "Postponed";
export type CalcDueDateFrom = "" | "DueDate" | "ClosingDate";

export interface Activity {
  code: string;
  description: string;
}

export interface ActivityStep {
  activityCode: string;
  stepNo: number;
  type: TaskType;
  description: string;
  priority: TaskPriority;
  /** Relative to the activity's start date; "" = on the start date. */
  dateFormula: string;
}

export interface Task {
  no: string;
  type: TaskType;
  description: string;
  date: IsoDate;
  status: TaskStatus;
  priority: TaskPriority;
  closed: boolean;
  dateClosed: IsoDate | "";
  canceled: boolean;
  salespersonCode: string;
  teamCode: string;
  contactNo: string;
  contactCompanyNo: string;
  campaignNo: string;
  opportunityNo: string;
  segmentNo: string;
  activityCode: string;
  /** A team member's task: the team task it was fanned out from; "" otherwise. */
  organizerTaskNo: string;
  recurring: boolean;
  /** A date formula. */
  recurringDateInterval: string;
  calcDueDateFrom: CalcDueDateFrom;
}

/** A task with nothing filled in: open, Not Started, Normal priority (a new row, or an assigned step's start). */
export const NEW_TASK: Readonly<Task> = {
  no: "",
  type: "",
  description: "",
  date: "",
  status: "NotStarted",
  priority: "Normal",
  closed: false,
  dateClosed: "",
  canceled: false,
  salespersonCode: "",
  teamCode: "",
  contactNo: "",
  contactCompanyNo: "",
  campaignNo: "",
  opportunityNo: "",
  segmentNo: "",
  activityCode: "",
  organizerTaskNo: "",
  recurring: false,
  recurringDateInterval: "",
  calcDueDateFrom: "",
};
