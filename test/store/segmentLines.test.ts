/**
 * Segment lines are chunked like price lines: they keep their own buckets, deletes and puts rewrite only
 * touched buckets, and a segment of 50,000 lines takes a one-line edit as one bucket write.
 */
import { bucketIdOf, BUCKET_COUNT, createDexieSyncStore, ENTITY_TABLES } from "../../src/store";
import type { StoredRow, SyncStore } from "../../src/store";
import { CampaignDeskDb } from "../../src/store/db";
import { byRowId, rowOf, rowsOf, unitOf } from "./storeBuilders";

let n = 0;
let name: string;
let bucketWrites: string[];
const open: SyncStore[] = [];
const openStore = () => {
  const s = createDexieSyncStore({ name, onBucketWrite: (id) => bucketWrites.push(id) });
  open.push(s);
  return s;
};
let store: SyncStore;
beforeEach(() => {
  name = `segment-lines-db-${++n}`;
  bucketWrites = [];
  store = openStore();
});
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

type Line = StoredRow<"segmentLine">;
const edit = (line: Line, description: string): Line => ({ ...line, description, rowVersion: line.rowVersion + 1 });

async function rawBuckets() {
  const db = new CampaignDeskDb(name);
  try {
    return await db.lineBuckets.toArray();
  } finally {
    db.close();
  }
}

test("segment lines are stored in buckets of their own, keyed by row id", async () => {
  expect(ENTITY_TABLES.segmentLine).toEqual({ table: "lineBuckets", key: "rowId", chunked: true });
  const lines = rowsOf("segmentLine", 0, 500);
  await store.commit(unitOf("segmentLine", lines));
  await store.commit(unitOf("salesPrice", rowsOf("salesPrice", 0, 20)));

  const buckets = await rawBuckets();
  const segmentBuckets = buckets.filter((b) => b.entity === "segmentLine");
  expect(segmentBuckets.every((b) => b.id.startsWith("segmentLine:"))).toBe(true);
  expect(segmentBuckets.flatMap((b) => b.rows.map((r) => r.rowId)).sort()).toEqual(lines.map((l) => l.rowId).sort());
  for (const b of segmentBuckets) for (const r of b.rows) expect(b.id).toBe(bucketIdOf("segmentLine", r.rowId));
  expect(await store.countRows("salesPrice")).toBe(20);
  expect(await store.countRows("segmentLine")).toBe(500);
});

test("puts, updates and deletes of segment lines are stored and seen by another instance", async () => {
  const lines = rowsOf("segmentLine", 0, 800);
  await store.commit(unitOf("segmentLine", lines));
  const updated = lines.slice(0, 5).map((l) => edit(l, "called back"));
  const deleted = lines.slice(5, 25).map((l) => l.rowId);
  const added = rowsOf("segmentLine", 10_000, 3);
  await store.commit(unitOf("segmentLine", [...updated, ...added], deleted));

  const expected = byRowId([...updated, ...lines.slice(25), ...added]);
  expect(byRowId(await store.loadRows("segmentLine"))).toEqual(expected);
  expect(byRowId(await openStore().loadRows("segmentLine"))).toEqual(expected);
  expect(await store.getRow("segmentLine", updated[2]!.rowId)).toEqual(updated[2]);
  expect(await store.getRow("segmentLine", deleted[0]!)).toBeUndefined();
});

test("a cascade may delete segment lines in the same transaction as the unit", async () => {
  const lines = rowsOf("segmentLine", 0, 30);
  await store.commit(unitOf("segmentLine", lines));
  const contact = rowOf("contact", 1);
  const removed = lines.slice(0, 10).map((l) => l.rowId);
  await store.commit(
    unitOf("contact", [contact], [], { cascade: [{ entity: "segmentLine", puts: [], deletes: removed }] }),
  );
  const fresh = openStore();
  expect(byRowId(await fresh.loadRows("segmentLine"))).toEqual(byRowId(lines.slice(10)));
  expect(await fresh.loadRows("contact")).toEqual([contact]);

  // A failing cascade takes its deletes back with it.
  const bad = { ...rowOf("contact", 2), no: undefined } as unknown as StoredRow<"contact">;
  const failing = unitOf("contact", [bad], [], {
    cascade: [{ entity: "segmentLine", puts: [], deletes: lines.slice(10, 20).map((l) => l.rowId) }],
  });
  await expect(store.commit(failing)).rejects.toBeTruthy();
  expect(await openStore().countRows("segmentLine")).toBe(20);
  expect(await store.countRows("segmentLine")).toBe(20);
});

test("after a 50,000-line segment is committed, a one-line edit rewrites exactly that line's bucket", async () => {
  const lines = rowsOf("segmentLine", 0, 50_000);
  await store.commit(unitOf("segmentLine", lines));
  const hashBuckets = new Set(lines.map((l) => bucketIdOf("segmentLine", l.rowId)));
  expect(hashBuckets.size).toBe(BUCKET_COUNT);
  expect(bucketWrites.sort()).toEqual([...hashBuckets].sort());

  bucketWrites = [];
  const line = lines[31_415]!;
  const changed = { ...edit(line, "no answer"), attemptFailed: true };
  await store.commit(unitOf("segmentLine", [changed]));
  expect(bucketWrites).toEqual([bucketIdOf("segmentLine", line.rowId)]);
  expect(await openStore().getRow("segmentLine", line.rowId)).toEqual(changed);
  expect(await store.countRows("segmentLine")).toBe(50_000);
}, 60_000);
