/**
 * The planner's memos of its bindings' last plans (rule SP6), by binding id: in memory while the planner lives, and in
 * the store so the first plan after the workbook is opened again (or a copy of it meets its original) skips what is
 * as it was. A memo is saved, with the plan, when most of its rows joined it since it was last saved (a paste settled,
 * the first plan of a session): an edit adds a row or two, and a memo that misses them only plans them again. What is
 * read back is checked; anything else counts as no memo.
 */
import type { EntityKind } from "../../domain";
import type { SyncStore } from "../../store";
import { packMemo, unpackMemo } from "./memoPacking";
import type { MemoRow, RowMemo } from "./planInput";
import { plansIncrementally } from "./rowMemo";

/** Rows new to a memo since it was saved, from which it is saved again. */
const SAVE_FROM_NEW_ROWS = 1000;

export class PlanMemos {
  private readonly memos = new Map<string, RowMemo | null>();
  /** Per binding, the memo as last saved or loaded (to count what is new since). */
  private readonly saved = new Map<string, RowMemo | null>();
  /** Per binding, the rows its plans put in since that memo: at most this many are new to it (SP47). */
  private readonly joinedSince = new Map<string, number>();

  constructor(private readonly store: Pick<SyncStore, "loadPlanMemo" | "savePlanMemo">) {}

  /** Reads in flight, so a plan asking for a memo being warmed waits for the same read. */
  private readonly loading = new Map<string, Promise<void>>();

  async get(key: string): Promise<RowMemo | null> {
    if (!this.memos.has(key)) await this.load(key);
    return this.memos.get(key) ?? null;
  }

  /** Reads the memos of these bindings in the background (SP48): the workbook is opening, its plans will ask. */
  warm(bindings: readonly { bindingId: string; entity: EntityKind }[]): void {
    for (const { bindingId, entity } of bindings)
      if (plansIncrementally(entity) && !this.memos.has(bindingId)) void this.load(bindingId);
  }

  private load(key: string): Promise<void> {
    let loading = this.loading.get(key);
    if (!loading) {
      loading = this.store
        .loadPlanMemo(key)
        .catch(() => undefined)
        .then((read) => {
          if (this.memos.has(key)) return; // a plan set a newer one meanwhile
          const memo = unpackMemo(read);
          this.memos.set(key, memo);
          this.saved.set(key, memo);
          this.joinedSince.set(key, 0);
        })
        .finally(() => this.loading.delete(key));
      this.loading.set(key, loading);
    }
    return loading;
  }

  /**
   * The memo of the binding's latest plan; saved when at least half of its rows (and 1,000 or more) are new to it since
   * it was saved — a paste settled, the first plan of a session — and not for an edit or a merge of a few rows.
   */
  async set(key: string, memo: RowMemo | null): Promise<void> {
    this.memos.set(key, memo);
    if (!memo) return;
    const saved = this.saved.get(key);
    const needed = Math.max(SAVE_FROM_NEW_ROWS, Math.ceil(memo.rows.size / 2));
    // SP47: an edit's plan put in a row or two: too few to be worth comparing 100,000 rows with the saved memo.
    const joined = (this.joinedSince.get(key) ?? Infinity) + (memo.joined ?? Infinity);
    this.joinedSince.set(key, joined);
    if (joined < needed || !enoughFresh(saved, memo, needed)) return;
    this.saved.set(key, memo);
    this.joinedSince.set(key, 0);
    await this.store.savePlanMemo(key, packMemo(memo)).catch(() => {
      this.saved.delete(key);
      this.joinedSince.delete(key); // not saved: the next plan compares again
    });
  }
}

/** At least `needed` rows of the memo are new to the saved one (counting stops once they cannot be: an edit's memo). */
function enoughFresh(saved: RowMemo | null | undefined, memo: RowMemo, needed: number): boolean {
  if (memo.rows.size < needed) return false;
  if (saved?.signature !== memo.signature) return true;
  let fresh = 0;
  let left = memo.rows.size;
  for (const [id, row] of memo.rows) {
    if (!sameStamp(saved.rows.get(id), row)) fresh++;
    left--;
    if (fresh >= needed) return true;
    if (fresh + left < needed) return false;
  }
  return false;
}

/** The same row as saved: the same object, or (a row read back as text and found clean since) the same stamp. */
function sameStamp(saved: MemoRow | undefined, row: MemoRow): boolean {
  if (saved === row) return true;
  return (
    saved?.packed !== undefined &&
    saved.hash === row.hash &&
    saved.version === row.version &&
    saved.origin === row.origin
  );
}
