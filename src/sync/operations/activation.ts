/** Activate / Deactivate campaign prices and discounts (domain-rules §4): target-group rows from segment lines. */
import { planActivation, planDeactivation } from "../../domain";
import type { SyncStore, UnitOfWork } from "../../store";
import type { ActivationSummary, OpContext } from "./operationTypes";

export async function activationPlan(
  store: SyncStore,
  campaignNo: string,
  ctx: OpContext,
): Promise<{ result: ActivationSummary; unit: UnitOfWork | null }> {
  const [refs, segmentLines, existingRows, prices, discounts] = await Promise.all([
    store.loadReferenceData(),
    store.loadRows("segmentLine"),
    store.loadTargetGroups(campaignNo),
    store.loadRows("salesPrice"),
    store.loadRows("salesLineDiscount"),
  ]);
  const ofCampaign = (r: { salesType: string; salesCode: string }) =>
    r.salesType === "Campaign" && r.salesCode === campaignNo;
  const plan = planActivation(
    campaignNo,
    {
      segmentLines,
      contacts: refs.contacts,
      customerByContact: refs.customerByContact,
      existingRows,
      hasPricesOrDiscounts: prices.some(ofCampaign) || discounts.some(ofCampaign),
    },
    ctx.lang,
  );
  const result: ActivationSummary = {
    ok: !plan.error,
    issues: plan.error ? [plan.error] : [],
    needsConfirmation: !plan.error && plan.needsConfirmation,
    adds: plan.puts.length,
  };
  if (plan.error) return { result, unit: null };
  return { result, unit: targetUnit(campaignNo, { puts: plan.puts, deletes: [] }, ctx, "activate") };
}

export async function deactivation(
  store: SyncStore,
  campaignNo: string,
  ctx: OpContext,
): Promise<{ result: { removed: number }; unit: UnitOfWork | null }> {
  const changes = planDeactivation(campaignNo, await store.loadTargetGroups(campaignNo));
  if (changes.deletes.length === 0) return { result: { removed: 0 }, unit: null };
  return { result: { removed: changes.deletes.length }, unit: targetUnit(campaignNo, changes, ctx, "deactivate") };
}

/** Target-group rows only; filed under the campaign (a small table) so no large cache is re-read elsewhere. */
function targetUnit(
  campaignNo: string,
  targetGroups: NonNullable<UnitOfWork["targetGroups"]>,
  ctx: OpContext,
  origin: string,
): UnitOfWork {
  return {
    entity: "campaign",
    deletes: [],
    puts: [],
    targetGroups,
    log: {
      at: ctx.nowIso,
      bindingId: "",
      entity: "campaign",
      origin,
      puts: targetGroups.puts.length,
      deletes: targetGroups.deletes.length,
      keys: [campaignNo],
    },
  };
}
