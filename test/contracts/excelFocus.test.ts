/**
 * Contract: activating and selecting while another workbook has the focus, run against dev/excel-sim.
 * ERRORS: https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 *   ("InactiveWorkbook: the operation failed because multiple workbooks are open and the workbook being called by
 *   this API has lost focus"). Which calls raise it is not listed: the sim raises it for Worksheet.activate and
 *   Range.select (docs/excel-checklist.md).
 * ACTIVATE: https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-activate-member
 */
import { createExcelSim } from "../../dev/excel-sim";

describe("Excel workbook focus contract", () => {
  it("ERRORS: activate and select fail with InactiveWorkbook while the person works in another workbook", async () => {
    const sim = createExcelSim();
    sim.addSheet("Other");
    sim.userFocusThisWorkbook(false);
    const activate = sim.run(async (context) => {
      context.workbook.worksheets.getItem("Other").activate();
      await context.sync();
    });
    const select = sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2").select();
      await context.sync();
    });
    await expect(activate).rejects.toMatchObject({ code: "InactiveWorkbook" });
    await expect(select).rejects.toMatchObject({ code: "InactiveWorkbook" });
    expect(sim.activeSheet()).toBe("Sheet1");
  });

  it("ACTIVATE: back in the workbook, activate shows the sheet and select moves the selection", async () => {
    const sim = createExcelSim();
    sim.addSheet("Other");
    sim.userFocusThisWorkbook(false);
    sim.userFocusThisWorkbook(true);
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Other").activate();
      context.workbook.worksheets.getItem("Other").getRange("C4").select();
      await context.sync();
    });
    expect(sim.selection()).toEqual({ sheetName: "Other", row: 3, col: 2 });
  });
});
