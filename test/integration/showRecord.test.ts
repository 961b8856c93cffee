/**
 * A price check's line that did not apply links to its row (rule PN15): the engine finds the row by its row id on
 * the campaign's own sheet (else the general sheet) and selects it; a line no bound sheet shows is said to be so.
 */
import { campaignDiscountLines } from "../../dev/host/pricingFixture";
import { harnessesPerTest, pastePricingSetup } from "./engineHarness";

const harness = harnessesPerTest();

test("[PN15] showRecord selects the line's row on its campaign's sheet, else on the general sheet", async () => {
  const h = await harness();
  await h.bindAll();
  await h.paste("campaignStatus", 0, [["PLANNED", "Planned"]]);
  await h.paste("campaign", 0, [["CP0001", "Chairs", "2026-09-01", "2026-11-30", "", "PLANNED"]]);
  await pastePricingSetup(h, 5);
  await h.engine.bind("salesLineDiscount", { campaignNo: "CP0001" });
  await h.settle();
  const own = h.engine.getState().bindings.find((b) => b.scope?.campaignNo === "CP0001")!.sheetName;
  const lines = campaignDiscountLines("CP0001", 4, 0, 5)
    .tsv.split("\r\n")
    .map((l) => l.split("\t"));
  h.sim.userEdit(own, 1, 0, lines);
  await h.settle();
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
