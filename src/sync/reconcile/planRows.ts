/**
 * The pure heart of a reconcile: given what the table holds and what the store holds, decide what to
 * store, what to write back and which issues to show. No I/O here, so every case is a plain unit test.
 * Steps: parse (workRows) → append unseen stored rows → number series and validation (rowChecks) →
 * what to store (storeDecisions) → write-back and highlighting (writeBack) → the unit of work.
 */
import type { EntityKind, EntityRecords } from "../../domain";
import { storeKeyOf } from "../../store";
import type { ExpectedRow, StoredRow, UnitOfWork } from "../../store";
import type { CellBlock, CellFill } from "../../workbook";
import { advancedSeries } from "../entities";
import type { RowIssue } from "../entities";
import type { PlanInput } from "./planInput";
import type { PlanCounts } from "./reconcileTypes";
import { dropDuplicatesOf, markKeyConflicts } from "./keyConflicts";
import { hasError, markAutoNumbers, validateRows } from "./rowChecks";
import { decidePuts } from "./storeDecisions";
import type { StoreDecisions } from "./storeDecisions";
import { noteReadOnlyValues } from "./readOnlyCells";
import { nextMemo, pickClean, withNeighbours } from "./incrementalRows";
import { byRowId, rowsById } from "./rowsById";
import { sameSeen, seenOf } from "./seenRows";
import type { RowMemo } from "./rowMemo";
import { appendUnseen, parseBody, parseOne, prepareBatch } from "./workRows";
import type { WorkRow } from "./workRows";
import { clearRows, planWriteBack } from "./writeBack";
import type { DesiredRow } from "./writeBack";

export interface RowsPlan<E extends EntityKind> {
  /** `null` when nothing needs storing. */
  unit: UnitOfWork<E> | null;
  blocks: CellBlock[];
  fills: CellFill[];
  issues: RowIssue[];
  /** Where each row id sits in the body after the write-back. */
  rowIndexById: Map<string, number>;
  counts: PlanCounts;
  /** Body rows after the write-back (appended rows may extend it). */
  bodyRows: number;
  /** Body rows the write-back clears (deleted elsewhere): their table rows go after it (CD3). */
  cleared: readonly number[];
  /** Parsing and validating (what "validation CPU" means in the benchmarks), and the whole plan, in ms. */
  timings: { parseMs: number; validateMs: number; totalMs: number };
  /** For the next plan of the binding (SP6), when the input asked for one. */
  memo?: RowMemo;
}

export function planRows<E extends EntityKind>(input: PlanInput<E>): RowsPlan<E> {
  const now = input.timer ?? (() => 0);
  const startedAt = now();
  const storedById = rowsById(input.stored);
  const pick = pickClean(input, storedById);
  const body = parseBody(input, storedById, pick?.clean);
  prepareBatch(input, body.rows, storedById);
  const parsedAt = now();
  const unseen = appendUnseen(input, body);
  const all = body.rows;
  // SP6: the rows this plan works on; clean rows (skipped) only count, and show their stored hash.
  const rows = pick ? withNeighbours(input, all, (at) => parseOne(input, storedById, body, at)) : all;
  const collided = markKeyConflicts(input, rows, storedById);
  markAutoNumbers(input, rows, storedById);
  const validateFrom = now();
  validateRows(input, rows);
  dropDuplicatesOf(rows, collided, input.schema.keyField);
  const validatedAt = now();
  const decided = decidePuts(input, rows, storedById);
  noteReadOnlyValues(input, rows, storedById);
  const deletes = [...unseen.deletes, ...decided.deletes];
  // SP56: one map of the puts by row id, for the write-back and the seen rows.
  const putById = byRowId(decided.puts);
  const written = writeBackOf(input, rows, body.cleared, putById, storedById);
  const clean = all.length - rows.length;
  return {
    // The body's ids counted once each (parseBody gives a copied row a new one), appended rows not in the body.
    unit: unitOf(
      input,
      { all, work: rows, putById },
      storedById,
      decided,
      deletes,
      body.idsInSheet.size + unseen.appended === all.length,
    ),
    ...written,
    issues: rowIssues(input, rows),
    // Only the card writes by row id (campaigns); lines planned incrementally (SP6) skip the 100k-entry map.
    rowIndexById: pick ? new Map() : new Map(all.map((r) => [r.rowId, r.sheetRow])),
    bodyRows: Math.max(input.body.length, unseen.appendAt + unseen.appended),
    cleared: body.cleared,
    timings: { parseMs: parsedAt - startedAt, validateMs: validatedAt - validateFrom, totalMs: now() - startedAt },
    counts: {
      rows: all.length,
      valid: decided.valid + clean,
      invalid: rows.length - decided.valid,
      puts: decided.puts.length,
      deletes: deletes.length,
      appended: unseen.appended,
      planned: rows.length,
    },
    ...(pick ? { memo: nextMemo(input, pick, rows, storedById, decided.puts, written.blocks) } : {}),
  };
}

