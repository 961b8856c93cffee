/**
 * Price and discount lines in buckets: puts, deletes and updates; a row found outside its hash bucket;
 * failed transactions; another instance's writes; cascades; one-line edits rewrite one bucket.
 */
import { bucketIdOf, BUCKET_COUNT, createDexieSyncStore } from "../../src/store";
import type { StoredRow, SyncStore } from "../../src/store";
import { CampaignDeskDb } from "../../src/store/db";
import { waitUntil } from "../builders/waitUntil";
import { byRowId, rowOf, rowsOf, unitOf } from "./storeBuilders";

let n = 0;
let name: string;
let store: SyncStore;
let bucketWrites: string[];
const open: SyncStore[] = [];
const openStore = () => {
  const s = createDexieSyncStore({ name, onBucketWrite: (id) => bucketWrites.push(id) });
  open.push(s);
  return s;
};
beforeEach(() => {
  name = `chunked-db-${++n}`;
  bucketWrites = [];
  store = openStore();
});
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

type Price = StoredRow<"salesPrice">;
const edit = (row: Price, unitPrice: number): Price => ({ ...row, unitPrice, rowVersion: row.rowVersion + 1 });

/** The raw bucket records, checked for the layout's invariants: every row once, in its hash bucket. */
async function storedBuckets() {
  const db = new CampaignDeskDb(name);
  try {
    const buckets = await db.lineBuckets.toArray();
    const seen = new Set<string>();
    for (const b of buckets) {
      expect(b.rows.length).toBeGreaterThan(0);
      for (const r of b.rows) {
        expect(seen.has(r.rowId)).toBe(false);
        seen.add(r.rowId);
        expect(b.id).toBe(bucketIdOf(b.entity, r.rowId));
      }
    }
    return buckets;
  } finally {
    db.close();
  }
}

/** Two row numbers whose salesPrice rows share a bucket, and one in another bucket. */
function sameBucketPair(): [number, number, number] {
  const first = bucketIdOf("salesPrice", rowOf("salesPrice", 1).rowId);
  let same = 0;
  let other = 0;
  for (let i = 2; same === 0 || other === 0; i++) {
    const b = bucketIdOf("salesPrice", rowOf("salesPrice", i).rowId);
    if (b === first && same === 0) same = i;
    if (b !== first && other === 0) other = i;
  }
  return [1, same, other];
}

test("puts, updates and deletes of lines are stored and seen by a new instance", async () => {
  const rows = rowsOf("salesPrice", 0, 1000);
  await store.commit(unitOf("salesPrice", rows));
  const updated = rows.slice(0, 10).map((r) => edit(r, 99));
  const deleted = rows.slice(10, 20).map((r) => r.rowId);
  const added = rowsOf("salesPrice", 5000, 10);
  await store.commit(unitOf("salesPrice", [...updated, ...added], deleted));

  const expected = byRowId([...updated, ...rows.slice(20), ...added]);
  expect(byRowId(await store.loadRows("salesPrice"))).toEqual(expected);
  expect(byRowId(await openStore().loadRows("salesPrice"))).toEqual(expected);
  expect(await store.countRows("salesPrice")).toBe(1000);
  expect(await store.getRow("salesPrice", updated[3]!.rowId)).toEqual(updated[3]);
  const buckets = await storedBuckets();
  expect(buckets.reduce((sum, b) => sum + b.rows.length, 0)).toBe(1000);
  expect(buckets.length).toBeLessThanOrEqual(BUCKET_COUNT);
});

test("the two line entities keep separate buckets", async () => {
  await store.commit(unitOf("salesPrice", rowsOf("salesPrice", 0, 50)));
  await store.commit(unitOf("salesLineDiscount", rowsOf("salesLineDiscount", 0, 30)));
  expect(await store.countRows("salesPrice")).toBe(50);
  expect(await store.countRows("salesLineDiscount")).toBe(30);
  const buckets = await storedBuckets();
  expect(buckets.filter((b) => b.entity === "salesLineDiscount").flatMap((b) => b.rows)).toHaveLength(30);
});

