/**
 * One reconcile of one bound table, with its I/O: read the table, plan (in the planner), commit in one store
 * transaction, write back. A change hint that lands meanwhile (`dirty`) restarts it before anything is
 * stored or written, so a person's edit is never overwritten by stale values.
 */
import type { EntityKind, Lang } from "../../domain";
import { resolveHeader } from "../../sheets";
import type { ColumnMap, SheetSchema } from "../../sheets";
import type { TableRead, WorkbookPort } from "../../workbook";
import { schemaOfBinding } from "../entities";
import type { RemovedRecords, Resolution, RowIssue } from "../entities";
import type { Planner } from "../planner";
import type { PlannedTable } from "../reconcile";
import type { Clock } from "../ports";
import type { WorkbookBinding } from "./bindingTable";
import { engineMessage } from "./engineMessages";
import type { EngineMessage } from "./engineMessages";
import type { ReconcileReport, StateBox } from "./engineState";
import type { TableMemory } from "./syncEngine";
import { baseOfRead, readShapeOf } from "./editHints";
import type { ReadShape } from "./editHints";
import { rowsWritten, writePlanned } from "./writePlanned";
import { planOrKnown } from "./planOrKnown";
import type { EditBase } from "./editHints";

export interface ReconcileDeps {
  workbook: WorkbookPort;
  planner: Planner;
  clock: Clock;
  lang: Lang;
  binding: WorkbookBinding;
  signal: AbortSignal;
  dirty: Set<string>;
  state: StateBox;
  documentId: string;
  /** The store's record of the binding for this file of the document. */
  bindingRecordId: string;
  /** Conflicts the person resolved on this table, by row id. */
  resolutions: Readonly<Record<string, Resolution>>;
  /** False when only co-authors changed the table: store, but write nothing back (CO1). */
  writeBack: boolean;
  /** Queued only because another sheet's change reaches this one: its progress is reported apart (PN12). */
  following?: boolean;
  /** Queued by the table's own change hints: its body most likely changed, so no print of it is taken (SP58). */
  hinted?: boolean;
}

export type ReconcileResult =
  | { kind: "missing" }
  | { kind: "header"; problems: string[] }
  | {
      kind: "done";
      memory: TableMemory;
      issues: RowIssue[];
      report: ReconcileReport;
      changes: EntityKind[];
      deletedCampaigns: string[];
      /** What deleting them took out of the store (for an undo, CD4). */
      removed?: RemovedRecords;
      /** Among `changes`, those other sheets validate against (SP5). */
      referenceChanges: EntityKind[];
      /** Among `referenceChanges`, those only added to (SP60). */
      referenceAdds: EntityKind[];
      /** Whether a campaign's count of price or discount lines changed (SP46). */
      lineCountsChange: boolean;
      /**
       * The table must be read again: blank rows were deleted after the write-back (CD3), so row positions moved, or
       * the commit added rows of its own entity that it does not show yet (a recurring task's next, TK11).
       */
      readAgain: boolean;
      /** The sheet's name as read now: the person may have renamed it (the pane follows, PN11). */
      sheetName: string;
      /** What the table is left as, for the next in-body edit's shape check (SP20); null: that edit reads it all. */
      edit: EditBase | null;
    };

const MAX_RESTARTS = 3;

