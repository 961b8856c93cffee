/** Tombstones (ST8): which row ids the store saw deleted, as opposed to rows it never had. */
import { createDexieSyncStore } from "../../src/store";
import type { SyncStore } from "../../src/store";
import { rowOf, rowsOf, unitOf } from "./storeBuilders";

let n = 0;
let store: SyncStore;
beforeEach(() => {
  store = createDexieSyncStore({ name: `tombstones-db-${++n}` });
});
afterEach(() => store.close());

test("[ST8] deleting lines (keyed by row id) and customers (keyed by no.) records their row ids", async () => {
  const lines = rowsOf("salesLineDiscount", 0, 40);
  const customers = rowsOf("customer", 1, 3);
  await store.commit(unitOf("salesLineDiscount", lines));
  await store.commit(unitOf("customer", customers));
  expect(await store.loadTombstones("salesLineDiscount")).toEqual(new Set());

  await store.commit(unitOf("salesLineDiscount", [], [lines[0]!.rowId, lines[7]!.rowId]));
  await store.commit(unitOf("customer", [], [customers[1]!.no]));
  expect(await store.loadTombstones("salesLineDiscount")).toEqual(new Set([lines[0]!.rowId, lines[7]!.rowId]));
  expect(await store.loadTombstones("customer")).toEqual(new Set([customers[1]!.rowId]));
  // Another entity's tombstones are its own.
  expect(await store.loadTombstones("salesPrice")).toEqual(new Set());
  // A fresh connection reads the same.
  const other = createDexieSyncStore({ name: `tombstones-db-${n}` });
  expect(await other.loadTombstones("customer")).toEqual(new Set([customers[1]!.rowId]));
  other.close();
});

test("[ST8] a renamed key keeps its row id without a tombstone; a row id stored again loses its tombstone", async () => {
  const customer = rowOf("customer", 1);
  await store.commit(unitOf("customer", [customer]));
  await store.commit(unitOf("customer", [{ ...customer, no: "C99999", rowVersion: 2 }], [customer.no]));
  expect(await store.loadTombstones("customer")).toEqual(new Set());

  await store.commit(unitOf("customer", [], ["C99999"]));
  expect(await store.loadTombstones("customer")).toEqual(new Set([customer.rowId]));
  await store.commit(unitOf("customer", [{ ...customer, rowVersion: 3 }]));
  expect(await store.loadTombstones("customer")).toEqual(new Set());
});

test("[ST8] a cascade's deletes are tombstoned under the cascade's entity", async () => {
  const header = rowOf("segmentHeader", 1);
  const lines = rowsOf("segmentLine", 0, 3);
  await store.commit(unitOf("segmentHeader", [header], [], { cascade: [{ entity: "segmentLine", puts: lines }] }));
  await store.commit(
    unitOf("segmentHeader", [], [header.no], {
      cascade: [{ entity: "segmentLine", puts: [], deletes: lines.map((l) => l.rowId) }],
    }),
  );
  expect(await store.loadTombstones("segmentHeader")).toEqual(new Set([header.rowId]));
  expect(await store.loadTombstones("segmentLine")).toEqual(new Set(lines.map((l) => l.rowId)));
});
