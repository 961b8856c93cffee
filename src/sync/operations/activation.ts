/**
 * Activate / Deactivate campaign prices and discounts (domain-rules §4): target-group rows from segment lines,
 * and the campaign's activation mark, which travels with the workbook (docs/spec/document-layout.md).
 */
import { normalizeCode, planActivation, planDeactivation } from "../../domain";
import type { StoredRow, SyncStore, UnitOfWork } from "../../store";
import { toStoredRow } from "../entities";
import type { ActivationSummary, OpContext } from "./operationTypes";

export async function activationPlan(
  store: SyncStore,
  campaignNo: string,
  ctx: OpContext,
  newId: () => string,
): Promise<{ result: ActivationSummary; unit: UnitOfWork | null }> {
  const [refs, segmentLines, interactions, existingRows, prices, discounts] = await Promise.all([
    store.loadReferenceData(),
    store.loadRows("segmentLine"),
    store.loadRows("interactionLogEntry"),
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
      // §4 step 2: interactions with Campaign Target count, unless canceled or postponed (IR9).
      interactions,
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
    // IR9: the question comes first, also when the error follows it (BC's order, domain-rules §4 steps 1–3).
    needsConfirmation: plan.needsConfirmation,
    adds: plan.puts.length,
  };
  if (plan.error) return { result, unit: null };
  const no = normalizeCode(campaignNo);
  const mark = await store.getRow("campaignActivation", no);
  const puts = mark ? [] : [toStoredRow("campaignActivation", { campaignNo: no }, newId(), 1)];
  return { result, unit: markUnit(no, puts, [], { puts: plan.puts, deletes: [] }, ctx, "activate") };
}

export async function deactivation(
  store: SyncStore,
  campaignNo: string,
  ctx: OpContext,
): Promise<{ result: { removed: number }; unit: UnitOfWork | null }> {
  const no = normalizeCode(campaignNo);
  const changes = planDeactivation(no, await store.loadTargetGroups(no));
  const mark = await store.getRow("campaignActivation", no);
  if (changes.deletes.length === 0 && !mark) return { result: { removed: 0 }, unit: null };
  const unit = markUnit(no, [], mark ? [no] : [], changes, ctx, "deactivate");
  return { result: { removed: changes.deletes.length }, unit };
}

/** The campaign's activation mark and its target-group rows, in one unit. */
function markUnit(
  campaignNo: string,
  puts: StoredRow<"campaignActivation">[],
  deletes: string[],
  targetGroups: NonNullable<UnitOfWork["targetGroups"]>,
  ctx: OpContext,
  origin: string,
): UnitOfWork {
  return {
    entity: "campaignActivation",
    deletes,
    puts,
    targetGroups,
    log: {
      at: ctx.nowIso,
      bindingId: "",
      entity: "campaignActivation",
      origin,
      puts: targetGroups.puts.length,
      deletes: targetGroups.deletes.length,
      keys: [campaignNo],
    },
  };
}
