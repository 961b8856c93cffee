/** Reads sized by row count and bytes (issue #14, SP7), over the simulator. */
import { createExcelSim } from "../../dev/excel-sim";
import { createExcelWorkbook } from "../../src/workbook";
import type { ExcelRun, TableSpec } from "../../src/workbook";

const spec: TableSpec = {
  sheetName: "Campaigns",
  tableName: "tblCampaigns",
  columns: Array.from({ length: 10 }, (_, i) => ({ caption: `C${i}`, numberFormat: "@" })),
};

test("[SP7] a 4-row table read again costs one small response, not a row budget's worth of the sheet below it", async () => {
  const sim = createExcelSim();
  const adapter = createExcelWorkbook(sim.run as unknown as ExcelRun);
  await adapter.ensureTable(spec);
  const rows = Array.from({ length: 4 }, (_, r) => Array.from({ length: 10 }, (_, c) => `r${r}c${c}`));
  sim.userEdit("Campaigns", 1, 0, rows);
  await adapter.readTable("tblCampaigns"); // remembers the row size (and, with SP7, the row count)
  const before = sim.counters();
  const read = await adapter.readTable("tblCampaigns");
  const after = sim.counters();
  expect(read?.body).toEqual(rows);
  expect(after.syncs - before.syncs).toBe(1);
  expect(after.bytesReceived - before.bytesReceived).toBeLessThan(8 * 1024);
});

test("[SP7] rows added since the last read are read too, in a chunk of their own when they are many", async () => {
  const sim = createExcelSim();
  const adapter = createExcelWorkbook(sim.run as unknown as ExcelRun);
  await adapter.ensureTable(spec);
  const row = (r: number) => Array.from({ length: 10 }, (_, c) => `r${r}c${c}`);
  sim.userEdit("Campaigns", 1, 0, [row(0), row(1)]);
  await adapter.readTable("tblCampaigns");
  sim.userEdit(
    "Campaigns",
    3,
    0,
    Array.from({ length: 500 }, (_, r) => row(r + 2)),
  );
  const read = await adapter.readTable("tblCampaigns");
  expect(read?.body).toHaveLength(502);
  expect(read?.body[501]).toEqual(row(501));
});
