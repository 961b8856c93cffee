/** The planner in the calling thread: for tests, and where Web Workers are unavailable. */
import type { CellValue } from "../workbook";
import type { SyncStore, UnitOfWork } from "../store";
import { planCardSave } from "./campaignCard";
import { countLines } from "./lineCounts";
import type { Planner } from "./planner";
import { planTable } from "./planTable";

export function createLocalPlanner(store: SyncStore, newId: () => string): Planner {
  let held: UnitOfWork | null = null;
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
    },
    discard() {
      held = null;
    },
    async saveCampaign(request) {
      const { outcome, unit } = await planCardSave(store, request, newId);
      if (unit) await store.commit(unit);
      return outcome;
    },
    lineCounts: () => countLines(store),
    dispose() {
      held = null;
    },
  };
}
