/**
 * SP62: a write-back of more than one slice stays with the plan worker, and the engine fetches it a slice at a time
 * while it writes Excel, so a 500k-row write-back is never on the UI thread at once. What lands is what the store holds.
 */
import { SYSTEM_COLUMNS } from "../../src/sheets";
import { WRITE_SLICE_CELLS } from "../../src/sync";
import { campaignWithDiscountLines, harnessesPerTest } from "./engineHarness";

const open = harnessesPerTest();
const CP = "CP0003";
// At least three cells are written per new line (id, version, base): a little more than one slice of them.
const LINES = Math.ceil(WRITE_SLICE_CELLS / 3) + 1000;

test("[SP62] a paste of more lines than one slice writes, through the worker: written in slices, each row with the id, version and base the store holds", async () => {
  const slicedWrites: number[] = [];
  const h = await open("en", { worker: true, slicedWrites });
  const sheet = await campaignWithDiscountLines(h, CP, LINES);

  expect(slicedWrites.length).toBe(1);
  expect(slicedWrites[0]).toBeGreaterThan(1);
  const header = Array.from({ length: 16 }, (_, c) => String(h.sim.cell(sheet, 0, c).value));
  const idCol = header.indexOf(SYSTEM_COLUMNS.rowId.caption.en);
  expect(idCol).toBeGreaterThan(0);
  const stored = new Map(
    (await h.store.loadRows("salesLineDiscount")).filter((r) => r.salesCode === CP).map((r) => [r.rowId, r]),
  );
  expect(stored.size).toBe(LINES);
  for (let r = 1; r <= LINES; r++) {
    const row = stored.get(String(h.sim.cell(sheet, r, idCol).value));
    // The row's own line: the code and minimum quantity the sheet shows after the write-back are the stored ones.
    expect(h.sim.cell(sheet, r, 1).value).toBe(row?.code);
    expect(h.sim.cell(sheet, r, 5).value).toBe(row?.minimumQuantity);
    expect(String(h.sim.cell(sheet, r, idCol + 1).value)).toBe(String(row?.rowVersion));
    expect(String(h.sim.cell(sheet, r, idCol + 2).value).split(" ")[0]).toBe(row?.rowHash);
  }
});
