/**
 * Contract: Excel on the web limits each request and each response to 5 MB.
 * https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization
 * ("Excel add-ins": payload size limit for requests and responses, RequestPayloadSizeLimitExceeded /
 * ResponsePayloadSizeLimitExceeded) and https://learn.microsoft.com/en-us/office/dev/add-ins/excel/performance.
 */
import { createExcelSim } from "../../dev/excel-sim";

const MB = 1024 * 1024;

/** Rows of `width` text cells of `cellChars` characters each. */
function block(rows: number, width: number, cellChars: number): string[][] {
  const text = "x".repeat(cellChars);
  return Array.from({ length: rows }, () => Array.from({ length: width }, () => text));
}

describe("Excel payload-limit contract", () => {
  it("a request over 5 MB is rejected with RequestPayloadSizeLimitExceeded and changes nothing", async () => {
    // resource-limits-and-performance-optimization: requests over the payload limit fail.
    const sim = createExcelSim();
    const values = block(6000, 10, 100); // ≈ 6.3 MB of JSON
    const attempt = sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, 6000, 10).values = values;
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(sim.cell("Sheet1", 0, 0).value).toBe("");
    expect(sim.counters().largestRequest).toBeGreaterThan(5 * MB);
  });

  it("the same data written in chunks under 5 MB each is accepted", async () => {
    // https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-large (split large ranges)
    const sim = createExcelSim();
    const values = block(6000, 10, 100);
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      for (const start of [0, 3000]) {
        sheet.getRangeByIndexes(start, 0, 3000, 10).values = values.slice(start, start + 3000);
        await context.sync();
      }
    });
    expect(sim.cell("Sheet1", 5999, 9).value).toBe("x".repeat(100));
    expect(sim.counters().largestRequest).toBeLessThanOrEqual(5 * MB);
    expect(sim.counters().syncs).toBe(2);
  });

  it("a response over 5 MB is rejected with ResponsePayloadSizeLimitExceeded", async () => {
    // resource-limits-and-performance-optimization: responses have the same limit.
    const sim = createExcelSim();
    const values = block(3000, 10, 100);
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRangeByIndexes(0, 0, 3000, 10).values = values;
      await context.sync();
      sheet.getRangeByIndexes(3000, 0, 3000, 10).values = values;
      await context.sync();
    });
    const attempt = sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:J6000").load("values");
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("request bytes grow with every value written", async () => {
    // https://learn.microsoft.com/en-us/office/dev/add-ins/excel/performance (payload grows with values written)
    const sim = createExcelSim();
    const write = async (cellChars: number) => {
      sim.resetCounters();
      await sim.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = block(2, 2, cellChars);
        await context.sync();
      });
      return sim.counters().bytesSent;
    };
    const small = await write(10);
    const large = await write(1010);
    expect(large - small).toBeGreaterThanOrEqual(4 * 1000);
  });
});
