/**
 * Reading a few body rows by index for an in-body edit (rule SP20), with what the engine's shape check needs, in one
 * sync: the header (captions and sheet row), the body's row and column counts, the row ids of its first and last
 * rows, and the rows asked for with their number formats and value types (so error values and dates in number
 * columns are found as a whole read finds them, PS6 and PS12). It also measures the body for the write that follows.
 */
import { isDateFormat } from "./dateCells";
import type { ExcelSession } from "./excelSession";
import { errorCode, jsonBytes } from "./excelSession";
import type { CellValue, RowsRead } from "./workbookPort";

/** Serials of 2000-01-01 and 2099-12-31 (as dateCells.ts): where a typed date lands. */
const FIRST_SERIAL = 36_526;
const LAST_SERIAL = 73_050;

/** Runs of consecutive indexes: [first, count]. */
function runsOf(indexes: readonly number[]): [number, number][] {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const i of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === i) last[1] += 1;
    else runs.push([i, 1]);
  }
  return runs;
}

export function readRowsAt(
  session: ExcelSession,
  tableName: string,
  indexes: readonly number[],
  idColumn: number,
  dateColumns: readonly number[],
): Promise<RowsRead | null> {
  return session.run(async (context) => {
    const table = context.workbook.tables.getItem(tableName);
    table.worksheet.load("name");
    const header = table.getHeaderRowRange().load("values,rowIndex");
    const body = table.getDataBodyRange().load("rowCount,columnCount");
    const first = body.getCell(0, idColumn).load("values");
    const lastRow = body.getLastRow().load("values,numberFormat");
    const anchor = table.getHeaderRowRange();
    const runs = runsOf(indexes).map(([start, count]) => ({
      start,
      range: anchor
        .getOffsetRange(1 + start, 0)
        .getResizedRange(count - 1, 0)
        .load("values,numberFormat,valueTypes"),
    }));
    try {
      await session.sync(context);
    } catch (error) {
      if (errorCode(error) === "ItemNotFound") return null;
      throw error;
    }
    const rowCount = body.rowCount;
    const lastValues = (lastRow.values[0] ?? []) as CellValue[];
    session.shapes.set(tableName, {
      rowCount,
      columnCount: body.columnCount,
      lastRowFormats: (lastRow.numberFormat[0] ?? []).map((f) => String(f)),
    });
    const read: RowsRead = {
      sheetName: table.worksheet.name,
      header: (header.values[0] ?? []).map((caption) => String(caption)),
      headerRow: header.rowIndex,
      rowCount,
      columnCount: body.columnCount,
      edgeIds: [(first.values[0]?.[0] ?? "") as CellValue, lastValues[idColumn] ?? ""],
      rows: [],
      errorCells: [],
      dateCells: [],
    };
    for (const { start, range } of runs) collectRun(read, start, range, dateColumns);
    session.countReceived(jsonBytes(read.rows.map((r) => r.cells)) + jsonBytes(read.header));
    return read;
  });
}

/** The rows of one run (those inside the body), with their error cells and dates in number columns. */
function collectRun(read: RowsRead, start: number, range: Excel.Range, dateColumns: readonly number[]): void {
  range.values.forEach((cells, k) => {
    const index = start + k;
    if (index >= read.rowCount) return;
    const formats = (range.numberFormat[k] ?? []).map((f) => String(f));
    const types = range.valueTypes[k] ?? [];
    cells.forEach((_, c) => {
      if (String(types[c]) === "Error") read.errorCells.push([index, c]);
    });
    for (const c of dateColumns) {
      const v = cells[c];
      const serial = typeof v === "number" && v % 1 === 0 && v >= FIRST_SERIAL && v <= LAST_SERIAL;
      if (serial && isDateFormat(formats[c] ?? "")) read.dateCells.push([index, c]);
    }
    read.rows.push({ index, cells: cells as CellValue[], formats });
  });
}
