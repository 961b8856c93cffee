/** A binding's record as IndexedDB keeps it (rule SP35): seen rows as two arrays; older records read as they are. */
import { createDexieSyncStore } from "../../src/store";
import type { BindingRecord, SyncStore } from "../../src/store";
import { CampaignDeskDb } from "../../src/store/db";
import { rowsOf, unitOf } from "./storeBuilders";

let n = 0;
const open: SyncStore[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

const binding = (seen: Record<string, string>): BindingRecord => ({
  id: "inst/b1",
  entity: "salesLineDiscount",
  sheetName: "Discounts",
  schemaVersion: 1,
  seen,
  putBack: ["r2"],
});

async function raw(name: string, id: string): Promise<Record<string, unknown> | undefined> {
  const db = new CampaignDeskDb(name);
  try {
    return (await db.bindings.get(id)) as Record<string, unknown> | undefined;
  } finally {
    db.close();
  }
}

test("[SP35] a binding's seen rows are stored as two arrays and read back as they were, by put and by commit", async () => {
  const name = `binding-db-${++n}`;
  const store = createDexieSyncStore({ name });
  open.push(store);
  const seen = { r1: "h1", r2: "", r3: "h3" };
  await store.putBinding(binding(seen));
  expect(await raw(name, "inst/b1")).toMatchObject({ seenIds: ["r1", "r2", "r3"], seenHashes: ["h1", "", "h3"] });
  expect((await raw(name, "inst/b1"))?.["seen"]).toBeUndefined();
  expect(await store.getBinding("inst/b1")).toEqual(binding(seen));

  const rows = rowsOf("salesLineDiscount", 0, 3);
  const after = binding(Object.fromEntries(rows.map((r) => [r.rowId, r.rowHash])));
  await store.commit(unitOf("salesLineDiscount", rows, [], { binding: after }));
  const fresh = createDexieSyncStore({ name });
  open.push(fresh);
  expect(await fresh.getBinding("inst/b1")).toEqual(after);
  expect(await fresh.listBindings()).toEqual([after]);
  // Listed without building anyone's seen rows: they are made when read.
  const [listed] = await fresh.listBindings();
  expect(typeof Object.getOwnPropertyDescriptor(listed, "seen")?.get).toBe("function");
  expect({ ...listed }.seen).toEqual(after.seen);
});

test("[SP35] a binding stored before SP35 (seen as an object) is read as it was", async () => {
  const name = `binding-db-${++n}`;
  const store = createDexieSyncStore({ name });
  open.push(store);
  await store.listBindings(); // the database exists
  const db = new CampaignDeskDb(name);
  const old = binding({ r1: "h1" });
  await db.bindings.put(old);
  db.close();
  expect(await store.getBinding("inst/b1")).toEqual(old);
  expect(await store.listBindings()).toEqual([old]);
});
