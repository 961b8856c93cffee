/**
 * Removing the rows a write-back left blank (issue #12 item 8): a row deleted elsewhere — a campaign's lines deleted
 * with it, a conflict resolved by deleting — is first cleared, and then its table row is deleted so no blank banded
 * row stays behind. `TableRow.delete()` (ExcelApi 1.1,
 * https://learn.microsoft.com/javascript/api/excel/excel.tablerow#excel-excel-tablerow-delete-member(1)) is used
 * rather than `TableRowCollection.deleteRowsAt` (ExcelApiOnline only). Rows are read first and only those still blank
 * are deleted — a person may have typed into one meanwhile — from the bottom up, so the indexes above stay right.
 */
import type { ExcelSession } from "./excelSession";

/** Rows checked and deleted per round trip pair: the row reads and delete calls stay far below the payload limit. */
const ROWS_PER_BATCH = 1_000;

interface Run {
  start: number;
  count: number;
}

/** Consecutive indexes as runs, the lowest first. */
function runsOf(indexes: readonly number[]): Run[] {
  const sorted = [...new Set(indexes)].filter((i) => Number.isInteger(i) && i >= 0).sort((a, b) => a - b);
  const runs: Run[] = [];
  for (const i of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.count === i) last.count += 1;
    else runs.push({ start: i, count: 1 });
  }
  return runs;
}

/** Batches of at most ROWS_PER_BATCH rows, the bottom batch first. */
function batchesOf(runs: readonly Run[]): Run[][] {
  const batches: Run[][] = [];
  let batch: Run[] = [];
  let rows = 0;
  for (const run of [...runs].reverse()) {
    for (let end = run.start + run.count; end > run.start;) {
      const take = Math.min(end - run.start, ROWS_PER_BATCH - rows);
      batch.push({ start: end - take, count: take });
      rows += take;
      end -= take;
      if (rows === ROWS_PER_BATCH) {
        batches.push(batch);
        batch = [];
        rows = 0;
      }
    }
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

const isBlank = (row: readonly unknown[]) => row.every((v) => v === "" || v === null);

/** Deletes the body rows at `rowIndexes` that are blank now; returns how many went. A missing table deletes none. */
export function deleteBlankRows(
  session: ExcelSession,
  tableName: string,
  rowIndexes: readonly number[],
): Promise<number> {
  const batches = batchesOf(runsOf(rowIndexes));
  if (batches.length === 0) return Promise.resolve(0);
  session.shapes.delete(tableName); // the body shrinks: the next write measures it again
  return session.run(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(tableName);
    const body = table.getDataBodyRange().load("rowCount");
    await session.sync(context);
    if (table.isNullObject) return 0;
    let deleted = 0;
    for (const batch of batches) {
      const inBody = batch.filter((run) => run.start + run.count <= body.rowCount);
      const ranges = inBody.map((run) =>
        body
          .getRow(run.start)
          .getResizedRange(run.count - 1, 0)
          .load("values"),
      );
      await session.sync(context);
      for (let k = 0; k < inBody.length; k++) {
        const run = inBody[k]!;
        const values = ranges[k]!.values;
        for (let i = run.count - 1; i >= 0; i--) {
          if (!isBlank(values[i] ?? [])) continue;
          table.rows.getItemAt(run.start + i).delete();
          deleted += 1;
        }
      }
      await session.sync(context);
    }
    return deleted;
  });
}
