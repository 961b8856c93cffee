/**
 * The store's in-memory copy of each chunked entity, kept in step with IndexedDB through the generation
 * number in `meta`: a read costs one `meta` get while nobody else wrote; another store instance (tab,
 * window) that wrote bumped the generation, and the buckets are read again.
 */
import type { CampaignDeskDb } from "./db";
import { bucketRange, buildLineCache } from "./lineBuckets";
import type { LineBucket, LineCache } from "./lineBuckets";
import type { ChunkedEntity } from "./entityTables";

export class LineCaches {
  private readonly caches = new Map<ChunkedEntity, LineCache>();
  private readonly pending = new Map<ChunkedEntity, Promise<LineCache>>();

  constructor(private readonly db: CampaignDeskDb) {}

  /** The stored generation of an entity (0 before its first commit). Call inside a transaction over `meta`. */
  async storedGeneration(entity: string): Promise<number> {
    return (await this.db.meta.get(entity))?.generation ?? 0;
  }

  /**
   * The cache if it is current, else the entity read from its buckets. Call inside a transaction over
   * `meta` and `lineBuckets` (a read one, or the commit's). Buckets are fetched one `get` each rather than
   * one `getAll`, so the browser hands them over (and deserialises them) in ~BUCKET_COUNT small pieces
   * instead of one long main-thread block.
   */
  async readIfStale<E extends ChunkedEntity>(entity: E): Promise<LineCache<E>> {
    const generation = await this.storedGeneration(entity);
    const cached = this.caches.get(entity) as LineCache<E> | undefined;
    if (cached && cached.generation === generation) return cached;
    const [lower, upper] = bucketRange(entity);
    const ids = await this.db.lineBuckets.where(":id").between(lower, upper, true, true).primaryKeys();
    const buckets = await Promise.all(ids.map((id) => this.db.lineBuckets.get(id)));
    return buildLineCache(
      entity,
      generation,
      buckets.filter((b): b is LineBucket => b !== undefined),
    );
  }

  /** A current cache, read in its own read transaction; concurrent callers share one read. */
  fresh<E extends ChunkedEntity>(entity: E): Promise<LineCache<E>> {
    let read = this.pending.get(entity) as Promise<LineCache<E>> | undefined;
    if (!read) {
      read = this.readOwn(entity).finally(() => this.pending.delete(entity));
      this.pending.set(entity, read);
    }
    return read;
  }

  /** Like `fresh` without sharing: a liveQuery must make its own reads so Dexie sees what it depends on. */
  async readOwn<E extends ChunkedEntity>(entity: E): Promise<LineCache<E>> {
    const read = await this.db.transaction("r", [this.db.meta, this.db.lineBuckets], () => this.readIfStale(entity));
    return this.install(read);
  }

  /** Keeps the newer of the installed cache and `cache` (generations only grow) and returns it. */
  install<E extends ChunkedEntity>(cache: LineCache<E>): LineCache<E> {
    const current = this.caches.get(cache.entity) as LineCache<E> | undefined;
    if (current && current.generation >= cache.generation) return current;
    this.caches.set(cache.entity, cache);
    return cache;
  }
}
