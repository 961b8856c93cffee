/**
 * SP62: a write-back of more than one slice stays with the plan worker, and the engine fetches it a slice at a time
 * while it writes Excel, so a 500k-row write-back is never on the UI thread at once. What lands is what the store holds.
 */
import { SYSTEM_COLUMNS } from "../../src/sheets";
import { WRITE_SLICE_CELLS } from "../../src/sync";
import { harnessesPerTest, pastePricingSetup } from "./engineHarness";

const open = harnessesPerTest();
const CP = "CP0003";
const SHEET = `Discounts ${CP}`;
// Three cells are written per new line (id, version, base): a little more than one slice of them.
const LINES = Math.ceil(WRITE_SLICE_CELLS / 3) + 1000;

test("[SP62] a paste of more lines than one slice writes, through the worker: written in slices, each row with the id, version and base the store holds", async () => {
  const slicedWrites: number[] = [];
  const h = await open("en", { worker: true, slicedWrites });
  await h.bindAll();
  await h.paste("campaignStatus", 0, [["PLANNED", "Planned"]]);
  await h.paste("campaign", 0, [[CP, "Autumn chairs", "2026-09-01", "2026-11-30", "", "PLANNED"]]);
  await pastePricingSetup(h, 8);
  await h.engine.bind("salesLineDiscount", { campaignNo: CP });
  await h.settle();
  const lines = Array.from({ length: LINES }, (_, i) => ["Item", `I000${1 + (i % 8)}`, "", "PCS", "", String(i), "10"]);
  h.sim.userEdit(SHEET, 1, 0, lines);
  await h.settle();

  expect(slicedWrites.length).toBe(1);
  expect(slicedWrites[0]).toBeGreaterThan(1);
  const header = Array.from({ length: 16 }, (_, c) => String(h.sim.cell(SHEET, 0, c).value));
  const idCol = header.indexOf(SYSTEM_COLUMNS.rowId.caption.en);
  expect(idCol).toBeGreaterThan(0);
  const stored = new Map(
    (await h.store.loadRows("salesLineDiscount")).filter((r) => r.salesCode === CP).map((r) => [r.rowId, r]),
  );
  expect(stored.size).toBe(LINES);
  for (let r = 1; r <= LINES; r++) {
    const row = stored.get(String(h.sim.cell(SHEET, r, idCol).value));
    expect(row?.minimumQuantity).toBe(r - 1);
    expect(String(h.sim.cell(SHEET, r, idCol + 1).value)).toBe(String(row?.rowVersion));
    expect(String(h.sim.cell(SHEET, r, idCol + 2).value).split(" ")[0]).toBe(row?.rowHash);
  }
});
