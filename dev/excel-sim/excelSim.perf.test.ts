/** The sim stays fast enough for 100,000-row tables: each ≤ 5 MB chunk loads or writes well under a second. */
import { createExcelSim } from "./excelSim";

const ROWS = 100_000;
const COLS = 12;
const CHUNK = 10_000;

function rowValues(r: number): (string | number)[] {
  return Array.from({ length: COLS }, (_, c) =>
    c % 3 === 0 ? `K${r}-${c}` : c % 3 === 1 ? r * 0.25 + c : `text ${c}`,
  );
}

describe("excel-sim performance", () => {
  it("writes and reads a 100k × 12 table in 5 MB chunks, each well under a second", async () => {
    const sim = createExcelSim();
    const header = [Array.from({ length: COLS }, (_, c) => `Col ${c}`)];
    const timings: number[] = [];
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRangeByIndexes(0, 0, 1, COLS).values = header;
      const table = sheet.tables.add("A1:L1", true);
      table.name = "Big";
      await context.sync();
      for (let start = 0; start < ROWS; start += CHUNK) {
        const values = Array.from({ length: CHUNK }, (_, i) => rowValues(start + i));
        const t0 = performance.now();
        table
          .getDataBodyRange()
          .getRow(0)
          .getOffsetRange(start, 0)
          .getResizedRange(CHUNK - 1, 0).values = values;
        await context.sync();
        timings.push(performance.now() - t0);
      }
    });
    const read: (string | number | boolean)[][] = [];
    await sim.run(async (context) => {
      const body = context.workbook.tables.getItem("Big").getDataBodyRange();
      for (let start = 0; start < ROWS; start += CHUNK) {
        const t0 = performance.now();
        const part = body
          .getRow(0)
          .getOffsetRange(start, 0)
          .getResizedRange(CHUNK - 1, 0)
          .load("values");
        await context.sync();
        timings.push(performance.now() - t0);
        read.push(...part.values);
      }
    });
    expect(sim.tables()[0]?.bottom).toBe(ROWS);
    expect(read[ROWS - 1]).toEqual(rowValues(ROWS - 1));
    expect(sim.counters().largestRequest).toBeLessThan(5 * 1024 * 1024);
    expect(Math.max(...timings)).toBeLessThan(1000);
  });
});
