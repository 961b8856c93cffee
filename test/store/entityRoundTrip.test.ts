/**
 * Every entity commits and loads back through the store key ENTITY_TABLES names; reference data is
 * filled from what was stored.
 */
import { createDexieSyncStore, ENTITY_TABLES, storeKeyOf } from "../../src/store";
import type { SyncStore } from "../../src/store";
import { ALL_ENTITIES, byRowId, rowOf, rowsOf, unitOf } from "./storeBuilders";

let n = 0;
let name: string;
let store: SyncStore;
beforeEach(() => {
  name = `roundtrip-db-${++n}`;
  store = createDexieSyncStore({ name });
});
afterEach(() => store.close());

test("every bound entity has a store key: the natural key for code/no tables, the row id otherwise", () => {
  expect(Object.keys(ENTITY_TABLES).sort()).toEqual([...ALL_ENTITIES].sort());
  const rowIdKeyed = ALL_ENTITIES.filter((e) => ENTITY_TABLES[e].key === "rowId").sort();
  expect(rowIdKeyed).toEqual([
    "activityStep",
    "campaign",
    "campaignEntry",
    "interactionLogEntry",
    "itemUnitOfMeasure",
    "itemVariant",
    "loggedSegment",
    "opportunityEntry",
    "salesCycleStage",
    "salesLineDiscount",
    "salesPrice",
    "segmentLine",
    "task",
    "teamMember",
  ]);
  expect(ALL_ENTITIES.filter((e) => ENTITY_TABLES[e].chunked).sort()).toEqual([
    "campaign",
    "interactionLogEntry",
    "salesLineDiscount",
    "salesPrice",
    "segmentLine",
    "task",
  ]);
  expect(storeKeyOf("contact", rowOf("contact", 7))).toBe("CT000007");
  expect(storeKeyOf("teamMember", rowOf("teamMember", 7))).toBe("teamMember-r7");
  expect(storeKeyOf("segmentLine", rowOf("segmentLine", 7))).toBe("segmentLine-r7");
  expect(storeKeyOf("campaign", rowOf("campaign", 7))).toBe("campaign-r7");
  expect(storeKeyOf("customer", rowOf("customer", 7))).toBe(rowOf("customer", 7).no);
  expect(storeKeyOf("itemVariant", rowOf("itemVariant", 7))).toBe("itemVariant-r7");
  expect(storeKeyOf("salesPrice", rowOf("salesPrice", 7))).toBe("salesPrice-r7");
});

test.each(ALL_ENTITIES)("%s: commit, load, update, delete by store key, reopen", async (entity) => {
  const rows = rowsOf(entity, 1, 3);
  await store.commit(unitOf(entity, rows));
  expect(byRowId(await store.loadRows(entity))).toEqual(rows);
  expect(await store.countRows(entity)).toBe(3);

  const [first, second, third] = rows;
  const updated = { ...second!, rowVersion: 2, rowHash: "changed" };
  await store.commit(unitOf(entity, [updated], [storeKeyOf(entity, first!)]));
  expect(byRowId(await store.loadRows(entity))).toEqual([updated, third]);
  expect(await store.getRow(entity, storeKeyOf(entity, updated))).toEqual(updated);
  expect(await store.getRow(entity, storeKeyOf(entity, first!))).toBeUndefined();

  store.close();
  store = createDexieSyncStore({ name });
  expect(byRowId(await store.loadRows(entity))).toEqual([updated, third]);
});

test("reference data lists every lookup validation needs, read from the stored rows", async () => {
  const commitAll = async <E extends (typeof ALL_ENTITIES)[number]>(entity: E, count: number) =>
    store.commit(unitOf(entity, rowsOf(entity, 1, count)));
  await commitAll("campaignStatus", 2);
  await commitAll("salesperson", 2);
  await commitAll("itemDiscountGroup", 2);
  await commitAll("customerPriceGroup", 1);
  await commitAll("customerDiscountGroup", 3);
  await commitAll("currency", 2);
  await store.commit(unitOf("item", [rowOf("item", 1, { baseUnitOfMeasure: "PCS", salesUnitOfMeasure: "BOX" })]));
  await store.commit(
    unitOf("itemUnitOfMeasure", [
      rowOf("itemUnitOfMeasure", 1, { itemNo: "I1", code: "PCS", qtyPerUnitOfMeasure: 1 }),
      rowOf("itemUnitOfMeasure", 2, { itemNo: "I1", code: "BOX", qtyPerUnitOfMeasure: 12 }),
      rowOf("itemUnitOfMeasure", 3, { itemNo: "I2", code: "PCS", qtyPerUnitOfMeasure: 1 }),
    ]),
  );
  await store.commit(
    unitOf("itemVariant", [
      rowOf("itemVariant", 1, { itemNo: "I1", code: "RED" }),
      rowOf("itemVariant", 2, { itemNo: "I1", code: "BLUE" }),
    ]),
  );
  await commitAll("customer", 2);
  await store.commit(
    unitOf("campaign", [rowOf("campaign", 1, { startingDate: "2026-05-01", endingDate: "2026-05-31" })]),
  );

  const refs = await store.loadReferenceData();
  expect([...refs.statusCodes].sort()).toEqual(["C00001", "C00002"]);
  expect(refs.salespeople.get("C00002")).toEqual({ blocked: true });
  expect(refs.salespeople.get("C00001")).toEqual({ blocked: false });
  expect([...refs.itemDiscGroups].sort()).toEqual(["C00001", "C00002"]);
  expect([...refs.customerPriceGroups]).toEqual(["C00001"]);
  expect(refs.customerDiscGroups.size).toBe(3);
  expect([...refs.currencies].sort()).toEqual(["C00001", "C00002"]);
  expect(refs.items.get("I1")).toEqual({ baseUnitOfMeasure: "PCS", salesUnitOfMeasure: "BOX" });
  expect([...(refs.itemUnits.get("I1") ?? [])].sort()).toEqual([
    ["BOX", 12],
    ["PCS", 1],
  ]);
  expect(refs.itemUnits.get("I2")?.get("PCS")).toBe(1);
  expect([...(refs.itemVariants.get("I1") ?? [])].sort()).toEqual(["BLUE", "RED"]);
  expect(refs.itemVariants.has("I2")).toBe(false);
  expect([...refs.customers].sort()).toEqual(["K1", "K2"]);
  expect(refs.campaigns.get("CP0001")).toEqual({ startingDate: "2026-05-01", endingDate: "2026-05-31" });
});

test("reference data of an empty store is empty", async () => {
  const refs = await store.loadReferenceData();
  const { campaignEntryLastNo, opportunityEntryLastNo, ...lookups } = refs;
  expect(campaignEntryLastNo).toBe(0);
  expect(opportunityEntryLastNo).toBe(0);
  const sizes = Object.values(lookups).map((v: ReadonlySet<unknown> | ReadonlyMap<unknown, unknown>) => v.size);
  expect(sizes).toHaveLength(26);
  expect(sizes.every((s) => s === 0)).toBe(true);
});
