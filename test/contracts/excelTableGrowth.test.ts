/**
 * Contract: growing a table — by writing below it (and how that goes wrong), by `Table.resize`, by `rows.add` — run
 * against dev/excel-sim.
 * PERFORMANCE: https://learn.microsoft.com/office/dev/add-ins/excel/performance#importing-data-into-tables (write the
 *   values below the table; it grows).
 * Irregular growth: office-js #3013 and #3191 (a block with blank rows written below a table: the table does not grow
 *   over all of it) — the sim's `tableGrowth: "stopsAtBlankRow"`.
 * RESIZE: https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-resize-member-1 (ExcelApi
 *   1.13; "the headers (or the top of the table) must be in the same row").
 * ROWS_ADD: https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection#excel-excel-tablerowcollection-add-member-1
 *   (rows at the end of the table; several rows from ExcelApi 1.4).
 */
import { createExcelSim, type ExcelSimOptions } from "../../dev/excel-sim";

async function tableWithOneRow(options?: ExcelSimOptions) {
  const sim = createExcelSim(undefined, options);
  sim.userEdit("Sheet1", 0, 0, [
    ["Code", "Note"],
    ["A", "1"],
  ]);
  sim.addTableAsUser("Sheet1", "A1:B2", true);
  return sim;
}

/** Writes A, (blank), C in the three rows below the table. */
async function writeWithGap(sim: Awaited<ReturnType<typeof tableWithOneRow>>) {
  await sim.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A3:B5").values = [
      ["B", "2"],
      ["", ""],
      ["C", "3"],
    ];
    await context.sync();
  });
}

const bottom = (sim: Awaited<ReturnType<typeof tableWithOneRow>>) => sim.tables("Sheet1")[0]?.bottom;

describe("Excel table growth contract", () => {
  it("PERFORMANCE: a block written below a table grows it to the block's last non-blank row", async () => {
    const sim = await tableWithOneRow();
    await writeWithGap(sim);
    expect(bottom(sim)).toBe(4);
  });

  it("office-js #3013/#3191: with irregular growth the table stops above the block's first blank row", async () => {
    const sim = await tableWithOneRow({ tableGrowth: "stopsAtBlankRow" });
    await writeWithGap(sim);
    expect(bottom(sim)).toBe(2);
  });

  it("RESIZE: Table.resize takes the table over the rows below its header, keeping their values", async () => {
    const sim = await tableWithOneRow({ tableGrowth: "stopsAtBlankRow" });
    await writeWithGap(sim);
    await sim.run(async (context) => {
      const table = context.workbook.tables.getItem("Table1");
      table.resize(table.getHeaderRowRange().getResizedRange(4, 0));
      await context.sync();
    });
    expect([bottom(sim), sim.cell("Sheet1", 4, 0).value]).toEqual([4, "C"]);
  });

  it("RESIZE: moving the header row is refused with InvalidArgument", async () => {
    const sim = await tableWithOneRow();
    const attempt = sim.run(async (context) => {
      context.workbook.tables.getItem("Table1").resize("A2:B6");
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("ROWS_ADD: rows.add appends rows at the end of the table and moves the cells below it down", async () => {
    const sim = await tableWithOneRow();
    sim.userEdit("Sheet1", 3, 0, [["below"]]);
    await sim.run(async (context) => {
      const rows = context.workbook.tables.getItem("Table1").rows;
      rows.add(undefined, [
        ["X", "9"],
        ["Y", "8"],
      ]);
      rows.load("count");
      await context.sync();
      expect(rows.count).toBe(3);
    });
    expect([bottom(sim), sim.cell("Sheet1", 2, 0).value, sim.cell("Sheet1", 5, 0).value]).toEqual([3, "X", "below"]);
  });
});
