/**
 * The pure heart of a reconcile: given what the table holds and what the store holds, decide what to
 * store, what to write back and which issues to show. No I/O here, so every case is a plain unit test.
 * Steps: parse (workRows) → append unseen stored rows → number series and validation (rowChecks) →
 * what to store (storeDecisions) → write-back and highlighting (writeBack) → the unit of work.
 */
import type { EntityKind, EntityRecords } from "../../domain";
import type { StoredRow, UnitOfWork } from "../../store";
import type { CellBlock, CellFill } from "../../workbook";
import { advancedSeries } from "../entities";
import type { RowIssue } from "../entities";
import type { PlanInput } from "./planInput";
import type { PlanCounts } from "./reconcileTypes";
import { hasError, markAutoNumbers, validateRows } from "./rowChecks";
import { decidePuts } from "./storeDecisions";
import type { StoreDecisions } from "./storeDecisions";
import { appendUnseen, parseBody, prepareBatch } from "./workRows";
import type { WorkRow } from "./workRows";
import { clearRows, planFills, planWrites } from "./writeBack";
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
  /** Parsing and validating (what "validation CPU" means in the benchmarks), and the whole plan, in ms. */
  timings: { parseMs: number; validateMs: number; totalMs: number };
}

export function planRows<E extends EntityKind>(input: PlanInput<E>): RowsPlan<E> {
  const now = input.timer ?? (() => 0);
  const startedAt = now();
  const storedById = new Map(input.stored.map((s) => [s.rowId, s]));
  const body = parseBody(input, storedById);
  prepareBatch(input, body.rows, storedById);
  const parsedAt = now();
  const unseen = appendUnseen(input, body);
  const rows = body.rows;
  markAutoNumbers(input, rows, storedById);
  const validateFrom = now();
  validateRows(input, rows);
  const validatedAt = now();
  const decided = decidePuts(input, rows, storedById);
  const deletes = [...unseen.deletes, ...decided.deletes];
  const written = writeBackOf(input, rows, body.cleared, decided.puts, storedById);
  return {
    unit: unitOf(input, rows, decided, deletes),
    ...written,
    issues: rowIssues(input, rows),
    rowIndexById: new Map(rows.map((r) => [r.rowId, r.sheetRow])),
    bodyRows: Math.max(input.body.length, unseen.appendAt + unseen.appended),
    timings: { parseMs: parsedAt - startedAt, validateMs: validatedAt - validateFrom, totalMs: now() - startedAt },
    counts: {
      rows: rows.length,
      valid: decided.valid,
      invalid: rows.length - decided.valid,
      puts: decided.puts.length,
      deletes: deletes.length,
      appended: unseen.appended,
    },
  };
}

/** Step 6: the cells and fills to write (rows with errors keep what the person typed). */
function writeBackOf<E extends EntityKind>(
  input: PlanInput<E>,
  rows: readonly WorkRow<EntityRecords[E]>[],
  cleared: readonly number[],
  puts: readonly StoredRow<E>[],
  storedById: ReadonlyMap<string, StoredRow<E>>,
): { blocks: CellBlock[]; fills: CellFill[] } {
  const { schema, map, lang, formatOf } = input;
  const putById = new Map(puts.map((p) => [p.rowId, p]));
  const desired: DesiredRow[] = rows.map((row) => {
    const shown = !hasError(row) || row.fromStore;
    const stored = putById.get(row.rowId) ?? storedById.get(row.rowId);
    return {
      sheetRow: row.sheetRow,
      current: row.current,
      rowId: row.rowId,
      version: stored?.rowVersion ?? 0,
      // A row with errors keeps what the person typed, so it keeps its base too (what was last agreed on).
      base: shown ? (stored?.rowHash ?? null) : null,
      record: shown ? (row.record as unknown as Record<string, unknown>) : null,
      issues: row.issues,
    };
  });
  const clears = clearRows(cleared, map.width);
  return {
    blocks: [...planWrites(schema, map, desired, lang, formatOf), ...clears.blocks],
    fills: [...planFills(map, desired), ...clears.fills],
  };
}

function rowIssues<E extends EntityKind>(input: PlanInput<E>, rows: readonly WorkRow<EntityRecords[E]>[]): RowIssue[] {
  const { schema, map } = input;
  return rows.flatMap((row) =>
    row.issues.map((issue) => ({
      bindingId: input.binding.id,
      rowIndex: row.sheetRow,
      colIndex: map.fields.get(issue.field) ?? map.status,
      field: issue.field,
      code: issue.code,
      severity: issue.severity,
      message: issue.message,
      rowKey: schema.keyIsRowId ? "" : schema.keyOf(row.record),
    })),
  );
}

/** The unit of work: rows, deletes, the binding's seen ids and the series; null when nothing changed. */
function unitOf<E extends EntityKind>(
  input: PlanInput<E>,
  rows: readonly WorkRow<EntityRecords[E]>[],
  decided: StoreDecisions<E>,
  deletes: string[],
): UnitOfWork<E> | null {
  const seen = new Set(input.binding.seenRowIds);
  const seenRowIds = rows.map((r) => r.rowId);
  const seenChanged = seenRowIds.length !== seen.size || seenRowIds.some((id) => !seen.has(id));
  const seriesChanged = decided.series !== input.series;
  const { puts } = decided;
  if (puts.length === 0 && deletes.length === 0 && !seenChanged && !seriesChanged) return null;
  const entity = input.rules.entity;
  return {
    entity,
    deletes,
    puts,
    binding: { ...input.binding, seenRowIds },
    ...(seriesChanged && decided.series && input.series
      ? { numberSeries: advancedSeries(input.series, decided.series, input.newId) }
      : {}),
    log: {
      at: input.nowIso,
      bindingId: input.binding.id,
      entity,
      origin: "sheet",
      puts: puts.length,
      deletes: deletes.length,
      keys: [...puts.slice(0, 50).map((p) => input.schema.keyOf(p)), ...deletes].slice(0, 50),
    },
  };
}
