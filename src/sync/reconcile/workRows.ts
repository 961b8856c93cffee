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
import { cascadeTakes, conflictIssue, recordOf, stripMeta } from "../entities";
import type { Conflict } from "../entities";
import type { PlanInput } from "./planInput";
import { bodyIds, idKeepers } from "./copiedRows";
import { missingRowSide, storedRowSide } from "./sheetSides";

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
  /** Older hashes the sheet's base cell carries after its base (other stores' versions, newest first). */
  sheetLineage: readonly string[];
  /** Skipped: its cells and stored row are as the last plan left them settled (SP6); `record` is the stored row. */
  clean?: boolean;
  /** The row is in conflict with another copy or a co-author (its issues say so; the pane lists it). */
  conflict?: Conflict;
}

export interface ParsedBody<R> {
  rows: WorkRow<R>[];
  /** Sheet rows of records deleted elsewhere (or by the person's resolution): blanked. */
  cleared: number[];
  /** Store keys of rows the person chose to delete in a conflict. */
  deletes: string[];
  idsInSheet: Set<string>;
  /** The last non-blank sheet row (-1 for an empty body). */
  lastUsed: number;
}

/**
 * Step 1: parse every body row; new and copied rows (duplicate hidden ids) get fresh ids. Which side a row's content
 * comes from — the sheet, the store, a merge of both, or neither (a conflict) — is decided by sheetSides.ts; a row
 * deleted elsewhere and unchanged here is cleared rather than stored again.
 */
export function parseBody<E extends EntityKind>(
  input: PlanInput<E>,
  storedById: ReadonlyMap<string, StoredRow<E>>,
  clean: readonly (StoredRow<E> | undefined)[] = [],
): ParsedBody<EntityRecords[E]> {
  const { body, schema, map, lang, formatOf, cellKind } = input;
  const parsed: ParsedBody<EntityRecords[E]> = {
    rows: [],
    cleared: [],
    deletes: [],
    idsInSheet: new Set(),
    lastUsed: -1,
  };
  const parseAt = (i: number) =>
    parseRow(
      schema,
      body[i] as CellValue[],
      map,
      lang,
      formatOf && ((c) => formatOf(i, c)),
      cellKind && ((c) => cellKind(i, c)),
    );
  // Rows are parsed one at a time and let go once worked (a 500k paste holds no ParsedRow or cell text long); only
  // rows whose id cell repeats another's are parsed first, to tell the original from its copies.
  const early = new Map<number, ParsedRow<EntityRecords[E]>>();
  const { carried, shared } = bodyIds(body, map.rowId, (i) => clean[i] !== undefined);
  for (const i of shared) early.set(i, parseAt(i));
  const keepers = idKeepers(input, early, storedById);
  for (let i = 0; i < body.length; i++) {
    const cells = body[i] as CellValue[];
    const skipped = clean[i];
    if (skipped) {
      parsed.rows.push(cleanRow(skipped, i, cells));
      parsed.lastUsed = i;
      parsed.idsInSheet.add(skipped.rowId);
      continue;
    }
    const row = early.get(i) ?? parseAt(i);
    if (row.blank) continue;
    const keeps = early.has(i) ? keepers.has(i) : true;
    if (row.rowId === "" || !keeps || parsed.idsInSheet.has(row.rowId)) {
      // The cells' id, or its next form when a row has it already (a second row of the same text, or an unchanged copy
      // of a row whose id came from these very cells): never an id another row of the body carries.
      let n = 0;
      let id = input.newRowId(row.cellText, n);
      while (carried.has(id) || parsed.idsInSheet.has(id)) id = input.newRowId(row.cellText, ++n);
      row.rowId = id;
      row.idFromCells = true;
    }
    const work = workRow(input, row, i, cells, storedById.get(row.rowId), parsed);
    if (!work) continue;
    parsed.lastUsed = i;
    parsed.idsInSheet.add(row.rowId);
    parsed.rows.push(work);
  }
  return parsed;
}

