/**
 * Removing a sheet the add-in made for one campaign once the campaign is deleted (issue #12 item 8): the worksheet
 * holding the table is deleted (`Worksheet.delete()`, ExcelApi 1.1:
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)).
 * A table already gone is no error; a sheet Excel refuses to delete (the last visible one) is kept.
 */
import type { ExcelSession } from "./excelSession";

export function removeSheetOf(session: ExcelSession, tableName: string): Promise<"removed" | "kept"> {
  return session
    .run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(tableName);
      table.load("name");
      await session.sync(context);
      if (table.isNullObject) return "kept" as const;
      table.worksheet.delete();
      await session.sync(context);
      return "removed" as const;
    })
    .catch(() => "kept" as const); // the last visible sheet, or a sheet protected by the person: it stays
}