test("a line found outside its hash bucket moves to it when written; the emptied bucket is deleted", async () => {
  const stray = rowOf("salesPrice", 1);
  const db = new CampaignDeskDb(name);
  await db.lineBuckets.put({ id: "salesPrice:999", entity: "salesPrice", rows: [stray] });
  db.close();
  expect(await store.getRow("salesPrice", stray.rowId)).toEqual(stray);

  await store.commit(unitOf("salesPrice", [edit(stray, 7)]));
  expect(bucketWrites.sort()).toEqual([bucketIdOf("salesPrice", stray.rowId), "salesPrice:999"].sort());
  const buckets = await storedBuckets();
  expect(buckets.map((b) => b.id)).toEqual([bucketIdOf("salesPrice", stray.rowId)]);
  expect(await openStore().loadRows("salesPrice")).toEqual([edit(stray, 7)]);
});

test("a line deleted under one row id and put under another changes bucket in one commit", async () => {
  const [a, , other] = sameBucketPair();
  const before = rowOf("salesPrice", a);
  await store.commit(unitOf("salesPrice", [before]));
  const moved = { ...rowOf("salesPrice", other), unitPrice: before.unitPrice };
  await store.commit(unitOf("salesPrice", [moved], [before.rowId]));
  expect(await store.loadRows("salesPrice")).toEqual([moved]);
  expect((await storedBuckets()).map((b) => b.id)).toEqual([bucketIdOf("salesPrice", moved.rowId)]);
});

test("a failed transaction leaves the stored lines and the store's cache unchanged", async () => {
  const rows = rowsOf("salesPrice", 0, 200);
  await store.commit(unitOf("salesPrice", rows));
  const before = byRowId(await store.loadRows("salesPrice"));
  // A new line in a bucket that also holds stored lines, so a cache edited in place would show it later.
  let k = 1000;
  while (bucketIdOf("salesPrice", rowOf("salesPrice", k).rowId) !== bucketIdOf("salesPrice", rows[2]!.rowId)) k++;
  // The bucket writes are issued first; the cascade's customer has no primary key, so IndexedDB aborts.
  const badCustomer = { ...rowOf("customer", 1), no: undefined } as unknown as StoredRow;
  const failing = unitOf("salesPrice", [edit(rows[0]!, 1), rowOf("salesPrice", k)], [rows[1]!.rowId], {
    cascade: [{ entity: "customer", puts: [badCustomer] }],
  });
  await expect(store.commit(failing)).rejects.toBeTruthy();

  expect(byRowId(await store.loadRows("salesPrice"))).toEqual(before);
  expect(await store.getRow("salesPrice", rowOf("salesPrice", k).rowId)).toBeUndefined();
  expect(byRowId(await openStore().loadRows("salesPrice"))).toEqual(before);
  // The next commit rewrites every bucket from the cache: it must hold exactly the old lines.
  const edited = rows.map((r) => edit(r, 2));
  await store.commit(unitOf("salesPrice", edited));
  expect(byRowId(await openStore().loadRows("salesPrice"))).toEqual(byRowId(edited));
});

test("a line without a row id fails the whole unit with a clear error", async () => {
  const bad = { ...rowOf("salesLineDiscount", 1), rowId: "" };
  await expect(store.commit(unitOf("salesLineDiscount", [rowOf("salesLineDiscount", 2), bad]))).rejects.toThrow(
    /salesLineDiscount row has no rowId/,
  );
  expect(await store.countRows("salesLineDiscount")).toBe(0);
});

