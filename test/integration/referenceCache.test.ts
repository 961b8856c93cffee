/**
 * Reference data cached on the planner's side (#14 item 3, rule SP4): a plan of an unchanged workbook does not
 * load it again; a commit to a table it is built from does, and the next plans see the new rows.
 */
import { harnessesPerTest } from "./engineHarness";

const harness = harnessesPerTest();

/** Every table checked again, its dependents after it, until nothing is left to do. */
async function checkAll(h: Awaited<ReturnType<typeof harness>>) {
  await h.engine.reconcileAll();
  await h.settle();
}

async function setUp() {
  let loads = 0;
  const h = await harness("en", { onReferenceLoad: () => loads++ });
  await h.bindAll();
  await h.paste("campaignStatus", 0, [["PLANNED", "Planned"]]);
  await h.paste("campaign", 0, [["CP0001", "Autumn chairs", "2026-09-01", "2026-11-30", "", "PLANNED"]]);
  return { h, loads: () => loads, reset: () => (loads = 0) };
}

const campaignIssues = (h: Awaited<ReturnType<typeof setUp>>["h"]) => {
  const b = h.engine.getState().bindings.find((x) => x.entity === "campaign");
  return h.engine.getState().issues.filter((i) => i.bindingId === b?.id);
};

test("[SP4] a second plan of an unchanged workbook does not load reference data again", async () => {
  const { h, loads, reset } = await setUp();
  expect(loads()).toBeGreaterThan(0);
  // The first check after the campaign's commit loads it (what it is built from changed) ...
  await checkAll(h);
  reset();
  // ... a second check of the unchanged workbook plans every table again and loads nothing.
  const before = h.engine.getState().reconcileCount;
  await checkAll(h);
  expect(h.engine.getState().reconcileCount - before).toBeGreaterThanOrEqual(3);
  expect(loads()).toBe(0);
});

test("[SP4] a commit to a reference table loads it again, and the next plans see the new rows", async () => {
  const { h, loads, reset } = await setUp();
  // A campaign naming a status the workbook does not have yet: an issue.
  await h.paste("campaign", 1, [["CP0002", "Winter tables", "2026-12-01", "2027-01-31", "", "ACTIVE"]]);
  expect(campaignIssues(h).length).toBeGreaterThan(0);
  reset();
  await h.paste("campaignStatus", 1, [["ACTIVE", "Active"]]);
  expect(loads()).toBeGreaterThan(0);
  // The campaign sheet, validated again with the new status, has no issue left.
  expect(campaignIssues(h)).toEqual([]);
  // Loaded again after what the new status stored; then the unchanged workbook loads nothing.
  await checkAll(h);
  reset();
  await checkAll(h);
  expect(loads()).toBe(0);
});
