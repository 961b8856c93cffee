/** Reading a table body in payload-sized chunks: one sync per chunk, adaptive size, shrink-and-retry. */
import type { ExcelSession } from "./excelSession";
import { abortError, errorCode, isPayloadLimitError, jsonBytes } from "./excelSession";
import type { ColumnSpan, FormatColumns, FormatColumnsOption } from "./formatReads";
import {
  appendColumn,
  collectSpans,
  columnSpans,
  FORMAT_CELL_BYTES,
  plannedSpans,
  queueFormatLoads,
  spanColumns,
} from "./formatReads";
import { findDateCells } from "./dateCells";
import { findErrorCells } from "./errorCells";
import { queueInfo } from "./tableAccess";
import { readWideRow } from "./wideRow";
import type { CellValue, ReadProgress, ReadTableOptions, TableInfo, TableRead } from "./workbookPort";

/** Rows in the first chunk, which also measures how big a row is. */
export const PROBE_ROWS = 100;
/** Rows a table may have grown by since its last read that its first chunk still reads (more take another chunk). */
const GROWTH_ROWS = 64;
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
  return readRows(session, tableName, false, {}, onProgress, signal).then((r) => r?.rows ?? []);
}

/**
 * Header and body together: the first sync finds the table, loads its header and the first chunk, so a
 * table that fits one payload costs one round trip. `null` when the table or its sheet is gone.
 * `options.formatColumns` adds those columns' number formats to the same chunks.
 */
export async function readTable(
  session: ExcelSession,
  tableName: string,
  onProgress?: (p: ReadProgress) => void,
  signal?: AbortSignal,
  options: ReadTableOptions = {},
): Promise<TableRead | null> {
  const r = await readRows(session, tableName, true, options, onProgress, signal);
  if (!r || !r.info) return null;
  const { errorCells, dateCells } = r;
  return {
    info: r.info,
    body: r.rows,
    formats: r.formats,
    ...(errorCells.length > 0 ? { errorCells } : {}),
    ...(dateCells.length > 0 ? { dateCells } : {}),
  };
}

/**
 * Formats of `spans` for body rows [0, rows) in syncs of their own: only when the format columns depend on the
 * header and the header changed since the last read (the first chunk loaded the columns it used to give).
 */
async function backfillFormats(
  session: ExcelSession,
  context: Excel.RequestContext,
  tableName: string,
  spans: readonly ColumnSpan[],
  rows: number,
  formats: FormatColumns,
): Promise<void> {
  // Twice the usual cell estimate: these syncs have no measured row size to go by.
  const step = Math.max(1, Math.floor(session.budgetBytes / (spanColumns(spans).length * 2 * FORMAT_CELL_BYTES)));
  for (let start = 0; start < rows; start += step) {
    const size = Math.min(step, rows - start);
    const loads = queueFormatLoads(context.workbook.tables.getItem(tableName), spans, start, size);
    await session.sync(context);
    session.countReceived(collectSpans(loads, size, formats));
  }
}

interface RowsRead {
  rows: CellValue[][];
  info: TableInfo | null;
  formats: FormatColumns;
  errorCells: [number, number][];
  dateCells: [number, number][];
}

