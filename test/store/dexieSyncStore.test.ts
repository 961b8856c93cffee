/**
 * The Dexie store over fake-indexeddb: one transaction per unit of work, deletes before puts,
 * reference data, bindings, the frozen v1 schema.
 */
import Dexie from "dexie";
import { createDexieSyncStore, SCHEMA_VERSIONS } from "../../src/store";
import type { SyncStore, UnitOfWork } from "../../src/store";
import { aCampaign, aSalesperson, aStatus, stored } from "../builders/records";
import { waitUntil } from "../builders/waitUntil";

let n = 0;
let store: SyncStore;
let name: string;
beforeEach(() => {
  name = `test-db-${++n}`;
  store = createDexieSyncStore({ name });
});
afterEach(() => store.close());

const log = {
  at: "2026-01-01T00:00:00Z",
  bindingId: "b1",
  entity: "campaign" as const,
  origin: "test",
  puts: 0,
  deletes: 0,
  keys: [],
};

test("[ST1] a commit stores puts, the binding, the series and one change-log entry together", async () => {
  const a = stored(aCampaign({ no: "CP0001" }), "r1");
  await store.commit({
    entity: "campaign",
    deletes: [],
    puts: [a],
    binding: { id: "b1", entity: "campaign", sheetName: "Campaigns", schemaVersion: 1, seen: { r1: "h1" } },
    numberSeries: {
      ...{ code: "CAMPAIGN", startingNo: "CP0001", lastNoUsed: "CP0001", manualNos: true },
      ...{ rowId: "s1", rowVersion: 1, rowHash: "h" },
    },
    log,
  });
  expect(await store.loadRows("campaign")).toEqual([a]);
  expect((await store.getBinding("b1"))?.seen).toEqual({ r1: "h1" });
  expect((await store.getNumberSeries("CAMPAIGN"))?.lastNoUsed).toBe("CP0001");
});

test("[ST2] deletes run before puts, so two rows can swap keys", async () => {
  const a = stored(aCampaign({ no: "CP0001", description: "A" }), "ra");
  const b = stored(aCampaign({ no: "CP0002", description: "B" }), "rb");
  await store.commit({ entity: "campaign", deletes: [], puts: [a, b], log });
  await store.commit({
    entity: "campaign",
    deletes: ["CP0001", "CP0002"],
    puts: [
      { ...a, no: "CP0002" },
      { ...b, no: "CP0001" },
    ],
    log,
  });
  const rows = await store.loadRows("campaign");
  expect(rows.map((r) => [r.no, r.description]).sort()).toEqual([
    ["CP0001", "B"],
    ["CP0002", "A"],
  ]);
});

test("[ST3] a failing commit stores nothing (one transaction)", async () => {
  const a = stored(aCampaign({ no: "CP0001" }), "r1");
  const person = stored(aSalesperson({ code: "JR" }), "s1");
  const bad = { ...person, code: undefined } as unknown as typeof person; // no primary key → IndexedDB rejects
  const unit: UnitOfWork<"campaign"> = {
    entity: "campaign",
    deletes: [],
    puts: [a],
    cascade: [{ entity: "salesperson", puts: [bad] }],
    log,
  };
  await expect(store.commit(unit)).rejects.toBeTruthy();
  expect(await store.loadRows("campaign")).toEqual([]);
  expect(await store.loadRows("salesperson")).toEqual([]);
});

test("[ST4] reference data lists status codes and salespeople with their blocked flag", async () => {
  await store.commit({
    entity: "campaignStatus",
    deletes: [],
    puts: [stored(aStatus({ code: "ACTIVE" }))],
    log: { ...log, entity: "campaignStatus" },
  });
  await store.commit({
    entity: "salesperson",
    deletes: [],
    puts: [stored(aSalesperson({ code: "JR" })), stored(aSalesperson({ code: "HR", blocked: true }))],
    log: { ...log, entity: "salesperson" },
  });
  const refs = await store.loadReferenceData();
  expect([...refs.statusCodes]).toEqual(["ACTIVE"]);
  expect(refs.salespeople.get("HR")).toEqual({ blocked: true });
  expect(refs.salespeople.get("JR")).toEqual({ blocked: false });
});

test("[ST5] liveRows emits again after a commit", async () => {
  const seen: number[] = [];
  const sub = store.liveRows("campaign").subscribe((rows) => seen.push(rows.length));
  await waitUntil(() => seen.length >= 1);
  await store.commit({ entity: "campaign", deletes: [], puts: [stored(aCampaign())], log });
  await waitUntil(() => seen.includes(1));
  sub.unsubscribe();
  expect(seen[0]).toBe(0);
  expect(seen).toContain(1);
});

test("[ST6] a database made with the frozen v1 schema opens with the current schema and keeps its rows", async () => {
  const v1 = SCHEMA_VERSIONS.find((v) => v.version === 1);
  expect(v1?.stores).toEqual({
    campaignStatus: "code",
    salesperson: "code",
    campaign: "no",
    numberSeries: "code",
    bindings: "id",
    changeLog: "++seq, bindingId",
  });
  store.close();
  const old = new Dexie(name);
  old.version(1).stores(v1!.stores);
  await old.table("campaign").put({ ...aCampaign({ no: "OLD1" }), rowId: "r", rowVersion: 1, rowHash: "h" });
  old.close();
  store = createDexieSyncStore({ name });
  expect((await store.loadRows("campaign")).map((r) => r.no)).toEqual(["OLD1"]);
});
