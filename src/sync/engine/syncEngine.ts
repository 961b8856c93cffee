/** The engine's contract: what the task pane and the composition root see (createSyncEngine.ts implements it). */
import type {
  AddContactsOptions,
  ContactCriteria,
  PriceCheckInput,
  PriceCheckResult,
  RemoveContactsOptions,
  Campaign,
  CampaignStatistics,
  CampaignTargetGroup,
  EntityKind,
  Issue,
  IsoDate,
  Lang,
  SalespersonTaskCount,
  SegmentHeader,
  Task,
} from "../../domain";
import type { ColumnMap } from "../../sheets";
import type { StoredRow, Subscribable, SyncStore } from "../../store";
import type { WorkbookPort } from "../../workbook";
import type { BindingScope, Resolution, RowIssue } from "../entities";
import type {
  ActivationSummary,
  ContactsResult,
  LogSegmentResult,
  AssignActivityRequest,
  AssignActivityResult,
  RestoreResult,
  SegmentSaveResult,
} from "../operations";
import type { Planner } from "../planner";
import type { Clock, IdSource, Timers } from "../ports";
import type { EngineState } from "./engineState";

/** What the engine reads of the store directly; everything it stores goes through the planner. */
export type EngineStore = Pick<
  SyncStore,
  "loadRows" | "countBindings" | "getInstance" | "liveRows" | "liveTargetGroups"
>;

/** What the person chose for a copy that met its original: another file of the document, or a document of its own. */
export type CopyChoice = "merge" | "separate";

/** The workbook's document id; `stored` false until it is written into the workbook (at its first binding). */
export interface EngineDocument {
  id: string;
  stored: boolean;
}

export interface EngineDeps {
  workbook: WorkbookPort;
  store: EngineStore;
  clock: Clock;
  ids: IdSource;
  lang: Lang;
  /** Where reconciles and operations run against the store: a Web Worker in the pane, in-process in tests. */
  planner: Planner;
  document: EngineDocument;
  /** Whether the browser granted persistent storage (null: not asked or not known). */
  persistent?: boolean | null;
  /** Debounces change hints (a burst → one reconcile); without it every hint reconciles at once. */
  timers?: Timers;
}

/** A salesperson's open tasks for their calendar: the document's id (stable event UIDs) and when they were read. */
export interface SalespersonTasks {
  documentId: string;
  /** ISO date-time the tasks were read (the calendar's DTSTAMP). */
  readAt: string;
  tasks: Task[];
  /** Contact no. → name, for the tasks' contacts. */
  contactNames: Record<string, string>;
}

export interface SaveResult {
  ok: boolean;
  issues: Issue[];
  saved?: StoredRow<"campaign">;
}

