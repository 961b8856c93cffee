/**
 * What the store keeps besides the domain records: row metadata that ties a record to its sheet row,
 * the state of each binding, and a change log. These are the shapes the sync engine commits.
 */
import type {
  CampaignTargetGroup,
  EntityKind,
  EntityRecords,
  InteractionTemplate,
  OpportunityEntry,
  SalesCycle,
  SalesCycleStage,
  SegmentHeader,
} from "../domain";

/** Ties a stored record to its row in a bound table. */
export interface RowMeta {
  /** Stable id kept in the table's hidden row-id column; never positional. */
  rowId: string;
  /** Incremented on every stored change of the record. */
  rowVersion: number;
  /** Hash of the record's user-editable content, to skip unchanged rows cheaply. */
  rowHash: string;
  /**
   * Content hashes of earlier versions made by other stores that this version descends from (space-separated, newest
   * first): written after `rowHash` in the row's base cell, so a copy returning here finds its common ancestor.
   */
  rowOrigin?: string;
}

export type StoredRow<E extends EntityKind = EntityKind> = EntityRecords[E] & RowMeta;

/** Where a binding stands, kept in the store (the workbook keeps its own copy of the binding metadata). */
export interface BindingRecord {
  /** The binding's id, per file of the document (`bindingRecordId`): copies of a workbook see their own rows. */
  id: string;
  entity: EntityKind;
  sheetName: string;
  schemaVersion: number;
  /**
   * The rows the table showed at its last reconcile, each with the content hash it showed: a stored row missing from
   * the sheet was deleted there only if it was seen, and only silently if the store did not change it since.
   */
  seen: Record<string, string>;
  /**
   * Rows put back after the person deleted them here while another copy changed them (conflict "deletedHere"): they
   * stay listed until the person keeps them or deletes them again.
   */
  putBack?: readonly string[];
  /** Rows put back because deleting them would take other records along (a campaign's lines): awaiting a yes. */
  confirmDelete?: readonly string[];
}

/** A file of a document this store has seen: its instance id (in the file's settings) and where it was opened. */
export interface InstanceRecord {
  id: string;
  url: string;
}

/** An earlier version of a row (row history): what a merge takes the base's values from. */
export interface HistoryEntry {
  hash: string;
  version: number;
  record: Record<string, unknown>;
}

/**
 * What a unit of work assumed of a stored row when it was planned: the row at `key` has this row id and hash (hash
 * null: no row at `key`). A commit whose assumptions no longer hold is refused (StaleWriteError), never applied.
 */
export interface ExpectedRow {
  entity: EntityKind;
  key: string;
  rowId: string;
  hash: string | null;
}

export interface ChangeLogEntry {
  seq?: number;
  /** ISO timestamp from the injected clock. */
  at: string;
  bindingId: string;
  entity: EntityKind;
  /** "sheet" (reconcile), "card" (pane edit), "bind"… */
  origin: string;
  puts: number;
  deletes: number;
  /** Up to 50 record keys touched, for the history view. */
  keys: string[];
}

/** Everything one reconcile or pane edit changes: committed in ONE transaction. */
export interface UnitOfWork<E extends EntityKind = EntityKind> {
  entity: E;
  /** Record keys to delete; applied before `puts` so key swaps between rows work. */
  deletes: readonly string[];
  puts: readonly StoredRow<E>[];
  binding?: BindingRecord;
  /**
   * Rows of `binding.seen` showing a new hash (SP24): the binding's seen rows are `binding.seen` (then the stored
   * record's own object, unchanged) with these put in; a store applies them. Absent: `binding.seen` is as it is.
   */
  seenChanges?: Readonly<Record<string, string>>;
  /** The entity's number series after numbering new rows (a row of the numberSeries table like any other). */
  numberSeries?: StoredRow<"numberSeries">;
  /** Rows of other entities changed by the same act (a campaign's new dates re-date its price lines). */
  cascade?: readonly { entity: EntityKind; puts: readonly StoredRow[]; deletes?: readonly string[] }[];
  /** Campaign target-group rows added or removed by the same act (activation, line upkeep). */
  targetGroups?: { puts: readonly CampaignTargetGroup[]; deletes: readonly CampaignTargetGroup[] };
  log: ChangeLogEntry;
  /** Compare and set: each row as the plan saw it in the store. */
  expect?: readonly ExpectedRow[];
}

/** Reference data validation needs, read in one go (one read transaction). Keys are normalised codes. */
export interface ReferenceData {
  statusCodes: ReadonlySet<string>;
  salespeople: ReadonlyMap<string, { blocked: boolean }>;
  itemDiscGroups: ReadonlySet<string>;
  customerPriceGroups: ReadonlySet<string>;
  customerDiscGroups: ReadonlySet<string>;
  currencies: ReadonlySet<string>;
  items: ReadonlyMap<string, { baseUnitOfMeasure: string; salesUnitOfMeasure: string }>;
  /** Per item no., its unit codes with their quantity per unit. */
  itemUnits: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Per item no., its variant codes. */
  itemVariants: ReadonlyMap<string, ReadonlySet<string>>;
  customers: ReadonlySet<string>;
  campaigns: ReadonlyMap<string, { startingDate: string; endingDate: string }>;
  /** Contacts by no. (what segment lines and criteria need). */
  contacts: ReadonlyMap<
    string,
    {
      type: "Company" | "Person";
      companyNo: string;
      name: string;
      email: string;
      excludeFromSegment: boolean;
      salespersonCode: string;
    }
  >;
  /** Company contact no. → the customer linked to it (Customer.contactNo). */
  customerByContact: ReadonlyMap<string, string>;
  teams: ReadonlySet<string>;
  interactionGroups: ReadonlySet<string>;
  interactionTemplates: ReadonlyMap<string, InteractionTemplate>;
  segments: ReadonlyMap<string, SegmentHeader>;
  /** Campaigns with target-group rows (activated, §4). */
  activatedCampaigns: ReadonlySet<string>;
  /** Campaign entries by entry no. (IR5: an interaction is un-canceled only while its entry is not canceled). */
  campaignEntries: ReadonlyMap<number, { campaignNo: string; segmentNo: string; canceled: boolean }>;
  /** Logged segments by entry no. (IR5), and the segment nos. that are logged (IR10: their lines are closed). */
  loggedSegments: ReadonlyMap<number, { segmentNo: string; canceled: boolean }>;
  loggedSegmentNos: ReadonlySet<string>;
  /** The highest campaign entry no. stored or handed out by its series: new entries count on from it (IR2). */
  campaignEntryLastNo: number;
  /** Sales cycles by code, their stages by cycle code (OP8, OP11). */
  salesCycles: ReadonlyMap<string, SalesCycle>;
  salesCycleStages: ReadonlyMap<string, readonly SalesCycleStage[]>;
  /** Opportunity nos. (OP15: what an interaction may name). */
  opportunities: ReadonlySet<string>;
  /** Each started opportunity's one active entry, by opportunity no. (OP1), and the highest entry no. stored. */
  activeOpportunityEntries: ReadonlyMap<string, OpportunityEntry>;
  opportunityEntryLastNo: number;
  /** Activity codes (TK9, TK10). */
  activities: ReadonlySet<string>;
}
