/** Dispatches a pane operation to its function; the caller commits (or holds) the unit it returns. */
import type { EntityKind } from "../../domain";
import type { SyncStore, UnitOfWork } from "../../store";
import { activationPlan, deactivation } from "./activation";
import { planCardSave } from "./campaignCardSave";
import { countLines } from "./lineCounts";
import type { OpContext, OpRequest, OpResult } from "./operationTypes";
import { checkPrice } from "./priceCheck";
import type { PriceIndexCache } from "./priceCheck";
import { changeContacts, deleteSegment } from "./segmentContacts";
import { saveSegment } from "./segmentHeaderSave";

export interface OperationOutcome {
  outcome: OpResult;
  unit: UnitOfWork | null;
  /** Keep the unit for an explicit commit() (activation asks the user first). */
  hold: boolean;
}

/** What an operation may use besides the store and the request's context. */
export interface OperationDeps {
  newId: () => string;
  prices: PriceIndexCache;
}

type Handler<K extends OpRequest["kind"]> = (
  store: SyncStore,
  request: Extract<OpRequest, { kind: K }>,
  ctx: OpContext,
  deps: OperationDeps,
) => Promise<OperationOutcome>;

/** Entities a unit changes (for the sheets to follow). */
function changesOf(unit: UnitOfWork | null): EntityKind[] {
  if (!unit) return [];
  const out: EntityKind[] = [];
  if (unit.puts.length > 0 || unit.deletes.length > 0) out.push(unit.entity);
  for (const c of unit.cascade ?? []) out.push(c.entity);
  return out;
}

/** An operation whose unit is committed at once and whose sheets follow. */
function committed<K extends OpRequest["kind"]>(
  kind: K,
  planned: { result: Extract<OpResult, { kind: K }>["result"]; unit: UnitOfWork | null },
): OperationOutcome {
  const outcome = { kind, result: planned.result, changes: changesOf(planned.unit) } as OpResult;
  return { outcome, unit: planned.unit, hold: false };
}

const HANDLERS: { [K in OpRequest["kind"]]: Handler<K> } = {
  saveSegment: async (store, request, ctx) => committed(request.kind, await saveSegment(store, request, ctx)),
  previewSegment: async (store, request, ctx) => committed(request.kind, await saveSegment(store, request, ctx)),
  deleteSegment: async (store, request, ctx) =>
    committed("deleteSegment", await deleteSegment(store, request.segmentNo, ctx)),
  addContacts: async (store, request, ctx, deps) =>
    committed(request.kind, await changeContacts(store, request, ctx, deps.newId)),
  removeContacts: async (store, request, ctx, deps) =>
    committed(request.kind, await changeContacts(store, request, ctx, deps.newId)),
  planActivation: async (store, request, ctx) => {
    const { result, unit } = await activationPlan(store, request.campaignNo, ctx);
    return { outcome: { kind: "planActivation", result, changes: [] }, unit, hold: true };
  },
  deactivate: async (store, request, ctx) => {
    const { result, unit } = await deactivation(store, request.campaignNo, ctx);
    return { outcome: { kind: "deactivate", result, changes: [] }, unit, hold: false };
  },
  saveCampaign: async (store, request, ctx, deps) => {
    const { outcome, unit } = await planCardSave(store, { ...request, ...ctx }, deps.newId);
    return { outcome: { kind: "saveCampaign", result: outcome, changes: outcome.changes }, unit, hold: false };
  },
  lineCounts: async (store) => ({
    outcome: { kind: "lineCounts", result: await countLines(store), changes: [] },
    unit: null,
    hold: false,
  }),
  priceCheck: async (store, request, _ctx, deps) => {
    const result = await checkPrice(store, deps.prices, request.input);
    return { outcome: { kind: "priceCheck", result, changes: [] }, unit: null, hold: false };
  },
  putBinding: async (store, request) => {
    if (request.reset || !(await store.getBinding(request.binding.id))) {
      await store.putBinding({ ...request.binding, seenRowIds: [] });
    }
    return { outcome: { kind: "putBinding", result: null, changes: [] }, unit: null, hold: false };
  },
};

export function runOperation(
  store: SyncStore,
  request: OpRequest,
  ctx: OpContext,
  deps: OperationDeps,
): Promise<OperationOutcome> {
  const handler = HANDLERS[request.kind] as Handler<OpRequest["kind"]>;
  return handler(store, request, ctx, deps);
}
