/**
 * One unit of work in one IndexedDB transaction: the entity's deletes and puts, its cascade (rows of other entities
 * changed or deleted by the same act), campaign target groups, the binding, the number series, the change log, the
 * rows' history and tombstones, and a generation bump per touched entity — all of it or nothing. Compare and set:
 * a unit planned against rows that changed since (another pane, another copy) is refused whole (StaleWriteError).
 * Chunked entities are planned against copies of their cached buckets; the cache takes the changes only after the
 * transaction has committed.
 */
import type { Table } from "dexie";
import type { EntityKind } from "../domain";
import type { BindingCache } from "./bindingCache";
import type { CampaignDeskDb } from "./db";
import { applyLineDelta, bucketWrites, emptyDelta, planLineChanges, touchOf } from "./lineBuckets";
import type { LineCache, LineDelta } from "./lineBuckets";
import type { LineCaches } from "./lineCache";
import { foldOverlay, planOverlayPuts } from "./lineOverlay";
import { recordHistory } from "./rowHistory";
import { ENTITY_TABLES, isChunked } from "./entityTables";
import type { ChunkedEntity } from "./entityTables";
import { TARGET_GROUPS_GENERATION, targetGroupKey } from "./schema";
import { checkUnique, StaleWriteError } from "./staleWrite";
import { updateTombstones } from "./tombstones";
import type { ExpectedRow, StoredRow, UnitOfWork } from "./storeTypes";

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
  bindings?: BindingCache,
): Promise<void> {
  const work = groupByEntity(unit);
  const entities = new Set([...work.keys(), ...(unit.expect ?? []).map((e) => e.entity)]);
  const plainTables = [...entities].filter((e) => !isChunked(e)).map((e) => db.table(ENTITY_TABLES[e].table));
  const tables: Table[] = [
    ...plainTables,
    ...[db.lineBuckets, db.meta, db.bindings, db.changeLog, db.tombstones, db.rowHistory],
  ];
  if (unit.targetGroups) tables.push(db.campaignTargetGroup);
  const committed: { cache: LineCache; delta: LineDelta; generation: number }[] = [];
  let keepBinding = () => {};

  const fresh = freshKeys(unit, work);
  await db.transaction("rw", tables, async () => {
    committed.length = 0; // Dexie may retry the callback; start clean
    const read = await checkExpectations(db, lines, unit.expect ?? [], fresh);
    for (const [entity, ops] of work) {
      // A unit that only moves its binding's memory changes no rows: the generation stays, so the reference
      // data and line caches built on it stay current (SP4).
      if (ops.every((o) => o.puts.length === 0 && o.deletes.length === 0)) continue;
      const generation = (await lines.storedGeneration(entity)) + 1;
      if (isChunked(entity)) committed.push(await commitChunked(db, lines, entity, ops, generation, onBucketWrite));
      else await commitPlain(db, entity, ops, read.get(entity), fresh.get(entity));
      await db.meta.put({ id: entity, generation });
    }
    if (unit.targetGroups) {
      await applyTargetGroups(db, unit.targetGroups);
      // Activated campaigns are reference data: its cache sees the change (SP4).
      const generation = (await lines.storedGeneration(TARGET_GROUPS_GENERATION)) + 1;
      await db.meta.put({ id: TARGET_GROUPS_GENERATION, generation });
    }
    // SP22: the binding's generation moves with it, so every store instance's copy of it goes stale.
    if (unit.binding && bindings) keepBinding = await bindings.put(unit.binding, unit.seenChanges);
    else if (unit.binding)
      await db.bindings.put(
        unit.seenChanges ? { ...unit.binding, seen: { ...unit.binding.seen, ...unit.seenChanges } } : unit.binding,
      );
    // A fresh object: Dexie writes the generated key back into what it adds.
    const { seq: _seq, ...entry } = unit.log;
    await db.changeLog.add(entry);
  });

  keepBinding();
  for (const { cache, delta, generation } of committed) {
    applyLineDelta(cache, delta, generation);
    lines.install(cache);
  }
}

/**
 * Compare and set: every row the plan relied on is still as it saw it (read inside the commit's transaction). Returns
 * the plain entities' rows it read, by key (undefined: none stored), for the commit's own reads (SP36).
 */
