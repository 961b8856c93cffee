/** What the engine asks of a table's reconcile, and what comes back to it (plain data: it crosses to the plan worker). */
import type { EntityKind, Lang } from "../../domain";
import type { ColumnMap } from "../../sheets";
import type { CellBlock, CellFill } from "../../workbook";
import type { BindingScope, RemovedRecords, Resolution, RowIssue } from "../entities";

export interface TablePlanRequest {
  bindingId: string;
  entity: EntityKind;
  scope?: BindingScope;
  sheetName: string;
  schemaVersion: number;
  map: ColumnMap;
  /** 0-based sheet row of the table's header, for row numbers in messages (absent: 0). */
  headerRow?: number;
  /** Number formats per column index (percent columns only), one per body row. */
  formats?: ReadonlyMap<number, readonly string[]>;
  /** [row, column] of body cells holding an Excel error value, not text that looks like one (PS6). */
  errorCells?: readonly (readonly [number, number])[];
  /** [row, column] of number cells holding a date (a number Excel read as a date, PS12). */
  dateCells?: readonly (readonly [number, number])[];
  lang: Lang;
  today: string;
  nowIso: string;
  /** The workbook's document id: new rows' ids derive from it, so co-authors name a row alike. */
  documentId: string;
  /** The store's record of this binding for this file of the document (copies keep their own). */
  bindingRecordId: string;
  /** Conflicts the person resolved, by row id. */
  resolutions?: Readonly<Record<string, Resolution>>;
  /** False for a change a co-author made: store what it brought, write nothing back (their pane does). */
  writeBack?: boolean;
  /**
   * The print of the table as read (its cells, formats, cell kinds and this request but `nowIso`), taken by the engine:
   * a table printed as when its last plan came out settled, with no commit since, is not planned again (SP40).
   */
  bodyPrint?: string;
}

export interface PlanCounts {
  rows: number;
  valid: number;
  invalid: number;
  puts: number;
  deletes: number;
  appended: number;
  /** Rows parsed, validated and derived by this plan; the rest were clean (SP6: as the last plan left them). */
  planned: number;
}

/** A table's plan as the engine sees it: what to write back and show; the unit of work stays with the planner. */
export interface PlannedTable {
  blocks: CellBlock[];
  fills: CellFill[];
  issues: RowIssue[];
  /** Where each row id sits after the write-back; filled for campaigns only (the card writes by row). */
  rowIndexById: Map<string, number>;
  bodyRows: number;
  /** Body rows the write-back clears; the engine deletes those still blank after it (CD3). */
  clearedRows: readonly number[];
  /** The commit also adds rows of this table's own entity (a recurring task's next): the table is read again. */
  addsOwnRows: boolean;
  counts: PlanCounts;
  /** Whether commit() has something to store. */
  hasUnit: boolean;
  /**
   * The unit stores no rows, only the binding's memory of what the sheet shows (and a change-log entry): nothing to
   * compare and set, so it may commit while the sheet is written (SP42).
   */
  memoryOnly: boolean;
  /** Entities whose rows change when this plan commits (its own and cascaded ones). */
  changes: EntityKind[];
  /** Whether the commit changes a campaign's count of price or discount lines (SP46). */
  lineCountsChange: boolean;
  /** Campaigns this plan deletes (their own sheets go after the commit, rule CD2); empty for other entities. */
  deletedCampaigns: string[];
  /** What deleting them takes out of the store, for an undo from the pane (CD4); set only when some are deleted. */
  removed?: RemovedRecords;
  /** Among `changes`, those whose reference data changes: the sheets that refer to them validate again (SP5). */
  referenceChanges: EntityKind[];
  /** Among `referenceChanges`, those the plan only adds records to (new campaigns): they mend rows in error, nothing else. */
  referenceAdds: EntityKind[];
  /**
   * A write-back of more than one slice stays with the planner (SP62): `blocks` and `fills` are empty and the engine
   * fetches `slices` slices from it while it writes; `rows` is how many rows they write.
   */
  heldWrites?: { slices: number; rows: number };
  /** Milliseconds parsing, validating, and planning in all (in the planner's thread). */
  timings: { parseMs: number; validateMs: number; totalMs: number };
}
