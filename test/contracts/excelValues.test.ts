/**
 * Contract: how Excel stores what is written to Range.values.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values-member
 * ("If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value
 * as a formula"). A cell with the Text number format "@" keeps whatever is entered as text: Microsoft KB 141765
 * "Unexpected behavior with numbers formatted as text" (archived at https://mskb.pkisolutions.com/kb/141765).
 * The JS reference does not say this for Range.values explicitly; the sim applies the same rule to API writes.
 */
import { createExcelSim, type ExcelSim } from "../../dev/excel-sim";
import type { CellValue } from "../../src/workbook/workbookPort";

async function writeAndRead(sim: ExcelSim, numberFormat: string, values: CellValue[][]) {
  return sim.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, values.length, 1);
    range.numberFormat = values.map(() => [numberFormat]);
    range.values = values;
    await context.sync();
    const back = context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, values.length, 1);
    back.load("values,formulas");
    await context.sync();
    return { values: back.values, formulas: back.formulas };
  });
}

describe("Excel cell-value contract", () => {
  it('text starting with "=" stays text in a "@" cell', async () => {
    const sim = createExcelSim();
    const result = await writeAndRead(sim, "@", [["=Discount"], ["00123"], ["TRUE"]]);
    expect(result.values).toEqual([["=Discount"], ["00123"], ["TRUE"]]);
  });

  it('text starting with "=" becomes a formula in a General cell', async () => {
    const sim = createExcelSim();
    const result = await writeAndRead(sim, "General", [["=Discount"]]);
    expect(result.formulas).toEqual([["=Discount"]]);
    expect(result.values).toEqual([["#NAME?"]]);
  });

  it("numeric and boolean text in a General cell becomes a number or a boolean", async () => {
    const sim = createExcelSim();
    const result = await writeAndRead(sim, "General", [["00123"], ["TRUE"], ["12.50"]]);
    expect(result.values).toEqual([[123], [true], [12.5]]);
  });

  it("numbers stay numbers, booleans stay booleans and an empty string clears the cell", async () => {
    const sim = createExcelSim();
    sim.userEdit("Sheet1", 2, 0, [["old"]]);
    const result = await writeAndRead(sim, "General", [[42.25], [false], [""]]);
    expect(result.values).toEqual([[42.25], [false], [""]]);
  });

  it("values whose shape differs from the range are rejected with InvalidArgument", async () => {
    // https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values
    // (the array must have the range's dimensions)
    const sim = createExcelSim();
    const attempt = sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [["only one"]];
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
