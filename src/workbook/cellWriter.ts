/**
 * Executing a write plan: events muted and calculation suspended around the writes, one sync per
 * payload-sized group, shrink-and-retry on payload errors, events restored even when a write fails.
 */
import type { ExcelSession } from "./excelSession";
import { errorCode, isPayloadLimitError } from "./excelSession";
import type { RunOptions } from "./excelRunner";
import { ensureGrown, rowsAfter } from "./growthFallback";
import { UNDO_GROUP_SET } from "./requirementSets";
import type { TableShape, WriteOp } from "./writePlan";
import { blocksFrom, opBytes, planWrite, splitOp, textRuns } from "./writePlan";
import type { CellBlock, CellFill, CellSlices } from "./workbookPort";

/** A body-relative block of `rows × cols` placed from the header's first cell (follows the table if it moves). */
function bodyRange(anchor: Excel.Range, rowIndex: number, colIndex: number, rows: number, cols: number): Excel.Range {
  return anchor.getOffsetRange(1 + rowIndex, colIndex).getResizedRange(rows - 1, cols - 1);
}

const TEXT_ROW = ["@"];

function queueOp(anchor: Excel.Range, op: WriteOp): void {
  switch (op.kind) {
    case "values": {
      // A string is text: its cell gets the Text format first, in the same batch (PS11), or Excel would read "=x",
      // "+45 …", "00123", "TRUE" or "1-2" as a formula, a number, a boolean or a date.
      for (const run of textRuns(op.values)) {
        // One row array for every row of the run: it is only read, and 500k rows of it were 28 MB of the heap.
        bodyRange(anchor, op.rowIndex + run.row, op.colIndex + run.col, run.rows, 1).numberFormat = new Array<string[]>(
          run.rows,
        ).fill(TEXT_ROW);
      }
      bodyRange(anchor, op.rowIndex, op.colIndex, op.values.length, op.values[0]?.length ?? 1).values = op.values;
      return;
    }
    case "formats":
      bodyRange(anchor, op.rowIndex, op.colIndex, op.formats.length, op.formats[0]?.length ?? 1).numberFormat =
        op.formats;
      return;
    case "fill": {
      const range = bodyRange(anchor, op.rowIndex, op.colIndex, op.rows, 1);
      if (op.color === null) range.format.fill.clear();
      else range.format.fill.color = op.color;
      return;
    }
  }
}

/** Two smaller groups for a retry, or null when the group is one operation on one row. */
function splitGroup(group: readonly WriteOp[]): WriteOp[][] | null {
  if (group.length > 1) {
    const half = Math.ceil(group.length / 2);
    return [group.slice(0, half), group.slice(half)];
  }
  const only = group[0];
  const parts = only === undefined ? null : splitOp(only);
  return parts === null ? null : [[parts[0]], [parts[1]]];
}

function restoreEvents(session: ExcelSession, previous: boolean): Promise<void> {
  // A fresh run: the writing context may be the thing that failed.
  return session.run(async (context) => {
    context.runtime.enableEvents = previous;
    await session.sync(context);
  });
}

/** The body's shape, from the last read or (one more round trip) from Excel. */
async function shapeOf(
  session: ExcelSession,
  context: Excel.RequestContext,
  tableName: string,
  table: Excel.Table,
): Promise<TableShape> {
  const known = session.shapes.get(tableName);
  if (known) return known;
  const body = table.getDataBodyRange().load("rowCount,columnCount");
  const lastRow = body.getLastRow().load("numberFormat");
  await session.sync(context);
  return {
    rowCount: body.rowCount,
    columnCount: body.columnCount,
    lastRowFormats: (lastRow.numberFormat[0] ?? []).map((format) => String(format)),
  };
}

/** The write's batch: events off and calculation suspended per group, one sync per group, split on payload errors. */
async function writeBatch(
  session: ExcelSession,
  context: Excel.RequestContext,
  tableName: string,
  blocks: readonly CellBlock[],
  fills: readonly CellFill[],
  eventsOff: () => void,
  known?: TableShape,
): Promise<TableShape> {
  const table = context.workbook.tables.getItem(tableName);
  const shape = known ?? (await shapeOf(session, context, tableName, table));
  eventsOff();
  const write = (b: readonly CellBlock[], f: readonly CellFill[], s: TableShape) =>
    runGroups(session, context, tableName, planWrite(b, f, s, session.budgetBytes));
  const expected = rowsAfter(blocks, shape);
  const rowCount = await write(blocks, fills, shape);
  if (expected > shape.rowCount && rowCount < expected) {
    const rewrite = (from: number, grown: TableShape) =>
      write(
        blocksFrom(blocks, from),
        fills.filter((f) => f.rowIndex >= from),
        grown,
      );
    // A fresh proxy: `table` may have been first used in a batch that failed (F4).
    const grown = context.workbook.tables.getItem(tableName);
    await ensureGrown(session, context, grown, { actual: rowCount, expected }, rewrite, shape);
  }
  return { ...shape, rowCount: Math.max(shape.rowCount, rowCount, expected) };
}