async function readRows(
  session: ExcelSession,
  tableName: string,
  withInfo: boolean,
  options: ReadTableOptions,
  onProgress?: (p: ReadProgress) => void,
  signal?: AbortSignal,
): Promise<RowsRead | null> {
  const formatOption: FormatColumnsOption | undefined = options.formatColumns;
  return session.run(async (context) => {
    const rows: CellValue[][] = [];
    let info: TableInfo | null = null;
    const formats: FormatColumns = new Map();
    // null: the format columns depend on a header not seen yet, so the first chunk loads every column's formats.
    let spans = plannedSpans(formatOption, session.headers.get(tableName));
    const formatCells = (): number => (spans === null ? 0 : spanColumns(spans).length) * FORMAT_CELL_BYTES;
    // A row size remembered from the last read of this table skips the probe chunk (with a margin; a
    // payload error still halves the chunk).
    const hint = session.rowSizeHints.get(tableName);
    let chunk = hint
      ? rowsForBudget(session.budgetBytes, hint.bytesPerRow * 1.25 + formatCells(), hint.columns)
      : PROBE_ROWS;
    // SP7: and by the rows the table had then (a little more, for rows added since), never a budget's worth of the
    // sheet below a small table.
    if (hint?.rowCount !== undefined) chunk = Math.min(chunk, hint.rowCount + GROWTH_ROWS);
    if (spans === null) chunk = Math.min(chunk, PROBE_ROWS);
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
        .load(spans === null ? "values,numberFormat" : "values");
      // Number formats of the chosen columns: same rows, same round trip.
      const formatLoads = spans === null ? [] : queueFormatLoads(table, spans, start, size);
      const body = table.getDataBodyRange().load("rowCount,columnCount");
      const lastRow = start === 0 ? body.getLastRow().load("numberFormat") : null;
      let tooLarge = false;
      try {
        await session.sync(context);
        // Beyond 5,000,000 cells a read may answer null values (F4): too large, like a payload error.
        tooLarge = (range.values as CellValue[][] | null) === null;
      } catch (error) {
        if (errorCode(error) === "ItemNotFound" && start === 0) return null;
        if (!isPayloadLimitError(error)) throw error;
        tooLarge = true;
      }
      if (tooLarge && size > 1) {
        chunk = Math.floor(size / 2);
        continue;
      }
      if (tooLarge) {
        // One row too large for a response (F3): read it in column parts.
        const wide = await readWideRow(session, context, tableName, start, {
          withInfo: withInfo && info === null,
          spans: (got) =>
            spans ?? (got && typeof formatOption === "function" ? columnSpans(formatOption(got.header)) : []),
          formats,
        });
        if (wide.info) {
          info = wide.info;
          session.headers.set(tableName, info.header);
        }
        spans = [...wide.spans];
        // Its shape is not read with it: the write that follows reads the shape itself.
        session.shapes.delete(tableName);
        rows.push(wide.row);
        rowCount = wide.rowCount;
        session.countReceived(wide.bytes);
        onProgress?.({ rowsRead: rows.length, rowCount });
        chunk = 1; // an outlier: the rows after it are sized by their own measure, from one row on
        continue;
      }
      if (readInfo) {
        info = readInfo();
        session.headers.set(tableName, info.header);
      }
      // The body may grow or shrink while we read (a person typing): follow its current size.
      rowCount = body.rowCount;
      if (lastRow) {
        const lastRowFormats = (lastRow.numberFormat[0] ?? []).map((format) => String(format));
        session.shapes.set(tableName, { rowCount, columnCount: body.columnCount, lastRowFormats });
      }
      const got = range.values.slice(0, Math.max(0, rowCount - start));
      for (const row of got) rows.push(row);
      let bytes = jsonBytes(got) + collectSpans(formatLoads, got.length, formats);
      if (typeof formatOption === "function" && readInfo && info) {
        // Now the header is here: the columns it gives are the ones to keep and to load from here on.
        const wanted = columnSpans(formatOption(info.header));
        const keep = new Set(spanColumns(wanted));
        if (spans === null) {
          const grid = range.numberFormat.slice(0, got.length);
          bytes += jsonBytes(grid);
          for (const col of keep) appendColumn(formats, col, grid, col);
        }
        for (const col of [...formats.keys()]) if (!keep.has(col)) formats.delete(col);
        const missing = [...keep].filter((col) => !formats.has(col));
        if (missing.length > 0) {
          await backfillFormats(session, context, tableName, columnSpans(missing), got.length, formats);
        }
        spans = wanted;
      }
      session.countReceived(bytes);
      totalBytes += bytes;
      onProgress?.({ rowsRead: rows.length, rowCount });
      if (got.length === 0) break;
      // Size the next chunk by the larger of the last chunk's and the running average row size.
      bytesPerRow = Math.max(bytes / got.length, totalBytes / rows.length);
      columns = (got[0]?.length ?? 1) + formats.size;
      chunk = rowsForBudget(session.budgetBytes, bytesPerRow, columns);
    }
    if (bytesPerRow > 0) session.rowSizeHints.set(tableName, { bytesPerRow, columns, rowCount: rows.length });
    throwIfAborted(signal);
    // Columns beyond the table (the caller asked for too many) read the sheet beside it: drop them.
    const width = info?.header.length ?? columns;
    for (const col of [...formats.keys()]) if (col >= width) formats.delete(col);
    // Only cells showing an error text get their valueTypes loaded (PS6): usually none, and no round trip.
    const errorCells = withInfo ? await findErrorCells(session, context, tableName, rows) : [];
    const dateColumns = info && options.dateColumns ? options.dateColumns(info.header) : [];
    const dateCells = await findDateCells(session, context, tableName, rows, dateColumns);
    return { rows, info, formats, errorCells, dateCells };
  });
}
