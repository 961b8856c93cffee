/**
 * The chunked layout of price and discount lines. IndexedDB's cost is per record (~7–9k records/s in
 * Chromium), so 100k one-record-per-line puts take ~15 s; here a line lives in one of BUCKET_COUNT
 * bucket records per entity (`${entity}:${n}`, n = hash(rowId) mod BUCKET_COUNT) and a commit rewrites
 * only the buckets it touches. Pure functions over an in-memory cache; the I/O is in lineCache.ts.
 */
import type { ChunkedEntity } from "./entityTables";
import type { StoredRow } from "./storeTypes";

/**
 * Buckets per entity: 100k lines → ~780 per bucket, so a one-line edit rewrites ~1/128 of the lines
 * while a full write stays one bucket-put per 780 lines. Changing it needs no migration: rows are found
 * wherever they are stored and move to their new bucket when next written.
 */
export const BUCKET_COUNT = 128;

/** One bucket record in the `lineBuckets` table. */
export interface LineBucket {
  id: string;
  entity: ChunkedEntity;
  rows: StoredRow[];
}

/** One record in the `meta` table: `id` is an entity name. */
export interface MetaRecord {
  id: string;
  /** Bumped by every commit that touches the entity; a cache of another generation is stale. */
  generation: number;
  /** A plan memo (`planMemo:<binding>` records, rule SP6): what the planner keeps between sessions. */
  memo?: unknown;
}

