/**
 * Contract: one range read holds at most 5,000,000 cells.
 * https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization
 * ("Excel add-ins": a range read is limited to five million cells; beyond that the read may fail, or `values` may
 * come back null) and https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-large
 * (read a large range in smaller parts). https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling
 * lists `RangeExceedsLimit` (see also shared/design/office-addin-research.md C.5). The simulator answers with that
 * error by default, or with null values.
 */
import { createExcelSim } from "../../dev/excel-sim";

/** Loads `values` of A1 resized to rows × cols on an empty sheet. */
function readValues(sim: ReturnType<typeof createExcelSim>, rows: number, cols: number) {
  return sim.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, rows, cols).load("values");
    await context.sync();
    return range.values as unknown[][] | null;
  });
}

describe("[F4] Excel's 5,000,000-cell range-read contract", () => {
  it("a read of more than 5,000,000 cells fails with RangeExceedsLimit", async () => {
    await expect(readValues(createExcelSim(), 100_001, 50)).rejects.toMatchObject({ code: "RangeExceedsLimit" });
  });

  it("where the host answers null instead, values of a read over the limit are null", async () => {
    const sim = createExcelSim(undefined, { largeRangeReads: "null" });
    expect(await readValues(sim, 100_001, 50)).toBeNull();
  });

  it("the same cells read in parts within the limit arrive", async () => {
    const sim = createExcelSim(undefined, { readCellLimit: 1_000 });
    await expect(readValues(sim, 21, 50)).rejects.toMatchObject({ code: "RangeExceedsLimit" });
    expect(await readValues(sim, 20, 50)).toHaveLength(20);
  });
});
