/**
 * A sales-cycle stage's activity, assigned when an opportunity enters the stage (BC's Opportunity Entry.CreateTask,
 * bc-reference §9.3): the stage's activity assigned as Assign Activity does, with the opportunity as its context —
 * start date the entry's date of change, the opportunity's salesperson, contact, company and segment, the entry's
 * campaign. Rules TK20–TK21 in docs/spec/task-rules.md.
 */
import { assignActivity } from "./assignActivity";
import type { Opportunity, OpportunityEntry, SalesCycleStage } from "./opportunityRecords";
import type { Lang } from "./records";
import type { Activity, ActivityStep, Task } from "./taskRecords";

export interface StageTasksInput {
  /** The entry a move just wrote (the opportunity's new active entry). */
  entry: OpportunityEntry;
  opportunity: Opportunity;
  /** The stage the entry is at (undefined when the cycle lacks it). */
  stage: SalesCycleStage | undefined;
  /** The stage's activity (null when unknown) and its steps, any order. */
  activity: Activity | null;
  steps: readonly ActivityStep[];
  salespeople: ReadonlyMap<string, { blocked: boolean }>;
  nextNo: () => string;
}

/** Entries that enter a stage: Update, Won, Lost and a reopen stay at the stage the opportunity was at (TK20). */
const ENTERS = new Set<OpportunityEntry["actionTaken"]>(["Next", "Previous", "Jumped"]);

/** Whether the entry enters a stage that carries an activity code (TK20). */
export function entersActivityStage(entry: OpportunityEntry, stage: SalesCycleStage | undefined): boolean {
  return ENTERS.has(entry.actionTaken) && stage !== undefined && stage.activityCode.trim() !== "";
}

/**
 * The task set of the stage's activity for that entry (TK20); none when the entry does not enter an activity stage,
 * and none when the activity cannot be assigned (unknown activity, a blocked salesperson, a bad step formula: TK21).
 */
export function stageTasks(input: StageTasksInput, lang: Lang): Task[] {
  const { entry, opportunity: o, stage } = input;
  if (!entersActivityStage(entry, stage) || !input.activity) return [];
  const result = assignActivity(
    {
      activity: input.activity,
      steps: input.steps,
      startDate: entry.dateOfChange,
      salespersonCode: o.salespersonCode,
      teamCode: "",
      meetingOrganizer: "",
      context: {
        campaignNo: entry.campaignNo,
        opportunityNo: o.no,
        segmentNo: o.segmentNo,
        contactNo: o.contactNo,
        contactCompanyNo: o.contactCompanyNo,
      },
      salespeople: input.salespeople,
      teamMembers: [],
      nextNo: input.nextNo,
    },
    lang,
  );
  return result.ok ? result.tasks : [];
}
