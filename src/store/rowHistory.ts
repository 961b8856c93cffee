/**
 * Row history: the earlier versions of each row, so that a sheet row changed since its base (the content hash it
 * had when the add-in last wrote it) can be merged field by field with the store's version when the store changed
 * too: the base's values are the history entry with that hash. Retention: the last HISTORY_DEPTH versions of each
 * row (docs/spec/sync-rules.md, M rules). Kept in HISTORY_BUCKETS records per entity, rewritten per commit only where
 * rows changed; new rows add nothing.
 */
import type { EntityKind } from "../domain";
import type { CampaignDeskDb } from "./db";
import { hashRowId } from "./lineBuckets";
import type { HistoryEntry, StoredRow } from "./storeTypes";

export const HISTORY_BUCKETS = 32;
/** Versions kept per row: a copy that fell this many stored changes behind still merges field by field. */
export const HISTORY_DEPTH = 8;

const bucketOf = (entity: EntityKind, rowId: string) => `${entity}:${hashRowId(rowId) % HISTORY_BUCKETS}`;

/** Records the versions that `puts` replace (call inside the commit's transaction, before the puts are written). */
export async function recordHistory(
  db: CampaignDeskDb,
  entity: EntityKind,
  replaced: readonly { before: StoredRow; after: StoredRow }[],
): Promise<void> {
  const byBucket = new Map<string, StoredRow[]>();
  for (const { before, after } of replaced) {
    if (before.rowHash === after.rowHash || before.rowHash === "") continue;
    const id = bucketOf(entity, before.rowId);
    const list = byBucket.get(id);
    if (list) list.push(before);
    else byBucket.set(id, [before]);
  }
  for (const [id, rows] of byBucket) {
    const record = (await db.rowHistory.get(id)) ?? { id, rows: {} };
    for (const row of rows) {
      const { rowId, rowVersion, rowHash, ...values } = row;
      const kept = (record.rows[rowId] ?? []).filter((e) => e.hash !== rowHash);
      record.rows[rowId] = [{ hash: rowHash, version: rowVersion, record: values }, ...kept].slice(0, HISTORY_DEPTH);
    }
    await db.rowHistory.put(record);
  }
}

/** The earlier versions of these rows (newest first), for merging. */
export async function loadHistory(
  db: CampaignDeskDb,
  entity: EntityKind,
  rowIds: readonly string[],
): Promise<Map<string, HistoryEntry[]>> {
  const buckets = [...new Set(rowIds.map((id) => bucketOf(entity, id)))];
  const records = await db.rowHistory.bulkGet(buckets);
  const out = new Map<string, HistoryEntry[]>();
  const wanted = new Set(rowIds);
  for (const record of records) {
    if (!record) continue;
    for (const [rowId, entries] of Object.entries(record.rows)) if (wanted.has(rowId)) out.set(rowId, entries);
  }
  return out;
}
