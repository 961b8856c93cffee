/**
 * Schema versions 2 (issue #3) and 3 (issue #4) are frozen, and older databases open with the newest schema
 * keeping all their data.
 */
import Dexie from "dexie";
import { bucketIdOf, createDexieSyncStore, SCHEMA_VERSIONS } from "../../src/store";
import type { SyncStore } from "../../src/store";
import { CampaignDeskDb } from "../../src/store/db";
import { byRowId, logFor, rowOf, rowsOf, segmentOf, unitOf } from "./storeBuilders";

let n = 0;
const stores: SyncStore[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

test("schema version 2 is frozen: the new tables and their primary keys", () => {
  expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
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

test("schema version 3 is frozen: contacts, teams, interactions, segment headers, target groups", () => {
  expect(SCHEMA_VERSIONS[2]?.stores).toEqual({
    contact: "no",
    team: "code",
    teamMember: "rowId",
    interactionGroup: "code",
    interactionTemplate: "code",
    segmentHeader: "no",
    campaignTargetGroup: "campaignNo",
  });
});

test("a version-1 database upgrades to the newest version and keeps every v1 table's rows", async () => {
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
  // Version 5 keeps what a binding saw as a map of row id to hash ("": not known for rows seen before it).
  expect((await store.getBinding("Campaigns"))?.seen).toEqual(Object.fromEntries(campaigns.map((c) => [c.rowId, ""])));
  expect(await store.countRows("salesPrice")).toBe(0);
  expect(await store.countRows("item")).toBe(0);

  // The new tables work on the upgraded database, and the change log keeps counting from v1's entries.
  await store.commit(unitOf("salesPrice", rowsOf("salesPrice", 0, 5)));
  await store.commit(unitOf("item", [rowOf("item", 1)]));
  expect(await store.countRows("salesPrice")).toBe(5);
  const db = new CampaignDeskDb(name);
  try {
    expect(db.verno).toBe(10);
    const log = await db.changeLog.toArray();
    expect(log.map((e) => e.origin)).toEqual(["old", "test", "test"]);
    expect(log.map((e) => e.seq)).toEqual([1, 2, 3]);
  } finally {
    db.close();
  }
});

test("a version-2 database upgrades to the newest version and keeps its items, units and bucketed lines", async () => {
  const name = `upgrade-db-${++n}`;
  const prices = rowsOf("salesPrice", 0, 300);
  const item = rowOf("item", 1);
  const unit = rowOf("itemUnitOfMeasure", 1, { itemNo: item.no });
  const customer = rowOf("customer", 1, { contactNo: "CT000003" });
  // A database as the v2 release left it: its tables written directly, lines in two buckets.
  const old = new Dexie(name);
  for (const v of SCHEMA_VERSIONS.filter((v) => v.version <= 2)) old.version(v.version).stores(v.stores);
  await old.table("item").put(item);
  await old.table("itemUnitOfMeasure").put(unit);
  await old.table("customer").put(customer);
  await old.table("lineBuckets").bulkPut([
    { id: "salesPrice:0", entity: "salesPrice", rows: prices.slice(0, 150) },
    { id: "salesPrice:1", entity: "salesPrice", rows: prices.slice(150) },
  ]);
  await old.table("meta").put({ id: "salesPrice", generation: 4 });
  old.close();

  const store = createDexieSyncStore({ name });
  stores.push(store);
  expect(byRowId(await store.loadRows("salesPrice"))).toEqual(byRowId(prices));
  expect(await store.loadRows("item")).toEqual([item]);
  expect(await store.loadRows("itemUnitOfMeasure")).toEqual([unit]);
  expect((await store.loadReferenceData()).customerByContact.get("CT000003")).toBe(customer.no);

  // The v3 tables start empty and work.
  expect(await store.countRows("contact")).toBe(0);
  expect(await store.countRows("segmentLine")).toBe(0);
  expect(await store.loadRows("segmentHeader")).toEqual([]);
  await store.commit(unitOf("segmentLine", rowsOf("segmentLine", 0, 10)));
  await store.commit(unitOf("contact", rowsOf("contact", 1, 2)));
  expect(await store.countRows("segmentLine")).toBe(10);
  expect(await store.countRows("salesPrice")).toBe(300);
  const db = new CampaignDeskDb(name);
  try {
    expect(db.verno).toBe(10);
    expect((await db.meta.get("salesPrice"))?.generation).toBe(4);
  } finally {
    db.close();
  }
});

test("[ST7] schema version 4 is frozen: activation marks and tombstones", () => {
  expect(SCHEMA_VERSIONS[3]?.stores).toEqual({ campaignActivation: "campaignNo", tombstones: "id" });
});

test("[ST7] a version-3 database upgrades to version 4: segment headers and number series become rows with row ids", async () => {
  const name = `upgrade-db-${++n}`;
  const old = new Dexie(name);
  for (const v of SCHEMA_VERSIONS.filter((v) => v.version <= 3)) old.version(v.version).stores(v.stores);
  const { rowId: _i, rowVersion: _v, rowHash: _h, ...header } = segmentOf(3);
  await old.table("segmentHeader").put(header);
  await old
    .table("numberSeries")
    .put({ code: "CAMPAIGN", startingNo: "CP0001", lastNoUsed: "CP0007", manualNos: true });
  old.close();

  const store = createDexieSyncStore({ name });
  stores.push(store);
  expect(await store.loadRows("segmentHeader")).toEqual([
    { ...header, rowId: "segment-SEG0003", rowVersion: 1, rowHash: "" },
  ]);
  expect(await store.getNumberSeries("CAMPAIGN")).toMatchObject({
    lastNoUsed: "CP0007",
    rowId: "series-CAMPAIGN",
    rowVersion: 1,
  });
  expect(await store.countRows("campaignActivation")).toBe(0);
  expect(await store.loadTombstones("campaign")).toEqual(new Set());
});

test("[ST9] schema version 5 is frozen: row history and the document's files", () => {
  expect(SCHEMA_VERSIONS[4]?.stores).toEqual({ rowHistory: "id", instances: "id" });
});

test("[ST12] version 6 (issue #16) adds logged segments and campaign entries keyed by row id; a v5 database keeps its rows", async () => {
  expect(SCHEMA_VERSIONS[5]?.stores).toEqual({ loggedSegment: "rowId", campaignEntry: "rowId" });
  const name = `upgrade-db-${++n}`;
  const old = new Dexie(name);
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 5)) old.version(v.version).stores(v.stores);
  await old.table("campaign").bulkPut(rowsOf("campaign", 1, 2));
  old.close();

  const store = createDexieSyncStore({ name });
  stores.push(store);
  expect(await store.countRows("campaign")).toBe(2);
  await store.commit(unitOf("campaignEntry", rowsOf("campaignEntry", 1, 2)));
  await store.commit(unitOf("loggedSegment", rowsOf("loggedSegment", 1, 1)));
  await store.commit(unitOf("interactionLogEntry", rowsOf("interactionLogEntry", 1, 3)));
  expect(await store.countRows("interactionLogEntry")).toBe(3);
  const refs = await store.loadReferenceData();
  expect([...refs.campaignEntries.keys()]).toEqual([1, 2]);
  expect(refs.campaignEntryLastNo).toBe(2);
  expect([...refs.loggedSegmentNos]).toEqual(["SEG1"]);
});

test("[ST13] version 7 (issue #17) adds sales cycles, stages, opportunities and their entries; a v6 database keeps its rows", async () => {
  expect(SCHEMA_VERSIONS[6]?.stores).toEqual({
    salesCycle: "code",
    salesCycleStage: "rowId",
    opportunity: "no",
    opportunityEntry: "rowId",
  });
  const name = `upgrade-db-${++n}`;
  const old = new Dexie(name);
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 6)) old.version(v.version).stores(v.stores);
  await old.table("campaignEntry").bulkPut(rowsOf("campaignEntry", 1, 2));
  old.close();

  const store = createDexieSyncStore({ name });
  stores.push(store);
  expect(await store.countRows("campaignEntry")).toBe(2);
  await store.commit(unitOf("salesCycle", rowsOf("salesCycle", 1, 1)));
  await store.commit(unitOf("salesCycleStage", rowsOf("salesCycleStage", 1, 3)));
  await store.commit(unitOf("opportunity", rowsOf("opportunity", 1, 1)));
  await store.commit(unitOf("opportunityEntry", rowsOf("opportunityEntry", 1, 2)));
  const refs = await store.loadReferenceData();
  expect([...refs.salesCycles.keys()]).toEqual(["SC1"]);
  expect(refs.salesCycleStages.get("SC1")?.map((s) => s.stage)).toEqual([1, 2, 3]);
  expect([...refs.activeOpportunityEntries.values()].map((e) => e.entryNo)).toEqual([1]);
  expect(refs.opportunityEntryLastNo).toBe(2);
});

