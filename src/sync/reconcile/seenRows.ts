/**
 * The rows a binding's table shows after a plan, each with the content hash it shows (the binding record's `seen`),
 * and whether they changed since the last plan (rule SP35: an unchanged table keeps its record's object).
 */
import type { EntityKind, EntityRecords } from "../../domain";
import type { StoredRow } from "../../store";
import type { WorkRow } from "./workRows";

/** The rows the table shows after this plan, each with the content hash it shows (what the store holds for it). */
export function seenOf<E extends EntityKind>(
  rows: readonly WorkRow<EntityRecords[E]>[],
  puts: readonly StoredRow<E>[],
  storedById: ReadonlyMap<string, StoredRow<E>>,
  before: Readonly<Record<string, string>>,
): Record<string, string> {
  const putHash = new Map(puts.map((p) => [p.rowId, p.rowHash]));
  const hashOf = (rowId: string) => putHash.get(rowId) ?? storedById.get(rowId)?.rowHash ?? "";
  if (seenAsBefore(rows, hashOf, before)) return before as Record<string, string>;
  const seen: Record<string, string> = {};
  for (const r of rows) seen[r.rowId] = hashOf(r.rowId);
  return seen;
}

/**
 * The rows are those seen before, each once, with the hashes seen before (a table opened again): the record keeps its
 * seen rows rather than a new object of 100,000 properties (SP35).
 */
export function seenAsBefore(
  rows: readonly { rowId: string }[],
  hashOf: (rowId: string) => string,
  before: Readonly<Record<string, string>>,
): boolean {
  let count = 0;
  for (const _ in before) count++;
  if (count !== rows.length) return false;
  const ids = new Set<string>();
  for (const r of rows) {
    if (ids.has(r.rowId) || before[r.rowId] !== hashOf(r.rowId)) return false;
    ids.add(r.rowId);
  }
  return true;
}

/** The same rows with the same hashes (without arrays of 100k entries). */
export function sameSeen(seen: Record<string, string>, before: Readonly<Record<string, string>>): boolean {
  if (seen === before) return true;
  let count = 0;
  for (const id in seen) {
    count++;
    if (before[id] !== seen[id]) return false;
  }
  let countBefore = 0;
  for (const _ in before) countBefore++;
  return count === countBefore;
}