async function checkExpectations(
  db: CampaignDeskDb,
  lines: LineCaches,
  expected: readonly ExpectedRow[],
  fresh: FreshKeys,
): Promise<Map<EntityKind, ReadonlyMap<string, StoredRow | undefined>>> {
  const read = new Map<EntityKind, ReadonlyMap<string, StoredRow | undefined>>();
  if (expected.length === 0) return read;
  const stale: ExpectedRow[] = [];
  const byEntity = new Map<EntityKind, ExpectedRow[]>();
  // Pushed, never copied: a copy per row made 100,000 expectations quadratic (seconds of a silent worker, F5).
  for (const e of expected) {
    if (fresh.get(e.entity)?.has(e.key)) continue; // SP45: its add is the check
    const rows = byEntity.get(e.entity);
    if (rows) rows.push(e);
    else byEntity.set(e.entity, [e]);
  }
  for (const [entity, rows] of byEntity) {
    let current: ReadonlyMap<string, StoredRow | undefined>;
    if (isChunked(entity)) current = (await lines.readIfStale(entity)).byId as ReadonlyMap<string, StoredRow>;
    else {
      const found = await db.table(ENTITY_TABLES[entity].table).bulkGet(rows.map((r) => r.key));
      current = new Map(found.map((r, i) => [rows[i]!.key, r as StoredRow | undefined]));
      read.set(entity, current);
    }
    for (const e of rows) {
      const row = current.get(isChunked(entity) ? e.rowId : e.key) as StoredRow | undefined;
      const ok =
        e.hash === null ? row === undefined : row !== undefined && row.rowId === e.rowId && row.rowHash === e.hash;
      if (!ok) stale.push(e);
    }
  }
  if (stale.length > 0) throw new StaleWriteError(stale);
  return read;
}

/** A chunked entity's ops against copies of its cached buckets; history and tombstones in the same transaction. */
async function commitChunked(
  db: CampaignDeskDb,
  lines: LineCaches,
  entity: ChunkedEntity,
  ops: readonly EntityOps[],
  generation: number,
  onBucketWrite?: BucketWriteListener,
): Promise<{ cache: LineCache; delta: LineDelta; generation: number }> {
  // A cache another instance made stale is re-read here, inside the transaction: no lost updates.
  const cache = await lines.readIfStale(entity);
  const replaced = ops.flatMap((op) =>
    op.puts.flatMap((after) => {
      const before = cache.byId.get(after.rowId) as StoredRow | undefined;
      return before ? [{ before, after }] : [];
    }),
  );
  await recordHistory(db, entity, replaced);
  const delta = emptyDelta();
  // A few rows scattered over many buckets go to the overlay (SP32); else the hash buckets, folding the overlay in.
  if (!planOverlayPuts(cache, ops as readonly { deletes: string[]; puts: StoredRow<typeof entity>[] }[], delta)) {
    for (const op of ops) planLineChanges(cache, op.deletes, op.puts as StoredRow<typeof entity>[], delta);
    foldOverlay(cache, delta, touchOf(cache, delta));
  }
  checkUnique(entity, cache, delta);
  const writes = bucketWrites(entity, delta);
  for (const b of writes.puts) onBucketWrite?.(b.id);
  for (const id of writes.deletes) onBucketWrite?.(id);
  if (writes.deletes.length > 0) await db.lineBuckets.bulkDelete(writes.deletes);
  if (writes.puts.length > 0) await db.lineBuckets.bulkPut(writes.puts);
  await recordTombstones(db, entity, ops, (op) => op.deletes);
  return { cache, delta, generation };
}

/**
 * A plain entity's ops, deletes first: a key that moves from one row to another is deleted and re-put, never lost.
 * The first op's rows were read by the compare and set (`read`, before any write): they are not read again (SP36).
 */
