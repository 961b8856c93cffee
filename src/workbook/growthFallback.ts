/**
 * Making sure a table grew over the rows written directly below it. Excel grows a table when values land in the row
 * below it (https://learn.microsoft.com/office/dev/add-ins/excel/performance#importing-data-into-tables), but not
 * always: with blank rows in the block it may stop early (office-js #3013, #3191). So after an append the adapter
 * counts the body rows, and when the table fell short it resizes it (`Table.resize`, ExcelApi 1.13, checked with
 * isSetSupported) or, on older hosts, adds the missing rows with `rows.add` and writes them again.
 */
import type { ExcelSession } from "./excelSession";
import { RESIZE_SET } from "./requirementSets";
import type { CellBlock } from "./workbookPort";
import type { TableShape } from "./writePlan";

/** Rows the table should have once `blocks` are written (blocks start inside or directly below it). */
export function rowsAfter(blocks: readonly CellBlock[], shape: TableShape): number {
  return blocks.reduce(
    (end, b) => ((b.values[0]?.length ?? 0) > 0 ? Math.max(end, b.rowIndex + b.values.length) : end),
    shape.rowCount,
  );
}

/**
 * After the writes the table has `actual` body rows where it should have `expected`: make it cover them. `rewrite(from, shape)` writes
 * the write's cells from body row `from` on again, into rows that are now the table's (the caller's own write loop).
 */
export async function ensureGrown(
  session: ExcelSession,
  context: Excel.RequestContext,
  table: Excel.Table,
  { actual, expected }: { actual: number; expected: number },
  rewrite: (from: number, shape: TableShape) => Promise<unknown>,
  shape: TableShape,
): Promise<void> {
  if (actual < 0) {
    // Nothing was written in this run's groups (cannot happen for an append): measure.
    const body = table.getDataBodyRange().load("rowCount");
    await session.sync(context);
    return ensureGrown(session, context, table, { actual: body.rowCount, expected }, rewrite, shape);
  }
  if (actual >= expected) return;
  const header = table.getHeaderRowRange();
  if (session.isSetSupported("ExcelApi", RESIZE_SET)) {
    table.resize(header.getResizedRange(expected, 0));
    await session.sync(context);
    return;
  }
  // rows.add inserts at the end and moves what is below down: clear what we wrote there first, then write it again.
  const columns = shape.columnCount;
  header
    .getOffsetRange(1 + actual, 0)
    .getResizedRange(expected - actual - 1, 0)
    .clear("All");
  const perSync = Math.max(1, Math.floor(session.budgetBytes / (3 * columns + 2)));
  for (let done = actual; done < expected; done += perSync) {
    const n = Math.min(perSync, expected - done);
    table.rows.add(
      undefined,
      Array.from({ length: n }, () => Array.from({ length: columns }, () => "")),
    );
    await session.sync(context);
    session.countSent(n * (3 * columns + 2));
  }
  await rewrite(actual, { ...shape, rowCount: expected });
}
