/**
 * Finding a row of a bound table by its hidden row id, to show it (a price check's line that did not apply, rule
 * PN15): one column of the body is read (`Range.getColumn`, ExcelApi 1.1:
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getcolumn-member(1)), not the table.
 */
import type { ExcelSession } from "./excelSession";

/** The body row (0-based) whose cell in column `colIndex` is `value`, or -1 (also for a missing table). */
export function rowIndexOf(session: ExcelSession, tableName: string, colIndex: number, value: string): Promise<number> {
  return session
    .run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(tableName);
      await session.sync(context);
      if (table.isNullObject) return -1;
      const column = table.getDataBodyRange().getColumn(colIndex).load("values");
      await session.sync(context);
      return column.values.findIndex((row) => String(row[0] ?? "") === value);
    })
    .catch(() => -1);
}