export async function runReconcile(deps: ReconcileDeps): Promise<ReconcileResult> {
  const { planner, clock, binding: b, dirty } = deps;
  const schema = schemaOfBinding(b.entity, b.scope);
  for (let attempt = 0; ; attempt++) {
    dirty.delete(b.id);
    const startedAtMs = clock.monotonicMs();
    const planned = await readAndPlan(deps, schema);
    if (planned.kind !== "planned") return planned;
    const { map, plan, shape, readAtMs } = planned;
    const plannedAtMs = clock.monotonicMs();
    if (deps.signal.aborted) {
      planner.discard();
      throw abortError();
    }
    const restart = () => dirty.has(b.id) && attempt < MAX_RESTARTS;
    if (restart()) {
      planner.discard();
      continue;
    }
    let committedAtMs: number;
    if (plan.memoryOnly) committedAtMs = await commitWhileWriting(deps, plan);
    else {
      progress(deps, "SAVING", plan.counts.puts + plan.counts.deletes);
      // Compare and set: rows changed since the plan (another pane, a co-author) refuse the commit: plan again.
      if (plan.hasUnit && !(await committed(planner))) {
        if (attempt < MAX_RESTARTS) continue;
        throw new Error("the table's rows kept changing in another pane while they were being saved");
      }
      committedAtMs = clock.monotonicMs();
      // The store is right either way; the sheet is written only from a reading that is still current.
      if (restart()) continue;
      progress(deps, "WRITING", rowsWritten(plan));
      await writePlanned(deps.workbook, planner, b.tableName, plan);
    }
    // CD3: rows cleared for records deleted elsewhere go; the rows below move up, so the table is read again.
    const rowsDeleted =
      plan.clearedRows.length > 0 && (await deps.workbook.deleteBlankRows(b.tableName, plan.clearedRows)) > 0;
    const times = { startedAtMs, readAtMs, plannedAtMs, committedAtMs, finishedAtMs: clock.monotonicMs() };
    const readAgain = rowsDeleted || (plan.addsOwnRows && deps.writeBack);
    const edit = baseOfRead(b.entity, shape, plan, readAgain);
    return done(b, { map, header: shape.header, sheetName: shape.sheetName }, plan, times, readAgain, edit);
  }
}

type ReadAndPlan =
  | { kind: "missing" }
  | { kind: "header"; problems: string[] }
  | { kind: "planned"; map: ColumnMap; plan: PlannedTable; shape: ReadShape; readAtMs: number };

/**
 * Reads the table and plans it. Of the read, only its shape goes on: the rows are the planner's now, and 500k of them
 * need not stay on the UI thread through the commit and the write-back (SP61).
 */
async function readAndPlan(deps: ReconcileDeps, schema: SheetSchema<unknown>): Promise<ReadAndPlan> {
  progress(deps, "READING", 0);
  const read = await readBound(deps, schema);
  if (!read) return { kind: "missing" };
  // The header is checked after the read (one round trip for both); a bad header stores and writes nothing.
  const { map, problems } = resolveHeader(schema, read.info.header, deps.lang);
  if (!map) return { kind: "header", problems: problems.map((p) => p.message) };
  const readAtMs = deps.clock.monotonicMs();
  if (deps.signal.aborted) throw abortError();
  progress(deps, "CHECKING", read.body.length);
  const plan = await planOrKnown(deps.planner, planRequest(deps, map, read), read.body, deps.hinted === true);
  return { kind: "planned", map, plan, shape: readShapeOf(read, map), readAtMs };
}

/**
 * SP42: a unit that stores no rows (only what the sheet shows, e.g. 50,000 interactions a Log Segment just stored,
 * appended to their new sheet) expects nothing, so no other pane can make it stale: it commits in the worker while
 * the sheet is written here. A failed commit still fails the reconcile, after the write; the rows written are the
 * stored ones, which the next reconcile finds unchanged. Returns when the commit finished.
 */
async function commitWhileWriting(deps: ReconcileDeps, plan: PlannedTable): Promise<number> {
  progress(deps, "WRITING", rowsWritten(plan));
  let committedAtMs = 0;
  const commit = deps.planner.commit().then(() => {
    committedAtMs = deps.clock.monotonicMs();
  });
  const [stored, written] = await Promise.allSettled([
    commit,
    writePlanned(deps.workbook, deps.planner, deps.binding.tableName, plan),
  ]);
  if (stored.status === "rejected") throw stored.reason;
  if (written.status === "rejected") throw written.reason;
  return committedAtMs;
}

/**
 * The reconcile's step, with its real count of rows (PN12): reading counts rows read of the table's rows (a bar);
 * the other steps name how many rows they handle and show a moving bar, never a count stuck at 0. A sheet that only
 * follows another's change says so, so the person's own sheet is never confused with it.
 */
export function progress(deps: ReconcileDeps, step: EngineMessage, rows: number, total = 0): void {
  const params = { sheet: deps.binding.sheetName, rows: formatRows(rows, deps.lang) };
  const text = engineMessage(step, deps.lang, params);
  const label = deps.following ? engineMessage("FOLLOWING", deps.lang, { step: text }) : text;
  deps.state.update(() => ({ progress: { label, done: step === "READING" ? rows : 0, total } }));
}

const formatRows = (n: number, lang: string) => n.toLocaleString(lang === "da" ? "da-DK" : "en-US");

