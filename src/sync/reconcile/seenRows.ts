/**
 * The rows a binding's table shows after a plan, each with the content hash it shows (the binding record's `seen`),
 * and whether they changed since the last plan (rule SP35: an unchanged table keeps its record's object; SP24: a table
 * showing the same rows with a few new hashes keeps it too, and hands the store only the hashes that changed).
 */
import type { EntityKind, EntityRecords } from "../../domain";
import type { StoredRow } from "../../store";
import type { WorkRow } from "./workRows";
import { byRowId } from "./rowsById";

/** What a plan's table shows: `seen`, and when it is the record's own object with new hashes, those hashes (SP24). */
export interface SeenRows {
  seen: Record<string, string>;
  /** Rows of `seen` (each already in it) showing a new hash: the binding shows `seen` with these put in. */
  changes?: Record<string, string>;
}

/** Entries of a seen object (counted once per object: 100,000 keys take a while; seen objects are not changed). */
const counts = new WeakMap<object, number>();

function countOf(seen: Readonly<Record<string, string>>): number {
  const known = counts.get(seen);
  if (known !== undefined) return known;
  let count = 0;
  for (const _ in seen) count++;
  counts.set(seen, count);
  return count;
}

/** The rows the table shows after this plan, each with the content hash it shows (what the store holds for it). */
export function seenOf<E extends EntityKind>(
  rows: readonly WorkRow<EntityRecords[E]>[],
  puts: readonly StoredRow<E>[] | ReadonlyMap<string, StoredRow<E>>,
  storedById: ReadonlyMap<string, StoredRow<E>>,
  before: Readonly<Record<string, string>>,
  distinct = false,
): SeenRows {
  // The plan's own map of its puts by row id (SP56: not one more of 500k entries here).
  const putById = puts instanceof Map ? puts : byRowId(puts as readonly StoredRow<E>[]);
  const hashOf = (row: WorkRow<EntityRecords[E]>) =>
    putById.get(row.rowId)?.rowHash ??
    (row.clean ? (row.record as unknown as StoredRow<E>).rowHash : storedById.get(row.rowId)?.rowHash) ??
    "";
  const kept = rows.length === countOf(before) ? changedHashes(rows, hashOf, before, distinct) : null;
  // The rows seen before, each once: the record keeps its object (SP35), with the new hashes beside it (SP24).
  if (kept)
    return kept === NONE
      ? { seen: before as Record<string, string> }
      : { seen: before as Record<string, string>, changes: kept };
  const seen: Record<string, string> = {};
  for (const r of rows) seen[r.rowId] = hashOf(r);
  return { seen };
}

const NONE: Record<string, string> = {};

/**
 * The rows' new hashes (NONE: none), or null when they are not the rows seen before, each once. `distinct`: the caller
 * knows the rows' ids are (a plan's rows: the body's ids counted once each, and appended rows the body does not show).
 */
function changedHashes<R>(
  rows: readonly WorkRow<R>[],
  hashOf: (row: WorkRow<R>) => string,
  before: Readonly<Record<string, string>>,
  distinct: boolean,
): Record<string, string> | null {
  let changes = NONE;
  const ids = distinct ? null : new Set<string>();
  for (const row of rows) {
    const was = before[row.rowId];
    if (was === undefined || ids?.has(row.rowId)) return null;
    ids?.add(row.rowId);
    const hash = hashOf(row);
    if (hash === was) continue;
    if (changes === NONE) changes = {};
    changes[row.rowId] = hash;
  }
  return changes;
}

/** The same rows with the same hashes (without arrays of 100k entries). */
export function sameSeen(seen: Record<string, string>, before: Readonly<Record<string, string>>): boolean {
  if (seen === before) return true;
  let count = 0;
  for (const id in seen) {
    count++;
    if (before[id] !== seen[id]) return false;
  }
  return count === countOf(before);
}
