/**
 * Stored rows by row id, built once per array of rows (rule SP31): a plan of 100,000 lines looked its rows up in maps
 * built again by each step (the history's bases, the plan, duplicates), each over every stored row. The map is kept
 * with the array it was built from, which nothing changes after it is loaded (the store hands out a fresh array per
 * load), and is read-only.
 */
import type { EntityKind } from "../../domain";
import type { StoredRow } from "../../store";

const maps = new WeakMap<object, { length: number; map: ReadonlyMap<string, unknown> }>();

export function rowsById<E extends EntityKind>(rows: readonly StoredRow<E>[]): ReadonlyMap<string, StoredRow<E>> {
  const known = maps.get(rows);
  // An array that grew or shrank since (a test's hand-made rows) gets a new map.
  if (known && known.length === rows.length) return known.map as ReadonlyMap<string, StoredRow<E>>;
  const map = byRowId(rows);
  maps.set(rows, { length: rows.length, map });
  return map;
}

/** A map of rows by row id (the last row of an id wins), built without an array of pairs as long as the rows. */
export function byRowId<R extends { rowId: string }>(rows: readonly R[]): Map<string, R> {
  const map = new Map<string, R>();
  for (const r of rows) map.set(r.rowId, r);
  return map;
}
