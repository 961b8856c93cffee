/** Compare and set (ST10) and row history (ST11): stale plans are refused whole; replaced versions are kept. */
import { createDexieSyncStore, HISTORY_DEPTH, StaleWriteError } from "../../src/store";
import type { StoredRow, SyncStore } from "../../src/store";
import { rowOf, rowsOf, unitOf } from "./storeBuilders";

let n = 0;
let store: SyncStore;
beforeEach(() => {
  store = createDexieSyncStore({ name: `cas-db-${++n}` });
});
afterEach(() => store.close());

const edited = <E extends "campaign" | "salesLineDiscount">(row: StoredRow<E>, version: number): StoredRow<E> =>
  ({ ...row, rowVersion: version, rowHash: `h-${row.rowId}-v${version}` }) as StoredRow<E>;

test("[ST10] a unit planned against a row another pane changed since is refused whole; the other's write stays", async () => {
  const [a, b] = rowsOf("campaign", 1, 2);
  await store.commit(unitOf("campaign", [a!, b!]));
  // Pane 1 saves its edit of A (planned against A as stored).
  await store.commit({
    ...unitOf("campaign", [edited(a!, 2)]),
    expect: [{ entity: "campaign", key: a!.no, rowId: a!.rowId, hash: a!.rowHash }],
  });
  // Pane 2 planned its own edit of A (and one of B) against the same old A: refused, nothing of it stored.
  const stale = {
    ...unitOf("campaign", [{ ...edited(a!, 2), description: "pane 2" }, edited(b!, 2)]),
    expect: [
      { entity: "campaign" as const, key: a!.no, rowId: a!.rowId, hash: a!.rowHash },
      { entity: "campaign" as const, key: b!.no, rowId: b!.rowId, hash: b!.rowHash },
    ],
  };
  await expect(store.commit(stale)).rejects.toBeInstanceOf(StaleWriteError);
  const rows = new Map((await store.loadRows("campaign")).map((r) => [r.rowId, r]));
  expect(rows.get(a!.rowId)?.description).toBe(a!.description);
  expect(rows.get(a!.rowId)?.rowHash).toBe(`h-${a!.rowId}-v2`);
  expect(rows.get(b!.rowId)?.rowHash).toBe(b!.rowHash);
});

test("[ST10] the same for chunked lines, and for a row expected absent that another pane added", async () => {
  const lines = rowsOf("salesLineDiscount", 0, 5);
  await store.commit(unitOf("salesLineDiscount", lines));
  const other = createDexieSyncStore({ name: `cas-db-${n}` });
  await other.commit(unitOf("salesLineDiscount", [edited(lines[2]!, 2)]));
  other.close();
  const key = lines[2]!.rowId;
  const expectOld = [{ entity: "salesLineDiscount" as const, key, rowId: key, hash: lines[2]!.rowHash }];
  await expect(
    store.commit({ ...unitOf("salesLineDiscount", [edited(lines[2]!, 3)]), expect: expectOld }),
  ).rejects.toBeInstanceOf(StaleWriteError);
  const fresh = rowOf("salesLineDiscount", 99);
  await store.commit(unitOf("salesLineDiscount", [fresh]));
  const expectAbsent = [{ entity: "salesLineDiscount" as const, key: fresh.rowId, rowId: fresh.rowId, hash: null }];
  await expect(store.commit({ ...unitOf("salesLineDiscount", [fresh]), expect: expectAbsent })).rejects.toBeInstanceOf(
    StaleWriteError,
  );
  // As expected, it goes through.
  const current = (await store.getRow("salesLineDiscount", key))!;
  const ok = [{ entity: "salesLineDiscount" as const, key, rowId: key, hash: current.rowHash }];
  await store.commit({ ...unitOf("salesLineDiscount", [edited(lines[2]!, 3)]), expect: ok });
  expect((await store.getRow("salesLineDiscount", key))?.rowVersion).toBe(3);
});

test("[ST11] replacing a row keeps its earlier versions, newest first, up to HISTORY_DEPTH; new rows record nothing", async () => {
  const [a] = rowsOf("campaign", 1, 1);
  await store.commit(unitOf("campaign", [a!]));
  expect(await store.loadHistory("campaign", [a!.rowId])).toEqual(new Map());
  for (let v = 2; v <= HISTORY_DEPTH + 3; v++) {
    await store.commit(unitOf("campaign", [{ ...edited(a!, v), description: `v${v}` }]));
  }
  const history = (await store.loadHistory("campaign", [a!.rowId])).get(a!.rowId) ?? [];
  expect(history).toHaveLength(HISTORY_DEPTH);
  expect(history[0]).toMatchObject({ hash: `h-${a!.rowId}-v${HISTORY_DEPTH + 2}`, version: HISTORY_DEPTH + 2 });
  expect(history[0]?.record).toMatchObject({ no: a!.no, description: `v${HISTORY_DEPTH + 2}` });
  expect(history[0]?.record).not.toHaveProperty("rowId");
});

test("[F5] a commit expecting 200,000 lines absent completes: its expectations are grouped in linear time", async () => {
  // Grouping by copying each entity's list per row took minutes here, and seconds of a silent plan worker in the pane.
  const expectAbsent = Array.from({ length: 200_000 }, (_, i) => ({
    entity: "salesLineDiscount" as const,
    key: `new-${i}`,
    rowId: `new-${i}`,
    hash: null,
  }));
  const line = rowOf("salesLineDiscount", 1);
  await store.commit({ ...unitOf("salesLineDiscount", [line]), expect: expectAbsent });
  expect((await store.getRow("salesLineDiscount", line.rowId))?.rowId).toBe(line.rowId);
});
