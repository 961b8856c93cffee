/**
 * Contract: deleting table rows, as the add-in removes the rows a write-back left blank (rule CD3).
 * TABLEROW_DELETE: https://learn.microsoft.com/javascript/api/excel/excel.tablerow#excel-excel-tablerow-delete-member(1)
 * ("Deletes the row from the table", ExcelApi 1.1); TABLEROWCOLLECTION_GETITEMAT:
 * https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection#excel-excel-tablerowcollection-getitemat-member(1)
 * ("Gets a row based on its position in the collection"). The cells below move up within the table's columns.
 */
import type { createExcelWorkbook } from "../../src/workbook";
import { linesTable } from "./linesTable";

const tableOf = (rows: string[][]) => linesTable(rows);

const body = async (port: ReturnType<typeof createExcelWorkbook>) => (await port.readBody("tblLines")).map((r) => r[0]);

describe("Excel table row delete contract", () => {
  it("TableRow.delete removes the row from the table; rows below move up and the table shrinks", async () => {
    const { sim, port } = await tableOf([
      ["A", "a"],
      ["B", "b"],
      ["C", "c"],
    ]);
    await sim.run(async (context) => {
      context.workbook.tables.getItem("tblLines").rows.getItemAt(1).delete();
      await context.sync();
    });
    expect(await body(port)).toEqual(["A", "C"]);
    expect((await port.getTable("tblLines"))?.rowCount).toBe(2);
  });

  it("rows deleted bottom-up in one batch are the rows their indexes named", async () => {
    const { sim, port } = await tableOf([
      ["A", "a"],
      ["B", "b"],
      ["C", "c"],
      ["D", "d"],
    ]);
    await sim.run(async (context) => {
      const rows = context.workbook.tables.getItem("tblLines").rows;
      rows.getItemAt(3).delete();
      rows.getItemAt(1).delete();
      await context.sync();
    });
    expect(await body(port)).toEqual(["A", "C"]);
  });

  it("an index past the table's rows is an InvalidArgument error", async () => {
    const { sim } = await tableOf([["A", "a"]]);
    await expect(
      sim.run(async (context) => {
        context.workbook.tables.getItem("tblLines").rows.getItemAt(5).delete();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("[CD3] deleteBlankRows deletes only the named rows that are blank now, and says how many", async () => {
    const { port } = await tableOf([
      ["A", "a"],
      ["", ""],
      ["C", "c"],
      ["", ""],
      ["E", "e"],
    ]);
    // Row 2 was named but holds a value now (a person typed into it): it stays.
    expect(await port.deleteBlankRows("tblLines", [1, 2, 3])).toBe(2);
    expect(await body(port)).toEqual(["A", "C", "E"]);
    expect(await port.deleteBlankRows("tblNoSuchTable", [0])).toBe(0);
    expect(await port.deleteBlankRows("tblLines", [])).toBe(0);
  });
});
