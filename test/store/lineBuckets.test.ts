/** The bucket layout's pure parts: the hash spreads row ids, and planning never touches the cache. */
import {
  applyLineDelta,
  bucketIdOf,
  buildLineCache,
  emptyDelta,
  locationOf,
  planLineChanges,
} from "../../src/store/lineBuckets";
import { BUCKET_COUNT } from "../../src/store";
import { rowOf, rowsOf } from "./storeBuilders";

test("counter-like row ids spread over all buckets within a factor of two of the mean", () => {
  const sizes = new Map<string, number>();
  for (let i = 0; i < 100_000; i++) {
    const id = bucketIdOf("salesPrice", `row${i}`);
    sizes.set(id, (sizes.get(id) ?? 0) + 1);
  }
  const mean = 100_000 / BUCKET_COUNT;
  expect(sizes.size).toBe(BUCKET_COUNT);
  expect(Math.max(...sizes.values())).toBeLessThan(mean * 2);
  expect(Math.min(...sizes.values())).toBeGreaterThan(mean / 2);
});

test("a row's bucket depends only on entity and row id", () => {
  expect(bucketIdOf("salesPrice", "abc")).toBe(bucketIdOf("salesPrice", "abc"));
  expect(bucketIdOf("salesPrice", "abc").startsWith("salesPrice:")).toBe(true);
  expect(bucketIdOf("salesLineDiscount", "abc").replace("salesLineDiscount", "salesPrice")).toBe(
    bucketIdOf("salesPrice", "abc"),
  );
});

test("planning a change copies touched buckets and leaves the cache as it was until applied", () => {
  const rows = rowsOf("salesPrice", 0, 300);
  const grouped = new Map<string, typeof rows>();
  for (const r of rows) {
    const id = bucketIdOf("salesPrice", r.rowId);
    grouped.set(id, [...(grouped.get(id) ?? []), r]);
  }
  const cache = buildLineCache(
    "salesPrice",
    4,
    [...grouped].map(([id, rs]) => ({ id, entity: "salesPrice" as const, rows: rs })),
  );
  const snapshot = new Map([...cache.buckets].map(([id, m]) => [id, [...m.keys()]]));
  const added = rowOf("salesPrice", 999);
  const delta = planLineChanges(
    cache,
    [rows[0]!.rowId, "missing"],
    [added, { ...rows[1]!, unitPrice: -1 }],
    emptyDelta(),
  );

  expect(new Map([...cache.buckets].map(([id, m]) => [id, [...m.keys()]]))).toEqual(snapshot);
  expect(cache.byId.has(added.rowId)).toBe(false);
  expect(cache.byId.get(rows[1]!.rowId)?.unitPrice).toBe(rows[1]!.unitPrice);
  expect(delta.rows.get(rows[0]!.rowId)).toBeNull();
  expect(delta.rows.has("missing")).toBe(false);

  applyLineDelta(cache, delta, 5);
  expect(cache.generation).toBe(5);
  expect(cache.byId.has(rows[0]!.rowId)).toBe(false);
  expect(cache.byId.get(added.rowId)).toBe(added);
  expect(cache.byId.get(rows[1]!.rowId)?.unitPrice).toBe(-1);
  expect(cache.buckets.get(bucketIdOf("salesPrice", added.rowId))?.get(added.rowId)).toBe(added);
  expect(cache.byId.size).toBe(300);
});

test("[SP61] only rows away from their hash bucket have a location entry (in the cache and in a commit's delta); every row is found where it is stored", () => {
  const rows = rowsOf("salesPrice", 0, 200);
  const home = (r: { rowId: string }) => bucketIdOf("salesPrice", r.rowId);
  const byBucket = new Map<string, typeof rows>();
  for (const r of rows.slice(0, 190)) byBucket.set(home(r), [...(byBucket.get(home(r)) ?? []), r]);
  // Ten rows in a bucket that is not their hash bucket (an older bucket count), one of them also in the overlay.
  const stray = rows.slice(190);
  const buckets = [
    ...[...byBucket].map(([id, rs]) => ({ id, entity: "salesPrice" as const, rows: rs })),
    { id: "salesPrice:old", entity: "salesPrice" as const, rows: stray },
    { id: "salesPrice:~", entity: "salesPrice" as const, rows: [stray[0]!] },
  ];
  const cache = buildLineCache("salesPrice", 1, buckets);
  expect(cache.location.size).toBe(10);
  expect(locationOf(cache, rows[0]!.rowId)).toBe(home(rows[0]!));
  expect(locationOf(cache, stray[0]!.rowId)).toBe("salesPrice:~");
  expect(locationOf(cache, stray[1]!.rowId)).toBe("salesPrice:old");
  expect(locationOf(cache, "missing")).toBeUndefined();

  // Writing a stray row moves it home: its entry goes; a deleted row has none.
  const rewritten = { ...stray[1]!, unitPrice: 7 };
  const delta = planLineChanges(cache, [rows[5]!.rowId], [rewritten], emptyDelta());
  // The delta holds the row itself; a row put in its hash bucket needs no note of where it went.
  expect(delta.rows.get(stray[1]!.rowId)).toBe(rewritten);
  expect(delta.moved.size).toBe(0);
  applyLineDelta(cache, delta, 2);
  expect(locationOf(cache, stray[1]!.rowId)).toBe(home(stray[1]!));
  expect(cache.buckets.get("salesPrice:old")?.has(stray[1]!.rowId)).toBe(false);
  expect(locationOf(cache, rows[5]!.rowId)).toBeUndefined();
  expect(cache.location.size).toBe(9);
});