test("another instance's commit bumps the generation: reads see it, and writes keep it (no lost update)", async () => {
  const [a, same, other] = sameBucketPair();
  await store.commit(unitOf("salesPrice", [rowOf("salesPrice", a)]));
  expect(await store.countRows("salesPrice")).toBe(1); // cache loaded

  const second = openStore();
  await second.commit(unitOf("salesPrice", [rowOf("salesPrice", same), rowOf("salesPrice", other)]));
  expect(await store.countRows("salesPrice")).toBe(3);

  await second.commit(unitOf("salesPrice", [edit(rowOf("salesPrice", same), 5)]));
  // `store` has not read since: its cache is stale when it writes into the very bucket `second` changed.
  await store.commit(unitOf("salesPrice", [edit(rowOf("salesPrice", a), 6)]));
  const expected = byRowId([
    edit(rowOf("salesPrice", a), 6),
    edit(rowOf("salesPrice", same), 5),
    rowOf("salesPrice", other),
  ]);
  expect(byRowId(await second.loadRows("salesPrice"))).toEqual(expected);
  expect(byRowId(await store.loadRows("salesPrice"))).toEqual(expected);
});

test("cascade puts commit in the same transaction as the main unit", async () => {
  const campaign = rowOf("campaign", 1, { startingDate: "2026-06-01", endingDate: "2026-06-30" });
  const redate = <R extends { startingDate: string; endingDate: string }>(r: R): R => ({
    ...r,
    startingDate: "2026-06-01",
    endingDate: "2026-06-30",
  });
  const prices = rowsOf("salesPrice", 0, 40);
  const discounts = rowsOf("salesLineDiscount", 0, 20);
  await store.commit(unitOf("salesPrice", prices));
  await store.commit(unitOf("salesLineDiscount", discounts));

  const cascade = [
    { entity: "salesPrice" as const, puts: prices.map(redate) },
    { entity: "salesLineDiscount" as const, puts: discounts.map(redate) },
  ];
  const bad = { ...redate(discounts[0]!), rowId: "" };
  const failing = unitOf("campaign", [campaign], [], {
    cascade: [...cascade, { entity: "salesLineDiscount", puts: [bad] }],
  });
  await expect(store.commit(failing)).rejects.toThrow(/rowId/);
  expect(await store.loadRows("campaign")).toEqual([]);
  expect(byRowId(await openStore().loadRows("salesPrice"))).toEqual(byRowId(prices));

  await store.commit(unitOf("campaign", [campaign], [], { cascade }));
  const fresh = openStore();
  expect(await fresh.loadRows("campaign")).toEqual([campaign]);
  expect(byRowId(await fresh.loadRows("salesPrice"))).toEqual(byRowId(prices.map(redate)));
  expect(byRowId(await fresh.loadRows("salesLineDiscount"))).toEqual(byRowId(discounts.map(redate)));
  expect(byRowId(await store.loadRows("salesPrice"))).toEqual(byRowId(prices.map(redate)));
});

test("after a 20k-line commit, a one-line edit rewrites exactly that line's bucket", async () => {
  const rows = rowsOf("salesLineDiscount", 0, 20000);
  await store.commit(unitOf("salesLineDiscount", rows));
  const hashBuckets = new Set(rows.map((r) => bucketIdOf("salesLineDiscount", r.rowId)));
  expect(hashBuckets.size).toBe(BUCKET_COUNT);
  expect(bucketWrites.sort()).toEqual([...hashBuckets].sort());

  bucketWrites = [];
  const line = rows[12345]!;
  const changed = { ...line, lineDiscountPct: 42, rowVersion: 2 };
  await store.commit(unitOf("salesLineDiscount", [changed]));
  expect(bucketWrites).toEqual([bucketIdOf("salesLineDiscount", line.rowId)]);
  expect(await openStore().getRow("salesLineDiscount", line.rowId)).toEqual(changed);
  expect(await store.countRows("salesLineDiscount")).toBe(20000);
}, 30000);

test("liveRows of lines emits after this instance's and another instance's commits", async () => {
  const seen: number[] = [];
  const sub = store.liveRows("salesPrice").subscribe((rows) => seen.push(rows.length));
  await waitUntil(() => seen.length >= 1);
  await store.commit(unitOf("salesPrice", rowsOf("salesPrice", 0, 3)));
  await waitUntil(() => seen.includes(3));
  await openStore().commit(unitOf("salesPrice", rowsOf("salesPrice", 10, 2)));
  await waitUntil(() => seen.includes(5));
  sub.unsubscribe();
  expect(seen[0]).toBe(0);
});
