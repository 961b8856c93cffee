/**
 * Copied rows carry their hidden row id (PS2). When several sheet rows share a row id, the one whose content hash
 * equals the stored row's keeps it (none does, or nothing is stored: the first in sheet order); the others are
 * copies, which get new ids and are inserts, so a copy whose key was changed is never a rename of the original.
 */
import type { EntityKind, EntityRecords } from "../../domain";
import type { ParsedRow } from "../../sheets";
import type { StoredRow } from "../../store";
import type { PlanInput } from "./planInput";
import { sheetHash } from "./sheetSides";

/** Sheet rows (indices into `rows`) that keep the row id they carry; blank rows and rows without an id are not. */
export function idKeepers<E extends EntityKind>(
  input: PlanInput<E>,
  rows: readonly ParsedRow<EntityRecords[E]>[],
  storedById: ReadonlyMap<string, StoredRow<E>>,
): Set<number> {
  const byId = new Map<string, number[]>();
  rows.forEach((row, i) => {
    if (row.blank || row.rowId === "") return;
    const at = byId.get(row.rowId);
    if (at) at.push(i);
    else byId.set(row.rowId, [i]);
  });
  const keepers = new Set<number>();
  for (const [rowId, at] of byId) {
    const first = at[0] as number;
    const stored = at.length > 1 ? storedById.get(rowId) : undefined;
    const same =
      stored && at.find((i) => sheetHash(input, (rows[i] as ParsedRow<EntityRecords[E]>).record) === stored.rowHash);
    keepers.add(same ?? first);
  }
  return keepers;
}
