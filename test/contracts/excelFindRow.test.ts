/**
 * Contract: reading one column of a table's body, as the add-in finds a row by its hidden row id (rule PN15).
 * RANGE_GETCOLUMN: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getcolumn-member(1)
 * ("Gets a column contained in the range", ExcelApi 1.1); TABLE_GETDATABODYRANGE:
 * https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-getdatabodyrange-member(1).
 */
import { linesTable } from "./linesTable";

test("[PN15] a body column's values come back one per row; rowIndexOf finds a value's row, -1 when absent", async () => {
  const { sim, port } = await linesTable(
    [
      ["A", "r1"],
      ["B", "r2"],
      ["C", "r3"],
    ],
    ["Code", "Row Id"],
  );
  const values = await sim.run(async (context) => {
    const column = context.workbook.tables.getItem("tblLines").getDataBodyRange().getColumn(1).load("values");
    await context.sync();
    return column.values;
  });
  expect(values).toEqual([["r1"], ["r2"], ["r3"]]);
  expect(await port.rowIndexOf("tblLines", 1, "r3")).toBe(2);
  expect(await port.rowIndexOf("tblLines", 1, "r9")).toBe(-1);
  expect(await port.rowIndexOf("tblMissing", 1, "r1")).toBe(-1);
});
