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
  health: BindingHealth;
  /** Why the binding is not ok, in the user's language, each saying what to do. */
  problems: string[];
  rows: number;
  issueCount: number;
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
}

export interface EngineState {
  bindings: BindingView[];
  /** Issues of every bound table, in table then row order. */
  issues: RowIssue[];
  progress: Progress | null;
  busy: boolean;
  lastReport: ReconcileReport | null;
  /** Reconciles finished since start: lets tests and benchmarks wait for "settled". */
  reconcileCount: number;
  /** Price and discount lines per campaign, recounted after they change (null until first counted). */
  lineCounts: LineCounts | null;
  /** Bumped when target groups may have changed (activation, deactivation, segment line upkeep). */
  targetGroupsVersion: number;
  error: string | null;
  /** Why something the person asked for could not be done in Excel (another workbook had the focus); else null. */
  notice: string | null;
  /** Excel is holding our requests, most likely because a person is editing a cell: they go on once they leave it. */
  waitingForCellEdit: boolean;
}

export const INITIAL_STATE: EngineState = {
  bindings: [],
  issues: [],
  progress: null,
  busy: false,
  lastReport: null,
  reconcileCount: 0,
  lineCounts: null,
  targetGroupsVersion: 0,
  error: null,
  waitingForCellEdit: false,
  notice: null,
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
