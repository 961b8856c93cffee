/**
 * One body row too large for one response (F3): a row of long CJK or emoji text in many columns can pass the 5 MB
 * payload limit on its own. It is read in column parts, each halved on a size error until it fits, with its
 * formats (the format columns chosen, at most one cell each) in a sync of their own.
 */
import type { ExcelSession } from "./excelSession";
import { isPayloadLimitError, jsonBytes } from "./excelSession";
import type { ColumnSpan, FormatColumns } from "./formatReads";
import { collectSpans, queueFormatLoads } from "./formatReads";
import { queueInfo } from "./tableAccess";
import type { CellValue, TableInfo } from "./workbookPort";

export interface WideRow {
  row: CellValue[];
  /** The body's row count, and the table's info when it was asked for. */
  rowCount: number;
  info: TableInfo | null;
  /** Response bytes of the row's parts and formats. */
  bytes: number;
  /** The format columns read with it. */
  spans: readonly ColumnSpan[];
}

/** Thrown when a single cell is too large to read (Excel caps a cell at 32,767 characters, so never in practice). */
function cellTooLarge(rowIndex: number, col: number): Error {
  const error = new Error(`Body row ${rowIndex}, column ${col} is too large to read.`);
  error.name = "CellTooLarge";
  return error;
}

/** Values of body row `rowIndex`, columns [col, col + width), or null when Excel answered with no values. */
async function readPart(
  session: ExcelSession,
  context: Excel.RequestContext,
  tableName: string,
  at: { rowIndex: number; col: number; width: number },
): Promise<CellValue[] | null> {
  // A fresh proxy per part: an object first used in a batch that failed is unusable afterwards.
  const range = context.workbook.tables
    .getItem(tableName)
    .getHeaderRowRange()
    .getCell(0, at.col)
    .getOffsetRange(1 + at.rowIndex, 0)
    .getResizedRange(0, at.width - 1)
    .load("values");
  try {
    await session.sync(context);
  } catch (error) {
    if (isPayloadLimitError(error)) return null;
    throw error;
  }
  return (range.values as CellValue[][] | null)?.[0] ?? null;
}

/** Reads body row `rowIndex` in column parts; `spans` are the format columns to add to `formats` for it. */
export async function readWideRow(
  session: ExcelSession,
  context: Excel.RequestContext,
  tableName: string,
  rowIndex: number,
  options: {
    withInfo: boolean;
    /** The format columns, given the table's info when it was asked for (the header they may depend on). */
    spans: (info: TableInfo | null) => readonly ColumnSpan[];
    formats: FormatColumns;
  },
): Promise<WideRow> {
  const table = context.workbook.tables.getItem(tableName);
  const body = table.getDataBodyRange().load("rowCount,columnCount");
  const readInfo = options.withInfo ? queueInfo(table) : null;
  await session.sync(context);
  const info = readInfo ? readInfo() : null;
  const columns = body.columnCount;
  const row: CellValue[] = [];
  let part = Math.max(1, Math.ceil(columns / 2));
  let bytes = info ? jsonBytes(info) : 0;
  while (row.length < columns) {
    const col = row.length;
    const width = Math.min(part, columns - col);
    const values = await readPart(session, context, tableName, { rowIndex, col, width });
    if (values === null) {
      if (width === 1) throw cellTooLarge(rowIndex, col);
      part = Math.ceil(width / 2);
      continue;
    }
    for (const v of values) row.push(v);
    bytes += jsonBytes(values);
  }
  const spans = options.spans(info);
  if (spans.length > 0) {
    const loads = queueFormatLoads(context.workbook.tables.getItem(tableName), spans, rowIndex, 1);
    await session.sync(context);
    bytes += collectSpans(loads, 1, options.formats);
  }
  return { row, rowCount: body.rowCount, info, bytes, spans };
}
