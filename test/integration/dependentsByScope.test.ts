/**
 * Dependents by scope (#14 item 2): a change on one campaign's own sheet wakes the sheets whose rows it changes
 * (the general sheet of the same lines), never another campaign's sheet of the same lines; a campaign edit that
 * keeps every campaign's number and dates wakes none of the sheets that refer to campaigns.
 */
import { C, harnessesPerTest, pastePricingSetup } from "./engineHarness";
import type { Harness } from "./engineHarness";

// A dozen sheets bound and filled on a loaded 2-core machine: a limit, never an assertion on time.
jest.setTimeout(30_000);

const harness = harnessesPerTest();
const line = (code: string, pct: string) => ["Item", code, "", "PCS", "", "0", pct];

async function setUp(): Promise<Harness> {
  const h = await harness("en");
  await h.bindAll();
  await h.paste("campaignStatus", 0, [["PLANNED", "Planned"]]);
  await h.paste("campaign", 0, [
    ["CP0003", "Autumn chairs", "2026-09-01", "2026-11-30", "", "PLANNED"],
    ["CP0004", "Winter tables", "2026-12-01", "2027-01-31", "", "PLANNED"],
  ]);
  await pastePricingSetup(h, 20);
  for (const campaignNo of ["CP0003", "CP0004"]) await h.engine.bind("salesLineDiscount", { campaignNo });
  await h.engine.bind("salesLineDiscount");
  await h.settle();
  return h;
}

/** Reconciles per binding (its sheet's name) from the engine's reports, from now on. */
function countReconciles(h: Harness): Map<string, number> {
  const counts = new Map<string, number>();
  let last = h.engine.getState().lastReport;
  h.engine.subscribe((s) => {
    if (!s.lastReport || s.lastReport === last) return;
    last = s.lastReport;
    const sheet = s.bindings.find((b) => b.id === s.lastReport?.bindingId)?.sheetName ?? "?";
    counts.set(sheet, (counts.get(sheet) ?? 0) + 1);
  });
  return counts;
}

test("[SP3] a paste on one campaign's discount sheet wakes the general sheet, not another campaign's sheet", async () => {
  const h = await setUp();
  const counts = countReconciles(h);
  h.sim.userEdit("Discounts CP0003", 1, 0, [line("I0001", "10"), line("I0002", "20")]);
  await h.settle();
  const stored = (await h.store.loadRows("salesLineDiscount")).filter((l) => l.salesCode === "CP0003");
  expect(stored).toHaveLength(2);
  expect(counts.get("Discounts CP0003")).toBeGreaterThanOrEqual(1);
  // The general sheet shows the new lines: it is woken and shows them.
  expect(counts.get(h.sheetOf("salesLineDiscount"))).toBeGreaterThanOrEqual(1);
  // CP0004's sheet shows none of CP0003's lines: nothing wakes it.
  expect(counts.get("Discounts CP0004")).toBeUndefined();
});

test("[SP5] a campaign's new description wakes no price or discount sheet; new dates wake them and re-date the lines", async () => {
  const h = await setUp();
  h.sim.userEdit("Discounts CP0003", 1, 0, [line("I0001", "10")]);
  await h.settle();
  const counts = countReconciles(h);
  h.sim.userEdit(h.sheetOf("campaign"), 1, C.description, [["Autumn chairs and stools"]]);
  await h.settle();
  const cp3 = (await h.store.loadRows("campaign")).find((c) => c.no === "CP0003");
  expect(cp3?.description).toBe("Autumn chairs and stools");
  expect(counts.get(h.sheetOf("campaign"))).toBeGreaterThanOrEqual(1);
  expect(
    [...counts.keys()].filter((sheet) => sheet.startsWith("Discounts") || sheet === h.sheetOf("salesLineDiscount")),
  ).toEqual([]);
  // New dates are reference data: the lines are re-dated and their sheets woken to show it.
  h.sim.userEdit(h.sheetOf("campaign"), 1, C.end, [["2026-12-15"]]);
  await h.settle();
  const stored = (await h.store.loadRows("salesLineDiscount")).filter((l) => l.salesCode === "CP0003");
  expect(stored.map((l) => l.endingDate)).toEqual(["2026-12-15"]);
  expect(counts.get("Discounts CP0003")).toBeGreaterThanOrEqual(1);
});

test("[SP60] new campaigns wake no sheet whose last check found no issue; a sheet with a line of a campaign not there yet is woken and the line stored", async () => {
  const h = await setUp();
  h.sim.userEdit("Discounts CP0003", 1, 0, [line("I0001", "10")]);
  await h.settle();
  const lineSheets = (counts: Map<string, number>) =>
    [...counts.keys()].filter((sheet) => sheet.startsWith("Discounts") || sheet === h.sheetOf("salesLineDiscount"));
  const campaign = (no: string, row: number) =>
    h.sim.userEdit(h.sheetOf("campaign"), row, 0, [[no, `New ${no}`, "2027-03-01", "2027-03-31", "", "PLANNED"]]);

  const quiet = countReconciles(h);
  campaign("CP0005", 3);
  await h.settle();
  expect((await h.store.loadRows("campaign")).map((c) => c.no)).toContain("CP0005");
  expect(lineSheets(quiet)).toEqual([]);

  // A line of CP0006, which does not exist yet: an error on the general sheet, so a new campaign wakes that sheet.
  const general = h.sheetOf("salesLineDiscount");
  const header = Array.from({ length: 16 }, (_, c) => String(h.sim.cell(general, 0, c).value ?? ""));
  const at = (caption: RegExp) => header.findIndex((text) => caption.test(text));
  const typed = Array.from({ length: at(/Discount %/) + 1 }, () => "");
  typed[at(/^Sales Type$/)] = "Campaign";
  typed[at(/^Sales Code$/)] = "CP0006";
  typed[at(/^Type$/)] = "Item";
  typed[at(/^Code$/)] = "I0002";
  typed[at(/Discount %/)] = "15";
  h.sim.userEdit(general, 2, 0, [typed]);
  await h.settle();
  expect(h.engine.getState().issues.length).toBeGreaterThan(0);
  const woken = countReconciles(h);
  campaign("CP0006", 4);
  await h.settle();
  expect(lineSheets(woken)[0]).toBe(general); // then the sheets showing the line it stored (SP3)
  const stored = (await h.store.loadRows("salesLineDiscount")).filter((l) => l.salesCode === "CP0006");
  expect(stored.map((l) => [l.code, l.lineDiscountPct])).toEqual([["I0002", 15]]);
});
