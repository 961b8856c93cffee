/** The planner in the calling thread: for tests, and where Web Workers are unavailable. */
import type { CellValue } from "../workbook";
import type { SyncStore, UnitOfWork } from "../store";
import type { Planner } from "./planner";
import { runOperation } from "./runOperation";
import { PriceIndexCache } from "./priceCheckOp";
import { planTable } from "./planTable";

export function createLocalPlanner(store: SyncStore, newId: () => string): Planner {
  let held: UnitOfWork | null = null;
  // The price index is rebuilt after anything this planner commits (every write in a pane goes through it).
  const priceCache = new PriceIndexCache();
  return {
    async plan(request, body) {
      const { planned, unit } = await planTable(store, request, body as readonly (readonly CellValue[])[], newId);
      held = unit;
      return planned;
    },
    async commit() {
      const unit = held;
      held = null;
      if (unit) await store.commit(unit);
      if (unit) priceCache.clear();
    },
    discard() {
      held = null;
    },
    async op(request, context) {
      const { outcome, unit, hold } = await runOperation(store, request, context, newId, priceCache);
      if (unit && hold) held = unit;
      else if (unit) {
        await store.commit(unit);
        priceCache.clear();
      }
      return outcome;
    },
    dispose() {
      held = null;
    },
  };
}
