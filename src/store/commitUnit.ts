/**
 * One unit of work in one IndexedDB transaction: the entity's deletes and puts, its cascade (rows of
 * other entities changed or deleted by the same act), segment headers and campaign target groups, the
 * binding, the number series, the change log and a generation bump per touched entity. Chunked entities are planned against copies of their cached
 * buckets; the cache takes the changes only after the transaction has committed.
 */
import type { Table } from "dexie";
import type { EntityKind } from "../domain";
import type { CampaignDeskDb } from "./db";
import { applyLineDelta, bucketWrites, emptyDelta, planLineChanges } from "./lineBuckets";
import type { LineCache, LineDelta } from "./lineBuckets";
import type { LineCaches } from "./lineCache";
import { ENTITY_TABLES, isChunked, targetGroupKey } from "./schema";
import { updateTombstones } from "./tombstones";
import type { StoredRow, UnitOfWork } from "./storeTypes";

interface EntityOps {
  deletes: string[];
  puts: StoredRow[];
}

/** Called with a bucket id for every bucket record put or deleted (tests count rewrites with it). */
export type BucketWriteListener = (bucketId: string) => void;

export async function commitUnit(
  db: CampaignDeskDb,
  lines: LineCaches,
  unit: UnitOfWork,
  onBucketWrite?: BucketWriteListener,
): Promise<void> {
  const work = groupByEntity(unit);
  const plainTables = [...work.keys()].filter((e) => !isChunked(e)).map((e) => db.table(ENTITY_TABLES[e].table));
  const tables: Table[] = [...plainTables, db.lineBuckets, db.meta, db.bindings, db.changeLog, db.tombstones];
  if (unit.targetGroups) tables.push(db.campaignTargetGroup);
  const committed: { cache: LineCache; delta: LineDelta; generation: number }[] = [];

  await db.transaction("rw", tables, async () => {
    committed.length = 0; // Dexie may retry the callback; start clean
    for (const [entity, ops] of work) {
      const generation = (await lines.storedGeneration(entity)) + 1;
      if (isChunked(entity)) {
        // A cache another instance made stale is re-read here, inside the transaction: no lost updates.
        const cache = await lines.readIfStale(entity);
        const delta = emptyDelta();
        for (const op of ops) planLineChanges(cache, op.deletes, op.puts as StoredRow<typeof entity>[], delta);
        const writes = bucketWrites(entity, delta);
        for (const b of writes.puts) onBucketWrite?.(b.id);
        for (const id of writes.deletes) onBucketWrite?.(id);
        if (writes.deletes.length > 0) await db.lineBuckets.bulkDelete(writes.deletes);
        if (writes.puts.length > 0) await db.lineBuckets.bulkPut(writes.puts);
        committed.push({ cache, delta, generation });
        await recordTombstones(db, entity, ops, (op) => op.deletes);
      } else {
        const table = db.table(ENTITY_TABLES[entity].table) as Table<StoredRow, string>;
        const deletedIds: string[] = [];
        for (const op of ops) {
          // Deletes first: a key that moves from one row to another is deleted and re-put, never lost.
          if (op.deletes.length > 0) {
            for (const row of await table.bulkGet(op.deletes)) if (row) deletedIds.push(row.rowId);
            await table.bulkDelete(op.deletes);
          }
          if (op.puts.length > 0) await table.bulkPut(op.puts);
        }
        await recordTombstones(db, entity, ops, () => deletedIds);
      }
      await db.meta.put({ id: entity, generation });
    }
    if (unit.targetGroups) await applyTargetGroups(db, unit.targetGroups);
    if (unit.binding) await db.bindings.put(unit.binding);
    // A fresh object: Dexie writes the generated key back into what it adds.
    const { seq: _seq, ...entry } = unit.log;
    await db.changeLog.add(entry);
  });

  for (const { cache, delta, generation } of committed) {
    applyLineDelta(cache, delta, generation);
    lines.install(cache);
  }
}

/** Deleted row ids get tombstones, unless the same unit stores them again (a renamed key keeps its row id). */
async function recordTombstones(
  db: CampaignDeskDb,
  entity: EntityKind,
  ops: readonly EntityOps[],
  deletedIdsOf: (op: EntityOps) => readonly string[],
): Promise<void> {
  const stored = ops.flatMap((op) => op.puts.map((p) => p.rowId));
  const kept = new Set(stored);
  const deleted = [...new Set(ops.flatMap(deletedIdsOf))].filter((id) => !kept.has(id));
  await updateTombstones(db, entity, deleted, stored);
}

/** The unit's entity first, then each cascade entity in order; ops of one entity stay in order. */
function groupByEntity(unit: UnitOfWork): Map<EntityKind, EntityOps[]> {
  const work = new Map<EntityKind, EntityOps[]>();
  const add = (entity: EntityKind, op: EntityOps) => {
    const ops = work.get(entity);
    if (ops) ops.push(op);
    else work.set(entity, [op]);
  };
  add(unit.entity, { deletes: [...unit.deletes], puts: [...unit.puts] });
  for (const c of unit.cascade ?? []) add(c.entity, { deletes: [...(c.deletes ?? [])], puts: [...c.puts] });
  if (unit.numberSeries) add("numberSeries", { deletes: [], puts: [unit.numberSeries] });
  return work;
}

/** Deletes then puts, per campaign record (read, change, write back; an emptied campaign's record goes). */
async function applyTargetGroups(db: CampaignDeskDb, changes: NonNullable<UnitOfWork["targetGroups"]>): Promise<void> {
  const campaigns = new Set([...changes.deletes, ...changes.puts].map((g) => g.campaignNo));
  for (const campaignNo of campaigns) {
    const record = await db.campaignTargetGroup.get(campaignNo);
    const rows = new Map((record?.rows ?? []).map((g) => [targetGroupKey(g), g]));
    for (const g of changes.deletes) if (g.campaignNo === campaignNo) rows.delete(targetGroupKey(g));
    for (const g of changes.puts) if (g.campaignNo === campaignNo) rows.set(targetGroupKey(g), { ...g });
    if (rows.size === 0) await db.campaignTargetGroup.delete(campaignNo);
    else await db.campaignTargetGroup.put({ campaignNo, rows: [...rows.values()] });
  }
}