/** FNV-1a over UTF-16 code units: fast, stable across sessions, and spreads counter-like ids evenly. */
export function hashRowId(rowId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < rowId.length; i++) h = Math.imul(h ^ rowId.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The bucket a row belongs in. */
export function bucketIdOf(entity: ChunkedEntity, rowId: string, count: number = BUCKET_COUNT): string {
  const n = hashRowId(rowId) % count;
  if (count !== BUCKET_COUNT) return `${entity}:${n}`;
  // SP55: one text per bucket, shared by its rows' locations (not a new text for each of 500k rows).
  let ids = BUCKET_IDS.get(entity);
  if (!ids) BUCKET_IDS.set(entity, (ids = Array.from({ length: BUCKET_COUNT }, (_, k) => `${entity}:${k}`)));
  return ids[n] as string;
}

const BUCKET_IDS = new Map<ChunkedEntity, string[]>();

/** Key range [lower, upper] of an entity's buckets. */
export function bucketRange(entity: ChunkedEntity): [string, string] {
  return [`${entity}:`, `${entity}:\uffff`];
}

/** What the store knows of one chunked entity. Internal: only row arrays and single rows leave the store. */
export interface LineCache<E extends ChunkedEntity = ChunkedEntity> {
  readonly entity: E;
  generation: number;
  /** rowId → row: lookups by row id without touching IndexedDB. */
  readonly byId: Map<string, StoredRow<E>>;
  /**
   * rowId → the bucket it is stored in, for the rows not stored in their hash bucket (the overlay's, SP32, or rows of
   * another BUCKET_COUNT): every other row is where `bucketIdOf` says (`locationOf`), so 500k lines need no entry each.
   */
  readonly location: Map<string, string>;
  /** bucket id → its rows. A commit replaces a bucket's Map, never edits it. */
  readonly buckets: Map<string, ReadonlyMap<string, StoredRow<E>>>;
}

/** The bucket a row is stored in; undefined when the cache has no such row. */
export function locationOf(cache: LineCache, rowId: string): string | undefined {
  return cache.location.get(rowId) ?? (cache.byId.has(rowId) ? bucketIdOf(cache.entity, rowId) : undefined);
}

export function buildLineCache<E extends ChunkedEntity>(
  entity: E,
  generation: number,
  stored: readonly LineBucket[],
): LineCache<E> {
  const cache: LineCache<E> = { entity, generation, byId: new Map(), location: new Map(), buckets: new Map() };
  // The overlay's rows stand for older copies in their hash buckets (SP32): it is read last.
  const overlayLast = [...stored.filter((b) => !b.id.endsWith(":~")), ...stored.filter((b) => b.id.endsWith(":~"))];
  for (const bucket of overlayLast) {
    const rows = new Map<string, StoredRow<E>>();
    for (const row of bucket.rows as unknown as StoredRow<E>[]) {
      rows.set(row.rowId, row);
      cache.byId.set(row.rowId, row);
      if (bucket.id !== bucketIdOf(entity, row.rowId)) cache.location.set(row.rowId, bucket.id);
      else cache.location.delete(row.rowId); // the bucket read last holds it
    }
    cache.buckets.set(bucket.id, rows);
  }
  return cache;
}

/** Changes planned against a cache, applied to it only after the transaction that wrote them commits. */
export interface LineDelta<E extends ChunkedEntity = ChunkedEntity> {
  /** New contents of every touched bucket (copies); empty means delete the bucket. */
  readonly buckets: Map<string, Map<string, StoredRow<E>>>;
  /** Per row id: the row, or null when deleted. No object per row beside it: a paste's commit has 500k (SP61). */
  readonly rows: Map<string, StoredRow<E> | null>;
  /** Row id → its bucket, for the rows put elsewhere than their hash bucket (the overlay, SP32). */
  readonly moved: Map<string, string>;
}

export function emptyDelta<E extends ChunkedEntity>(): LineDelta<E> {
  return { buckets: new Map(), rows: new Map(), moved: new Map() };
}

/**
 * Plans deletes (store keys = row ids) then puts into `delta`, reading the cache without changing it.
 * Call it again with the same delta to add more changes (a cascade) on top of earlier ones.
 */
export function planLineChanges<E extends ChunkedEntity>(
  cache: LineCache<E>,
  deletes: readonly string[],
  puts: readonly StoredRow<E>[],
  delta: LineDelta<E>,
): LineDelta<E> {
  const locate = (rowId: string): string | undefined => {
    const planned = delta.rows.get(rowId);
    if (planned === undefined) return locationOf(cache, rowId);
    return planned === null ? undefined : (delta.moved.get(rowId) ?? bucketIdOf(cache.entity, rowId));
  };
  const touch = touchOf(cache, delta);
  for (const rowId of deletes) {
    const at = locate(rowId);
    if (at === undefined) continue; // like IndexedDB delete: a missing key is not an error
    touch(at).delete(rowId);
    // A row in the overlay may have an older copy in its hash bucket (SP32): it goes too.
    const home = bucketIdOf(cache.entity, rowId);
    if (at !== home && (delta.buckets.get(home) ?? cache.buckets.get(home))?.has(rowId)) touch(home).delete(rowId);
    delta.rows.set(rowId, null);
    delta.moved.delete(rowId);
  }
  for (const row of puts) {
    const rowId: unknown = row.rowId;
    if (typeof rowId !== "string" || rowId === "") {
      throw new Error(`A ${cache.entity} row has no rowId: it cannot be stored.`);
    }
    const target = bucketIdOf(cache.entity, rowId);
    const at = locate(rowId);
    if (at !== undefined && at !== target) touch(at).delete(rowId);
    touch(target).set(rowId, row);
    delta.rows.set(rowId, row);
    delta.moved.delete(rowId);
  }
  return delta;
}

/** A bucket of the delta to change: a copy of the cache's bucket, made on first touch. */
export function touchOf<E extends ChunkedEntity>(
  cache: LineCache<E>,
  delta: LineDelta<E>,
): (bucketId: string) => Map<string, StoredRow<E>> {
  return (bucketId) => {
    let rows = delta.buckets.get(bucketId);
    if (!rows) {
      rows = new Map(cache.buckets.get(bucketId) ?? []);
      delta.buckets.set(bucketId, rows);
    }
    return rows;
  };
}

/** The bucket records to put and the bucket ids to delete for a delta. */
export function bucketWrites<E extends ChunkedEntity>(
  entity: E,
  delta: LineDelta<E>,
): { puts: LineBucket[]; deletes: string[] } {
  const puts: LineBucket[] = [];
  const deletes: string[] = [];
  for (const [id, rows] of delta.buckets) {
    if (rows.size === 0) deletes.push(id);
    else puts.push({ id, entity, rows: [...rows.values()] as unknown as StoredRow[] });
  }
  return { puts, deletes };
}

/** Applies a committed delta to the cache in place and sets its generation. */
export function applyLineDelta<E extends ChunkedEntity>(
  cache: LineCache<E>,
  delta: LineDelta<E>,
  generation: number,
): void {
  for (const [id, rows] of delta.buckets) {
    if (rows.size === 0) cache.buckets.delete(id);
    else cache.buckets.set(id, rows);
  }
  // forEach, not for…of with [rowId, change]: no pair array per row (500k of them were garbage of a paste's commit).
  delta.rows.forEach((row, rowId) => {
    if (row === null) cache.byId.delete(rowId);
    else cache.byId.set(rowId, row);
    const at = delta.moved.get(rowId);
    if (at !== undefined) cache.location.set(rowId, at);
    else cache.location.delete(rowId);
  });
  cache.generation = generation;
}
