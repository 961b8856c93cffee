/**
 * What follows a campaign's delete in the pane that made it. The sheets made for the campaign alone go (rule CD2): its
 * own price and discount sheets are deleted from the workbook and their bindings from the binding table, so no
 * orphan "Discounts CP0003" sheet or "0 rows" binding stays behind. And the delete can be undone from the pane for
 * the rest of the pane's life (rule CD4): the campaign and its lines go back into the store, the sheets show them
 * again and its own sheets come back. Only the latest delete is offered at a time; after its undo, the one before.
 */
import type { EntityKind } from "../../domain";
import type { BindingScope, RemovedRecords } from "../entities";
import type { OpContext, RestoreResult } from "../operations";
import type { Planner } from "../planner";
import type { WorkbookPort } from "../../workbook";
import { removeBindings } from "./bindingTable";
import type { BoundTables } from "./boundTables";
import type { StateBox } from "./engineState";

interface DeletedCampaigns {
  campaignNos: string[];
  records: RemovedRecords;
  sheets: { entity: EntityKind; scope: BindingScope }[];
}

export interface CampaignDeletesDeps {
  workbook: WorkbookPort;
  tables: BoundTables;
  state: StateBox;
  /** Puts records back through the planner; false when the store refused them as stale. */
  restore: (records: RemovedRecords) => Promise<{ result: RestoreResult; changes: EntityKind[] } | null>;
  /** Binds a sheet again (queued: never awaited inside a job). */
  bind: (entity: EntityKind, scope: BindingScope) => void;
}

export class CampaignDeletes {
  private readonly done: DeletedCampaigns[] = [];

  constructor(private readonly deps: CampaignDeletesDeps) {}

  /** After a reconcile in this pane that deleted campaigns: their own sheets go, and the delete can be undone. */
  async followed(campaignNos: readonly string[], records: RemovedRecords | undefined): Promise<void> {
    if (campaignNos.length === 0) return;
    const sheets = await this.removeSheets(campaignNos);
    if (records && records.length > 0) this.done.push({ campaignNos: [...campaignNos], records, sheets });
    this.publish();
  }

  /**
   * Undoes the latest delete (run as a job). A campaign whose number is in use again is not put back: the result names
   * it and the delete stays offered. `changes` is what the sheets must show.
   */
  async undo(): Promise<{ result: RestoreResult; changes: EntityKind[] }> {
    const last = this.done[this.done.length - 1];
    if (!last) return { result: { ok: false, taken: [], restored: 0 }, changes: [] };
    const outcome = await this.deps.restore(last.records);
    if (!outcome) return { result: { ok: false, taken: last.campaignNos, restored: 0 }, changes: [] };
    if (outcome.result.ok) {
      this.done.pop();
      for (const s of last.sheets) this.deps.bind(s.entity, s.scope);
      this.publish();
    }
    return outcome;
  }

  private publish(): void {
    const last = this.done[this.done.length - 1];
    const lines = last ? last.records.slice(1).reduce((n, set) => n + set.rows.length, 0) : 0;
    this.deps.state.update(() => ({ undoDelete: last ? { campaignNos: last.campaignNos, lines } : null }));
  }

  private async removeSheets(campaignNos: readonly string[]): Promise<DeletedCampaigns["sheets"]> {
    const { tables, workbook } = this.deps;
    const gone = new Set(campaignNos);
    const own = tables.all().filter((b) => b.scope?.campaignNo !== undefined && gone.has(b.scope.campaignNo));
    if (own.length === 0) return [];
    for (const b of own) await tables.remove(b.id);
    await removeBindings(workbook, new Set(own.map((b) => b.id)));
    for (const b of own) await workbook.removeSheetOf(b.tableName);
    return own.map((b) => ({ entity: b.entity, scope: b.scope! }));
  }
}

/** The restore through the planner (which commits it); null when the store refused it as stale (number taken). */
export async function restoreThrough(
  planner: Planner,
  records: RemovedRecords,
  context: OpContext,
): Promise<{ result: RestoreResult; changes: EntityKind[] } | null> {
  try {
    const outcome = await planner.op({ kind: "restoreDeleted", records }, context);
    return { result: outcome.result as RestoreResult, changes: outcome.changes };
  } catch (e) {
    if ((e as Error)?.name === "StaleWriteError") return null;
    throw e;
  }
}
