/**
 * What a campaign's change does to its price and discount lines, in the same store transaction
 * (domain-rules §3, bc-reference §1.4–1.5): new dates re-date them, a new number re-keys them, a deleted
 * campaign takes them along. The bound sheets show the result at their next reconcile (the engine schedules it).
 */
import { redateCampaignRows } from "../../domain";
import type { Campaign, EntityKind } from "../../domain";
import { storeKeyOf } from "../../store";
import type { StoredRow, SyncStore, UnitOfWork } from "../../store";
import { stripMeta, toStoredRow } from "./storedRows";

type Cascade = NonNullable<UnitOfWork["cascade"]>;
type LineEntity = "salesPrice" | "salesLineDiscount";
type Line = StoredRow<LineEntity>;

/** What a campaign unit does to the campaigns' identities and dates. */
interface CampaignChange {
  redate: readonly Campaign[];
  renamed: ReadonlyMap<string, string>;
  deleted: ReadonlySet<string>;
}

/** Everything a campaign unit of work does to lines: dates, renumbering, deletion. */
export function campaignUnitCascade(
  store: SyncStore,
  unit: UnitOfWork,
  stored: readonly StoredRow<"campaign">[],
): Promise<Cascade> {
  return campaignCascade(store, campaignChange(unit, stored));
}

function campaignChange(unit: UnitOfWork, stored: readonly StoredRow<"campaign">[]): CampaignChange {
  const puts = unit.puts as StoredRow<"campaign">[];
  const before = new Map(stored.map((s) => [s.rowId, s]));
  const renamed = new Map<string, string>();
  const redate: Campaign[] = [];
  for (const p of puts) {
    const old = before.get(p.rowId);
    if (old && old.no !== p.no) renamed.set(old.no, p.no);
    if (old && (old.startingDate !== p.startingDate || old.endingDate !== p.endingDate)) redate.push(p);
  }
  return { redate, renamed, deleted: new Set(deletedCampaignNos(unit, stored)) };
}

/** The nos. of the campaigns a campaign unit deletes for good: rows it deletes and does not put again. */
export function deletedCampaignNos(unit: UnitOfWork, stored: readonly StoredRow<"campaign">[]): string[] {
  if (unit.deletes.length === 0) return [];
  const put = new Set(unit.puts.map((p) => p.rowId));
  const deleted = new Set(unit.deletes);
  const gone = stored.filter((c) => deleted.has(storeKeyOf("campaign", c)) && !put.has(c.rowId));
  return [...new Set(gone.map((c) => c.no))];
}

async function campaignCascade(store: SyncStore, change: CampaignChange): Promise<Cascade> {
  if (change.redate.length === 0 && change.renamed.size === 0 && change.deleted.size === 0) return [];
  const cascade: Cascade[number][] = [];
  for (const entity of ["salesPrice", "salesLineDiscount"] as const) {
    const rows = (await store.loadRows(entity)) as Line[];
    const step = linesCascade(entity, rows, change);
    if (step.puts.length > 0 || step.deletes.length > 0) cascade.push(step);
  }
  return cascade;
}

function linesCascade(
  entity: LineEntity,
  rows: readonly Line[],
  change: CampaignChange,
): { entity: LineEntity; puts: StoredRow[]; deletes: string[] } {
  const changed = new Map<string, Line>();
  const bump = (r: Line, next: Line) =>
    changed.set(r.rowId, toStoredRow<LineEntity>(entity, stripMeta<LineEntity>(next), r.rowId, r.rowVersion + 1));
  const campaignLines = rows.filter((r) => r.salesType === "Campaign");
  const byId = new Map(campaignLines.map((r) => [r.rowId, r]));
  for (const r of campaignLines) {
    const to = change.renamed.get(r.salesCode);
    if (to !== undefined) bump(r, { ...r, salesCode: to });
  }
  for (const c of change.redate) {
    const mine = campaignLines.map((r) => changed.get(r.rowId) ?? r).filter((r) => r.salesCode === c.no);
    for (const r of redateCampaignRows(mine, c.no, c.startingDate, c.endingDate)) bump(byId.get(r.rowId) ?? r, r);
  }
  const deletes = campaignLines.filter((r) => change.deleted.has(r.salesCode)).map((r) => storeKeyOf(entity, r));
  return { entity, puts: [...changed.values()] as StoredRow[], deletes };
}

/** Records a delete took out of the store, entity by entity (the first set is the deleted records' own). */
export type RemovedRecords = { entity: EntityKind; rows: StoredRow[] }[];

/**
 * The deleted campaigns' rows and the price and discount lines their delete takes along, as stored before it: what
 * an undo of the delete puts back (rule CD4). `stored` is the campaigns before the commit.
 */
export async function removedWithCampaigns(
  store: SyncStore,
  stored: readonly StoredRow[],
  campaignNos: readonly string[],
): Promise<RemovedRecords> {
  const gone = new Set(campaignNos);
  const removed: RemovedRecords = [
    { entity: "campaign", rows: stored.filter((c) => gone.has((c as StoredRow<"campaign">).no)) },
  ];
  for (const entity of ["salesPrice", "salesLineDiscount"] as const) {
    const rows = ((await store.loadRows(entity)) as Line[]).filter(
      (l) => l.salesType === "Campaign" && gone.has(l.salesCode),
    );
    if (rows.length > 0) removed.push({ entity, rows: rows as StoredRow[] });
  }
  return removed;
}