export interface SyncEngine {
  readonly lang: Lang;
  /** Read the workbook's bindings, subscribe to their tables and reconcile each. */
  start(): Promise<void>;
  /**
   * Create (or adopt) the sheet and table for an entity (or one campaign's lines), record the binding, reconcile it.
   * The sheet is shown (activated, its first empty row selected) unless `show` is false.
   */
  bind(entity: EntityKind, scope?: BindingScope, options?: { show?: boolean }): Promise<void>;
  /** Rebuild a deleted table from the store. */
  recreate(bindingId: string): Promise<void>;
  /** Check a bound table now (also what change hints trigger). */
  reconcile(bindingId: string): Promise<void>;
  reconcileAll(): Promise<void>;
  /** Stop the running reconcile (and a rebuild's remaining tables) before it stores anything. */
  cancel(): void;
  /**
   * The pane got the focus (a person came back from the sheet): the bound tables on the active sheet are reconciled
   * when the engine is idle, in case Excel missed a change event meanwhile.
   */
  paneFocused(): Promise<void>;
  /** The campaign card's save: validated like a sheet row, stored, then written to its row. */
  saveCampaign(rowId: string | null, campaign: Campaign): Promise<SaveResult>;
  selectIssue(issue: RowIssue): Promise<void>;
  /** A campaign's statistics (CS1–CS5); `range` limits its interaction figures. */
  campaignStatistics(campaignNo: string, range?: { from?: IsoDate; to?: IsoDate }): Promise<CampaignStatistics>;
  /** A salesperson's open tasks (TK22), with what makes their calendar stable: the document's id, the time asked. */
  salespersonTasks(salespersonCode: string): Promise<SalespersonTasks>;
  /** A campaign's open tasks by salesperson: count, next date, overdue against today (TK23). */
  campaignTaskCounts(campaignNo: string): Promise<SalespersonTaskCount[]>;
  /** Writes the campaign's statistics sheet with its native chart; it is rewritten after later interaction changes. */
  writeStatisticsSheet(campaignNo: string): Promise<void>;
  /** Shows a stored price or discount line's row (its campaign's own sheet first); false when no sheet shows it. */
  showRecord(entity: EntityKind, rowId: string, campaignNo: string): Promise<boolean>;
  /** The person's choice for a conflict row: applied by its table's reconcile (which it schedules). */
  resolveConflict(issue: RowIssue, resolution: Resolution): Promise<void>;
  /** The person's choice for a copy that met its original on this computer (state.copy says which). */
  resolveCopy(choice: CopyChoice): Promise<void>;
  /** Undoes the latest campaign delete made in this pane (state.undoDelete): the campaign, its lines and sheets return. */
  undoDelete(): Promise<RestoreResult>;
  /** Tries again the tables not saved because the browser's storage was full. */
  retryStorage(): Promise<void>;
  /** Recount each campaign's price and discount lines (state.lineCounts). */
  refreshLineCounts(): Promise<void>;
  /** Save a segment header (new: a blank no. takes the next SEGMENT number); `applyToLines` after the user confirmed. */
  saveSegment(header: SegmentHeader, options: { isNew: boolean; applyToLines: boolean }): Promise<SegmentSaveResult>;
  /** Which header fields would reach the segment's lines, and how many lines it has (for the confirmation). */
  previewSegment(header: SegmentHeader): Promise<SegmentSaveResult>;
  /** Delete a segment with all its lines (activated campaigns' target groups follow); `removed` = lines. */
  deleteSegment(segmentNo: string): Promise<ContactsResult>;
  /** BC "Add Contacts": lines for the contacts matching the criteria (BC filter syntax per field). */
  addContacts(segmentNo: string, criteria: ContactCriteria, options: AddContactsOptions): Promise<ContactsResult>;
  /** BC "Reduce" (remove matching lines) and "Refine" (keep only matching lines). */
  removeContacts(
    segmentNo: string,
    mode: "reduce" | "refine",
    criteria: ContactCriteria,
    options: RemoveContactsOptions,
  ): Promise<ContactsResult>;
  /**
   * Activate a campaign's prices and discounts for its targeted contacts; `confirmNoPrices` is asked (default
   * yes) when the campaign has none. Resolves with what happened; nothing is stored when refused or in error.
   */
  activateCampaign(
    campaignNo: string,
    confirmNoPrices: () => Promise<boolean>,
  ): Promise<ActivationSummary & { committed: boolean }>;
  /** Log Segment (IR1): the segment's lines become interactions with their campaign entries; the segment closes. */
  logSegment(segmentNo: string, options: { followUp: boolean }): Promise<LogSegmentResult>;
  /** Assign Activity (TK1–TK4, TK12–TK14): the activity's steps as tasks for the context, numbered and stored at once. */
  assignActivity(request: AssignActivityRequest): Promise<AssignActivityResult>;
  deactivateCampaign(campaignNo: string): Promise<{ removed: number }>;
  /** The price and line discount a customer (or contact) gets, with the winning rows, the others and why they lost. */
  priceCheck(input: PriceCheckInput): Promise<PriceCheckResult>;
  liveSegments(): Subscribable<SegmentHeader[]>;
  liveTargetGroups(campaignNo: string): Subscribable<CampaignTargetGroup[]>;
  liveRows<E extends EntityKind>(entity: E): Subscribable<StoredRow<E>[]>;
  /** Resolves when no work is queued. */
  idle(): Promise<void>;
  getState(): EngineState;
  subscribe(listener: (s: EngineState) => void): () => void;
  dispose(): Promise<void>;
}

/** Per binding, what the last reconcile learned about the table. */
export interface TableMemory {
  map: ColumnMap;
  /** Header captions as read from Excel (list names refer to them). */
  header: string[];
  bodyRows: number;
  rowIndexById: Map<string, number>;
}
