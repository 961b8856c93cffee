/** Reference data cached by the store (rule SP4): loaded again only after a commit to a table it is built from. */
import { createDexieSyncStore, emptyReferenceData } from "../../src/store";
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

test("[SP4] a commit reloads only the parts it wrote: campaign entries do not read the contacts again", async () => {
  const parts: string[][] = [];
  const store = createDexieSyncStore({ name, onReferenceLoad: (p) => parts.push([...p]) });
  open.push(store);
  await store.commit(unitOf("contact", rowsOf("contact", 1, 3)));
  const first = await store.loadReferenceData();
  expect(parts).toHaveLength(1);
  expect(parts[0]).toContain("contacts");
  await store.commit(unitOf("campaignEntry", rowsOf("campaignEntry", 1, 2)));
  const second = await store.loadReferenceData();
  expect(parts[1]).toEqual(["log"]);
  expect(second.campaignEntries.size).toBe(2);
  // The contacts part is the one read before, not a copy read again.
  expect(second.contacts).toBe(first.contacts);
  expect(second.contacts.size).toBe(3);
});

test("[SP4] the parts together give every field of reference data", async () => {
  const store = openStore();
  const data = await store.loadReferenceData();
  expect(Object.keys(data).sort()).toEqual(Object.keys(emptyReferenceData()).sort());
});

test("[SP4] a unit that stores no rows of an entity leaves its generation, and so the reference data", async () => {
  const store = openStore();
  await store.commit(unitOf("campaign", rowsOf("campaign", 1, 1)));
  await store.loadReferenceData();
  await store.commit(unitOf("campaign", []));
  await store.loadReferenceData();
  expect(loads).toBe(1);
});
