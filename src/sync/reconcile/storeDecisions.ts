/** Step 5 of planRows: which valid rows to store (new numbers, derived fields, new versions) and which keys to delete. */
import { nextNoFromSeries } from "../../domain";
import type { EntityKind, EntityRecords, NumberSeries } from "../../domain";
import { storeKeyOf } from "../../store";
import type { ExpectedRow, StoredRow } from "../../store";
import { contentHash } from "../entities";
import type { SheetSchema } from "../../sheets";
import type { PlanInput } from "./planInput";
import { hasError, keyOf } from "./rowChecks";
import type { WorkRow } from "./workRows";

export interface StoreDecisions<E extends EntityKind> {
  puts: StoredRow<E>[];
  /** Store keys of rows whose key changed (the old key goes, the new one is put). */
  deletes: string[];
  valid: number;
  /** The series after numbering (the same object when nothing was numbered). */
  series: NumberSeries | undefined;
  /** Compare and set: each put row as the plan saw it in the store (no row: hash null). */
  expect: ExpectedRow[];
}

export function decidePuts<E extends EntityKind>(
  input: PlanInput<E>,
  rows: readonly WorkRow<EntityRecords[E]>[],
  storedById: ReadonlyMap<string, StoredRow<E>>,
): StoreDecisions<E> {
  const { rules, schema } = input;
  const entity = rules.entity;
  // The keys in use, for numbering: built only when a row is numbered (100k stored lines are never numbered).
  let keys: Set<string> | null = null;
  const takenKeys = () =>
    (keys ??= new Set<string>([
      ...rows.map((r) => keyOf(r.record, schema.keyField)),
      ...input.stored.map((s) => schema.keyOf(s)),
    ]));
  const out: StoreDecisions<E> = { puts: [], deletes: [], valid: 0, series: input.series, expect: [] };
  for (const row of rows) {
    if (hasError(row)) continue;
    out.valid++;
    if (row.autoNumber && out.series) {
      const taken = takenKeys();
      const next = nextNoFromSeries(out.series, taken);
      (row.record as unknown as Record<string, unknown>)[schema.keyField] = next.no;
      taken.add(next.no);
      out.series = next.series;
    }
    const storedRow = storedById.get(row.rowId);
    if (rules.derive) row.record = intoOwn(row.record, rules.derive(row.record, input.refs));
    // Always the entity's own schema: a scoped sheet and the general sheet must agree on what "changed" means.
    // A row the store gave and derivation left as it was keeps the stored hash (no second hash of 50,000 rows).
    const hash =
      row.fromStore && storedRow && storedRow.rowHash !== "" && sameContent(rules.schema, row.record, storedRow)
        ? storedRow.rowHash
        : contentHash(rules.schema, row.record);
    const unchanged = storedRow !== undefined && storedRow.rowHash === hash;
    // The workbook's own row, new to this store (a copy, a rebuilt store) and as the add-in last wrote it.
    const asWritten = storedRow === undefined && row.sheetBase !== "" && row.sheetBase === hash;
    if (rules.touch) {
      const keep = unchanged && storedRow ? storedRow : asWritten ? row.record : null;
      row.record = rules.touch(row.record, keep, input.today);
    }
    if (unchanged) continue; // the hash covers the key, so an unchanged row kept its key
    const origin = originOf(hash, [row.sheetBase, ...row.sheetLineage], storedRow?.rowOrigin);
    // SP55: the row's own record, stamped, is the put (a fresh object per plan: not a second copy of 500k rows).
    const put = Object.assign(row.record as object, {
      rowId: row.rowId,
      rowVersion: nextVersion(row, storedRow, asWritten),
      rowHash: hash,
      ...(origin ? { rowOrigin: origin } : {}),
    });
    const key = storeKeyOf(entity, (storedRow ?? put) as StoredRow<E>);
    if (storedRow && key !== storeKeyOf(entity, put as StoredRow<E>)) out.deletes.push(key);
    out.expect.push({ entity, key, rowId: row.rowId, hash: storedRow?.rowHash ?? null });
    out.puts.push(put as StoredRow<E>);
  }
  return out;
}

/**
 * SP56: a derived record that has every field of the row's own record (a copy with some set) is written into the row's
 * own (fresh per plan) record, so the copy lives a moment and 500k rows do not each leave one more record behind.
 */
function intoOwn<R>(own: R, derived: R): R {
  if (derived === own) return own;
  const fields = own as Record<string, unknown>;
  for (const field in fields) if (!Object.prototype.hasOwnProperty.call(derived, field)) return derived;
  return Object.assign(fields, derived) as R;
}

/** How many earlier hashes a row's base cell carries after its own (what a returning copy may still know). */
export const ORIGIN_DEPTH = 2;

/**
 * The versions a new version descends from, newest first: what the sheet's base cell showed (the version this edit
 * started from, and the ones before it), then what the store remembered. Written after the hash in the base cell.
 */
function originOf(hash: string, sheetTokens: readonly string[], previous: string | undefined): string | undefined {
  const tokens = [...sheetTokens, ...(previous ?? "").split(" ")].filter((t) => t !== "" && t !== hash);
  const unique = [...new Set(tokens)].slice(0, ORIGIN_DEPTH);
  return unique.length > 0 ? unique.join(" ") : undefined;
}

/** One more than the store's version; a row new to the store keeps the workbook's version while unchanged. */
function nextVersion<R>(row: WorkRow<R>, stored: { rowVersion: number } | undefined, asWritten: boolean): number {
  if (stored) return stored.rowVersion + 1;
  if (row.sheetVersion > 0) return asWritten ? row.sheetVersion : row.sheetVersion + 1;
  return 1;
}

/** Every field the content hash covers is the same value in both (what hashing both would tell, without it). */
function sameContent<R>(schema: SheetSchema<R>, a: R, b: R): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const col of schema.columns) if (!col.readOnly && x[col.field] !== y[col.field]) return false;
  return true;
}
