/** Helpers over stored rows: a record with its row id, version and content hash. */
import type { EntityKind, EntityRecords } from "../../domain";
import { schemaFor } from "../../sheets";
import type { StoredRow } from "../../store";
import { contentHash } from "./contentHash";

/** The record without its row metadata (a fresh object). */
export function stripMeta<E extends EntityKind>(row: StoredRow<E>): EntityRecords[E] {
  const { rowId: _id, rowVersion: _v, rowHash: _h, rowOrigin: _o, ...record } = row;
  return record as unknown as EntityRecords[E];
}

/** The record of a stored row, or null when there is none. */
export function recordOf<E extends EntityKind>(row: StoredRow<E> | undefined): EntityRecords[E] | null {
  return row ? stripMeta(row) : null;
}

/** A record as stored: its row id, the given version and the hash of its content (the entity's general schema). */
export function toStoredRow<E extends EntityKind>(
  entity: E,
  record: EntityRecords[E],
  rowId: string,
  rowVersion: number,
): StoredRow<E> {
  return { ...record, rowId, rowVersion, rowHash: contentHash(schemaFor(entity), record) } as StoredRow<E>;
}
