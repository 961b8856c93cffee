/** The engine's observable state: what the task pane shows. Replaced (never mutated) on every change. */
import type { EntityKind } from "../../domain";
import type { BindingScope, RowIssue } from "../entities";
import type { LineCounts } from "../operations";
import type { PlanCounts } from "../reconcile";

export type BindingHealth = "checking" | "ok" | "broken" | "header";

export interface BindingView {
  id: string;
  entity: EntityKind;
  tableName: string;
  sheetName: string;
  /** Set for a campaign's own price or discount sheet. */
  scope?: BindingScope;
  /** The workbook's own state on a very hidden sheet (segment headers, number series, activations). */
  hidden: boolean;
  health: BindingHealth;
  /** Why the binding is not ok, in the user's language, each saying what to do. */
  problems: string[];
  rows: number;
  issueCount: number;
  /** Columns Excel added to the table (typed or pasted right of it) that the add-in does not use (PN13). */
  extraColumns?: string[];
}

export interface Progress {
  label: string;
  done: number;
  total: number;
}

/** Timings and counts of one reconcile (ms from the injected monotonic clock). */
export interface ReconcileReport extends PlanCounts {
  bindingId: string;
  entity: EntityKind;
  startedAtMs: number;
  readMs: number;
  planMs: number;
  /** CPU ms inside the planner (a worker in the pane): parsing cells, validating records, the whole plan. */
  parseMs: number;
  validateMs: number;
  planCpuMs: number;
  commitMs: number;
  writeMs: number;
  committedAtMs: number;
  finishedAtMs: number;
  /** Rows read again for an in-body edit (SP20: the edited rows and those last written back); absent: a whole read. */
  rowsRead?: number;
}

/**
 * The local store's state, shown in one place in the pane. `rebuilding`: a workbook opened on an empty (new,
 * lost or cleared) store is read whole into it. `persistent` false: the browser may evict the store (the
 * workbook still holds everything); null until known.
 */
export interface StorageState {
  phase: "ready" | "rebuilding";
  /** Tables read into the store so far, and how many there are (while rebuilding, and after a cancelled one). */
  done: number;
  total: number;
  /** A rebuild was cancelled: the tables not read yet are read at their next reconcile. */
  cancelled: boolean;
  persistent: boolean | null;
  /** Tables not saved because the browser's storage for the add-in is full (retried; the pane says so). */
  full: string[];
}

export interface EngineState {
  bindings: BindingView[];
  /** Issues of every bound table, in table then row order. */
  issues: RowIssue[];
  progress: Progress | null;
  busy: boolean;
  /** Change hints waiting plus jobs queued or running: nothing is "Synced" while this is above 0 (F6). */
  pending: number;
  lastReport: ReconcileReport | null;
  /** Reconciles finished since start: lets tests and benchmarks wait for "settled". */
  reconcileCount: number;
  /** Price and discount lines per campaign, recounted after they change (null until first counted). */
  lineCounts: LineCounts | null;
  /** Bumped when target groups may have changed (activation, deactivation, segment line upkeep). */
  targetGroupsVersion: number;
  storage: StorageState;
  /**
   * This file carries the instance id of another file of its document that the store knows from elsewhere (`of`):
   * a copy meeting its original. Nothing is reconciled until the person chooses (resolveCopy).
   */
  copy: { of: string } | null;
  /** The person kept a copy separate: it is a new document now, and the pane must open again on its own store. */
  reopen: boolean;
  error: string | null;
  /** Why something the person asked for could not be done in Excel (another workbook had the focus); else null. */
  notice: string | null;
  /** The latest campaign delete made in this pane, which the pane offers to undo (CD4); null when none is left. */
  undoDelete: { campaignNos: string[]; lines: number } | null;
  /** Excel is holding our requests, most likely because a person is editing a cell: they go on once they leave it. */
  waitingForCellEdit: boolean;
}

export const INITIAL_STATE: EngineState = {
  bindings: [],
  issues: [],
  progress: null,
  busy: false,
  pending: 0,
  lastReport: null,
  reconcileCount: 0,
  lineCounts: null,
  targetGroupsVersion: 0,
  storage: { phase: "ready", done: 0, total: 0, cancelled: false, persistent: null, full: [] },
  copy: null,
  reopen: false,
  error: null,
  waitingForCellEdit: false,
  notice: null,
  undoDelete: null,
};

export class StateBox {
  private state: EngineState = INITIAL_STATE;
  private readonly listeners = new Set<(s: EngineState) => void>();

  get(): EngineState {
    return this.state;
  }

  update(change: (s: EngineState) => Partial<EngineState>): void {
    this.state = { ...this.state, ...change(this.state) };
    for (const l of this.listeners) l(this.state);
  }

  subscribe(listener: (s: EngineState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