test("[ST14] version 8 (issue #18) adds activities and their steps; tasks go in line buckets; a v7 database keeps its rows", async () => {
  expect(SCHEMA_VERSIONS[7]?.stores).toEqual({ activity: "code", activityStep: "rowId" });
  const name = `upgrade-db-${++n}`;
  const old = new Dexie(name);
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 7)) old.version(v.version).stores(v.stores);
  await old.table("salesCycle").bulkPut(rowsOf("salesCycle", 1, 2));
  old.close();

  const store = createDexieSyncStore({ name });
  stores.push(store);
  expect(await store.countRows("salesCycle")).toBe(2);
  await store.commit(unitOf("activity", rowsOf("activity", 1, 2)));
  await store.commit(unitOf("activityStep", rowsOf("activityStep", 1, 3)));
  await store.commit(unitOf("task", rowsOf("task", 1, 5)));
  expect(await store.countRows("activityStep")).toBe(3);
  expect(await store.countRows("task")).toBe(5);
  const refs = await store.loadReferenceData();
  expect([...refs.activities].sort()).toEqual(["ACT1", "ACT2"]);
});

test("[ST15] version 9 (issue #14) moves a v8 database's campaigns into line buckets and version 10 drops their table", async () => {
  const name = `upgrade-db-${++n}`;
  const old = new Dexie(name);
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 8)) old.version(v.version).stores(v.stores);
  const campaigns = rowsOf("campaign", 1, 300);
  await old.table("campaign").bulkPut(campaigns);
  old.close();

  const store = createDexieSyncStore({ name });
  stores.push(store);
  expect(byRowId(await store.loadRows("campaign"))).toEqual(byRowId(campaigns));
  expect((await store.loadReferenceData()).campaigns.get(campaigns[299]!.no)).toEqual({
    startingDate: campaigns[299]!.startingDate,
    endingDate: campaigns[299]!.endingDate,
  });
  const db = new CampaignDeskDb(name);
  try {
    await db.open();
    expect(db.tables.map((t) => t.name)).not.toContain("campaign");
    const buckets = await db.lineBuckets.where(":id").startsWith("campaign:").toArray();
    // 300 campaigns in far fewer records, each campaign in its row id's bucket.
    expect(buckets.length).toBeLessThan(campaigns.length / 2);
    expect(buckets.flatMap((b) => b.rows).length).toBe(300);
    for (const b of buckets) for (const row of b.rows) expect(bucketIdOf("campaign", row.rowId)).toBe(b.id);
  } finally {
    db.close();
  }
});
