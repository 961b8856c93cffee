/** Binding records kept by the store instance (rule SP22): read again only after a write of the record, from any instance. */
import Dexie from "dexie";
import { createDexieSyncStore } from "../../src/store";
import type { BindingRecord, SyncStore } from "../../src/store";
import { rowsOf, unitOf } from "./storeBuilders";

let n = 0;
let name: string;
const open: SyncStore[] = [];
let partWrites: string[] = [];
const openStore = () => {
  const s = createDexieSyncStore({ name, onSeenPartWrite: (key) => partWrites.push(key) });
  open.push(s);
  return s;
};
beforeEach(() => {
  name = `bindingcache-db-${++n}`;
  partWrites = [];
});
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

const record = (seen: Record<string, string>): BindingRecord => ({
  id: "b1",
  entity: "salesLineDiscount",
  sheetName: "Discounts",
  schemaVersion: 1,
  seen,
});

test("[SP22] a binding's record is read once while nobody writes it: the same record comes back", async () => {
  const store = openStore();
  await store.putBinding(record({ r1: "h1" }));
  const first = await store.getBinding("b1");
  expect(first?.seen).toEqual({ r1: "h1" });
  expect(await store.getBinding("b1")).toBe(first);
  await store.commit(unitOf("salesLineDiscount", rowsOf("salesLineDiscount", 1, 2)));
  expect(await store.getBinding("b1")).toBe(first); // a commit without the binding leaves it
});

test("[SP22] a commit with the binding, here or in another store on the same database, is what the next read gets", async () => {
  const here = openStore();
  const there = openStore();
  await here.putBinding(record({}));
  await here.getBinding("b1");
  await here.commit(
    unitOf("salesLineDiscount", rowsOf("salesLineDiscount", 1, 1), [], { binding: record({ a: "1" }) }),
  );
  expect((await here.getBinding("b1"))?.seen).toEqual({ a: "1" });
  expect((await there.getBinding("b1"))?.seen).toEqual({ a: "1" });
  await there.commit(
    unitOf("salesLineDiscount", rowsOf("salesLineDiscount", 2, 1), [], { binding: record({ b: "2" }) }),
  );
  expect((await here.getBinding("b1"))?.seen).toEqual({ b: "2" });
  await there.putBinding(record({ c: "3" }));
  expect((await here.getBinding("b1"))?.seen).toEqual({ c: "3" });
});

test("[SP22] a refused commit leaves the binding as it was", async () => {
  const store = openStore();
  await store.putBinding(record({ a: "1" }));
  await store.commit(unitOf("salesLineDiscount", rowsOf("salesLineDiscount", 1, 1)));
  const [line] = await store.loadRows("salesLineDiscount");
  const stale = { entity: "salesLineDiscount" as const, key: line!.rowId, rowId: line!.rowId, hash: "not-its-hash" };
  const unit = unitOf("salesLineDiscount", [], [], { binding: record({ z: "9" }), expect: [stale] });
  await expect(store.commit(unit)).rejects.toThrow();
  expect((await store.getBinding("b1"))?.seen).toEqual({ a: "1" });
});

const seenOf = (from: number, count: number, hash = "h"): Record<string, string> =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [`r${from + i}`, `${hash}${from + i}`]));

test("[SP23] a binding's seen rows are stored in parts: a commit changing one row's hash rewrites one part", async () => {
  const store = openStore();
  await store.putBinding(record(seenOf(0, 10_000)));
  expect(partWrites.length).toBe(6); // 10,000 rows: 6 parts, all new
  partWrites = [];
  const changed = { ...seenOf(0, 10_000), r42: "new" };
  await store.commit(unitOf("salesLineDiscount", rowsOf("salesLineDiscount", 1, 1), [], { binding: record(changed) }));
  expect(partWrites).toHaveLength(1);
  const other = openStore();
  expect((await other.getBinding("b1"))?.seen).toEqual(changed);
});

