/**
 * Column growth explained (rule PN13): a value typed right of a table makes Excel grow the table by a column
 * ("Column1") that no schema knows; the pane says so on the sheet's card, the column is kept and never read as data.
 */
import { harnessesPerTest } from "./engineHarness";

const harness = harnessesPerTest();

test("[PN13] a column Excel adds to a table is listed on its binding, kept, and never stored", async () => {
  const h = await harness();
  await h.bindAll();
  await h.paste("campaignStatus", 0, [["PLANNED", "Planned"]]);
  const view = () => h.engine.getState().bindings.find((b) => b.entity === "campaignStatus")!;
  expect(view().extraColumns).toEqual([]);
  const width = (await h.workbook.getTable(view().tableName))!.header.length;
  h.sim.userEdit(h.sheetOf("campaignStatus"), 1, width, [["note"]]);
  await h.settle();
  expect(view().extraColumns).toEqual(["Column1"]);
  expect(h.cell("campaignStatus", 0, width).value).toBe("note"); // kept as typed
  expect((await h.store.loadRows("campaignStatus")).map((r) => r.code)).toEqual(["PLANNED"]);
});