/** A row the plan skips (SP6): it shows its stored row, settled. */
function cleanRow<E extends EntityKind>(
  stored: StoredRow<E>,
  sheetRow: number,
  cells: CellValue[],
): WorkRow<EntityRecords[E]> {
  const record = stored as unknown as EntityRecords[E];
  return {
    sheetRow,
    rowId: stored.rowId,
    record,
    issues: NO_ISSUES,
    current: cells,
    fromStore: false,
    clean: true,
    autoNumber: false,
    sheetVersion: 0,
    sheetBase: "",
    sheetLineage: NO_LINEAGE,
  };
}

/** Shared by clean rows, which no step adds an issue to (they are not planned). */
const NO_ISSUES: Issue[] = [];
const NO_LINEAGE: string[] = [];

/** One body row parsed as a full plan parses it (a clean row that meets a planned one, SP6); null when cleared. */
export function parseOne<E extends EntityKind>(
  input: PlanInput<E>,
  storedById: ReadonlyMap<string, StoredRow<E>>,
  parsed: ParsedBody<EntityRecords[E]>,
  sheetRow: number,
): WorkRow<EntityRecords[E]> | null {
  const { schema, map, lang, formatOf, cellKind } = input;
  const cells = input.body[sheetRow] as CellValue[];
  const formats = formatOf && ((c: number) => formatOf(sheetRow, c));
  const row = parseRow(schema, cells, map, lang, formats, cellKind && ((c) => cellKind(sheetRow, c)));
  return workRow(input, row, sheetRow, cells, storedById.get(row.rowId), parsed);
}

/** One parsed sheet row as the plan works on it, or null when it is cleared (deleted elsewhere, or by choice). */
function workRow<E extends EntityKind>(
  input: PlanInput<E>,
  row: ParsedRow<EntityRecords[E]>,
  sheetRow: number,
  cells: CellValue[],
  previous: StoredRow<E> | undefined,
  parsed: ParsedBody<EntityRecords[E]>,
): WorkRow<EntityRecords[E]> | null {
  const { schema, rules, refs } = input;
  const rowId = row.rowId;
  const resolution = input.resolutions.get(rowId);
  const seen = input.binding.seen[rowId] !== undefined;
  const side = previous
    ? resolution && "delete" in resolution
      ? ({ take: "cleared" } as const)
      : storedRowSide(input, row, previous)
    : missingRowSide(input, row, seen);
  if (side.take === "cleared") {
    parsed.cleared.push(sheetRow);
    if (previous) parsed.deletes.push(storeKeyOf(rules.entity, previous));
    return null;
  }
  const base = {
    sheetRow,
    rowId,
    current: cells,
    autoNumber: false,
    sheetVersion: row.rowVersion,
    sheetBase: row.rowBase,
    sheetLineage: row.rowLineage,
  };
  if (side.take === "store" && previous) return { ...base, record: stripMeta(previous), issues: [], fromStore: true };
  let record = side.take === "sheet" ? side.record : row.record; // a fresh object per parse: safe to fill in
  if (schema.keyIsRowId) (record as unknown as Record<string, unknown>)[schema.keyField] = rowId;
  if (resolution && "renumber" in resolution) (record as unknown as Record<string, unknown>)[schema.keyField] = "";
  if (rules.prepare) record = rules.prepare(record, recordOf(previous), refs);
  const conflict = side.take === "conflict" ? side.conflict : stillPutBack(input, rowId);
  const issues = conflict
    ? [...row.issues, side.take === "conflict" ? side.issue : conflictIssue(conflict, input.lang)]
    : row.issues;
  return { ...base, record, issues, fromStore: false, ...(conflict ? { conflict } : {}) };
}

