/** Binding records kept by the store instance (rule SP22): read again only after a write of the record, from any instance. */
import { createDexieSyncStore } from "../../src/store";
import type { BindingRecord, SyncStore } from "../../src/store";
import { rowsOf, unitOf } from "./storeBuilders";

let n = 0;
let name: string;
const open: SyncStore[] = [];
const openStore = () => {
  const s = createDexieSyncStore({ name });
  open.push(s);
  return s;
};
beforeEach(() => {
  name = `bindingcache-db-${++n}`;
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