/** Step 6: the cells and fills to write (rows with errors keep what the person typed). */
function writeBackOf<E extends EntityKind>(
  input: PlanInput<E>,
  rows: readonly WorkRow<EntityRecords[E]>[],
  cleared: readonly number[],
  putById: ReadonlyMap<string, StoredRow<E>>,
  storedById: ReadonlyMap<string, StoredRow<E>>,
): { blocks: CellBlock[]; fills: CellFill[] } {
  const { schema, map, lang, formatOf } = input;
  const desiredOf = (row: WorkRow<EntityRecords[E]>): DesiredRow => {
    const shown = !hasError(row) || row.fromStore;
    const stored = putById.get(row.rowId) ?? storedById.get(row.rowId);
    return {
      sheetRow: row.sheetRow,
      current: row.current,
      rowId: row.rowId,
      version: stored?.rowVersion ?? 0,
      // A row with errors keeps what the person typed, so it keeps its base too (what was last agreed on).
      base: shown && stored ? baseCell(stored) : null,
      record: shown ? (row.record as unknown as Record<string, unknown>) : null,
      issues: row.issues,
      ...(shown && input.rules.statusNote ? { note: input.rules.statusNote(row.record, input.today, lang) } : {}),
    };
  };
  const written = planWriteBack(schema, map, rows, desiredOf, lang, formatOf);
  const clears = clearRows(cleared, map.width);
  return {
    blocks: [...written.blocks, ...clears.blocks],
    fills: [...written.fills, ...clears.fills],
  };
}

/** A stored row's base cell: its hash, then its origin (SP55: the hash itself when it has none, no new text per row). */
function baseCell(stored: StoredRow): string {
  const origin = stored.rowOrigin ?? "";
  return (origin === "" ? stored.rowHash : `${stored.rowHash} ${origin}`).trim();
}

function rowIssues<E extends EntityKind>(input: PlanInput<E>, rows: readonly WorkRow<EntityRecords[E]>[]): RowIssue[] {
  const { schema, map } = input;
  return rows.flatMap((row) =>
    row.issues.map((issue) => ({
      bindingId: input.bindingId,
      rowIndex: row.sheetRow,
      colIndex: map.fields.get(issue.field) ?? map.status,
      field: issue.field,
      code: issue.code,
      severity: issue.severity,
      message: issue.message,
      rowKey: schema.keyIsRowId ? "" : schema.keyOf(row.record),
      ...(row.conflict && issue.code.startsWith("CONFLICT_") ? { conflict: row.conflict } : {}),
    })),
  );
}

/** The unit of work: rows (all of them, and those the plan worked on), deletes, seen rows, series; null: no change. */
function unitOf<E extends EntityKind>(
  input: PlanInput<E>,
  {
    all,
    work,
    putById,
  }: {
    all: readonly WorkRow<EntityRecords[E]>[];
    work: readonly WorkRow<EntityRecords[E]>[];
    putById: ReadonlyMap<string, StoredRow<E>>;
  },
  storedById: ReadonlyMap<string, StoredRow<E>>,
  decided: StoreDecisions<E>,
  deletes: string[],
  distinct: boolean,
): UnitOfWork<E> | null {
  const before = input.binding.seen;
  const { seen, changes } = seenOf(all, putById, storedById, before, distinct);
  // Only rows the plan worked on can be in conflict (a clean row is settled, SP6).
  const putBack = work.filter((r) => r.conflict?.kind === "deletedHere").map((r) => r.rowId);
  const confirmDelete = work.filter((r) => r.conflict?.kind === "cascade").map((r) => r.rowId);
  const seenChanged =
    changes !== undefined ||
    !sameSeen(seen, before) ||
    putBack.join(" ") !== (input.binding.putBack ?? []).join(" ") ||
    confirmDelete.join(" ") !== (input.binding.confirmDelete ?? []).join(" ");
  const seriesChanged = decided.series !== input.series;
  const { puts } = decided;
  if (puts.length === 0 && deletes.length === 0 && !seenChanged && !seriesChanged) return null;
  const entity = input.rules.entity;
  const series = input.series;
  return {
    entity,
    deletes,
    puts,
    binding: { ...input.binding, seen, putBack, confirmDelete },
    ...(changes ? { seenChanges: changes } : {}),
    ...(seriesChanged && decided.series && series
      ? { numberSeries: advancedSeries(series, decided.series, () => input.newRowId(`series:${series.code}`, 0)) }
      : {}),
    expect: [...decided.expect, ...deleteExpectations(input, deletes)],
    log: {
      at: input.nowIso,
      bindingId: input.bindingId,
      entity,
      origin: "sheet",
      puts: puts.length,
      deletes: deletes.length,
      keys: [...puts.slice(0, 50).map((p) => input.schema.keyOf(p)), ...deletes].slice(0, 50),
    },
  };
}

/** Compare and set for deletes: each deleted row is still as the plan saw it. */
function deleteExpectations<E extends EntityKind>(input: PlanInput<E>, deletes: readonly string[]): ExpectedRow[] {
  const entity = input.rules.entity;
  if (deletes.length === 0) return [];
  const byKey = new Map(input.stored.map((s) => [storeKeyOf(entity, s), s]));
  return deletes.flatMap((key) => {
    const s = byKey.get(key);
    return s ? [{ entity, key, rowId: s.rowId, hash: s.rowHash }] : [];
  });
}
