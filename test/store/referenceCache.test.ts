/** Reference data cached by the store (rule SP4): loaded again only after a commit to a table it is built from. */
import { createDexieSyncStore } from "../../src/store";
import type { SyncStore } from "../../src/store";
import { rowOf, rowsOf, targetGroupOf, unitOf } from "./storeBuilders";

let n = 0;
let name: string;
let loads: number;
const open: SyncStore[] = [];
const openStore = () => {
  const s = createDexieSyncStore({ name, onReferenceLoad: () => loads++ });
  open.push(s);
  return s;
};
beforeEach(() => {
  name = `refcache-db-${++n}`;
  loads = 0;
});
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

test("[SP4] reference data is read once while nothing it is built from changes; lines and series leave it", async () => {
  const store = openStore();
  await store.commit(unitOf("item", rowsOf("item", 1, 3)));
  expect((await store.loadReferenceData()).items.size).toBe(3);
  expect((await store.loadReferenceData()).items.size).toBe(3);
  expect(loads).toBe(1);
  await store.commit(unitOf("salesLineDiscount", rowsOf("salesLineDiscount", 1, 5)));
  await store.commit(unitOf("numberSeries", rowsOf("numberSeries", 1, 1)));
  await store.loadReferenceData();
  expect(loads).toBe(1);
});

test("[SP4] a commit to a reference table, a cascade into one, or target groups loads it again with the new rows", async () => {
  const store = openStore();
  await store.loadReferenceData();
  await store.commit(unitOf("item", rowsOf("item", 1, 2)));
  expect((await store.loadReferenceData()).items.size).toBe(2);
  expect(loads).toBe(2);
  const campaign = rowOf("campaign", 1);
  await store.commit(unitOf("salesPrice", [], [], { cascade: [{ entity: "campaign", puts: [campaign] }] }));
  expect((await store.loadReferenceData()).campaigns.has(campaign.no)).toBe(true);
  expect(loads).toBe(3);
  await store.commit(
    unitOf("campaign", [], [], { targetGroups: { puts: [targetGroupOf(campaign.no, 2)], deletes: [] } }),
  );
  expect((await store.loadReferenceData()).activatedCampaigns.has(campaign.no)).toBe(true);
  expect(loads).toBe(4);
});

test("[SP4] another store instance's commit (another window, the pane's other thread) is seen", async () => {
  const store = openStore();
  const other = openStore();
  await store.commit(unitOf("currency", rowsOf("currency", 1, 1)));
  expect((await store.loadReferenceData()).currencies.size).toBe(1);
  await other.commit(unitOf("currency", rowsOf("currency", 2, 1)));
  expect((await store.loadReferenceData()).currencies.size).toBe(2);
});
