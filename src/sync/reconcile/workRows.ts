/**
 * The rows a reconcile works on: the table's rows as parsed (steps 1–2 of planRows), and the stored rows
 * the table never showed, appended below it. Each keeps where it sits and what it holds now.
 */
import type { EntityKind, EntityRecords, Issue } from "../../domain";
import { parseRow } from "../../sheets";
import type { ParsedRow } from "../../sheets";
import { storeKeyOf } from "../../store";
import type { StoredRow } from "../../store";
import type { CellValue } from "../../workbook";
import { contentHash, recordOf, stripMeta } from "../entities";
import type { PlanInput } from "./planInput";

export interface WorkRow<R> {
  sheetRow: number;
  rowId: string;
  record: R;
  issues: Issue[];
  current: readonly CellValue[] | null; // null: a stored row appended below the table
  /** The row shows the stored record (appended, or stale: changed through another sheet, the card or a cascade). */
  fromStore: boolean;
  autoNumber: boolean;
  /** What the sheet row carried: its version (0: none) and base (the content hash it had when last written). */
  sheetVersion: number;
  sheetBase: string;
}

export interface ParsedBody<R> {
  rows: WorkRow<R>[];
  /** Sheet rows of records another sheet deleted: blanked. */
  cleared: number[];
  idsInSheet: Set<string>;
  /** The last non-blank sheet row (-1 for an empty body). */
  lastUsed: number;
}

/**
 * Step 1: parse every body row; new and copied rows (duplicate hidden ids) get fresh ids. A row this table
 * showed, whose record another sheet deleted meanwhile, is cleared rather than stored again. A row showing an
 * older version than the store takes the store's values.
 */
export function parseBody<E extends EntityKind>(
  input: PlanInput<E>,
  storedById: ReadonlyMap<string, StoredRow<E>>,
): ParsedBody<EntityRecords[E]> {
  const { body, schema, map, lang, formatOf, rules, refs } = input;
  const seen = new Set(input.binding.seenRowIds);
  const parsed: ParsedBody<EntityRecords[E]> = { rows: [], cleared: [], idsInSheet: new Set(), lastUsed: -1 };
  for (let i = 0; i < body.length; i++) {
    const cells = body[i] as CellValue[];
    const row = parseRow(schema, cells, map, lang, formatOf && ((c: number) => formatOf(i, c)));
    if (row.blank) continue;
    let rowId = row.rowId;
    if (rowId !== "" && !storedById.has(rowId) && deletedElsewhere(input, row, seen)) {
      parsed.cleared.push(i);
      continue;
    }
    parsed.lastUsed = i;
    if (rowId === "" || parsed.idsInSheet.has(rowId)) rowId = input.newId();
    parsed.idsInSheet.add(rowId);
    const previous = storedById.get(rowId);
    const sheet = { sheetVersion: row.rowVersion, sheetBase: row.rowBase };
    const base = { sheetRow: i, rowId, current: cells, autoNumber: false, ...sheet };
    if (previous !== undefined && row.rowVersion > 0 && row.rowVersion < previous.rowVersion) {
      parsed.rows.push({ ...base, record: stripMeta(previous), issues: [], fromStore: true });
      continue;
    }
    let record = row.record; // a fresh object per parse: safe to fill in
    if (schema.keyIsRowId) (record as unknown as Record<string, unknown>)[schema.keyField] = rowId;
    if (rules.prepare) record = rules.prepare(record, recordOf(previous), refs);
    parsed.rows.push({ ...base, record, issues: row.issues, fromStore: false });
  }
  return parsed;
}

/**
 * A sheet row whose id the store does not hold was deleted elsewhere only when the store recorded that deletion
 * (a tombstone) and the row is as the add-in last wrote it (its content hash is its base); a store that merely
 * lacks the row (new, lost, rebuilt) takes it from the sheet instead, and so does a row edited since. A table
 * without a base column falls back to "seen here and written by the add-in".
 */
function deletedElsewhere<E extends EntityKind>(
  input: PlanInput<E>,
  row: ParsedRow<EntityRecords[E]>,
  seen: ReadonlySet<string>,
): boolean {
  if (!input.tombstones.has(row.rowId)) return false;
  if (input.map.rowBase < 0) return row.rowVersion > 0 && seen.has(row.rowId);
  const { rules, refs } = input;
  const prepared = rules.prepare ? rules.prepare(row.record, null, refs) : row.record;
  const derived = rules.derive ? rules.derive(prepared, refs) : prepared;
  return row.rowBase !== "" && contentHash(rules.schema, derived) === row.rowBase;
}

/** Before validation, the entity's batch preparation over every row read from the sheet (segment lines). */
export function prepareBatch<E extends EntityKind>(
  input: PlanInput<E>,
  rows: WorkRow<EntityRecords[E]>[],
  storedById: ReadonlyMap<string, StoredRow<E>>,
): void {
  const { rules } = input;
  if (!rules.prepareBatch) return;
  const fresh = rows.filter((r) => !r.fromStore);
  const { records, issues } = rules.prepareBatch(
    fresh.map((r) => ({ record: r.record, previous: recordOf(storedById.get(r.rowId)) })),
    input.stored.map((s) => stripMeta(s)),
    input.refs,
    input.lang,
  );
  fresh.forEach((r, k) => {
    r.record = records[k] ?? r.record;
    for (const issue of issues[k] ?? []) r.issues.push(issue);
  });
}

/**
 * Step 2: stored rows this table never showed (made elsewhere) are appended after its last used row (a new
 * table's blank row is reused); seen-but-gone rows were deleted by the person, unless the entity refuses
 * (then the row is put back with the refusal). Returns the store keys to delete and how many rows were appended.
 */
export function appendUnseen<E extends EntityKind>(
  input: PlanInput<E>,
  body: ParsedBody<EntityRecords[E]>,
): { deletes: string[]; appended: number; appendAt: number } {
  const { rules, refs, lang } = input;
  const seen = new Set(input.binding.seenRowIds);
  const appendAt = body.lastUsed + 1;
  const deletes: string[] = [];
  let appended = 0;
  for (const s of input.stored) {
    if (body.idsInSheet.has(s.rowId)) continue;
    const wasSeen = seen.has(s.rowId);
    const refused = wasSeen && rules.refuseDelete ? rules.refuseDelete(stripMeta(s), refs, lang) : null;
    if (wasSeen && !refused) {
      deletes.push(storeKeyOf(rules.entity, s));
      continue;
    }
    body.rows.push({
      sheetRow: appendAt + appended++,
      rowId: s.rowId,
      record: stripMeta(s),
      issues: refused ? [refused] : [],
      current: null,
      autoNumber: false,
      fromStore: true,
      sheetVersion: 0,
      sheetBase: "",
    });
  }
  return { deletes, appended, appendAt };
}
