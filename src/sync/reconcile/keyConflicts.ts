/**
 * Key collisions between copies and co-authors (M7): both copies numbered a new campaign CP0004 from the series
 * each file carried. The row that brings a number another row already holds in the store is a listed conflict, kept
 * as the person sees it and not stored, with the next free number to renumber it to; the row that holds the number
 * keeps it. Only entities numbered from a series: a typed code used twice is an ordinary duplicate.
 */
import { nextNoFromSeries } from "../../domain";
import type { EntityKind, EntityRecords, NumberSeries } from "../../domain";
import type { StoredRow } from "../../store";
import { conflictIssue } from "../entities";
import type { PlanInput } from "./planInput";
import { keyOf, numberedElsewhere } from "./rowChecks";
import type { WorkRow } from "./workRows";

/**
 * Marks rows that bring a key another row holds in the store, as the add-in of another copy or co-author numbered
 * and wrote them (the row's content is its base: nobody typed the number here). Returns the keys in conflict.
 */
export function markKeyConflicts<E extends EntityKind>(
  input: PlanInput<E>,
  rows: readonly WorkRow<EntityRecords[E]>[],
  storedById: ReadonlyMap<string, StoredRow<E>>,
): Set<string> {
  const { schema, series } = input;
  const inConflict = new Set<string>();
  if (!series || schema.keyIsRowId) return inConflict;
  // Built on the first row that needs it: a sheet of rows the store gave (50,000 logged interactions) needs none.
  let holderMap: Map<string, StoredRow<E>> | null = null;
  const holders = () => (holderMap ??= new Map(input.stored.map((s) => [schema.keyOf(s), s])));
  let taken: Set<string> | null = null;
  let next: NumberSeries = series;
  for (const row of rows) {
    if (row.fromStore || row.conflict || row.current === null) continue;
    const key = keyOf(row.record, schema.keyField);
    const holder = key === "" ? undefined : holders().get(key);
    if (!holder || holder.rowId === row.rowId) continue;
    const mine = storedById.get(row.rowId);
    if (mine && schema.keyOf(mine) === key) continue;
    if (!numberedElsewhere(input, row)) continue;
    taken ??= new Set([...rows.map((r) => keyOf(r.record, schema.keyField)), ...holders().keys()]);
    const free = nextNoFromSeries(next, taken);
    taken.add(free.no);
    next = free.series;
    row.conflict = { kind: "key", rowId: row.rowId, fields: [], suggestion: free.no };
    row.issues.push(conflictIssue(row.conflict, input.lang, { key }));
    inConflict.add(key);
  }
  return inConflict;
}

/** The duplicate-key messages of rows sharing a key in conflict: the conflict says it once, with what to do. */
export function dropDuplicatesOf<R>(rows: readonly WorkRow<R>[], keys: ReadonlySet<string>, keyField: string): void {
  if (keys.size === 0) return;
  for (const row of rows) {
    if (!keys.has(keyOf(row.record, keyField))) continue;
    row.issues = row.issues.filter((issue) => !issue.code.startsWith("DUPLICATE"));
  }
}
