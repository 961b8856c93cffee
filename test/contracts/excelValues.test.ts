/**
 * Contract: how Excel stores what is written to Range.values.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values-member
 * ("If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value
 * as a formula"). A cell with the Text number format "@" keeps whatever is entered as text: Microsoft KB 141765
 * "Unexpected behavior with numbers formatted as text" (archived at https://mskb.pkisolutions.com/kb/141765).
 * The JS reference does not say this for Range.values explicitly; the sim applies the same rule to API writes.
 */
import { createExcelSim, type ExcelSim } from "../../dev/excel-sim";
import type { CellValue } from "../../src/workbook";

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

  it('"15%" typed or written into a General cell is 0.15 with a percentage format', async () => {
    // Typing a number followed by "%" gives the cell a Percentage format and stores the number divided by 100
    // (Excel 2013 For Dummies, "Playing around with Percent Style"; no Microsoft reference page states it for
    // Range.values, the sim applies the typed-input rule to API strings as it does for dates). "0%" for whole
    // percentages, "0.00%" for decimals: the latter is the sim's choice, verify in Excel.
    const sim = createExcelSim();
    sim.userEdit("Sheet1", 0, 1, [["15%"], ["12.5%"]]);
    const written = await writeAndRead(sim, "General", [["15%"]]);
    expect(written.values).toEqual([[0.15]]);
    expect(sim.cell("Sheet1", 0, 0).numberFormat).toBe("0%");
    expect([sim.cell("Sheet1", 0, 1), sim.cell("Sheet1", 1, 1)].map((c) => [c.value, c.numberFormat])).toEqual([
      [0.15, "0%"],
      [0.125, "0.00%"],
    ]);
  });

  it("a plain number typed into a percentage cell means that many percent; text cells keep the text", async () => {
    // Microsoft KB 215203 (archived at https://mskb.pkisolutions.com/kb/215203): with automatic percent entry (on by
    // default) 1 typed into a Percentage cell is 1 % (0.01); a fraction typed without its leading zero (.1) is 10 %.
    const sim = createExcelSim();
    sim.userEdit("Sheet1", 0, 0, [["15%"]]);
    sim.userEdit("Sheet1", 0, 0, [["20"]]);
    expect(sim.cell("Sheet1", 0, 0)).toMatchObject({ value: 0.2, numberFormat: "0%" });
    sim.userEdit("Sheet1", 0, 0, [[".5"]]);
    expect(sim.cell("Sheet1", 0, 0).value).toBe(0.5);
    const text = await writeAndRead(sim, "@", [["15%"]]);
    expect(text.values).toEqual([["15%"]]);
  });
});