async function commitPlain(
  db: CampaignDeskDb,
  entity: EntityKind,
  ops: readonly EntityOps[],
  read?: ReadonlyMap<string, StoredRow | undefined>,
  fresh?: ReadonlyMap<string, ExpectedRow>,
): Promise<void> {
  const table = db.table(ENTITY_TABLES[entity].table) as Table<StoredRow, string>;
  const key = ENTITY_TABLES[entity].key;
  const keyOf = (p: StoredRow) => String((p as never)[key]);
  const deletedIds: string[] = [];
  const replaced: { before: StoredRow; after: StoredRow }[] = [];
  for (const [n, op] of ops.entries()) {
    const known = n === 0 ? read : undefined;
    const isNew = n === 0 && fresh ? (p: StoredRow) => fresh.has(keyOf(p)) : () => false;
    const gone = await readKeys(table, op.deletes, known);
    const before = new Map(gone.flatMap((r) => (r ? [[r.rowId, r]] : [])));
    const prior = await readKeys(table, op.puts.filter((p) => !isNew(p)).map(keyOf), known);
    for (const r of prior) if (r) before.set(r.rowId, r);
    for (const after of op.puts) {
      const b = before.get(after.rowId);
      if (b) replaced.push({ before: b, after });
    }
    for (const r of gone) if (r) deletedIds.push(r.rowId);
    if (op.deletes.length > 0) await table.bulkDelete(op.deletes);
    await putAndAdd(table, op.puts, isNew, (p) => fresh?.get(keyOf(p)));
  }
  await recordHistory(db, entity, replaced);
  await recordTombstones(db, entity, ops, () => deletedIds);
}

/**
 * SP45: keys a plain entity's first op puts and the unit expects to be free (a new row's expectation, hash null) and
 * does not delete: their rows are added, and the add failing on a key now taken is the compare and set, with no read
 * of 10,000 keys first. Any other expectation is read as before.
 */
type FreshKeys = ReadonlyMap<EntityKind, ReadonlyMap<string, ExpectedRow>>;

function freshKeys(unit: UnitOfWork, work: ReadonlyMap<EntityKind, EntityOps[]>): FreshKeys {
  const out = new Map<EntityKind, Map<string, ExpectedRow>>();
  const addable = new Map<EntityKind, Set<string>>();
  const addableOf = (entity: EntityKind) => {
    let keys = addable.get(entity);
    if (keys) return keys;
    const ops = work.get(entity) ?? [];
    const deleted = new Set(ops.flatMap((op) => op.deletes));
    const key = ENTITY_TABLES[entity].key;
    const put = (ops[0]?.puts ?? []).map((p) => String((p as never)[key]));
    addable.set(entity, (keys = new Set(put.filter((k) => !deleted.has(k)))));
    return keys;
  };
  for (const e of unit.expect ?? []) {
    if (e.hash !== null || isChunked(e.entity) || !addableOf(e.entity).has(e.key)) continue;
    const keys = out.get(e.entity) ?? new Map<string, ExpectedRow>();
    keys.set(e.key, e);
    out.set(e.entity, keys);
  }
  return out;
}

/** Puts the rows, adding the new ones: a key taken since the plan refuses the whole unit as stale. */
async function putAndAdd(
  table: Table<StoredRow, string>,
  puts: readonly StoredRow[],
  isNew: (p: StoredRow) => boolean,
  expectationOf: (p: StoredRow) => ExpectedRow | undefined,
): Promise<void> {
  const adds = puts.filter(isNew);
  const rest = adds.length === 0 ? puts : puts.filter((p) => !isNew(p));
  if (rest.length > 0) await table.bulkPut([...rest]);
  if (adds.length === 0) return;
  try {
    await table.bulkAdd(adds);
  } catch (e) {
    // Only a key taken since is stale; anything else (a full disk) fails the unit as it is.
    const failures = Object.entries((e as { failuresByPos?: Record<number, Error> }).failuresByPos ?? {});
    if (failures.length === 0 || failures.some(([, f]) => f?.name !== "ConstraintError")) throw e;
    const rows = failures.flatMap(([pos]) => {
      const expected = expectationOf(adds[Number(pos)] as StoredRow);
      return expected ? [expected] : [];
    });
    throw new StaleWriteError(rows);
  }
}

/** The rows stored under `keys`: those `known` holds from it, the others read (one request for all). */
async function readKeys(
  table: Table<StoredRow, string>,
  keys: readonly string[],
  known: ReadonlyMap<string, StoredRow | undefined> | undefined,
): Promise<(StoredRow | undefined)[]> {
  if (keys.length === 0) return [];
  const missing = known ? keys.filter((k) => !known.has(k)) : keys;
  const fetched = missing.length > 0 ? await table.bulkGet([...missing]) : [];
  if (!known) return fetched;
  const got = new Map(missing.map((k, i) => [k, fetched[i]]));
  return keys.map((k) => (known.has(k) ? known.get(k) : got.get(k)));
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