/** A row put back after a delete here stays listed until the person keeps it (or deletes it again). */
function stillPutBack<E extends EntityKind>(input: PlanInput<E>, rowId: string): Conflict | null {
  const resolution = input.resolutions.get(rowId);
  if (resolution && "keep" in resolution) return null;
  if (input.binding.putBack?.includes(rowId)) return { kind: "deletedHere", rowId, fields: [] };
  const count = input.binding.confirmDelete?.includes(rowId) ? input.dependents?.get(rowId) : undefined;
  return count
    ? { kind: "cascade", rowId, fields: [], suggestion: String(count), ...cascadeTakes(input.rules.entity) }
    : null;
}

/** A delete that would take other records along (a campaign's lines) waits for the person's yes (rule CD1). */
function unconfirmedCascade<E extends EntityKind>(input: PlanInput<E>, s: StoredRow<E>): Conflict | null {
  const count = input.dependents?.get(s.rowId) ?? 0;
  const resolution = input.resolutions.get(s.rowId);
  if (count === 0 || (resolution && "delete" in resolution)) return null;
  return {
    kind: "cascade",
    rowId: s.rowId,
    fields: [],
    suggestion: String(count),
    ...cascadeTakes(input.rules.entity),
  };
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
    input.today,
  );
  fresh.forEach((r, k) => {
    r.record = records[k] ?? r.record;
    for (const issue of issues[k] ?? []) r.issues.push(issue);
  });
}

const KEY_ORDER = new Intl.Collator("en", { numeric: true }).compare;

/** PN5: the stored rows the sheet does not show, in key order with numbers compared as numbers (line 10000 before 20000). */
function unseenInKeyOrder<E extends EntityKind>(input: PlanInput<E>, idsInSheet: ReadonlySet<string>) {
  const keyed = input.stored.filter((s) => !idsInSheet.has(s.rowId)).map((s) => ({ s, key: input.schema.keyOf(s) }));
  return keyed.sort((a, b) => KEY_ORDER(a.key, b.key)).map((k) => k.s);
}

/**
 * Step 2: stored rows this table never showed (made elsewhere) are appended after its last used row (a new
 * table's blank row is reused); seen-but-gone rows were deleted by the person, unless the entity refuses (then the
 * row is put back with the refusal), or unless the store changed the row since this table last showed it (then it
 * is put back as a conflict: deleted here, changed elsewhere). Returns the store keys to delete and the appends.
 */
export function appendUnseen<E extends EntityKind>(
  input: PlanInput<E>,
  body: ParsedBody<EntityRecords[E]>,
): { deletes: string[]; appended: number; appendAt: number } {
  const { rules, refs, lang } = input;
  const appendAt = body.lastUsed + 1;
  const deletes: string[] = [...body.deletes];
  let appended = 0;
  for (const s of unseenInKeyOrder(input, body.idsInSheet)) {
    const seenHash = input.binding.seen[s.rowId];
    const wasSeen = seenHash !== undefined;
    const refused = wasSeen && rules.refuseDelete ? rules.refuseDelete(stripMeta(s), refs, lang) : null;
    const changedSince = wasSeen && seenHash !== "" && seenHash !== s.rowHash;
    const takesAlong = wasSeen && !refused && !changedSince ? unconfirmedCascade(input, s) : null;
    if (wasSeen && !refused && !changedSince && !takesAlong) {
      deletes.push(storeKeyOf(rules.entity, s));
      continue;
    }
    const conflict: Conflict | null =
      takesAlong ?? (!refused && changedSince ? { kind: "deletedHere", rowId: s.rowId, fields: [] } : null);
    const key = input.schema.keyOf(s);
    const issues = refused ? [refused] : conflict ? [conflictIssue(conflict, lang, { key })] : [];
    body.rows.push({
      sheetRow: appendAt + appended++,
      rowId: s.rowId,
      record: stripMeta(s),
      issues,
      current: null,
      autoNumber: false,
      fromStore: true,
      sheetVersion: 0,
      sheetBase: "",
      sheetLineage: [],
      ...(conflict ? { conflict } : {}),
    });
  }
  return { deletes, appended, appendAt };
}
