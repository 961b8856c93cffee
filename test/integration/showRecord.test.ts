/**
 * A price check's line that did not apply links to its row (rule PN15): the engine finds the row by its row id on
 * the campaign's own sheet (else the general sheet) and selects it; a line no bound sheet shows is said to be so.
 */
import { campaignWithDiscountLines, harnessesPerTest } from "./engineHarness";

const harness = harnessesPerTest();

test("[PN15] showRecord selects the line's row on its campaign's sheet, else on the general sheet", async () => {
  const h = await harness();
  const own = await campaignWithDiscountLines(h, "CP0001", 4);
  const stored = await h.store.loadRows("salesLineDiscount");
  const third = h.sim.cell(own, 3, 1).value; // the code of the line in body row 2
  const target = stored.find((l) => l.code === String(third).trim().toUpperCase())!;
  expect(await h.engine.showRecord("salesLineDiscount", target.rowId, "CP0001")).toBe(true);
  expect(h.sim.selection()).toMatchObject({ sheetName: own, row: 3 });
  expect(await h.engine.showRecord("salesLineDiscount", "r-no-such-row", "CP0001")).toBe(false);
  expect(await h.engine.showRecord("salesPrice", target.rowId, "CP0001")).toBe(false); // no price sheet is bound
  await h.engine.bind("salesLineDiscount");
  await h.settle();
  const general = h.sheetOf("salesLineDiscount");
  h.sim.userSelect({ sheetName: own, row: 1, col: 0 });
  expect(await h.engine.showRecord("salesLineDiscount", target.rowId, "")).toBe(true);
  expect(h.sim.selection().sheetName).toBe(general);
});
