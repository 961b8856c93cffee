/**
 * What the pane asks of the planner besides reconciling tables: segment edits, adding and removing
 * contacts, activation, the price check. Plain data both ways (they cross to the plan worker).
 */
import type {
  AddContactsOptions,
  Campaign,
  CampaignStatistics,
  IsoDate,
  ContactCriteria,
  EntityKind,
  Issue,
  Lang,
  PriceCheckInput,
  PriceCheckResult,
  RemoveContactsOptions,
  SalespersonTaskCount,
  SegmentHeader,
  Task,
} from "../../domain";
import type { BindingRecord, InstanceRecord, StoredRow } from "../../store";
import type { RemovedRecords } from "../entities";

export type OpRequest =
  | { kind: "saveSegment"; header: SegmentHeader; isNew: boolean; applyToLines: boolean }
  | { kind: "previewSegment"; header: SegmentHeader }
  | { kind: "deleteSegment"; segmentNo: string }
  | { kind: "addContacts"; segmentNo: string; criteria: ContactCriteria; options: AddContactsOptions }
  | {
      kind: "removeContacts";
      mode: "reduce" | "refine";
      segmentNo: string;
      criteria: ContactCriteria;
      options: RemoveContactsOptions;
    }
  | { kind: "planActivation"; campaignNo: string }
  /** Log Segment (IR1): the segment's lines become interactions; `followUp` makes a follow-up segment. */
  | { kind: "logSegment"; segmentNo: string; followUp: boolean }
  | { kind: "deactivate"; campaignNo: string }
  | { kind: "priceCheck"; input: PriceCheckInput }
  | { kind: "saveCampaign"; bindingId: string | null; rowId: string | null; campaign: Campaign }
  | { kind: "lineCounts" }
  /** The store's record of a binding: kept when it exists (`reset` false), else written with no rows seen yet. */
  | { kind: "putBinding"; binding: Omit<BindingRecord, "seen">; reset: boolean }
  /** Remembers a file of the document (its instance id and where it was opened). */
  | { kind: "putInstance"; instance: InstanceRecord }
  /** A campaign's statistics, its interaction figures within the range (CS1–CS5). */
  | { kind: "campaignStatistics"; campaignNo: string; from?: IsoDate; to?: IsoDate }
  /** Puts back what a campaign's delete took (CD4). */
  | { kind: "restoreDeleted"; records: RemovedRecords }
  /** Assign Activity (TK1–TK4, TK12–TK14): the activity's steps as tasks for the context, in one unit. */
  | { kind: "assignActivity"; request: AssignActivityRequest }
  /** A salesperson's open tasks, by date (TK22: their calendar). */
  | { kind: "salespersonTasks"; salespersonCode: string }
  /** A campaign's open tasks by salesperson, overdue against the context's today (TK23: its card). */
  | { kind: "campaignTaskCounts"; campaignNo: string };

/** What an activity is assigned from (bc-reference §9.3: the wizard is opened from one of these). */
export type AssignContextType = "campaign" | "segment" | "salesperson" | "team" | "contact" | "opportunity";

/** Assign Activity's fields: blank salesperson and team take the context's salesperson (bc-reference §9.3). */
export interface AssignActivityRequest {
  activityCode: string;
  startDate: IsoDate | "";
  context: { type: AssignContextType; no: string };
  salespersonCode?: string;
  teamCode?: string;
  meetingOrganizer?: string;
}

/** What Assign Activity did: the tasks made, their number range, the contacts and the blocked members skipped. */
export interface AssignActivityResult {
  ok: boolean;
  issues: Issue[];
  tasks: number;
  contacts: number;
  firstNo?: string;
  lastNo?: string;
  skippedMembers: string[];
}

/** Every request carries the language and the injected clock's readings. */
export interface OpContext {
  lang: Lang;
  today: string;
  nowIso: string;
}

export interface SegmentSaveResult {
  /** The segment's no. (numbered from series SEGMENT when it was new and blank). */
  no: string;
  ok: boolean;
  issues: Issue[];
  /** Header fields whose change reaches the lines (for the confirmation). */
  changedFields: string[];
  lineCount: number;
}

export interface ContactsResult {
  ok: boolean;
  issues: Issue[];
  added: number;
  removed: number;
  skippedExcluded: number;
  skippedExisting: number;
}

export interface ActivationSummary {
  ok: boolean;
  issues: Issue[];
  /** The campaign has no prices and no discounts: ask before committing (default yes). */
  needsConfirmation: boolean;
  /** Target-group rows the commit adds. */
  adds: number;
}

export type OpResult =
  | { kind: "saveSegment"; result: SegmentSaveResult; changes: EntityKind[] }
  | { kind: "previewSegment"; result: SegmentSaveResult; changes: EntityKind[] }
  | { kind: "deleteSegment"; result: ContactsResult; changes: EntityKind[] }
  | { kind: "addContacts"; result: ContactsResult; changes: EntityKind[] }
  | { kind: "removeContacts"; result: ContactsResult; changes: EntityKind[] }
  | { kind: "planActivation"; result: ActivationSummary; changes: EntityKind[] }
  | { kind: "logSegment"; result: LogSegmentResult; changes: EntityKind[] }
  | { kind: "deactivate"; result: { removed: number }; changes: EntityKind[] }
  | { kind: "priceCheck"; result: PriceCheckResult; changes: EntityKind[] }
  | { kind: "saveCampaign"; result: CardSaveOutcome; changes: EntityKind[] }
  | { kind: "lineCounts"; result: LineCounts; changes: EntityKind[] }
  | { kind: "putBinding"; result: null; changes: EntityKind[] }
  | { kind: "putInstance"; result: null; changes: EntityKind[] }
  | { kind: "restoreDeleted"; result: RestoreResult; changes: EntityKind[] }
  | { kind: "campaignStatistics"; result: CampaignStatistics; changes: EntityKind[] }
  | { kind: "assignActivity"; result: AssignActivityResult; changes: EntityKind[] }
  | { kind: "salespersonTasks"; result: { tasks: Task[]; contactNames: Record<string, string> }; changes: EntityKind[] }
  | { kind: "campaignTaskCounts"; result: SalespersonTaskCount[]; changes: EntityKind[] };

/** What Log Segment did: counts, the logged segment's entry no., the follow-up segment's no.; or why not. */
export interface LogSegmentResult {
  ok: boolean;
  issues: Issue[];
  loggedSegmentEntryNo?: number;
  interactions: number;
  campaignEntries: number;
  followUpNo?: string;
}

export type ResultOf<K extends OpRequest["kind"]> = Extract<OpResult, { kind: K }>["result"];

export interface CardSaveRequest {
  bindingId: string | null;
  rowId: string | null;
  campaign: Campaign;
  lang: Lang;
  today: string;
  nowIso: string;
}

export interface CardSaveOutcome {
  ok: boolean;
  issues: Issue[];
  saved?: StoredRow<"campaign">;
  /** Entities changed by the save (campaign, and price lines re-dated with it). */
  changes: EntityKind[];
}

/** Per campaign no., how many price and discount lines the store holds. */
export interface LineCounts {
  salesPrice: Record<string, number>;
  salesLineDiscount: Record<string, number>;
}

/** An undo of a campaign's delete (CD4). */
export interface RestoreResult {
  ok: boolean;
  /** Campaign numbers in use again (the undo was refused). */
  taken: string[];
  /** Records put back, the campaigns' and their lines'. */
  restored: number;
}
