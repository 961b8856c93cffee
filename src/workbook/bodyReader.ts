/** Reading a table body in payload-sized chunks: one sync per chunk, adaptive size, shrink-and-retry. */
import type { ExcelSession } from "./excelSession";
import { abortError, errorCode, isPayloadLimitError, jsonBytes } from "./excelSession";
import { queueInfo } from "./tableAccess";
import type { CellValue, ReadProgress, TableInfo } from "./workbookPort";

/** Rows in the first chunk, which also measures how big a row is. */
export const PROBE_ROWS = 100;
/** Cells per read stay far below Excel's 5,000,000-cell range limit (beyond it `values` may come back null). */
const MAX_CELLS_PER_READ = 1_000_000;

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) throw abortError();
}

/** Rows per chunk so one response stays within the budget. */
function rowsForBudget(budgetBytes: number, bytesPerRow: number, columns: number): number {
  const byBytes = Math.floor(budgetBytes / Math.max(1, bytesPerRow));
  const byCells = Math.floor(MAX_CELLS_PER_READ / Math.max(1, columns));
  return Math.max(1, Math.min(byBytes, byCells));
}

export function readBody(
  session: ExcelSession,
  tableName: string,
  onProgress?: (p: ReadProgress) => void,
  signal?: AbortSignal,
): Promise<CellValue[][]> {
  return readRows(session, tableName, false, onProgress, signal).then((r) => r?.rows ?? []);
}

/**
 * Header and body together: the first sync finds the table, loads its header and the first chunk, so a
 * table that fits one payload costs one round trip. `null` when the table or its sheet is gone.
 */
export async function readTable(
  session: ExcelSession,
  tableName: string,
  onProgress?: (p: ReadProgress) => void,
  signal?: AbortSignal,
): Promise<{ info: TableInfo; body: CellValue[][] } | null> {
  const r = await readRows(session, tableName, true, onProgress, signal);
  return r && r.info ? { info: r.info, body: r.rows } : null;
}

async function readRows(
  session: ExcelSession,
  tableName: string,
  withInfo: boolean,
  onProgress?: (p: ReadProgress) => void,
  signal?: AbortSignal,
): Promise<{ rows: CellValue[][]; info: TableInfo | null } | null> {
  return session.run(async (context) => {
    const rows: CellValue[][] = [];
    let info: TableInfo | null = null;
    // A row size remembered from the last read of this table skips the probe chunk (with a margin; a
    // payload error still halves the chunk).
    const hint = session.rowSizeHints.get(tableName);
    let chunk = hint ? rowsForBudget(session.budgetBytes, hint.bytesPerRow * 1.25, hint.columns) : PROBE_ROWS;
    let rowCount = Number.POSITIVE_INFINITY;
    let bytesPerRow = 0;
    let totalBytes = 0;
    let columns = 1;
    while (rows.length < rowCount) {
      throwIfAborted(signal);
      const start = rows.length;
      const size = Number.isFinite(rowCount) ? Math.min(chunk, rowCount - start) : chunk;
      // A fresh proxy per chunk: objects first used in a batch that failed are unusable afterwards.
      const table = context.workbook.tables.getItem(tableName);
      const readInfo: (() => TableInfo) | null = withInfo && info === null ? queueInfo(table) : null;
      // Ranges are placed relative to the header, so they follow the table if rows are inserted above it.
      const range = table
        .getHeaderRowRange()
        .getOffsetRange(1 + start, 0)
        .getResizedRange(size - 1, 0)
        .load("values");
      const body = table.getDataBodyRange().load("rowCount,columnCount");
      const lastRow = start === 0 ? body.getLastRow().load("numberFormat") : null;
      try {
        await session.sync(context);
      } catch (error) {
        if (isPayloadLimitError(error) && size > 1) {
          chunk = Math.floor(size / 2);
          continue;
        }
        if (errorCode(error) === "ItemNotFound" && start === 0) return null;
        throw error;
      }
      if (readInfo) info = readInfo();
      // The body may grow or shrink while we read (a person typing): follow its current size.
      rowCount = body.rowCount;
      if (lastRow) {
        const lastRowFormats = (lastRow.numberFormat[0] ?? []).map((format) => String(format));
        session.shapes.set(tableName, { rowCount, columnCount: body.columnCount, lastRowFormats });
      }
      const got = range.values.slice(0, Math.max(0, rowCount - start));
      for (const row of got) rows.push(row);
      const bytes = jsonBytes(got);
      session.countReceived(bytes);
      totalBytes += bytes;
      onProgress?.({ rowsRead: rows.length, rowCount });
      if (got.length === 0) break;
      // Size the next chunk by the larger of the last chunk's and the running average row size.
      bytesPerRow = Math.max(bytes / got.length, totalBytes / rows.length);
      columns = got[0]?.length ?? 1;
      chunk = rowsForBudget(session.budgetBytes, bytesPerRow, columns);
    }
    if (bytesPerRow > 0) session.rowSizeHints.set(tableName, { bytesPerRow, columns });
    throwIfAborted(signal);
    return { rows, info };
  });
}