/** The table with its header; number formats only where the schema has percent columns (asking costs a probe). */
const NUMBER_TYPES: ReadonlySet<string> = new Set(["number", "integer", "percent"]);

function readBound(deps: ReconcileDeps, schema: SheetSchema<unknown>): Promise<TableRead | null> {
  const percentFields = schema.columns.filter((c) => c.type === "percent").map((c) => c.field);
  const percentColumns = (map: ColumnMap) => percentFields.flatMap((f) => map.fields.get(f) ?? []);
  const options =
    percentFields.length > 0
      ? {
          formatColumns: (header: string[]) => {
            const { map } = resolveHeader(schema, header, deps.lang);
            return map ? percentColumns(map) : [];
          },
        }
      : {};
  const onProgress = (p: { rowsRead: number; rowCount: number }) => progress(deps, "READING", p.rowsRead, p.rowCount);
  // PS12: number cells Excel may have read as dates (Danish "1.5" is 1 May) are checked by their number format.
  const numberFields = schema.columns.filter((c) => NUMBER_TYPES.has(c.type)).map((c) => c.field);
  const dateColumns = (header: string[]) => {
    const { map } = resolveHeader(schema, header, deps.lang);
    return map ? numberFields.flatMap((f) => map.fields.get(f) ?? []) : [];
  };
  return deps.workbook.readTable(deps.binding.tableName, onProgress, deps.signal, {
    ...options,
    ...(numberFields.length > 0 ? { dateColumns } : {}),
  });
}

export function planRequest(deps: ReconcileDeps, map: ColumnMap, read: TableRead) {
  const b = deps.binding;
  return {
    bindingId: b.id,
    entity: b.entity,
    ...(b.scope ? { scope: b.scope } : {}),
    sheetName: b.sheetName,
    schemaVersion: b.schemaVersion,
    map,
    headerRow: read.info.headerRow,
    ...(read.formats ? { formats: read.formats } : {}),
    ...(read.errorCells ? { errorCells: read.errorCells } : {}),
    ...(read.dateCells ? { dateCells: read.dateCells } : {}),
    lang: deps.lang,
    today: deps.clock.today(),
    nowIso: deps.clock.nowIso(),
    documentId: deps.documentId,
    bindingRecordId: deps.bindingRecordId,
    resolutions: deps.resolutions,
    writeBack: deps.writeBack,
  };
}

export interface Times {
  startedAtMs: number;
  readAtMs: number;
  plannedAtMs: number;
  committedAtMs: number;
  finishedAtMs: number;
}

export function done(
  b: WorkbookBinding,
  { map, header, sheetName }: { map: ColumnMap; header: string[]; sheetName: string },
  plan: PlannedTable,
  t: Times,
  readAgain: boolean,
  edit: EditBase | null = null,
): ReconcileResult {
  return {
    kind: "done",
    memory: { map, header, bodyRows: plan.bodyRows, rowIndexById: plan.rowIndexById },
    issues: plan.issues,
    changes: plan.changes,
    deletedCampaigns: plan.deletedCampaigns,
    ...(plan.removed ? { removed: plan.removed } : {}),
    referenceChanges: plan.referenceChanges,
    referenceAdds: plan.referenceAdds,
    lineCountsChange: plan.lineCountsChange,
    readAgain,
    sheetName,
    edit,
    report: {
      bindingId: b.id,
      entity: b.entity,
      ...plan.counts,
      startedAtMs: t.startedAtMs,
      readMs: t.readAtMs - t.startedAtMs,
      planMs: t.plannedAtMs - t.readAtMs,
      parseMs: plan.timings.parseMs,
      validateMs: plan.timings.validateMs,
      planCpuMs: plan.timings.totalMs,
      commitMs: t.committedAtMs - t.plannedAtMs,
      writeMs: t.finishedAtMs - t.committedAtMs,
      committedAtMs: t.committedAtMs,
      finishedAtMs: t.finishedAtMs,
    },
  };
}

/** Commits the held plan; false when the store refused it as stale (nothing was stored). */
export async function committed(planner: Planner): Promise<boolean> {
  try {
    await planner.commit();
    return true;
  } catch (e) {
    if ((e as Error)?.name === "StaleWriteError") return false;
    throw e;
  }
}

export function abortError(): Error {
  const e = new Error("Cancelled");
  e.name = "AbortError";
  return e;
}
