/** The planner in the calling thread: for tests, and where Web Workers are unavailable. */
import type { SyncStore, UnitOfWork } from "../../store";
import type { CellValue } from "../../workbook";
import { PriceIndexCache, runOperation } from "../operations";
import { PlanMemos, reconcileTable } from "../reconcile";
import type { Planner } from "./plannerPort";

export interface InProcessPlannerOptions {
  newId: () => string;
  /** Milliseconds for the plan's timings (the worker's own clock in the pane). */
  timer: () => number;
  /** Plan only what changed since the binding's last plan (SP6); default true. False: every row, every time. */
  incremental?: boolean;
}

export function createInProcessPlanner(store: SyncStore, options: InProcessPlannerOptions): Planner {
  const { newId, timer } = options;
  let held: UnitOfWork | null = null;
  const memos = options.incremental === false ? undefined : new PlanMemos(store);
  // The price index is rebuilt after anything this planner commits (every write in a pane goes through it).
  const prices = new PriceIndexCache();
  const commitNow = async (unit: UnitOfWork) => {
    await store.commit(unit);
    prices.clear();
  };
  return {
    async plan(request, body) {
      const rows = body as readonly (readonly CellValue[])[];
      const { planned, unit } = await reconcileTable(store, request, rows, timer, memos);
      held = unit;
      return planned;
    },
    async commit() {
      const unit = held;
      held = null;
      if (unit) await commitNow(unit);
    },
    discard() {
      held = null;
    },
    async op(request, context) {
      const { outcome, unit, hold } = await runOperation(store, request, context, { newId, prices });
      if (unit && hold) held = unit;
      else if (unit) await commitNow(unit);
      return outcome;
    },
    dispose() {
      held = null;
    },
  };
}
