/**
 * A store that knows none of the workbook's tables is rebuilt from the workbook: every table is read in
 * reconcile order with progress in `state.storage`, and Cancel stops after the table being read (what was read
 * stays; the rest is read by the next reconcile of each table).
 */
import type { StateBox, StorageState } from "./engineState";

export class StoreRebuild {
  private cancelled = false;
  /** Tables of the running rebuild not read yet: what depends on a table read earlier waits for its own turn. */
  private readonly pending = new Set<string>();

  constructor(
    private readonly state: StateBox,
    persistent: boolean | null,
  ) {
    this.set({ persistent });
  }

  /** Reconciles each binding in `order` (already in reconcile order), reporting how many are done. */
  async run(order: readonly string[], reconcile: (id: string) => Promise<void>): Promise<void> {
    this.cancelled = false;
    this.set({ phase: "rebuilding", done: 0, total: order.length, cancelled: false });
    for (const id of order) this.pending.add(id);
    let done = 0;
    for (const id of order) {
      if (this.cancelled) break;
      this.pending.delete(id);
      await reconcile(id);
      this.set({ done: ++done });
    }
    this.pending.clear();
    this.set({ phase: "ready", cancelled: this.cancelled });
  }

  /** The rebuild will read this table in its turn (a reconcile of it now would check it against tables not read). */
  isPending(id: string): boolean {
    return this.pending.has(id);
  }

  /** Cancel pressed: a running rebuild stops after its current table. */
  cancel(): void {
    if (this.state.get().storage.phase === "rebuilding") this.cancelled = true;
  }

  private set(change: Partial<StorageState>): void {
    this.state.update((s) => ({ storage: { ...s.storage, ...change } }));
  }
}
