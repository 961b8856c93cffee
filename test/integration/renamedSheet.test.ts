/**
 * The pane follows a renamed sheet (rule PN11): the binding is found by its table, and the name a person gives the
 * sheet's tab is the one the pane shows once the table is next checked: when the sheet is activated, or the person comes
 * back to the pane from it (no rename event is needed: Worksheet.onNameChanged is ExcelApi 1.17).
 */
import { harnessesPerTest } from "./engineHarness";

const harness = harnessesPerTest();

test("[PN11] a renamed sheet is shown under its new name, and its table keeps syncing", async () => {
  const h = await harness();
  await h.bindAll();
  const old = h.sheetOf("campaign");
  h.sim.userRenameSheet(old, "Autumn campaigns");
  await h.engine.paneFocused(); // the person comes back to the pane
  await h.settle();
  const view = h.engine.getState().bindings.find((b) => b.entity === "campaign");
  expect(view?.sheetName).toBe("Autumn campaigns");
  expect(h.sim.sheetNames()).not.toContain(old);
  await h.paste("campaignStatus", 0, [["PLANNED", "Planned"]]);
  await h.paste("campaign", 0, [["CP0001", "Chairs", "2026-09-01", "2026-11-30", "", "PLANNED"]]);
  expect((await h.store.loadRows("campaign")).map((c) => c.no)).toEqual(["CP0001"]);
  // Binding the entity again finds the renamed sheet: no second "Campaigns" sheet is made.
  await h.engine.bind("campaign");
  await h.settle();
  expect(h.sim.sheetNames().filter((n) => n === old)).toEqual([]);
  expect(h.engine.getState().bindings.filter((b) => b.entity === "campaign")).toHaveLength(1);
});
