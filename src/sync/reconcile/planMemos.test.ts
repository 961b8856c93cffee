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

/** A memo whose rows count how often they are walked through (a scan of 100,000 rows is what SP47 spares). */
function walkedMemo(from: RowMemo, joined: number): { memo: RowMemo; walks: () => number } {
  let walks = 0;
  const rows = new Map(from.rows);
  const iterate = rows[Symbol.iterator].bind(rows);
  rows[Symbol.iterator] = () => {
    walks++;
    return iterate();
  };
  return { memo: { signature: from.signature, rows, joined }, walks: () => walks };
}

describe("PlanMemos after an edit", () => {
  test("[SP47] plans that put in fewer rows than would make a save are not compared row by row with the saved memo", async () => {
    const store = memoStore();
    const memos = new PlanMemos(store);
    await memos.get("b1");
    const saved = memoOf(4000);
    await memos.set("b1", saved);
    expect(store.saves()).toBe(1);
    const edit = walkedMemo(saved, 2);
    await memos.set("b1", edit.memo);
    expect(edit.walks()).toBe(0);
    expect(store.saves()).toBe(1);
    // Many plans' rows add up: once they could be enough, the memo is compared (and saved only when they are).
    const again = walkedMemo(saved, 3000);
    await memos.set("b1", again.memo);
    expect(again.walks()).toBe(1);
    expect(store.saves()).toBe(1); // 3,000 rows put in again, as they were saved: none is new
    const other = walkedMemo(memoOf(2500, "other"), 2500);
    await memos.set("b1", other.memo);
    expect(store.saves()).toBe(2);
  });
});

describe("PlanMemos as a workbook opens", () => {
  test("[SP48] warming reads the memos of the sheets planned only-what-changed once, and their first plan uses that read", async () => {
    const store = memoStore();
    await new PlanMemos(store).set("lines", memoOf(1500));
    const reads: string[] = [];
    const counting = { ...store, loadPlanMemo: (key: string) => (reads.push(key), store.loadPlanMemo(key)) };
    const memos = new PlanMemos(counting);
    memos.warm([
      { bindingId: "lines", entity: "salesLineDiscount" },
      { bindingId: "campaigns", entity: "campaign" },
    ]);
    const [first, second] = await Promise.all([memos.get("lines"), memos.get("lines")]);
    expect(first?.rows.size).toBe(1500);
    expect(second).toBe(first);
    expect(reads).toEqual(["lines"]);
  });
});
