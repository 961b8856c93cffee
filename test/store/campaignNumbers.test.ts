/**
 * Campaigns live in line buckets keyed by row id (ST15), yet two stored campaigns never share a no. (ST16): the commit
 * refuses, whole, a unit that would leave a no. on two rows, as the table keyed by no. did.
 */
import { createDexieSyncStore } from "../../src/store";
import type { StoredRow, SyncStore } from "../../src/store";
import { byRowId, rowOf, rowsOf, unitOf } from "./storeBuilders";

let n = 0;
let store: SyncStore;
beforeEach(() => {
  store = createDexieSyncStore({ name: `campaign-numbers-${++n}` });
});
afterEach(() => store.close());

const refusal = (run: Promise<void>) =>
  run.then(
    () => null,
    (e: unknown) => e as { name: string; rows: { rowId: string }[] },
  );

test("[ST16] a new campaign under a no. another row holds is refused whole, naming the new row; nothing is stored", async () => {
  const theirs = rowOf("campaign", 2, { description: "theirs" });
  await store.commit(unitOf("campaign", [theirs]));
  const mine = [rowOf("campaign", 1), { ...rowOf("campaign", 2), rowId: "mine-2" }];
  const refused = await refusal(store.commit(unitOf("campaign", mine)));
  expect(refused?.name).toBe("StaleWriteError");
  expect(refused?.rows.map((r) => r.rowId)).toEqual(["mine-2"]);
  expect(await store.loadRows("campaign")).toEqual([theirs]);
});

test("[ST16] renumbering onto a held no. is refused; two campaigns swapping nos. in one unit are stored", async () => {
  const [a, b] = rowsOf("campaign", 1, 2) as [StoredRow<"campaign">, StoredRow<"campaign">];
  await store.commit(unitOf("campaign", [a, b]));
  const onto = { ...a, no: b.no, rowVersion: 2 };
  expect((await refusal(store.commit(unitOf("campaign", [onto]))))?.name).toBe("StaleWriteError");
  expect(byRowId(await store.loadRows("campaign"))).toEqual(byRowId([a, b]));

  const swapped = [
    { ...a, no: b.no, rowVersion: 2 },
    { ...b, no: a.no, rowVersion: 2 },
  ];
  await store.commit(unitOf("campaign", swapped));
  expect(byRowId(await store.loadRows("campaign"))).toEqual(byRowId(swapped));
});

test("[ST16] a no. its deleted row frees may be taken by a new row in the same unit", async () => {
  const old = rowOf("campaign", 1);
  await store.commit(unitOf("campaign", [old]));
  const successor = { ...rowOf("campaign", 1), rowId: "successor" };
  await store.commit(unitOf("campaign", [successor], [old.rowId]));
  expect(await store.loadRows("campaign")).toEqual([successor]);
});
