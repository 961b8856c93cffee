/**
 * Contract: list data validation as the add-in uses it, run against dev/excel-sim.
 * DV_ARTICLE: https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-data-validation
 * DV_CLASS: https://learn.microsoft.com/en-us/javascript/api/excel/excel.datavalidation
 * LIST: https://learn.microsoft.com/en-us/javascript/api/excel/excel.listdatavalidation
 */
import { createExcelSim, type ExcelSim } from "../../dev/excel-sim";

const SOURCE = '=INDIRECT("tblItems[No.]")';

/** Table "Lines" at A1:B3 (Item, Qty) with a list on the Item body (A2:A3). */
async function linesWithList(): Promise<ExcelSim> {
  const sim = createExcelSim();
  sim.userEdit("Sheet1", 0, 0, [
    ["Item", "Qty"],
    ["1000", "1"],
    ["1001", "2"],
  ]);
  sim.addTableAsUser("Sheet1", "A1:B3", true);
  await sim.run(async (context) => {
    const validation = context.workbook.tables.getItem("Table1").getDataBodyRange().getColumn(0).dataValidation;
    validation.rule = { list: { inCellDropDown: true, source: SOURCE } };
    validation.errorAlert = { showAlert: true, style: "Information", title: "", message: "" };
    await context.sync();
  });
  return sim;
}

describe("Excel data-validation contract", () => {
  it("a list rule and its alert read back, with type List, on every cell of the range", async () => {
    // DV_ARTICLE ("Programmatic control": rule, errorAlert, type is set indirectly by the rule); LIST (source, inCellDropDown).
    const sim = await linesWithList();
    const read = await sim.run(async (context) => {
      const validation = context.workbook.worksheets.getItem("Sheet1").getRange("A2:A3").dataValidation;
      validation.load("type,rule,errorAlert");
      await context.sync();
      return { type: validation.type, rule: validation.rule, alert: validation.errorAlert };
    });
    expect(read).toEqual({
      type: "List",
      rule: { list: { inCellDropDown: true, source: SOURCE } },
      alert: { showAlert: true, style: "Information", title: "", message: "" },
    });
    expect(sim.validationAt("Sheet1", 2, 0)?.list?.source).toBe(SOURCE);
    expect(sim.validationAt("Sheet1", 2, 1)).toBeNull();
  });

  it("a range whose cells differ reads type Inconsistent; clear() leaves None", async () => {
    // DV_CLASS (type: "Inconsistent" when the cells' rules differ; clear(): "Clears the data validation from the current range").
    const sim = await linesWithList();
    const types = await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const mixed = sheet.getRange("A2:B3").dataValidation.load("type");
      await context.sync();
      sheet.getRange("A2:A3").dataValidation.clear();
      const cleared = sheet.getRange("A2:A3").dataValidation.load("type");
      await context.sync();
      return [mixed.type, cleared.type];
    });
    expect(types).toEqual(["Inconsistent", "None"]);
    expect(sim.validationAt("Sheet1", 1, 0)).toBeNull();
  });

  it("a value outside the list stays when a person pastes it or the add-in writes it", async () => {
    // DV_ARTICLE note: validation is triggered only when a person types into a cell, not on copy/paste or
    // when an add-in writes the value. The sim never enforces it (and the add-in uses an Information alert).
    const sim = await linesWithList();
    sim.userEdit("Sheet1", 1, 0, [["NOT-AN-ITEM"], ["ALSO-NOT"]]);
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A3").values = [["WRITTEN"]];
      await context.sync();
    });
    expect([sim.cell("Sheet1", 1, 0).value, sim.cell("Sheet1", 2, 0).value]).toEqual(["NOT-AN-ITEM", "WRITTEN"]);
  });

  it("only Stop, Warning and Information are alert styles", async () => {
    // https://learn.microsoft.com/en-us/javascript/api/excel/excel.datavalidationalertstyle
    const sim = await linesWithList();
    const attempt = sim.run(async (context) => {
      const validation = context.workbook.worksheets.getItem("Sheet1").getRange("A2").dataValidation;
      validation.errorAlert = { showAlert: true, style: "Loud" as never, title: "", message: "" };
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("rows a table grows into get the column's validation; other columns get none", async () => {
    // Excel extends a table column's formatting and validation to new rows as the table auto-expands
    // (AutoExpandListRange, https://learn.microsoft.com/office/vba/api/excel.autocorrect.autoexpandlistrange).
    // The sim copies the last body row's validation, column by column. Verify in Excel.
    const sim = await linesWithList();
    sim.userEdit("Sheet1", 3, 0, [
      ["1002", "3"],
      ["1003", "4"],
    ]);
    await sim.run(async (context) => {
      const below = context.workbook.tables.getItem("Table1").getDataBodyRange().getLastRow().getOffsetRange(1, 0);
      below.values = [["1004", 5]];
      await context.sync();
    });
    expect(sim.tables()[0]?.bottom).toBe(5);
    expect([3, 4, 5].map((r) => sim.validationAt("Sheet1", r, 0)?.list?.source)).toEqual([SOURCE, SOURCE, SOURCE]);
    expect(sim.validationAt("Sheet1", 5, 1)).toBeNull();
    expect(sim.validationAt("Sheet1", 6, 0)).toBeNull();
  });

  it("inserted rows inside the range take its validation; deleted rows take it away", async () => {
    // Excel keeps a validation's range (sqref) over inserted and deleted rows, like any range reference.
    const sim = await linesWithList();
    sim.userInsertRows("Sheet1", 2, 2);
    expect([1, 2, 3, 4].map((r) => sim.validationAt("Sheet1", r, 0) !== null)).toEqual([true, true, true, true]);
    sim.userDeleteRows("Sheet1", 1, 3);
    expect(sim.validationAt("Sheet1", 1, 0)?.type).toBe("List");
    expect(sim.validationAt("Sheet1", 2, 0)).toBeNull();
  });

  it("a saved workbook keeps its data validation", async () => {
    // A workbook file stores data validation with the sheet (Open XML <dataValidations>).
    const sim = await linesWithList();
    const saved = sim.save();
    const reopened = createExcelSim(JSON.parse(JSON.stringify(saved)));
    expect(reopened.save()).toEqual(saved);
    expect(reopened.validationAt("Sheet1", 2, 0)).toEqual(sim.validationAt("Sheet1", 2, 0));
  });
});
