/**
 * Contract: defined names and what a drop-down list offers, run against dev/excel-sim.
 * NAMES: https://learn.microsoft.com/javascript/api/excel/excel.nameditemcollection (add, getItem,
 *   getItemOrNullObject: ExcelApi 1.4) and https://learn.microsoft.com/javascript/api/excel/excel.nameditem (formula
 *   settable from ExcelApi 1.7; delete 1.4).
 * STRUCTURED: https://support.microsoft.com/office/using-structured-references-with-excel-tables-f5ed2452-2337-4f71-bed3-c8ae6d2b276e
 *   (a header with a special character such as a period needs double brackets, `Table[[No.]]`; `[ ] # '` are escaped
 *   with an apostrophe; headers are matched as written, so a caption in another language is no match).
 * LISTS: https://support.microsoft.com/office/create-a-drop-down-list-7693307a-59ef-400a-b769-c5402dce407b (a list's
 *   source can be a name) and https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation.
 */
import { createExcelSim, type ExcelSim } from "../../dev/excel-sim";

/** Items at A1:B3 ("No." with a period) and a list cell at D2 with the given source. */
async function withList(source: string): Promise<ExcelSim> {
  const sim = createExcelSim();
  sim.userEdit("Sheet1", 0, 0, [
    ["No.", "Description"],
    ["1000", "Bike"],
    ["1001", "Lamp"],
  ]);
  const table = sim.addTableAsUser("Sheet1", "A1:B3", true);
  await sim.run(async (context) => {
    context.workbook.tables.getItem(table).name = "ItemTable";
    context.workbook.names.add("ItemNos", "=ItemTable[[No.]]");
    context.workbook.worksheets.getItem("Sheet1").getRange("D2").dataValidation.rule = {
      list: { inCellDropDown: true, source },
    };
    await context.sync();
  });
  return sim;
}

const offered = (sim: ExcelSim) => sim.listValuesAt("Sheet1", 1, 3);

describe("Excel names and list sources contract", () => {
  it("NAMES: add, getItem, getItemOrNullObject, formula (set from 1.7), value and delete", async () => {
    const sim = await withList("A,B");
    const seen = await sim.run(async (context) => {
      const names = context.workbook.names;
      const item = names.getItem("itemnos").load("name,formula,value");
      const missing = names.getItemOrNullObject("Nope");
      missing.load("name");
      await context.sync();
      const before = { name: item.name, formula: item.formula, value: item.value, missing: missing.isNullObject };
      item.formula = "=ItemTable[[Description]]";
      names.getItem("ItemNos").load("formula");
      await context.sync();
      names.getItem("ItemNos").delete();
      await context.sync();
      return before;
    });
    expect(seen).toEqual({ name: "ItemNos", formula: "=ItemTable[[No.]]", value: "Sheet1!$A$2:$A$3", missing: true });
    expect(sim.save().names).toBeUndefined();
  });

  it("NAMES: a taken name fails with ItemAlreadyExists, a malformed one with InvalidArgument", async () => {
    const sim = await withList("A,B");
    const add = (name: string) =>
      sim.run(async (context) => {
        context.workbook.names.add(name, "=1");
        await context.sync();
      });
    await expect(add("ITEMNOS")).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await expect(add("A1")).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(add("has space")).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("LISTS: a list whose source is a name offers the column the name refers to", async () => {
    expect(offered(await withList("=ItemNos"))).toEqual(["1000", "1001"]);
  });

  it("STRUCTURED: INDIRECT of a single-bracket reference to a header with a period is #REF!; double brackets work", async () => {
    expect(offered(await withList('=INDIRECT("ItemTable[No.]")'))).toBe("#REF!");
    expect(offered(await withList('=INDIRECT("ItemTable[[No.]]")'))).toEqual(["1000", "1001"]);
    expect(offered(await withList('=INDIRECT("ItemTable[Description]")'))).toEqual(["Bike", "Lamp"]);
  });

  it("STRUCTURED: a caption in another language, or a table that does not exist, is #REF!", async () => {
    expect(offered(await withList('=INDIRECT("ItemTable[[Nr.]]")'))).toBe("#REF!");
    expect(offered(await withList('=INDIRECT("CurrencyTable[[Code]]")'))).toBe("#REF!");
  });

  it("STRUCTURED: escaped brackets, # and apostrophes in a header", async () => {
    const sim = await withList("=Odd");
    sim.userEdit("Sheet1", 0, 1, [["Qty [#'s]"]]);
    await sim.run(async (context) => {
      context.workbook.names.add("Odd", "=ItemTable[[Qty '['#''s']]]");
      await context.sync();
    });
    expect(offered(sim)).toEqual(["Bike", "Lamp"]);
  });

  it("LISTS: a comma list, a range, and a name that refers to #REF!", async () => {
    expect(offered(await withList("Yes,No"))).toEqual(["Yes", "No"]);
    expect(offered(await withList("=$B$2:$B$3"))).toEqual(["Bike", "Lamp"]);
    const sim = await withList("=Broken");
    await sim.run(async (context) => {
      context.workbook.names.add("Broken", "=#REF!");
      await context.sync();
    });
    expect(offered(sim)).toBe("#REF!");
  });
});
