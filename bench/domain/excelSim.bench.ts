/**
 * excel-sim-100k-chunks: the Excel simulator writing and reading a 100,000 × 12 table in 10,000-row chunks
 * (test/fixtures/excelSimScale.ts). One warm-up pass, then timed passes on fresh sims; the target bounds the
 * slowest chunk (one sync).
 */
import { createExcelSim } from "../../dev/excel-sim";
import { SIM_CHUNK, SIM_ROWS, writeAndReadBigTable } from "../../test/fixtures/excelSimScale";
import { quantile, report, round } from "./benchKit";

const PASSES = 2;

test("excel-sim-100k-chunks", async () => {
  await writeAndReadBigTable(createExcelSim()); // warm-up
  const chunkMs: number[] = [];
  let largestRequest = 0;
  for (let pass = 0; pass < PASSES; pass++) {
    const sim = createExcelSim();
    const read = await writeAndReadBigTable(sim, async (sync) => {
      const started = performance.now();
      await sync();
      chunkMs.push(performance.now() - started);
    });
    expect(read).toHaveLength(SIM_ROWS);
    largestRequest = Math.max(largestRequest, sim.counters().largestRequest);
  }
  const max = Math.max(...chunkMs);
  report(
    "excel-sim-100k-chunks",
    max,
    {
      rows: SIM_ROWS,
      chunkRows: SIM_CHUNK,
      chunks: chunkMs.length,
      p50ChunkMs: round(quantile(chunkMs, 0.5)),
      maxChunkMs: round(max),
      largestRequestBytes: largestRequest,
      passes: PASSES,
    },
    { maxMs: 1000 },
  );
});