test("[SP23] rows gone, rows added and a new number of parts read back exactly, in another store too", async () => {
  const store = openStore();
  await store.putBinding(record(seenOf(0, 1_500)));
  const steps = [
    seenOf(0, 1_499), // one row gone
    seenOf(0, 6_000), // grown past a part's size: more parts
    { ...seenOf(10, 20), x: "1" }, // shrunk: fewer parts, the others deleted
    {},
  ];
  for (const seen of steps) {
    await store.commit(unitOf("salesLineDiscount", [], [], { binding: record(seen) }));
    expect((await store.getBinding("b1"))?.seen).toEqual(seen);
    const other = openStore();
    expect((await other.getBinding("b1"))?.seen).toEqual(seen);
    expect((await other.listBindings())[0]?.seen).toEqual(seen);
  }
});

test("[SP24] a commit naming new hashes of the stored record's own seen rows patches their parts, here and in another store", async () => {
  const store = openStore();
  await store.putBinding(record(seenOf(0, 10_000)));
  const stored = (await store.getBinding("b1"))!;
  partWrites = [];
  const changes = { r42: "new", r4242: "newer" };
  const unit = unitOf("salesLineDiscount", [], [], { binding: { ...stored }, seenChanges: changes });
  await store.commit(unit);
  expect(partWrites.length).toBeLessThanOrEqual(2);
  const expected = { ...seenOf(0, 10_000), ...changes };
  expect((await store.getBinding("b1"))?.seen).toEqual(expected);
  expect((await openStore().getBinding("b1"))?.seen).toEqual(expected);
});

test("[SP24] new hashes of a seen object that is not the store's copy are put in a whole new record", async () => {
  const store = openStore();
  await store.putBinding(record(seenOf(0, 3_000)));
  const other = openStore();
  const stale = (await other.getBinding("b1"))!;
  await store.commit(unitOf("salesLineDiscount", [], [], { binding: record({ ...seenOf(0, 3_000), r1: "moved" }) }));
  const changes = { r7: "new" };
  await other.commit(unitOf("salesLineDiscount", [], [], { binding: { ...stale }, seenChanges: changes }));
  const expected = { ...seenOf(0, 3_000), ...changes };
  expect((await other.getBinding("b1"))?.seen).toEqual(expected);
  expect((await store.getBinding("b1"))?.seen).toEqual(expected);
  expect(stale.seen).toEqual(seenOf(0, 3_000)); // a record handed out that was not the stored one is left as it was
});

/** The database under the store, opened as it is (no schema of its own), to look at or plant raw records. */
async function rawMeta() {
  const raw = new Dexie(name);
  await raw.open();
  return { meta: raw.table("meta"), close: () => raw.close() };
}

test("[SP44] a part holds its rows' ids and hashes as two arrays, in the rows' order", async () => {
  const store = openStore();
  await store.putBinding(record(seenOf(0, 3)));
  const raw = await rawMeta();
  expect((await raw.meta.get("bindingSeen:b1:0"))?.memo).toEqual({
    ids: ["r0", "r1", "r2"],
    hashes: ["h0", "h1", "h2"],
  });
  raw.close();
});

test("[SP44] parts an older store wrote as objects read back exactly, and are written as arrays when patched", async () => {
  const store = openStore();
  await store.putBinding(record(seenOf(0, 3)));
  const raw = await rawMeta();
  await raw.meta.put({ id: "bindingSeen:b1:0", generation: 0, memo: { r0: "old0", r1: "old1", r2: "old2" } });
  const other = openStore();
  const stored = await other.getBinding("b1");
  expect(stored?.seen).toEqual({ r0: "old0", r1: "old1", r2: "old2" });
  await other.commit(unitOf("salesLineDiscount", [], [], { binding: { ...stored! }, seenChanges: { r1: "new1" } }));
  expect((await raw.meta.get("bindingSeen:b1:0"))?.memo).toEqual({
    ids: ["r0", "r1", "r2"],
    hashes: ["old0", "new1", "old2"],
  });
  expect((await openStore().getBinding("b1"))?.seen).toEqual({ r0: "old0", r1: "new1", r2: "old2" });
  raw.close();
});
