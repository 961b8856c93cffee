/** Finding, describing and creating the bound tables. */
import { columnsByCaption, hasColumnRules, queueColumnRules } from "./columnRules";
import type { ExcelSession } from "./excelSession";
import { columnLetters, jsonBytes } from "./excelSession";
import type { TableInfo, TableSpec } from "./workbookPort";

/** Queue the loads that describe a table; call `read()` after the next sync. */
export function queueInfo(table: Excel.Table): () => TableInfo {
  table.load("name");
  table.worksheet.load("name");
  const header = table.getHeaderRowRange().load("values,rowIndex");
  const body = table.getDataBodyRange().load("rowCount");
  return () => ({
    tableName: table.name,
    sheetName: table.worksheet.name,
    header: (header.values[0] ?? []).map((caption) => String(caption)),
    headerRow: header.rowIndex,
    rowCount: body.rowCount,
  });
}

async function loadInfo(session: ExcelSession, context: Excel.RequestContext, table: Excel.Table): Promise<TableInfo> {
  const read = queueInfo(table);
  await session.sync(context);
  const info = read();
  session.countReceived(jsonBytes(info));
  session.headers.set(info.tableName, info.header);
  return info;
}

/** The table and its header, or null when it (or its sheet) is gone. */
export function getTable(session: ExcelSession, tableName: string): Promise<TableInfo | null> {
  return session.run(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(tableName);
    table.load("name");
    await session.sync(context);
    // Methods on a null object fail at sync, so the details come in a second, short round trip.
    if (table.isNullObject) return null;
    return loadInfo(session, context, table);
  });
}

/** Thrown instead of writing a header over cells a person filled. */
export class SheetNotEmptyError extends Error {
  constructor(sheetName: string) {
    super(`Sheet "${sheetName}" already has data where the table would start (A1); nothing was changed.`);
    this.name = "SheetNotEmptyError";
  }
}

/** Excel column width in points for a width in characters (7 px per character + 5 px padding, 0.75 pt per px). */
function widthInPoints(characters: number): number {
  return (characters * 7 + 5) * 0.75;
}

/**
 * An adopted table keeps its header; the spec's column rules are re-applied (one more round trip) to the columns
 * whose captions are still there.
 */
async function adoptTable(
  session: ExcelSession,
  context: Excel.RequestContext,
  table: Excel.Table,
  spec: TableSpec,
): Promise<TableInfo> {
  const info = await loadInfo(session, context, table);
  if (!hasColumnRules(spec)) return info;
  const where = columnsByCaption(spec, info.header);
  const body = table.getDataBodyRange();
  session.countSent(
    queueColumnRules(spec, (index) => {
      const column = where[index] ?? -1;
      return column < 0 ? null : body.getColumn(column);
    }),
  );
  await session.sync(context);
  return info;
}

/**
 * Create the sheet and table of `spec` at A1 with its column rules, or adopt the existing table of that name
 * (its header untouched, its column rules re-applied).
 */
export function ensureTable(session: ExcelSession, spec: TableSpec): Promise<TableInfo> {
  return session.run(async (context) => {
    const existing = context.workbook.tables.getItemOrNullObject(spec.tableName);
    existing.load("name");
    const sheetOrNull = context.workbook.worksheets.getItemOrNullObject(spec.sheetName);
    sheetOrNull.load("name");
    await session.sync(context);
    if (!existing.isNullObject) return adoptTable(session, context, existing, spec);

    const width = spec.columns.length;
    const above = spec.above ?? [];
    const top = above.length > 0 ? above.length + 1 : 0;
    let sheet: Excel.Worksheet;
    if (sheetOrNull.isNullObject) {
      sheet = context.workbook.worksheets.add(spec.sheetName);
      // ExcelApi 1.2; only at creation: a visibility change cannot be undone, and clears Excel's undo stack.
      if (spec.hidden === true) sheet.visibility = "VeryHidden";
    } else {
      sheet = sheetOrNull;
      // Never write a header over a person's cells (e.g. a table converted back to a range).
      const target = sheet.getRangeByIndexes(top, 0, 2, width).load("values");
      await session.sync(context);
      if (target.values.some((row) => row.some((value) => value !== ""))) throw new SheetNotEmptyError(spec.sheetName);
    }

    const captions = spec.columns.map((column) => column.caption);
    const formats = spec.columns.map((column) => column.numberFormat);
    if (above.length > 0) queueSheetText(sheet, 0, 0, above);
    const headerRange = sheet.getRangeByIndexes(top, 0, 1, width);
    headerRange.numberFormat = [captions.map(() => "@")];
    headerRange.values = [captions];
    // The one blank body row a new table has carries the formats ("@" keeps shared text from becoming formulas).
    sheet.getRangeByIndexes(top + 1, 0, 1, width).numberFormat = [formats];
    const table = sheet.tables.add(`A${top + 1}:${columnLetters(width - 1)}${top + 2}`, true);
    table.name = spec.tableName;
    spec.columns.forEach((column, index) => {
      const columnRange = sheet.getRangeByIndexes(top, index, 1, 1);
      if (column.hidden === true) columnRange.columnHidden = true;
      if (column.width !== undefined) columnRange.format.columnWidth = widthInPoints(column.width);
    });
    // Lists and status formats go into the creation batch: no extra round trip.
    const body = table.getDataBodyRange();
    const rulesBytes = queueColumnRules(spec, (index) => (index < width ? body.getColumn(index) : null));
    session.countSent(jsonBytes(captions) * 2 + jsonBytes(formats) + rulesBytes + jsonBytes(above) * 2);
    return loadInfo(session, context, table);
  });
}

/** Queues text cells (number format "@" first, so "=x" stays text) on a sheet; rows may differ in length. */
export function queueSheetText(
  sheet: Excel.Worksheet,
  rowIndex: number,
  colIndex: number,
  rows: readonly (readonly string[])[],
): void {
  const width = rows.reduce((most, r) => Math.max(most, r.length), 1); // F2: no spread of rows into a call
  const values = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
  const range = sheet.getRangeByIndexes(rowIndex, colIndex, values.length, width);
  range.numberFormat = values.map((r) => r.map(() => "@"));
  range.values = values;
}

/** Text cells outside any table (a segment sheet's header lines), in one sync. */
export function writeSheetText(
  session: ExcelSession,
  sheetName: string,
  rowIndex: number,
  colIndex: number,
  rows: readonly (readonly string[])[],
): Promise<void> {
  if (rows.length === 0) return Promise.resolve();
  return session.run(async (context) => {
    queueSheetText(context.workbook.worksheets.getItem(sheetName), rowIndex, colIndex, rows);
    session.countSent(jsonBytes(rows) * 2);
    await session.sync(context);
  });
}