/**
 * Runs planned groups: one sync each, split and retried on payload errors. Returns the body's row count after the
 * last group (loaded in its sync, after its writes: no extra round trip), -1 when there was nothing to write.
 */
async function runGroups(
  session: ExcelSession,
  context: Excel.RequestContext,
  tableName: string,
  pending: WriteOp[][],
): Promise<number> {
  let rowCount = -1;
  for (let group = pending.shift(); group !== undefined; group = pending.shift()) {
    // Queued in every batch: a batch rejected for its size takes its settings with it.
    context.runtime.enableEvents = false;
    context.application.suspendApiCalculationUntilNextSync();
    // A fresh proxy per group (F4): with the table's shape known from the last read, the first group is the first
    // batch to use the table, and an object first used in a batch that failed is unusable (InvalidObjectPath).
    const table = context.workbook.tables.getItem(tableName);
    const anchor = table.getHeaderRowRange().getCell(0, 0);
    for (const op of group) queueOp(anchor, op);
    const body = pending.length === 0 ? table.getDataBodyRange().load("rowCount") : null;
    try {
      await session.sync(context);
    } catch (error) {
      const parts = isPayloadLimitError(error) ? splitGroup(group) : null;
      if (parts === null) throw error;
      for (let i = parts.length - 1; i >= 0; i--) pending.unshift(parts[i]!); // F2: no spread into a call
      continue;
    }
    session.countSent(group.reduce((sum, op) => sum + opBytes(op), 0));
    if (body) rowCount = body.rowCount;
  }
  return rowCount;
}

/** One write-back whose cells are all at hand: writeCellSlices with one slice. */
export function writeCells(
  session: ExcelSession,
  tableName: string,
  blocks: readonly CellBlock[],
  fills: readonly CellFill[],
): Promise<void> {
  if (blocks.length === 0 && fills.length === 0) return Promise.resolve();
  return writeCellSlices(session, tableName, { count: 1, slice: () => Promise.resolve({ blocks, fills }) });
}

/**
 * One write-back, one `Excel.run`, its slices fetched and written in turn: where the host has ExcelApi 1.20 it runs
 * with `mergeUndoGroup`, so one Ctrl+Z removes the whole write-back, not its last chunk (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities);
 * if Excel refuses the group (UndoNotSupported) the same write runs again without it, its slices fetched again.
 */
export async function writeCellSlices(session: ExcelSession, tableName: string, slices: CellSlices): Promise<void> {
  if (slices.count === 0) return;
  let previousEnableEvents: boolean | undefined;
  const eventsOff = () => {
    previousEnableEvents ??= session.eventsEnabled;
  };
  let end = 0; // the body row the written cells reach
  const write = (options: RunOptions) =>
    session.run(async (context) => {
      let shape: TableShape | undefined; // after the first slice: the table as the slice before left it
      for (let k = 0; k < slices.count; k++) {
        const { blocks, fills } = await slices.slice(k);
        shape = await writeBatch(session, context, tableName, blocks, fills, eventsOff, shape);
        for (const b of blocks) end = Math.max(end, b.rowIndex + b.values.length);
      }
    }, options);
  try {
    const merge = session.isSetSupported("ExcelApi", UNDO_GROUP_SET);
    await write(merge ? { mergeUndoGroup: true } : {}).catch((error: unknown) => {
      if (!merge || errorCode(error) !== "UndoNotSupported") throw error;
      return write({});
    });
    const known = session.shapes.get(tableName);
    if (known) session.shapes.set(tableName, { ...known, rowCount: Math.max(known.rowCount, end) });
  } catch (error) {
    session.shapes.delete(tableName);
    throw error;
  } finally {
    if (previousEnableEvents !== undefined) {
      // Restore even after a failure; if the restore fails too, the write's own error (if any) is the one to report.
      // Never leave the add-in deaf: if this fails, the next run switches events back on, or a timed retry does.
      await restoreEvents(session, previousEnableEvents).catch(() => session.runner.restoreEventsLater());
    }
  }
}
