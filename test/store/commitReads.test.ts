/**
 * A commit reads each row it replaces once (rule SP36): the compare and set's read inside the transaction serves the
 * commit's own (the history of replaced rows), and what it stores is the same. A new row is not read at all: its add,
 * refused on a key taken since, is the compare and set (SP45). Opportunities are a table keyed by their no. (campaigns
 * were, until ST15 moved them into buckets).
 */
import { createDexieSyncStore } from "../../src/store";
import type { StoredRow } from "../../src/store";
import { rowsOf, unitOf } from "./storeBuilders";

let n = 0;

/** Counts `get` requests on the opportunity object store while `run` runs. */
async function opportunityGets(run: () => Promise<void>): Promise<number> {
  const proto = (globalThis as unknown as { IDBObjectStore: { prototype: { get: (...a: unknown[]) => unknown } } })
    .IDBObjectStore.prototype;
  const spy = jest.spyOn(proto, "get");
  try {
    await run();
    return spy.mock.contexts.filter((store) => (store as { name: string }).name === "opportunity").length;
  } finally {
    spy.mockRestore();
  }
}

test("[SP36][SP45] a commit reads each opportunity it replaces once and none it adds, and stores and keeps history as before", async () => {
  const store = createDexieSyncStore({ name: `commit-reads-${++n}` });
  try {
    const rows = rowsOf("opportunity", 1, 5);
    const fresh = { ...unitOf("opportunity", rows), expect: rows.map((r) => expectOf(r, null)) };
    expect(await opportunityGets(() => store.commit(fresh))).toBe(0);
    const edited = rows.map((r) => ({ ...r, description: "again", rowVersion: 2, rowHash: `${r.rowHash}-2` }));
    const second = { ...unitOf("opportunity", edited), expect: rows.map((r) => expectOf(r, r.rowHash)) };
    expect(await opportunityGets(() => store.commit(second))).toBe(5);
    expect(await store.loadRows("opportunity")).toEqual(edited);
    const history = await store.loadHistory("opportunity", [rows[0]!.rowId]);
    expect(history.get(rows[0]!.rowId)?.[0]?.hash).toBe(rows[0]!.rowHash);
  } finally {
    store.close();
  }
});

function expectOf(row: StoredRow<"opportunity">, hash: string | null) {
  return { entity: "opportunity" as const, key: row.no, rowId: row.rowId, hash };
}

test("[SP45] new rows whose key another pane took since are refused whole, naming that row; the other's row stays", async () => {
  const store = createDexieSyncStore({ name: `commit-reads-${++n}` });
  try {
    const [mine1, mine2] = rowsOf("opportunity", 1, 2);
    const theirs = { ...mine2!, rowId: "their-row", description: "theirs", rowHash: "h-theirs" };
    await store.commit(unitOf("opportunity", [theirs]));
    const unit = { ...unitOf("opportunity", [mine1!, mine2!]), expect: [mine1!, mine2!].map((r) => expectOf(r, null)) };
    const refused = await store.commit(unit).then(
      () => null,
      (e: unknown) => e as { name: string; rows: unknown[] },
    );
    expect(refused?.name).toBe("StaleWriteError");
    expect(refused?.rows).toEqual([expectOf(mine2!, null)]);
    expect(await store.loadRows("opportunity")).toEqual([theirs]);
  } finally {
    store.close();
  }
});

test("[SP45] a new row put by a later op of its entity (a cascade) is checked by a read: a key taken since is stale", async () => {
  const store = createDexieSyncStore({ name: `commit-reads-${++n}` });
  try {
    const [mine] = rowsOf("opportunity", 1, 1);
    await store.commit(unitOf("opportunity", [{ ...mine!, rowId: "their-row", rowHash: "h-theirs" }]));
    const unit = {
      ...unitOf("opportunity", []),
      cascade: [{ entity: "opportunity" as const, puts: [mine!] }],
      expect: [expectOf(mine!, null)],
    };
    await expect(store.commit(unit)).rejects.toMatchObject({ name: "StaleWriteError" });
    expect((await store.loadRows("opportunity")).map((c) => c.rowId)).toEqual(["their-row"]);
  } finally {
    store.close();
  }
});
