/**
 * What closing a recurring task writes besides it, in the same unit of work (TK7, TK11): the next task, numbered from
 * the TASK series (after any numbers the unit already took from it). Only a stored open task closed by this unit gives
 * one: a row that arrives already closed (a store rebuilt from the workbook, a copy's row) brought its next task along.
 * The Tasks sheet shows the next task at its next reconcile.
 */
import { closeTask, normalizeCode, TASK_SERIES } from "../../domain";
import type { EntityKind, Task } from "../../domain";
import type { StoredRow, SyncStore, UnitOfWork } from "../../store";
import { advancedSeries, seriesCounter, seriesRow } from "./numberSeriesRows";
import { stripMeta, toStoredRow } from "./storedRows";

export interface TaskCascadeArgs {
  store: SyncStore;
  unit: UnitOfWork;
  /** The tasks stored before the unit. */
  stored: readonly StoredRow[];
  newId: (text: string) => string;
}

/** The unit with the next task of each recurring task it closes; other entities' units are returned as they are. */
export async function withTaskCascade(entity: EntityKind, args: TaskCascadeArgs): Promise<UnitOfWork> {
  if (entity !== "task" || args.unit.puts.length === 0) return args.unit;
  const { unit, newId } = args;
  const before = new Map((args.stored as StoredRow<"task">[]).map((t) => [t.rowId, t]));
  const closing = (unit.puts as StoredRow<"task">[]).filter(
    (t) => t.closed && !t.canceled && t.recurring && before.get(t.rowId)?.closed === false,
  );
  if (closing.length === 0) return unit;
  const row = unit.numberSeries ?? (await seriesRow(args.store, TASK_SERIES));
  if (!row) return unit;
  const taken = new Set([...before.values(), ...unit.puts].map((t) => normalizeCode((t as StoredRow<"task">).no)));
  const counter = seriesCounter(row, taken);
  const made: Task[] = [];
  for (const put of closing) {
    const { next } = closeTask(stripMeta<"task">(put), put.dateClosed, counter.nextNo);
    if (next) made.push(next);
  }
  if (made.length === 0) return unit;
  const puts = made.map((t) => toStoredRow("task", t, newId(`task:${t.no}`), 1));
  return {
    ...unit,
    numberSeries: advancedSeries(row, counter.series(), () => newId(`numberSeries:${TASK_SERIES}`)),
    cascade: [...(unit.cascade ?? []), { entity: "task", puts }],
  };
}
