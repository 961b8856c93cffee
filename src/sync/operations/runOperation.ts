/** Dispatches a pane operation to its function; the caller commits (or holds) the unit it returns. */
import type { SyncStore, UnitOfWork } from "../../store";
import { changesOf } from "../entities";
import { activationPlan, deactivation } from "./activation";
import { assignActivityOp } from "./assignActivityOp";
import { planCardSave } from "./campaignCardSave";
import { countLines } from "./lineCounts";
import { logSegmentOp } from "./logSegmentOp";
import type { OpContext, OpRequest, OpResult } from "./operationTypes";
import { checkPrice } from "./priceCheck";
import { restoreDeleted } from "./restoreDeleted";
import { statisticsOf } from "./campaignStatistics";
import { campaignOpenTaskCounts, salespersonOpenTasks } from "./openTasks";
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

/** An operation whose unit is committed at once and whose sheets follow. */
function committed<K extends OpRequest["kind"]>(
  kind: K,
  planned: { result: Extract<OpResult, { kind: K }>["result"]; unit: UnitOfWork | null },
): OperationOutcome {
  const outcome = { kind, result: planned.result, changes: changesOf(planned.unit) } as OpResult;
  return { outcome, unit: planned.unit, hold: false };
}

/** A query: a result, nothing stored. */
function read<K extends OpRequest["kind"]>(
  kind: K,
  result: Extract<OpResult, { kind: K }>["result"],
): OperationOutcome {
  return { outcome: { kind, result, changes: [] } as OpResult, unit: null, hold: false };
}

const HANDLERS: { [K in OpRequest["kind"]]: Handler<K> } = {
  saveSegment: async (store, request, ctx, deps) =>
    committed(request.kind, await saveSegment(store, request, ctx, deps.newId)),
  previewSegment: async (store, request, ctx, deps) =>
    committed(request.kind, await saveSegment(store, request, ctx, deps.newId)),
  deleteSegment: async (store, request, ctx) =>
    committed("deleteSegment", await deleteSegment(store, request.segmentNo, ctx)),
  addContacts: async (store, request, ctx, deps) =>
    committed(request.kind, await changeContacts(store, request, ctx, deps.newId)),
  removeContacts: async (store, request, ctx, deps) =>
    committed(request.kind, await changeContacts(store, request, ctx, deps.newId)),
  planActivation: async (store, request, ctx, deps) => {
    const { result, unit } = await activationPlan(store, request.campaignNo, ctx, deps.newId);
    // Held until the person confirms: the changes are those of the commit that may follow.
    return { outcome: { kind: "planActivation", result, changes: changesOf(unit) }, unit, hold: true };
  },
  assignActivity: async (store, request, ctx, deps) =>
    committed("assignActivity", await assignActivityOp(store, request.request, ctx, deps.newId)),
  logSegment: async (store, request, ctx, deps) =>
    committed("logSegment", await logSegmentOp(store, request, ctx, deps.newId)),
  deactivate: async (store, request, ctx) =>
    committed("deactivate", await deactivation(store, request.campaignNo, ctx)),
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
    // SP41: whether it exists, not the record (a big sheet's seen rows are read only by a plan that needs them).
    if (request.reset || !(await store.hasBinding(request.binding.id))) {
      await store.putBinding({ ...request.binding, seen: {} });
    }
    return { outcome: { kind: "putBinding", result: null, changes: [] }, unit: null, hold: false };
  },
  campaignStatistics: async (store, { campaignNo, from, to }) => ({
    outcome: {
      kind: "campaignStatistics",
      result: await statisticsOf(store, campaignNo, { ...(from ? { from } : {}), ...(to ? { to } : {}) }),
      changes: [],
    },
    unit: null,
    hold: false,
  }),
  restoreDeleted: async (store, request, ctx) =>
    committed("restoreDeleted", await restoreDeleted(store, request.records, ctx)),
  salespersonTasks: async (store, { salespersonCode }) =>
    read("salespersonTasks", await salespersonOpenTasks(store, salespersonCode)),
  campaignTaskCounts: async (store, { campaignNo }, ctx) =>
    read("campaignTaskCounts", await campaignOpenTaskCounts(store, campaignNo, ctx.today)),
  putInstance: async (store, request) => {
    await store.putInstance(request.instance);
    return { outcome: { kind: "putInstance", result: null, changes: [] }, unit: null, hold: false };
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
