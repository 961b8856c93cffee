/**
 * The browser's storage for the add-in is full (issue #12 item 5): nothing of a table is stored (its unit is one
 * transaction), and the table stays listed as not saved until a commit succeeds again. Tables refused for lack of
 * space are retried when space shows up (another table's commit succeeds) and when the person asks.
 */

/** Dexie and IndexedDB name the error QuotaExceededError; some browsers abort the transaction with it inside. */
export function isStorageFull(error: unknown): boolean {
  const e = error as { name?: string; message?: string; inner?: { name?: string } } | null;
  if (!e) return false;
  if (e.name === "QuotaExceededError" || e.inner?.name === "QuotaExceededError") return true;
  return /quota/i.test(e.message ?? "");
}

export class StorageFull {
  private readonly refused = new Set<string>();

  get full(): boolean {
    return this.refused.size > 0;
  }

  refuse(bindingId: string): void {
    this.refused.add(bindingId);
  }

  /** A table was stored: space is there again. Returns the other tables to retry now. */
  stored(bindingId: string): string[] {
    const had = this.refused.delete(bindingId);
    if (!had && this.refused.size === 0) return [];
    return [...this.refused];
  }

  /** Every table refused for lack of space (the person's "Try again"). */
  retryAll(): string[] {
    return [...this.refused];
  }

  forget(bindingId: string): void {
    this.refused.delete(bindingId);
  }
}
