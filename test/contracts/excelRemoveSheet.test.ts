/**
 * Contract: deleting the worksheet that holds a table, as the add-in removes a deleted campaign's own sheets.
 * WORKSHEET_DELETE: https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)
 * ("if the worksheet's visibility is set to VeryHidden, the delete operation will fail with an InvalidOperation
 * exception"); Excel keeps at least one visible sheet in a workbook.
 */
import { createExcelSim } from "../../dev/excel-sim";
import { createExcelWorkbook } from "../../src/workbook";
import type { ExcelRun } from "../../src/workbook";

async function withTable(sheet: string, table: string) {
  const sim = createExcelSim();
  const port = createExcelWorkbook(sim.run as unknown as ExcelRun);
  await port.ensureTable({ sheetName: sheet, tableName: table, columns: [{ caption: "Code", numberFormat: "@" }] });
  return { sim, port };
}

describe("Excel worksheet delete contract", () => {
  it("the sheet holding a table is deleted with its table", async () => {
    const { sim, port } = await withTable("Discounts CP0003", "tblDiscountsCP0003");
    expect(sim.sheetNames()).toContain("Discounts CP0003");
    expect(await port.removeSheetOf("tblDiscountsCP0003")).toBe("removed");
    expect(sim.sheetNames()).not.toContain("Discounts CP0003");
    expect(await port.getTable("tblDiscountsCP0003")).toBeNull();
  });

  it("a table already gone, or the last visible sheet, is kept without an error", async () => {
    const { port } = await withTable("Discounts CP0003", "tblDiscountsCP0003");
    expect(await port.removeSheetOf("tblNoSuchTable")).toBe("kept");
    const only = createExcelSim();
    await only.run(async (context) => {
      context.workbook.tables.add("Sheet1!A1:A2", true).name = "tblOnly";
      await context.sync();
    });
    expect(await createExcelWorkbook(only.run as unknown as ExcelRun).removeSheetOf("tblOnly")).toBe("kept");
    expect(only.sheetNames()).toEqual(["Sheet1"]);
  });

  it("Excel refuses to delete a very hidden sheet", async () => {
    const sim = createExcelSim();
    sim.addSheet("State");
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("State").visibility = "VeryHidden";
      await context.sync();
    });
    await expect(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("State").delete();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });
});
