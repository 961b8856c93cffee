/**
 * A campaign's new dates reach its price and discount lines in the same store transaction
 * (domain-rules §3, bc-reference §1.4): the lines are re-dated, get a new version and hash, and the bound
 * sheets show them at their next reconcile (the engine schedules it).
 */
import { redateCampaignRows } from "../domain";
import type { Campaign } from "../domain/types";
import type { StoredRow, SyncStore, UnitOfWork } from "../store";
import { contentHash } from "./contentHash";
import { rulesFor } from "./entityRules";

type Cascade = NonNullable<UnitOfWork["cascade"]>;

/** Campaigns among `puts` whose dates differ from what the store held for the same row. */
export function campaignsWithNewDates(
  puts: readonly StoredRow<"campaign">[],
  stored: readonly StoredRow<"campaign">[],
): Campaign[] {
  const before = new Map(stored.map((s) => [s.rowId, s]));
  return puts.filter((p) => {
    const old = before.get(p.rowId);
    return old !== undefined && (old.startingDate !== p.startingDate || old.endingDate !== p.endingDate);
  });
}

/** The re-dated lines of the given campaigns, ready to commit with the campaigns' own unit. */
export async function campaignDateCascade(store: SyncStore, campaigns: readonly Campaign[]): Promise<Cascade> {
  if (campaigns.length === 0) return [];
  const cascade: Cascade[number][] = [];
  for (const entity of ["salesPrice", "salesLineDiscount"] as const) {
    const rows = await store.loadRows(entity);
    const schema = rulesFor(entity).schema;
    const puts: StoredRow[] = [];
    for (const c of campaigns) {
      const mine = rows.filter((r) => r.salesType === "Campaign" && r.salesCode === c.no);
      for (const r of redateCampaignRows(mine, c.no, c.startingDate, c.endingDate)) {
        const { rowId: _i, rowVersion: _v, rowHash: _h, ...record } = r;
        puts.push({ ...r, rowVersion: r.rowVersion + 1, rowHash: contentHash(schema, record) } as StoredRow);
      }
    }
    if (puts.length > 0) cascade.push({ entity, puts });
  }
  return cascade;
}
