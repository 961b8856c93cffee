/**
 * The campaign card's two actions on the store side of the engine: save (validated like a sheet row, then written to
 * its row) and activate (planned, confirmed by the person when the campaign has no prices, then committed). The
 * engine runs each as a job and schedules the sheets of what changed.
 */
import type { Campaign, EntityKind } from "../../domain";
import type { ActivationSummary, OpContext, ResultOf } from "../operations";
import type { Planner } from "../planner";
import type { WorkbookPort } from "../../workbook";
import type { WorkbookBinding } from "./bindingTable";
import type { BoundTables } from "./boundTables";
import { writeCampaignRow } from "./campaignRowWriter";

/** Saves the card's campaign through the planner and writes it to its row; `saved` is set when it was stored. */
export async function saveFromCard(
  planner: Planner,
  workbook: WorkbookPort,
  tables: BoundTables,
  b: WorkbookBinding | undefined,
  request: { rowId: string | null; campaign: Campaign; context: OpContext },
): Promise<ResultOf<"saveCampaign">> {
  const op = {
    kind: "saveCampaign" as const,
    bindingId: b?.id ?? null,
    rowId: request.rowId,
    campaign: request.campaign,
  };
  const outcome = (await planner.op(op, request.context)).result as ResultOf<"saveCampaign">;
  if (outcome.ok && outcome.saved) {
    await writeCampaignRow(workbook, b, b ? tables.memoryOf(b.id) : undefined, outcome.saved);
    if (b) tables.noteAppended(b.id, outcome.saved.rowId);
  }
  return outcome;
}

/** Plans the activation, asks when needed, commits or discards; `changes` is set when it was committed. */
export async function activateThrough(
  planner: Planner,
  campaignNo: string,
  confirmNoPrices: () => Promise<boolean>,
  context: OpContext,
): Promise<{ result: ActivationSummary & { committed: boolean }; changes: EntityKind[] | null }> {
  const outcome = await planner.op({ kind: "planActivation", campaignNo }, context);
  const summary = outcome.result as ActivationSummary;
  const proceed = summary.ok && (!summary.needsConfirmation || (await confirmNoPrices()));
  if (!proceed) {
    planner.discard();
    return { result: { ...summary, committed: false }, changes: null };
  }
  await planner.commit();
  return { result: { ...summary, committed: true }, changes: outcome.changes };
}
