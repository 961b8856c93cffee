/**
 * Tombstones: the row ids of an entity that the store saw deleted. A sheet row whose id the store does not hold
 * is cleared from the sheet only when its id has a tombstone (deleted through another sheet or a cascade); a store
 * that merely lacks the row (lost, rebuilt, or never told) takes the row from the sheet instead. Kept in
 * TOMBSTONE_BUCKETS small records per entity; a row id stored again loses its tombstone.
 */
import type { EntityKind } from "../domain";
import type { CampaignDeskDb } from "./db";
import { hashRowId } from "./lineBuckets";
import { TOMBSTONE_BUCKETS } from "./schema";

const bucketOf = (entity: EntityKind, rowId: string) => `${entity}:${hashRowId(rowId) % TOMBSTONE_BUCKETS}`;

/** Every tombstoned row id of an entity. Call inside a transaction over `tombstones`, or on its own. */
export async function loadTombstones(db: CampaignDeskDb, entity: EntityKind): Promise<Set<string>> {
  const records = await db.tombstones.where(":id").between(`${entity}:`, `${entity}:\uffff`, true, true).toArray();
  return new Set(records.flatMap((r) => r.rowIds));
}

/** Adds tombstones for `deleted` and lifts those of `stored` (call inside the commit's transaction). */
export async function updateTombstones(
  db: CampaignDeskDb,
  entity: EntityKind,
  deleted: readonly string[],
  stored: readonly string[],
): Promise<void> {
  const changes = new Map<string, { add: string[]; lift: string[] }>();
  const at = (rowId: string) => {
    const id = bucketOf(entity, rowId);
    let change = changes.get(id);
    if (!change) changes.set(id, (change = { add: [], lift: [] }));
    return change;
  };
  for (const rowId of deleted) at(rowId).add.push(rowId);
  if (deleted.length === 0 && !(await hasTombstones(db, entity))) return;
  for (const rowId of stored) at(rowId).lift.push(rowId);
  for (const [id, change] of changes) {
    const record = await db.tombstones.get(id);
    const rowIds = new Set(record?.rowIds ?? []);
    if (change.add.length === 0 && rowIds.size === 0) continue;
    for (const rowId of change.lift) rowIds.delete(rowId);
    for (const rowId of change.add) rowIds.add(rowId);
    if (rowIds.size === 0) await db.tombstones.delete(id);
    else await db.tombstones.put({ id, rowIds: [...rowIds] });
  }
}

async function hasTombstones(db: CampaignDeskDb, entity: EntityKind): Promise<boolean> {
  return (await db.tombstones.where(":id").between(`${entity}:`, `${entity}:\uffff`, true, true).count()) > 0;
}
