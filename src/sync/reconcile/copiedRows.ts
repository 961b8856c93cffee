/**
 * Copied rows carry their hidden row id (PS2). When several sheet rows share a row id, the one whose content hash
 * equals the stored row's keeps it (none does, or nothing is stored: the first in sheet order); the others are
 * copies, which get new ids and are inserts, so a copy whose key was changed is never a rename of the original.
 */
import type { EntityKind, EntityRecords } from "../../domain";
import { cellText } from "../../sheets";
import type { ParsedRow } from "../../sheets";
import type { StoredRow } from "../../store";
import type { CellValue } from "../../workbook";
import type { PlanInput } from "./planInput";
import { sheetHash } from "./sheetSides";

/**
 * Sheet rows that keep the row id they carry, among the rows whose id cell repeats one another's (`shared`: the rows
 * of each such id, parsed); blank rows and rows without an id do not. A row whose id is the only one of its kind
 * keeps it without being asked, so only copies are parsed ahead of the rest (a 500k paste holds no ParsedRow long).
 */
export function idKeepers<E extends EntityKind>(
  input: PlanInput<E>,
  shared: ReadonlyMap<number, ParsedRow<EntityRecords[E]>>,
  storedById: ReadonlyMap<string, StoredRow<E>>,
): Set<number> {
  const byId = new Map<string, number[]>();
  for (const [i, row] of shared) {
    if (row.blank || row.rowId === "") continue;
    const at = byId.get(row.rowId);
    if (at) at.push(i);
    else byId.set(row.rowId, [i]);
  }
  const keepers = new Set<number>();
  for (const [rowId, at] of byId) {
    const first = at[0] as number;
    const stored = at.length > 1 ? storedById.get(rowId) : undefined;
    const same =
      stored &&
      at.find((i) => sheetHash(input, (shared.get(i) as ParsedRow<EntityRecords[E]>).record) === stored.rowHash);
    keepers.add(same ?? first);
  }
  return keepers;
}

/**
 * The ids the body's id cells carry (skipped clean rows' too: a new id must be none of them), and the rows not skipped
 * whose id another such row carries too, in sheet order: the copies and their originals.
 */
export function bodyIds(
  body: readonly (readonly CellValue[])[],
  idColumn: number,
  skipped: (i: number) => boolean,
): { carried: ReadonlySet<string>; shared: number[] } {
  const carried = new Set<string>();
  const first = new Map<string, number>();
  const shared: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const id = cellText((body[i] as readonly CellValue[])[idColumn] ?? "");
    if (id === "") continue;
    carried.add(id);
    if (skipped(i)) continue;
    const at = first.get(id);
    if (at === undefined) first.set(id, i);
    else {
      if (at >= 0) shared.push(at);
      first.set(id, -1); // its first row is listed once
      shared.push(i);
    }
  }
  return { carried, shared: shared.sort((a, b) => a - b) };
}
