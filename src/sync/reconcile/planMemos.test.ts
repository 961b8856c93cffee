import type { MemoRow, RowMemo } from "./planInput";
import { PlanMemos } from "./planMemos";

/** A store's two memo calls over a Map, counting saves. */
function memoStore() {
  const kept = new Map<string, unknown>();
  let saves = 0;
  return {
    kept,
    saves: () => saves,
    loadPlanMemo: async (key: string) => kept.get(key),
    savePlanMemo: async (key: string, memo: unknown) => {
      saves++;
      kept.set(key, memo);
    },
  };
}

const row = (i: number): MemoRow => ({ cells: [`c${i}`], formats: [], hash: `h${i}`, version: 1, origin: "" });
function memoOf(n: number, signature = "sig", from?: RowMemo): RowMemo {
  const rows = new Map(from?.rows);
  for (let i = rows.size; i < n; i++) rows.set(`r${i}`, row(i));
  return { signature, rows };
}

describe("PlanMemos", () => {
  test("[SP6] a memo many rows joined is saved, and a planner opened later on the same store starts from it", async () => {
    const store = memoStore();
    const first = new PlanMemos(store);
    expect(await first.get("b1")).toBeNull();
    const memo = memoOf(1500);
    await first.set("b1", memo);
    expect(store.saves()).toBe(1);
    const later = new PlanMemos(store);
    expect((await later.get("b1"))?.rows.size).toBe(1500);
  });

  test("[SP6] a row or two joining a saved memo (an edit) does not save it again; what is read back is checked", async () => {
    const store = memoStore();
    const memos = new PlanMemos(store);
    await memos.get("b1");
    const memo = memoOf(1500);
    await memos.set("b1", memo);
    await memos.set("b1", memoOf(1502, "sig", memo));
    expect(store.saves()).toBe(1);
    await memos.set("b1", memoOf(1502, "other signature", memo)); // every row planned again: saved
    expect(store.saves()).toBe(2);
    store.kept.set("b2", { signature: 3, rows: [] });
    expect(await new PlanMemos(store).get("b2")).toBeNull();
  });
});
