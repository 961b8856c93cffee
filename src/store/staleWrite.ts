/** The compare and set's refusal (ST10), and the unique fields a chunked entity's commit keeps unique (ST16). */
import type { EntityKind } from "../domain";
import type { LineCache, LineDelta } from "./lineBuckets";
import { ENTITY_TABLES } from "./entityTables";
import type { ExpectedRow } from "./storeTypes";

/** A unit planned against rows that changed since: nothing of it was stored; plan again and retry. */
export class StaleWriteError extends Error {
  constructor(readonly rows: readonly ExpectedRow[]) {
    super(`${rows.length} row(s) changed since the plan was made; nothing was stored.`);
    this.name = "StaleWriteError";
  }
}

/**
 * ST16: a chunked entity keyed by row id whose BC key is one field (a campaign's no.) keeps it unique in the store, as
 * a table keyed by that field did: a unit that would leave two rows with one value (a co-author took the no. since the
 * plan) is refused whole, and the plan made again sees the clash at the row. Checked against the cache as the planned
 * changes leave it, inside the commit's transaction.
 */
export function checkUnique(entity: EntityKind, cache: LineCache, delta: LineDelta): void {
  const field = (ENTITY_TABLES[entity] as { unique?: string }).unique;
  if (field === undefined || delta.rows.size === 0) return;
  const valueOf = (row: object) => String((row as Record<string, unknown>)[field]);
  const owner = new Map<string, string>();
  for (const [rowId, row] of cache.byId) if (!delta.rows.has(rowId)) owner.set(valueOf(row), rowId);
  const clashes: ExpectedRow[] = [];
  for (const [rowId, planned] of delta.rows) {
    if (!planned) continue;
    const value = valueOf(planned);
    const other = owner.get(value);
    if (other !== undefined && other !== rowId) clashes.push({ entity, key: rowId, rowId, hash: null });
    else owner.set(value, rowId);
  }
  if (clashes.length > 0) throw new StaleWriteError(clashes);
}
