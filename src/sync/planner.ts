/**
 * The planner does the CPU-heavy half of a reconcile: load the store's rows, parse and validate the table
 * body, decide what to store and write, and later commit it. In the task pane it runs in a Web Worker
 * (workerPlanner.ts) so a 100,000-line paste never blocks the UI; tests run it in-process (localPlanner.ts).
 */
import type { Campaign, EntityKind, Issue, Lang } from "../domain/types";
import type { ColumnMap } from "../sheets";
import type { StoredRow } from "../store";
import type { CellBlock, CellFill } from "../workbook";
import type { BindingScope } from "./bindingMetadata";
import type { OpContext, OpRequest, OpResult } from "./operations";
import type { RowIssue } from "./rowIssue";

export interface TablePlanRequest {
  bindingId: string;
  entity: EntityKind;
  scope?: BindingScope;
  sheetName: string;
  schemaVersion: number;
  map: ColumnMap;
  /** Number formats per column index (percent columns only), one per body row. */
  formats?: ReadonlyMap<number, readonly string[]>;
  lang: Lang;
  today: string;
  nowIso: string;
}

export interface PlanCounts {
  rows: number;
  valid: number;
  invalid: number;
  puts: number;
  deletes: number;
  appended: number;
}

export interface PlannedTable {
  blocks: CellBlock[];
  fills: CellFill[];
  issues: RowIssue[];
  /** Where each row id sits after the write-back; filled for campaigns only (the card writes by row). */
  rowIndexById: Map<string, number>;
  bodyRows: number;
  counts: PlanCounts;
  /** Whether commit() has something to store. */
  hasUnit: boolean;
  /** Entities whose rows change when this plan commits (its own and cascaded ones). */
  changes: EntityKind[];
  /** Milliseconds parsing, validating, and planning in all (in the planner's thread). */
  timings: { parseMs: number; validateMs: number; totalMs: number };
}

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

export interface PlanProgress {
  done: number;
  total: number;
}

export interface Planner {
  /** Plans one table; the plan is held until commit() or discard(). */
  plan(
    request: TablePlanRequest,
    body: readonly (readonly unknown[])[],
    onProgress?: (p: PlanProgress) => void,
  ): Promise<PlannedTable>;
  /** Stores the held plan in one transaction. */
  commit(): Promise<void>;
  discard(): void;
  /** A pane operation (segments, contacts, activation, price check); planActivation holds its unit for commit(). */
  op(request: OpRequest, context: OpContext): Promise<OpResult>;
  dispose(): void;
}
