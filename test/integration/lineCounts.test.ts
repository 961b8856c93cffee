/**
 * The pane's line counts per campaign (issue #14 item 2, rule SP46): counted again when a commit adds, deletes or
 * moves a line, not after a Line Discount % typed on one of 100,000 lines.
 */
import { byCaption, campaignWithDiscountLines, harnessesPerTest } from "./engineHarness";
import type { Harness } from "./engineHarness";

jest.setTimeout(60_000);

const harness = harnessesPerTest();
const CP = "CP0001";
let h: Harness;
const { editAt } = byCaption(() => h);

/** How many times the line counts were taken (each loads the price lines; nothing else here does). */
function countings(): () => number {
  const loads = jest.spyOn(h.store, "loadRows");
  return () => loads.mock.calls.filter(([entity]) => entity === "salesPrice").length;
}

const discountLines = () => h.engine.getState().lineCounts?.salesLineDiscount?.[CP];

test("[SP46] a discount typed on a line keeps the counts without counting again; a deleted line counts again", async () => {
  h = await harness("en");
  const sheet = await campaignWithDiscountLines(h, CP, 12);
  expect(discountLines()).toBe(12);
  const counted = countings();
  await editAt(sheet, 3, "Line Discount %", "17");
  expect((await h.store.loadRows("salesLineDiscount")).some((l) => l.lineDiscountPct === 17)).toBe(true);
  expect(counted()).toBe(0);
  h.sim.userDeleteRows(sheet, 2, 1);
  await h.settle();
  expect(counted()).toBeGreaterThan(0);
  expect(discountLines()).toBe(11);
});
