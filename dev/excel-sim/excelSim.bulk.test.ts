/**
 * The sim holds 100,000-row tables: a 100k × 12 table written and read back in 10,000-row chunks keeps every
 * value and every request under 5 MB. The time per chunk is measured in bench/domain/excelSim.bench.ts.
 */
import { SIM_ROWS, simRowValues, writeAndReadBigTable } from "../../test/fixtures/excelSimScale";
import { createExcelSim } from "./excelSim";

const ROW_LAST = SIM_ROWS - 1;

describe("excel-sim with 100,000-row tables", () => {
  it("writes and reads a 100k × 12 table in chunks, each request under 5 MB, every value kept", async () => {
    const sim = createExcelSim();
    const read = await writeAndReadBigTable(sim);
    expect(sim.tables()[0]?.bottom).toBe(SIM_ROWS);
    expect(read).toHaveLength(SIM_ROWS);
    expect(read[ROW_LAST]).toEqual(simRowValues(ROW_LAST));
    expect(sim.counters().largestRequest).toBeLessThan(5 * 1024 * 1024);
  }, 120_000);
});
