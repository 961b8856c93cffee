/** Schema version 2 (issue #3) is frozen, and a version-1 database opens with it keeping all its data. */
import Dexie from "dexie";
import { createDexieSyncStore, SCHEMA_VERSIONS } from "../../src/store";
import type { SyncStore } from "../../src/store";
import { CampaignDeskDb } from "../../src/store/db";
import { byRowId, logFor, rowOf, rowsOf, unitOf } from "./storeBuilders";

let n = 0;
const stores: SyncStore[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

test("schema version 2 is frozen: the new tables and their primary keys", () => {
  expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual([1, 2]);
  expect(SCHEMA_VERSIONS[1]?.stores).toEqual({
    itemDiscountGroup: "code",
    customerPriceGroup: "code",
    customerDiscountGroup: "code",
    currency: "code",
    item: "no",
    customer: "no",
    itemUnitOfMeasure: "rowId",
    itemVariant: "rowId",
    lineBuckets: "id",
    meta: "id",
  });
});

test("a version-1 database upgrades to version 2 and keeps every v1 table's rows", async () => {
  const name = `upgrade-db-${++n}`;
  const v1 = SCHEMA_VERSIONS.find((v) => v.version === 1)!;
  const old = new Dexie(name);
  old.version(1).stores(v1.stores);
  const campaigns = rowsOf("campaign", 1, 3);
  await old.table("campaign").bulkPut(campaigns);
  await old.table("campaignStatus").put(rowOf("campaignStatus", 1));
  await old.table("salesperson").put(rowOf("salesperson", 1));
  await old
    .table("numberSeries")
    .put({ code: "CAMPAIGN", startingNo: "CP0001", lastNoUsed: "CP0003", manualNos: true });
  await old.table("bindings").put({
    id: "Campaigns",
    entity: "campaign",
    sheetName: "Campaigns",
    schemaVersion: 1,
    seenRowIds: campaigns.map((c) => c.rowId),
  });
  await old.table("changeLog").add({ ...logFor("campaign"), origin: "old" });
  old.close();

  const store = createDexieSyncStore({ name });
  stores.push(store);
  expect(byRowId(await store.loadRows("campaign"))).toEqual(byRowId(campaigns));
  expect((await store.loadReferenceData()).statusCodes.has(rowOf("campaignStatus", 1).code)).toBe(true);
  expect((await store.getNumberSeries("CAMPAIGN"))?.lastNoUsed).toBe("CP0003");
  expect((await store.getBinding("Campaigns"))?.seenRowIds).toHaveLength(3);
  expect(await store.countRows("salesPrice")).toBe(0);
  expect(await store.countRows("item")).toBe(0);

  // The new tables work on the upgraded database, and the change log keeps counting from v1's entries.
  await store.commit(unitOf("salesPrice", rowsOf("salesPrice", 0, 5)));
  await store.commit(unitOf("item", [rowOf("item", 1)]));
  expect(await store.countRows("salesPrice")).toBe(5);
  const db = new CampaignDeskDb(name);
  try {
    expect(db.verno).toBe(2);
    const log = await db.changeLog.toArray();
    expect(log.map((e) => e.origin)).toEqual(["old", "test", "test"]);
    expect(log.map((e) => e.seq)).toEqual([1, 2, 3]);
  } finally {
    db.close();
  }
});
