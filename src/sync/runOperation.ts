/** Dispatches a pane operation to its planner function; the caller commits (or holds) the unit it returns. */
import type { EntityKind } from "../domain";
import type { SyncStore, UnitOfWork } from "../store";
import { activationPlan, deactivation } from "./activationOps";
import { planCardSave } from "./campaignCard";
import { countLines } from "./lineCounts";
import type { OpContext, OpRequest, OpResult } from "./operations";
import { checkPrice } from "./priceCheckOp";
import type { PriceIndexCache } from "./priceCheckOp";
import { changeContacts, deleteSegment, saveSegment } from "./segmentOps";

export interface OperationOutcome {
  outcome: OpResult;
  unit: UnitOfWork | null;
  /** Keep the unit for an explicit commit() (activation asks the user first). */
  hold: boolean;
}

/** Entities a unit changes (for the sheets to follow). */
function changesOf(unit: UnitOfWork | null): EntityKind[] {
  if (!unit) return [];
  const out: EntityKind[] = [];
  if (unit.puts.length > 0 || unit.deletes.length > 0) out.push(unit.entity);
  for (const c of unit.cascade ?? []) out.push(c.entity);
  return out;
}

export async function runOperation(
  store: SyncStore,
  request: OpRequest,
  ctx: OpContext,
  newId: () => string,
  prices: PriceIndexCache,
): Promise<OperationOutcome> {
  switch (request.kind) {
    case "saveSegment":
    case "previewSegment": {
      const { result, unit } = await saveSegment(store, request, ctx);
      return { outcome: { kind: request.kind, result, changes: changesOf(unit) }, unit, hold: false };
    }
    case "deleteSegment": {
      const { result, unit } = await deleteSegment(store, request.segmentNo, ctx);
      return { outcome: { kind: "deleteSegment", result, changes: changesOf(unit) }, unit, hold: false };
    }
    case "addContacts":
    case "removeContacts": {
      const { result, unit } = await changeContacts(store, request, ctx, newId);
      return { outcome: { kind: request.kind, result, changes: changesOf(unit) }, unit, hold: false };
    }
    case "planActivation": {
      const { result, unit } = await activationPlan(store, request.campaignNo, ctx);
      return { outcome: { kind: "planActivation", result, changes: [] }, unit, hold: true };
    }
    case "deactivate": {
      const { result, unit } = await deactivation(store, request.campaignNo, ctx);
      return { outcome: { kind: "deactivate", result, changes: [] }, unit, hold: false };
    }
    case "saveCampaign": {
      const { outcome, unit } = await planCardSave(store, { ...request, ...ctx }, newId);
      return { outcome: { kind: "saveCampaign", result: outcome, changes: outcome.changes }, unit, hold: false };
    }
    case "lineCounts":
      return { outcome: { kind: "lineCounts", result: await countLines(store), changes: [] }, unit: null, hold: false };
    case "priceCheck": {
      const result = await checkPrice(store, prices, request.input);
      return { outcome: { kind: "priceCheck", result, changes: [] }, unit: null, hold: false };
    }
  }
}
