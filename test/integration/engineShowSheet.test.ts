/**
 * Sheets the add-in creates or opens come to the front (issue #9, item 9), and a workbook with bound sheets opens
 * the pane for the next person (item 10, auto-open).
 */
import { makeHarness, type Harness } from "./engineHarness";

let h: Harness;
beforeEach(async () => {
  h = await makeHarness();
  await h.bindAll();
  await h.paste("campaignStatus", 0, [["PLANNED", "Planned"]]);
  await h.paste("campaign", 0, [["CP0003", "Spring", "2026-03-01", "2026-03-31", "", "PLANNED"]]);
});
afterEach(() => h.dispose());

const discountsView = () =>
  h.engine.getState().bindings.find((b) => b.entity === "salesLineDiscount" && b.scope?.campaignNo === "CP0003");

test("[XL11] the card's Discounts sheet is activated with its first empty row selected", async () => {
  h.sim.setActiveSheet(h.sheetOf("campaign"));
  await h.engine.bind("salesLineDiscount", { campaignNo: "CP0003" });
  await h.settle();
  const sheet = discountsView()?.sheetName ?? "?";
  expect(h.sim.selection()).toEqual({ sheetName: sheet, row: 1, col: 0 });
});

test("[XL11] opening a sheet that has lines selects the row below them", async () => {
  await h.engine.bind("salesLineDiscount", { campaignNo: "CP0003" });
  await h.settle();
  const sheet = discountsView()?.sheetName ?? "?";
  h.sim.userEdit(sheet, 1, 0, [["Item"], ["Item"]]);
  await h.settle();
  h.sim.setActiveSheet(h.sheetOf("campaign"));
  await h.engine.bind("salesLineDiscount", { campaignNo: "CP0003" });
  await h.settle();
  expect(h.sim.selection()).toEqual({ sheetName: sheet, row: 3, col: 0 });
});

test("[XL11] while another workbook has the focus, the sheet is still created and the pane says why it is not shown", async () => {
  h.sim.userFocusThisWorkbook(false);
  await h.engine.bind("salesLineDiscount", { campaignNo: "CP0003" });
  await h.settle();
  const sheet = discountsView()?.sheetName ?? "?";
  expect(h.sim.sheetNames()).toContain(sheet);
  expect(h.engine.getState().notice).toBe(
    `Another workbook has the focus, so Campaign Desk could not show the sheet ‘${sheet}’. Click into this workbook and try again.`,
  );
  h.sim.userFocusThisWorkbook(true);
  await h.engine.bind("salesLineDiscount", { campaignNo: "CP0003" });
  const cleared = h.engine.getState().notice;
  h.sim.userFocusThisWorkbook(false);
  const [issue] = h.engine
    .getState()
    .issues.concat([{ bindingId: discountsView()?.id ?? "", rowIndex: 0, colIndex: 0 } as never]);
  await h.engine.selectIssue(issue!); // the same explanation for an issue that cannot be selected
  expect({ cleared, again: h.engine.getState().notice }).toEqual({
    cleared: null,
    again: expect.stringContaining("Another workbook has the focus") as unknown,
  });
});

test("[XL11] the message is in Danish for a Danish pane", async () => {
  const da = await makeHarness("da");
  try {
    da.sim.userFocusThisWorkbook(false);
    await da.engine.bind("campaign");
    await da.settle();
    expect(da.engine.getState().notice).toContain("En anden projektmappe har fokus");
  } finally {
    await da.dispose();
  }
});

test("[XL12] binding the first sheet tags the workbook to open the pane with it", async () => {
  const fresh = await makeHarness();
  try {
    const before = fresh.sim.save().settings["Office.AutoShowTaskpaneWithDocument"];
    await fresh.engine.bind("campaign");
    await fresh.settle();
    expect({ before, after: fresh.sim.save().settings["Office.AutoShowTaskpaneWithDocument"] }).toEqual({
      before: undefined,
      after: "true",
    });
  } finally {
    await fresh.dispose();
  }
});
