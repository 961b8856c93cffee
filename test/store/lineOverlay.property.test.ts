/**
 * The lines' overlay bucket (rule SP32): a commit of a few lines scattered over many buckets writes one record, and
 * whatever commits follow — edits, deletes, more scattered edits, folds — every store instance, the one that wrote and
 * a new one reading IndexedDB, holds exactly the rows a plain map of row id → row holds.
 */
import fc from "fast-check";
import { bucketIdOf, createDexieSyncStore } from "../../src/store";
import type { StoredRow, SyncStore } from "../../src/store";
import { CampaignDeskDb } from "../../src/store/db";
import { rowOf, rowsOf, unitOf } from "./storeBuilders";

type Line = StoredRow<"salesLineDiscount">;
const LINES = 2000;
const OVERLAY = "salesLineDiscount:~";

let n = 0;
const open: SyncStore[] = [];
const storeOn = (name: string, writes?: string[]) => {
  const s = createDexieSyncStore({ name, ...(writes ? { onBucketWrite: (id) => writes.push(id) } : {}) });
  open.push(s);
  return s;
};
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

const edited = (row: Line, pct: number): Line => ({
  ...row,
  lineDiscountPct: pct,
  rowVersion: row.rowVersion + 1,
  rowHash: `h-${row.rowId}-${pct}`,
});
const sorted = (rows: readonly Line[]) => [...rows].sort((a, b) => a.rowId.localeCompare(b.rowId));

async function overlayRows(name: string): Promise<number> {
  const db = new CampaignDeskDb(name);
  try {
    return (await db.lineBuckets.get(OVERLAY))?.rows.length ?? 0;
  } finally {
    db.close();
  }
}

test("[SP32] 40 lines edited across the buckets write the overlay alone; a delete, an edit and a new instance see them", async () => {
  const name = `overlay-db-${++n}`;
  const writes: string[] = [];
  const store = storeOn(name, writes);
  const rows = rowsOf("salesLineDiscount", 0, LINES);
  await store.commit(unitOf("salesLineDiscount", rows));
  writes.length = 0;
  const scattered = rows.filter((_, i) => i % 50 === 0).map((r) => edited(r, 33));
  await store.commit(unitOf("salesLineDiscount", scattered));
  expect(writes).toEqual([OVERLAY]);
  expect(await overlayRows(name)).toBe(40);
  expect(await storeOn(name).getRow("salesLineDiscount", scattered[3]!.rowId)).toEqual(scattered[3]);

  // A delete takes the overlay's row and its older copy; a one-line edit moves a row to its hash bucket.
  writes.length = 0;
  const gone = scattered[0]!;
  const moved = edited(scattered[1]!, 44);
  await store.commit(unitOf("salesLineDiscount", [moved], [gone.rowId]));
  expect(writes).toContain(bucketIdOf("salesLineDiscount", gone.rowId));
  expect(writes).toContain(bucketIdOf("salesLineDiscount", moved.rowId));
  const fresh = storeOn(name);
  expect(await fresh.getRow("salesLineDiscount", gone.rowId)).toBeUndefined();
  expect(await fresh.getRow("salesLineDiscount", moved.rowId)).toEqual(moved);
  expect(await fresh.countRows("salesLineDiscount")).toBe(LINES - 1);
  expect(await overlayRows(name)).toBe(38);
}, 30000);

type Op =
  | { kind: "scatter"; step: number; offset: number; pct: number; withDelete: boolean }
  | { kind: "edit"; at: number; pct: number }
  | { kind: "delete"; at: number }
  | { kind: "add"; count: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant("scatter" as const),
    step: fc.integer({ min: 25, max: 90 }),
    offset: fc.integer({ min: 0, max: 24 }),
    pct: fc.integer({ min: 1, max: 99 }),
    withDelete: fc.boolean(),
  }),
  fc.record({ kind: fc.constant("edit" as const), at: fc.nat(), pct: fc.integer({ min: 1, max: 99 }) }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("add" as const), count: fc.integer({ min: 1, max: 30 }) }),
);

test("[SP32] after random scattered edits, edits, deletes and adds, every instance holds what a plain map holds", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8 }), async (ops) => {
      const name = `overlay-prop-${++n}`;
      const store = storeOn(name);
      const model = new Map<string, Line>();
      let next = 0;
      // Rows the last scattered edit put (in the overlay, mostly): edits and deletes pick among them every other time.
      let recent: string[] = [];
      const add = async (count: number) => {
        const rows = rowsOf("salesLineDiscount", next, count);
        next += count;
        await store.commit(unitOf("salesLineDiscount", rows));
        for (const r of rows) model.set(r.rowId, r);
      };
      await add(LINES);
      for (const o of ops) {
        const ids = [...model.keys()].sort();
        if (o.kind === "add") await add(o.count);
        else if (o.kind === "edit" || o.kind === "delete") {
          const pool = o.at % 2 === 0 && recent.some((r) => model.has(r)) ? recent.filter((r) => model.has(r)) : ids;
          const id = pool[Math.floor(o.at / 2) % pool.length]!;
          if (o.kind === "edit") {
            const row = edited(model.get(id)!, o.pct);
            await store.commit(unitOf("salesLineDiscount", [row]));
            model.set(id, row);
          } else {
            await store.commit(unitOf("salesLineDiscount", [], [id]));
            model.delete(id);
          }
        } else {
          const puts = ids.filter((_, i) => i % o.step === o.offset).map((id) => edited(model.get(id)!, o.pct));
          const deletes = o.withDelete ? [ids[(o.offset + 1) % ids.length]!] : [];
          const kept = puts.filter((p) => !deletes.includes(p.rowId));
          await store.commit(unitOf("salesLineDiscount", kept, deletes));
          for (const p of kept) model.set(p.rowId, p);
          recent = kept.map((p) => p.rowId);
          for (const d of deletes) model.delete(d);
        }
        expect(sorted(await store.loadRows("salesLineDiscount"))).toEqual(sorted([...model.values()]));
      }
      expect(sorted(await storeOn(name).loadRows("salesLineDiscount"))).toEqual(sorted([...model.values()]));
    }),
    { numRuns: 12, seed: 1107 },
  );
}, 300000);

test("[SP32] the overlay's rows, written last, are the ones a new instance reads over their older copies", async () => {
  const name = `overlay-db-${++n}`;
  const store = storeOn(name);
  const rows = rowsOf("salesLineDiscount", 0, LINES);
  await store.commit(unitOf("salesLineDiscount", rows));
  const scattered = rows.filter((_, i) => i % 40 === 7).map((r) => edited(r, 12));
  await store.commit(unitOf("salesLineDiscount", scattered));
  const again = scattered.filter((_, i) => i % 2 === 0).map((r) => edited(r, 13));
  await store.commit(unitOf("salesLineDiscount", again));
  const fresh = storeOn(name);
  for (const r of again) expect(await fresh.getRow("salesLineDiscount", r.rowId)).toEqual(r);
  expect(await fresh.getRow("salesLineDiscount", scattered[1]!.rowId)).toEqual(scattered[1]);
  expect(await fresh.getRow("salesLineDiscount", rowOf("salesLineDiscount", 1).rowId)).toEqual(rows[1]);
  expect(await fresh.countRows("salesLineDiscount")).toBe(LINES);
}, 30000);
