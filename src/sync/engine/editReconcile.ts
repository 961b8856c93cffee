/**
 * An in-body edit's reconcile (rule SP20): the edited rows (and the rows the last write-back wrote) read in one sync
 * with a shape check — the header and its row, the body's row and column counts, the row ids at the body's edges, all
 * as the last reconcile left them — then planned by the planner on the table it holds with those rows put in, so the
 * plan, the store, the statuses and the fills are a whole read's. Null whenever it cannot be sure: a failed shape
 * check, a planner holding no such table, a hint or a refused commit meanwhile. The engine then reconciles in full.
 */
import { resolveHeader } from "../../sheets";
import type { ColumnMap } from "../../sheets";
import type { RowsRead, TableChange, TableRead } from "../../workbook";
import { schemaOfBinding } from "../entities";
import type { BodyPatch } from "../reconcile";
import type { EditBase } from "./editHints";
import { EditHints, editBaseOf } from "./editHints";
import type { ReconcileDeps, ReconcileResult } from "./runReconcile";
import { abortError, committed, done, planRequest, progress, runReconcile } from "./runReconcile";
import { rowsWritten, writePlanned } from "./writePlanned";

const NUMBER_TYPES: ReadonlySet<string> = new Set(["number", "integer", "percent"]);

/** The column map of the base's header, and the columns an edit's read checks for dates (PS12). */
function mapOf(deps: ReconcileDeps, base: EditBase): { map: ColumnMap; dateColumns: number[] } | null {
  const schema = schemaOfBinding(deps.binding.entity, deps.binding.scope);
  const { map } = resolveHeader(schema, [...base.header], deps.lang);
  if (!map) return null;
  const numberFields = schema.columns.filter((c) => NUMBER_TYPES.has(c.type)).map((c) => c.field);
  return { map, dateColumns: numberFields.flatMap((f) => map.fields.get(f) ?? []) };
}

/** The shape check: the table is as the last reconcile left it, and every row asked for is in its body. */
function sameShape(read: RowsRead, base: EditBase, rows: readonly number[]): boolean {
  return (
    read.headerRow === base.headerRow &&
    read.rowCount === base.bodyRows &&
    read.columnCount === base.width &&
    read.header.length === base.header.length &&
    read.header.every((caption, c) => caption === base.header[c]) &&
    read.edgeIds[0] === base.edgeIds[0] &&
    read.edgeIds[1] === base.edgeIds[1] &&
    read.rows.length === rows.length
  );
}

/** The engine's way to reconcile a table: an in-body edit's when it can be sure, else the whole table's (SP20). */
export class EditPath {
  private readonly hints = new EditHints();

  /** A change hint of the table (every one, before it is debounced); returns its source. */
  note(id: string, change: TableChange): TableChange["source"] {
    return this.hints.note(id, change);
  }

  /** One reconcile; `edit`: its only causes were the table's own hints (else the full path; so for a co-author's). */
  async reconcile(deps: ReconcileDeps, edit: boolean): Promise<ReconcileResult> {
    const id = deps.binding.id;
    const start = this.hints.start(id, edit && !deps.following && deps.writeBack);
    const fast = start ? await runEditReconcile(deps, start.rows, start.base) : null;
    const result = fast ?? (await runReconcile({ ...deps, hinted: edit }));
    if (result.kind === "done") this.hints.settled(id, result.edit);
    return result;
  }
}

/** The edit's reconcile, or null for the full path (nothing stored, nothing written). */
export async function runEditReconcile(
  deps: ReconcileDeps,
  rows: readonly number[],
  base: EditBase,
): Promise<ReconcileResult | null> {
  const { planner, clock, binding: b, dirty, workbook } = deps;
  const columns = mapOf(deps, base);
  if (!planner.planEdit || !workbook.readRows || !columns || !deps.writeBack) return null;
  if (Object.keys(deps.resolutions).length > 0) return null;
  dirty.delete(b.id);
  const startedAtMs = clock.monotonicMs();
  progress(deps, "READING", 0);
  const read = await workbook.readRows(b.tableName, rows, columns.map.rowId, columns.dateColumns);
  if (!read || !sameShape(read, base, rows)) return null;
  const readAtMs = clock.monotonicMs();
  if (deps.signal.aborted) throw abortError();
  if (dirty.has(b.id)) return null;
  progress(deps, "CHECKING", read.rows.length);
  const patch: BodyPatch = {
    bodyRows: read.rowCount,
    rows: read.rows,
    errorCells: read.errorCells,
    dateCells: read.dateCells,
  };
  const plan = await planner.planEdit(planRequest(deps, columns.map, asRead(read)), patch);
  if (!plan) return null;
  const plannedAtMs = clock.monotonicMs();
  if (deps.signal.aborted || dirty.has(b.id)) {
    planner.discard();
    if (deps.signal.aborted) throw abortError();
    return null;
  }
  progress(deps, "SAVING", plan.counts.puts + plan.counts.deletes);
  if (plan.hasUnit && !(await committed(planner))) return null;
  const committedAtMs = clock.monotonicMs();
  if (dirty.has(b.id)) return null; // stored; the full path writes from a current reading
  progress(deps, "WRITING", rowsWritten(plan));
  await writePlanned(workbook, planner, b.tableName, plan);
  const rowsDeleted =
    plan.clearedRows.length > 0 && (await workbook.deleteBlankRows(b.tableName, plan.clearedRows)) > 0;
  const readAgain = rowsDeleted || plan.addsOwnRows;
  const times = { startedAtMs, readAtMs, plannedAtMs, committedAtMs, finishedAtMs: clock.monotonicMs() };
  const shape = { headerRow: read.headerRow, header: read.header, bodyRows: read.rowCount, width: read.columnCount };
  const same = !readAgain && plan.clearedRows.length === 0 && plan.bodyRows === read.rowCount;
  const edit = same ? editBaseOf(shape, read.edgeIds, columns.map.rowId, plan) : null;
  const table = { map: columns.map, header: read.header, sheetName: read.sheetName };
  const result = done(b, table, plan, times, readAgain, edit);
  if (result.kind === "done") result.report.rowsRead = read.rows.length;
  return result;
}

/** The read as a plan request takes it: the header's row; formats and cell kinds come from the planner's table. */
function asRead(read: RowsRead): TableRead {
  const info = {
    tableName: "",
    sheetName: read.sheetName,
    header: read.header,
    headerRow: read.headerRow,
    rowCount: read.rowCount,
  };
  return { info, body: [], formats: new Map() };
}
