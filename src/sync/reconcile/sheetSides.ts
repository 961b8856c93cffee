/**
 * Which side a sheet row's content comes from (issue #11, M rules). The row's base is the content hash it had when
 * the add-in last wrote it: the sheet changed iff its content hash differs from the base, the store changed iff
 * the stored hash does. One side changed: that side wins. Both changed: a field-by-field merge against the base's
 * values (row history), a conflict where a field changed on both sides differently, or where the base is gone.
 * A row deleted on one side and changed on the other is a conflict too. A person's resolution decides a conflict.
 */
import type { EntityKind, EntityRecords, Issue } from "../../domain";
import type { ParsedRow } from "../../sheets";
import type { StoredRow } from "../../store";
import { conflictIssue, contentHash, differingFields, mergeRow, stripMeta } from "../entities";
import type { Conflict } from "../entities";
import type { PlanInput } from "./planInput";

export type Side<R> =
  | { take: "sheet"; record: R }
  | { take: "store" }
  | { take: "conflict"; issue: Issue; conflict: Conflict }
  | { take: "cleared" };

type Fields = Record<string, unknown>;

/**
 * The content hash of what a sheet row shows. Not derived again: the cells hold the values the add-in derived when
 * it wrote them, so an unchanged row hashes to its base even after what it derives from (a campaign's dates) changed.
 */
export function sheetHash<E extends EntityKind>(input: PlanInput<E>, record: EntityRecords[E]): string {
  return contentHash(input.rules.schema, record);
}

/** A row the store holds: which side wins, or the merge, or the conflict. */
export function storedRowSide<E extends EntityKind>(
  input: PlanInput<E>,
  row: ParsedRow<EntityRecords[E]>,
  stored: StoredRow<E>,
): Side<EntityRecords[E]> {
  const resolved = byResolution(input, row, stored);
  if (resolved) return resolved;
  const base = row.rowBase;
  // A row the add-in never wrote whose id, derived from its cells, a plan already stored: the same cells as then, and
  // that plan's write-back did not land (WB1). Re-apply it: the stored row (its number, id, version) is written.
  if (row.idFromCells && base === "" && row.rowVersion === 0) return { take: "store" };
  // A table made before the base column: the sheet showing an older version means the store changed since.
  if (base === "") return row.rowVersion > 0 && row.rowVersion < stored.rowVersion ? { take: "store" } : sheet(row);
  if (stored.rowHash === base || row.issues.length > 0) return sheet(row);
  const hash = sheetHash(input, row.record);
  if (hash === stored.rowHash) return sheet(row);
  const ancestor = commonAncestor(input, row, stored);
  // No version both sides know (the base came from another store, and its lineage is gone): a row-level conflict.
  if (ancestor === null) return merged(input, row, stored, null);
  if (ancestor === stored.rowHash) return sheet(row); // the store did not change since the sheet's ancestor
  if (hash === ancestor) return { take: "store" }; // the sheet did not change since: the store's version is newer
  return merged(input, row, stored, ancestor);
}

/**
 * The newest version of the row that this store knows and the sheet's row descends from: its base, or an older hash
 * in its base cell (versions of other stores, newest first), found as the stored version or in the row's history.
 */
function commonAncestor<E extends EntityKind>(
  input: PlanInput<E>,
  row: ParsedRow<EntityRecords[E]>,
  stored: StoredRow<E>,
): string | null {
  const history = input.history.get(row.rowId) ?? [];
  for (const hash of [row.rowBase, ...row.rowLineage]) {
    if (hash === stored.rowHash || history.some((e) => e.hash === hash)) return hash;
  }
  return null;
}

/** A row the store does not hold: stored from the sheet, unless the store recorded its deletion (RP9, M). */
export function missingRowSide<E extends EntityKind>(
  input: PlanInput<E>,
  row: ParsedRow<EntityRecords[E]>,
  seen: boolean,
): Side<EntityRecords[E]> {
  const resolution = input.resolutions.get(row.rowId);
  if (resolution && "delete" in resolution) return { take: "cleared" };
  if ((resolution && "keep" in resolution && resolution.keep === "sheet") || !input.tombstones.has(row.rowId)) {
    return sheet(row);
  }
  if (input.map.rowBase < 0) return row.rowVersion > 0 && seen ? { take: "cleared" } : sheet(row);
  if (row.rowBase !== "" && sheetHash(input, row.record) === row.rowBase) return { take: "cleared" };
  const conflict: Conflict = { kind: "deletedElsewhere", rowId: row.rowId, fields: [] };
  return { take: "conflict", conflict, issue: conflictIssue(conflict, input.lang) };
}

function sheet<R>(row: ParsedRow<R>): Side<R> {
  return { take: "sheet", record: row.record };
}

/** Both sides changed since the ancestor: merge field by field, or a conflict when a field (or the base) disagrees. */
function merged<E extends EntityKind>(
  input: PlanInput<E>,
  row: ParsedRow<EntityRecords[E]>,
  stored: StoredRow<E>,
  ancestor: string | null,
): Side<EntityRecords[E]> {
  const schema = input.rules.schema;
  const stripped = stripMeta(stored) as unknown as Fields;
  const base = ancestor === null ? undefined : input.history.get(row.rowId)?.find((e) => e.hash === ancestor);
  const sheetFields = row.record as unknown as Fields;
  if (!base) {
    const conflict: Conflict = {
      kind: "row",
      rowId: row.rowId,
      fields: differingFields(schema, sheetFields, stripped),
    };
    return { take: "conflict", conflict, issue: conflictIssue(conflict, input.lang) };
  }
  const { merged: record, conflicts } = mergeRow(schema, base.record, sheetFields, stripped);
  if (conflicts.length === 0) return { take: "sheet", record: record as unknown as EntityRecords[E] };
  const conflict: Conflict = { kind: "fields", rowId: row.rowId, fields: conflicts };
  return { take: "conflict", conflict, issue: conflictIssue(conflict, input.lang) };
}

/** What the person chose for this row's conflict (keep the sheet's, the store's, or field by field). */
function byResolution<E extends EntityKind>(
  input: PlanInput<E>,
  row: ParsedRow<EntityRecords[E]>,
  stored: StoredRow<E>,
): Side<EntityRecords[E]> | null {
  const resolution = input.resolutions.get(row.rowId);
  if (!resolution || !("keep" in resolution)) return null;
  if (resolution.keep === "sheet") return sheet(row);
  if (resolution.keep === "stored") return { take: "store" };
  const record: Fields = { ...(row.record as unknown as Fields) };
  const storedFields = stored as unknown as Fields;
  for (const [field, from] of Object.entries(resolution.fields))
    if (from === "stored") record[field] = storedFields[field];
  return { take: "sheet", record: record as unknown as EntityRecords[E] };
}
