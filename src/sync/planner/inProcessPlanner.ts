/** The planner in the calling thread: for tests, and inside the plan worker (workerHandler). */
import type { SyncStore, UnitOfWork } from "../../store";
import type { CellValue } from "../../workbook";
import { PriceIndexCache, runOperation } from "../operations";
import { HeldBodies, OpenPrints, PlanMemos, reconcileTable } from "../reconcile";
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
  // SP20: the bodies of tables planned only-what-changed, for an in-body edit's plan (none without memos).
  const bodies = memos ? new HeldBodies() : undefined;
  // SP40: settled plans' prints, so an unchanged table is not planned again.
  const prints = options.incremental === false ? undefined : new OpenPrints(store);
  let planned = "";
  // The price index is rebuilt after anything this planner commits (every write in a pane goes through it).
  const prices = new PriceIndexCache();
  const commitNow = async (unit: UnitOfWork) => {
    await store.commit(unit);
    prices.clear();
  };
  return {
    async plan(request, body) {
      const rows = body as readonly (readonly CellValue[])[];
      bodies?.forget(request.bindingId);
      const generations = (await prints?.generations(request)) ?? null;
      const { planned: table, unit, historyRows } = await reconcileTable(store, request, rows, timer, memos);
      held = unit;
      bodies?.keep(request, rows, historyRows);
      await prints?.remember(request, table, generations);
      planned = request.bindingId;
      return table;
    },
    async planEdit(request, patch) {
      const whole = bodies?.patched(request, patch);
      if (!whole) return null;
      bodies?.forget(request.bindingId); // kept again once planned: a failed plan leaves none
      // SP25: history only for the rows read and those whose history the last plan needed.
      const done = await reconcileTable(store, whole.request, whole.body, timer, memos, whole.historyOf);
      held = done.unit;
      bodies?.keep(whole.request, whole.body, done.historyRows);
      planned = request.bindingId;
      return done.planned;
    },
    async unchanged(request) {
      held = null;
      bodies?.forget(request.bindingId); // its next edit reads the whole table (the body held may be another's)
      return (await prints?.unchanged(request)) ?? null;
    },
    async commit() {
      const unit = held;
      held = null;
      if (unit) await commitNow(unit);
    },
    discard() {
      held = null;
      bodies?.forget(planned); // not committed: the binding's next edit reads its whole table
    },
    async op(request, context) {
      const { outcome, unit, hold } = await runOperation(store, request, context, { newId, prices });
      if (unit && hold) held = unit;
      else if (unit) await commitNow(unit);
      return outcome;
    },
    warm: (bindings) => memos?.warm(bindings),
    dispose() {
      held = null;
    },
  };
}
