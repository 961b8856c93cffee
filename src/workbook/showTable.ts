/**
 * Showing a sheet the add-in created or opened: its tab activated and its first empty row selected, so the person
 * sees where the next line goes (and their next Ctrl+V lands there, not on another sheet). Excel refuses with
 * InactiveWorkbook while another workbook has the focus
 * (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 */
import type { ExcelSession } from "./excelSession";
import { errorCode } from "./excelSession";

/** How many rows at the end of the body are read to find where the blank rows start. */
const TAIL_ROWS = 100;

/** The first of the blank rows at the end of the body (0-based), or the row below the body when its last row is used. */
export function firstEmptyRow(tail: readonly (readonly unknown[])[], tailStart: number): number {
  let row = tailStart + tail.length;
  while (row > tailStart && (tail[row - tailStart - 1] ?? []).every((v) => v === "" || v === null)) row -= 1;
  return row;
}

export function showTable(session: ExcelSession, tableName: string): Promise<"shown" | "inactiveWorkbook"> {
  return session
    .run(async (context) => {
      const table = context.workbook.tables.getItem(tableName);
      // One round trip finds the row in the usual cases (a used last row, or a new table's one blank row)...
      const body = table.getDataBodyRange().load("rowCount");
      const last = body.getLastRow().load("values");
      table.worksheet.activate();
      await session.sync(context);
      let target = firstEmptyRow(last.values, body.rowCount - 1);
      if (target < body.rowCount && body.rowCount > 1) {
        // ...a blank last row under others needs the rows above it, to find where the blank rows start.
        const start = Math.max(0, body.rowCount - TAIL_ROWS);
        const tail = table
          .getHeaderRowRange()
          .getOffsetRange(1 + start, 0)
          .getResizedRange(body.rowCount - start - 1, 0)
          .load("values");
        await session.sync(context);
        target = firstEmptyRow(tail.values, start);
      }
      table
        .getHeaderRowRange()
        .getCell(0, 0)
        .getOffsetRange(1 + target, 0)
        .select();
      await session.sync(context);
      return "shown" as const;
    })
    .catch(inactiveWorkbook);
}

/** InactiveWorkbook as an answer; any other error as it was. */
export function inactiveWorkbook(error: unknown): "inactiveWorkbook" {
  if (errorCode(error) === "InactiveWorkbook") return "inactiveWorkbook";
  throw error;
}
