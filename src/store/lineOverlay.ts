/**
 * The lines' overlay bucket (rule SP32). A commit that changes a few lines scattered over many buckets — a returned
 * copy's 2,000 edits over 100,000 lines — rewrote nearly every bucket, that is every line. Such a commit puts its rows
 * in one more bucket record per entity, `${entity}:~`, read after the others (its id sorts last, and buildLineCache
 * reads it last): its rows stand for the older copies still in their hash buckets. A later commit that writes a row
 * again moves it to its hash bucket (the older copy is overwritten there) and a delete takes both copies; when the
 * overlay would grow past OVERLAY_MAX rows, the commit that is scattered anyway folds it into the hash buckets.
 * Commits of few buckets (a one-line edit) and commits with deletes never write to the overlay.
 */
import { bucketIdOf, locationOf } from "./lineBuckets";
import type { LineCache, LineDelta } from "./lineBuckets";
import type { ChunkedEntity } from "./entityTables";
import type { StoredRow } from "./storeTypes";

/** Rows the overlay may hold: reading it stays one small record. */
export const OVERLAY_MAX = 5000;
/** A commit touching fewer hash buckets than this writes them as before. */
export const OVERLAY_FROM_BUCKETS = 16;
/** The overlay is used when the buckets it spares hold this many times the rows it writes. */
const SPARED_FACTOR = 4;

export function overlayIdOf(entity: ChunkedEntity): string {
  return `${entity}:~`;
}

export function isOverlayId(bucketId: string): boolean {
  return bucketId.endsWith(":~");
}

/**
 * Plans the puts into the overlay when that spares rewriting many buckets; returns false (delta untouched) when the
 * commit is to be written to the hash buckets.
 */
export function planOverlayPuts<E extends ChunkedEntity>(
  cache: LineCache<E>,
  ops: readonly { deletes: readonly string[]; puts: readonly StoredRow<E>[] }[],
  delta: LineDelta<E>,
): boolean {
  if (ops.some((op) => op.deletes.length > 0)) return false;
  const overlayId = overlayIdOf(cache.entity);
  const overlay = new Map(cache.buckets.get(overlayId) ?? []);
  const touched = new Set<string>();
  for (const op of ops) {
    for (const row of op.puts) {
      if (typeof row.rowId !== "string" || row.rowId === "") return false; // the hash buckets' path says why
      const target = bucketIdOf(cache.entity, row.rowId);
      const at = locationOf(cache, row.rowId);
      if (at !== undefined && at !== target && at !== overlayId) return false; // a stray row: moved as before
      touched.add(target);
      overlay.set(row.rowId, row);
      if (overlay.size > OVERLAY_MAX) return false; // known now: no map of a 500k paste's rows first
    }
  }
  if (touched.size < OVERLAY_FROM_BUCKETS) return false;
  let spared = 0;
  for (const id of touched) spared += cache.buckets.get(id)?.size ?? 0;
  if (spared < SPARED_FACTOR * overlay.size) return false;
  delta.buckets.set(overlayId, overlay);
  for (const op of ops) {
    for (const row of op.puts) {
      delta.rows.set(row.rowId, row);
      delta.moved.set(row.rowId, overlayId);
    }
  }
  return true;
}

/**
 * A commit written to the hash buckets that touches many of them takes the overlay's rows along to their hash
 * buckets, and the overlay goes (call after the commit's own changes are planned).
 */
export function foldOverlay<E extends ChunkedEntity>(
  cache: LineCache<E>,
  delta: LineDelta<E>,
  touch: (bucketId: string) => Map<string, StoredRow<E>>,
): void {
  const overlayId = overlayIdOf(cache.entity);
  const overlay = delta.buckets.get(overlayId) ?? cache.buckets.get(overlayId);
  if (!overlay || overlay.size === 0) return;
  let hashBuckets = 0;
  for (const id of delta.buckets.keys()) if (!isOverlayId(id)) hashBuckets++;
  if (hashBuckets < OVERLAY_FROM_BUCKETS) return;
  for (const [rowId, row] of overlay) {
    const target = bucketIdOf(cache.entity, rowId);
    touch(target).set(rowId, row);
    delta.rows.set(rowId, row);
    delta.moved.delete(rowId);
  }
  delta.buckets.set(overlayId, new Map());
}
